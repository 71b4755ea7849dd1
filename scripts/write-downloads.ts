/**
 * Writes the dataset's three downloads (thads.csv, thads-excel.csv,
 * thads.json) into a built site: scripts/build.ts runs it on the staging
 * directory after Astro, before the swap.
 *
 * Why not Astro routes: Astro reads a route's whole body into memory before
 * it writes the file. For a body of N bytes that is about three times N at
 * once (the pieces of the stream, their concatenation and the copy it
 * returns), and the three downloads came one after the other: at 100.000
 * result rows (72 MB of JSON) the build peaked at 1.097 MiB while they were
 * written, against about 900 MiB for the rest of it. Here each piece is
 * written to its file as it is made, and no download is ever held whole.
 *
 * One pass over the rows writes all three (downloadChunks): each row is built
 * once. The pages that give the files' sizes (/du-lieu/, datapackage.json)
 * are written by Astro from downloadSizes; the sizes written here are checked
 * against datapackage.json, so that the site never states a size its files
 * do not have.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { type DownloadSizes, type DownloadTexts, downloadChunks } from '../src/lib/downloads';
import { getSiteData, type SiteData } from '../src/lib/site-data';
import { DATA_PACKAGE_PATH, DOWNLOADS } from '../src/lib/urls';

const KEYS = ['csv', 'excel', 'json'] as const satisfies readonly (keyof DownloadTexts)[];

/** Writes the three downloads of `data` into the site built in `siteDir`; returns the bytes of each. */
export async function writeDownloads(siteDir: string, data?: SiteData): Promise<DownloadSizes> {
  const site = data ?? (await getSiteData());
  const files = KEYS.map((k) => path.join(siteDir, DOWNLOADS[k].path));
  await Promise.all(files.map((f) => mkdir(path.dirname(f), { recursive: true })));
  const streams = files.map((f) => createWriteStream(f));
  // Listened to from the start: a write that fails (a full disk) rejects here, never as an unhandled error.
  const done = streams.map((s) => finished(s));
  const bytes: DownloadSizes = { csv: 0, excel: 0, json: 0 };
  try {
    for (const texts of downloadChunks(site))
      for (const [i, k] of KEYS.entries()) {
        if (texts[k] === '') continue;
        bytes[k] += Buffer.byteLength(texts[k], 'utf8');
        // Wait while the file's buffer is full: the rows are made only as fast as the disk takes them.
        if (!streams[i]!.write(texts[k])) await once(streams[i]!, 'drain');
      }
  } catch (e) {
    for (const s of streams) s.destroy();
    await Promise.allSettled(done);
    throw e;
  }
  for (const s of streams) s.end();
  await Promise.all(done);
  return bytes;
}

/**
 * The sizes datapackage.json states for the downloads, in the site built in `siteDir`; an error when one of them
 * differs from what was written.
 */
export async function checkDownloadSizes(siteDir: string, written: DownloadSizes): Promise<void> {
  const packagePath = path.join(siteDir, DATA_PACKAGE_PATH);
  const pkg = JSON.parse(await readFile(packagePath, 'utf8')) as { resources: { path: string; bytes: number }[] };
  for (const k of KEYS) {
    const stated = pkg.resources.find((r) => r.path === DOWNLOADS[k].name)?.bytes;
    if (stated !== written[k])
      throw new Error(
        `${DOWNLOADS[k].path}: ${written[k]} bytes written, but ${packagePath} states ${stated ?? 'nothing'}`,
      );
  }
}

// Run on its own (tsx scripts/write-downloads.ts <site dir>), as the bench does to measure the step by itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const siteDir = process.argv[2];
  if (!siteDir) throw new Error('usage: tsx scripts/write-downloads.ts <built site directory>');
  await checkDownloadSizes(siteDir, await writeDownloads(siteDir));
}
