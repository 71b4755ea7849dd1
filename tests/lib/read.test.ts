import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { readDataFiles } from '../../src/lib/read';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'thads-read-'));
  await mkdir(path.join(dir, 'results'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readDataFiles', () => {
  it('reports a folder or a link to nothing where a data file should be, instead of failing', async () => {
    await mkdir(path.join(dir, 'units.csv'));
    await mkdir(path.join(dir, 'results', '2027.csv'));
    await symlink(path.join(dir, 'nowhere.csv'), path.join(dir, 'results', '2026.csv'));
    await symlink(path.join(dir, 'nowhere.csv'), path.join(dir, 'targets.csv'));
    const files = await readDataFiles(dir);
    const codes = (f: { problems?: { code: string; vi: string }[] } | null) => f?.problems?.map((p) => p.code);
    expect(files.dataset).toBeNull();
    expect(codes(files.units)).toEqual(['file-not-regular']);
    expect(files.units?.problems?.[0]?.vi).toContain('là một thư mục');
    expect(codes(files.targets)).toEqual(['file-not-regular']);
    expect(files.targets?.problems?.[0]?.en).toContain('a link to a file that does not exist');
    expect(files.results.map((f) => [f.file, codes(f)])).toEqual([
      ['results/2026.csv', ['file-not-regular']],
      ['results/2027.csv', ['file-not-regular']],
    ]);
  });

  it('lists every visible file of results/, reading only CSV files', async () => {
    for (const name of ['2025.csv', '2026.CSV', '2027.csv.txt', 'ghi-chu.txt', '.gitkeep', '.DS_Store']) {
      await writeFile(path.join(dir, 'results', name), 'period,unit_code\n');
    }
    const files = await readDataFiles(dir);
    expect(files.results.map((f) => [f.file, f.text])).toEqual([
      ['results/2025.csv', 'period,unit_code\n'],
      ['results/2026.CSV', 'period,unit_code\n'],
      ['results/2027.csv.txt', ''],
      ['results/ghi-chu.txt', ''],
    ]);
  });

  it('reads text in Unicode NFC whatever form it was saved in', async () => {
    const nfd = 'code,name\n01,Thành phố Hà Nội\n'.normalize('NFD');
    await writeFile(path.join(dir, 'units.csv'), nfd);
    const files = await readDataFiles(dir);
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(files.units?.text).toBe('code,name\n01,Thành phố Hà Nội\n'.normalize('NFC'));
  });

  it('loads the small fixture saved in NFD to the same units, pages and figures as in NFC', async () => {
    const fixture = path.resolve('tests/fixtures/small');
    const copy = path.join(dir, 'nfd');
    await cp(fixture, copy, { recursive: true });
    for (const f of ['units.csv', 'targets.csv', 'results/2024.csv', 'results/2025.csv']) {
      const text = await readFile(path.join(copy, f), 'utf8');
      await writeFile(path.join(copy, f), text.normalize('NFD'));
    }
    const [nfc, nfd] = await Promise.all([fixture, copy].map(async (d) => loadDataset(await readDataFiles(d))));
    const units = (o: typeof nfc | undefined) => o?.dataset?.registry.units.map((u) => [u.slug, u.name]);
    expect(units(nfd)).toEqual(units(nfc));
    expect(units(nfd)?.some(([slug]) => slug === 'ha-noi-01')).toBe(true);
    expect(nfd?.dataset?.results.length).toBe(nfc?.dataset?.results.length);
  });
});
