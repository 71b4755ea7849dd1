/**
 * Writes the dataset's three downloads (thads.csv, thads-excel.csv,
 * thads.json) into a built site: scripts/build.ts runs it, as a process of
 * its own, on the staging directory after Astro and before the swap.
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
 * once. The pages that give the files' sizes (/du-lieu/, /en/data/,
 * datapackage.json) are written by Astro from downloadSizes; the sizes
 * written here are checked against datapackage.json, so that the site never
 * states a size its files do not have.
 *
 * Usage: tsx scripts/write-downloads.ts <built site directory>
 * (the data from THADS_DATA_DIR or data/, as the build reads it)
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { type DownloadSizes, type DownloadTexts, downloadChunks } from '../src/lib/downloads';
import { dataDir, readSiteData, type SiteData } from '../src/lib/site-data';
import { DATA_PACKAGE_PATH, DOWNLOADS } from '../src/lib/urls';

const KEYS = ['csv', 'excel', 'json'] as const satisfies readonly (keyof DownloadTexts)[];

/**
 * Writes the three downloads of `data` into the site built in `siteDir`; returns the bytes of each. When a file
 * cannot be written (a folder in its place, a full disk), every file is closed and the first error is thrown.
 */
export async function writeDownloads(siteDir: string, data: SiteData): Promise<DownloadSizes> {
  const files = KEYS.map((k) => path.join(siteDir, DOWNLOADS[k].path));
  await Promise.all(files.map((f) => mkdir(path.dirname(f), { recursive: true })));
  const streams = files.map((f) => createWriteStream(f));
  const done = streams.map((s) => finished(s));
  // The first failure of any file, listened to from the start, so that it is never an unhandled rejection; a
  // stream that failed never drains, so a wait for 'drain' ends with it too.
  const failed = Promise.race(done.map((p) => p.then(() => new Promise<never>(() => {}))));
  failed.catch(() => {});
  const bytes: DownloadSizes = { csv: 0, excel: 0, json: 0 };
  try {
    for (const texts of downloadChunks(data))
      for (const [i, k] of KEYS.entries()) {
        if (texts[k] === '') continue;
        bytes[k] += Buffer.byteLength(texts[k], 'utf8');
        // Wait while the file's buffer is full: the rows are made only as fast as the disk takes them.
        if (!streams[i]!.write(texts[k])) await Promise.race([once(streams[i]!, 'drain'), failed]);
      }
    for (const s of streams) s.end();
  } catch (e) {
    for (const s of streams) s.destroy();
    await Promise.allSettled(done);
    throw e;
  }
  // Every file closed before an error is thrown, so that the caller may remove the folder.
  const closed = await Promise.allSettled(done);
  const error = closed.find((c) => c.status === 'rejected');
  if (error) throw error.reason;
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

// Run on its own, as scripts/build.ts and the bench do: the data is read again, its report already printed by Astro.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const siteDir = process.argv[2];
  if (!siteDir) throw new Error('usage: tsx scripts/write-downloads.ts <built site directory>');
  const bytes = await writeDownloads(siteDir, await readSiteData(dataDir(), { report: false }));
  await checkDownloadSizes(siteDir, bytes);
  const size = (n: number) => (n < 2 ** 20 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 2 ** 20).toFixed(1)} MiB`);
  console.log(KEYS.map((k) => `${DOWNLOADS[k].name} ${size(bytes[k])}`).join(', '));
}
