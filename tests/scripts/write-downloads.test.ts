/**
 * The build step that writes the three downloads into a built site
 * (scripts/write-downloads.ts): the files hold the text of toCsv and toJson,
 * their sizes are the ones the site states, and a size datapackage.json
 * states wrongly stops the build.
 */
import { readdirSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDownloadSizes, writeDownloads } from '../../scripts/write-downloads';
import { computeModel } from '../../src/lib/compute/model';
import { siteDataPackage } from '../../src/lib/datapackage';
import { downloadRows, downloadSizes, toCsv, toJson } from '../../src/lib/downloads';
import { loadDataset } from '../../src/lib/load';
import { readDataFiles } from '../../src/lib/read';
import { readSiteData } from '../../src/lib/site-data';
import { DATA_PACKAGE_PATH, DOWNLOADS } from '../../src/lib/urls';
import { SMALL_DIR } from '../lib/helpers';
import { ROOT } from '../support/build';

const outcome = loadDataset(await readDataFiles(SMALL_DIR));
const data = { dataset: outcome.dataset!, model: computeModel(outcome.dataset!) };
const dir = await mkdtemp(path.join(tmpdir(), 'thads-downloads-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

// The shipped data, whose files (5 MiB each) fill a stream's buffer many times over: the writer waits for 'drain'
// while another file has failed.
const shipped = await readSiteData(path.join(ROOT, 'data'), { report: false });
/** The files of this process open under `dir`, from /proc (Linux, as CI runs). */
const openUnder = (dir: string) =>
  readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return [];
    }
  });

describe('writeDownloads', () => {
  it('writes thads.csv, thads-excel.csv and thads.json as the site names them, with the sizes it states', async () => {
    const site = path.join(dir, 'site');
    const bytes = await writeDownloads(site, data);
    const rows = [...downloadRows(data)];
    const read = (k: keyof typeof DOWNLOADS) => readFile(path.join(site, DOWNLOADS[k].path), 'utf8');
    expect(await read('csv')).toBe(toCsv(rows));
    expect(await read('excel')).toBe(toCsv(rows, ';'));
    expect(await read('json')).toBe(toJson(data, rows));
    expect(bytes).toEqual(downloadSizes(data));
  });

  it('accepts the sizes of datapackage.json when they are the files’, and stops the build when one is not', async () => {
    const site = path.join(dir, 'checked');
    const bytes = await writeDownloads(site, data);
    const pkg = siteDataPackage(data);
    await mkdir(path.dirname(path.join(site, DATA_PACKAGE_PATH)), { recursive: true });
    await writeFile(path.join(site, DATA_PACKAGE_PATH), JSON.stringify(pkg));
    await expect(checkDownloadSizes(site, bytes)).resolves.toBeUndefined();
    await expect(checkDownloadSizes(site, { ...bytes, json: bytes.json + 1 })).rejects.toThrow(
      `du-lieu/thads.json: ${bytes.json + 1} bytes written, but ${path.join(site, DATA_PACKAGE_PATH)} states ${bytes.json}`,
    );
  });

  it.each(['csv', 'excel', 'json'] as const)(
    'fails with the error of the file, and holds no file open, when %s cannot be written',
    async (blocked) => {
      const site = path.join(dir, `blocked-${blocked}`);
      // A folder where the file should go: it cannot be opened.
      await mkdir(path.join(site, DOWNLOADS[blocked].path), { recursive: true });
      await expect(writeDownloads(site, shipped)).rejects.toThrow(/EISDIR/);
      expect(openUnder(site)).toEqual([]);
    },
  );
});
