/**
 * The PNG step of the build (scripts/rasterise.ts) with a cache shared by
 * identical charts: the latest period's rankings page and /xep-hang/ draw the
 * same SVG, so one render's cache entry is copied for the other while renders
 * run side by side. Every PNG must come out whole, and the cache holds only
 * whole PNGs: each is written aside and renamed into place. (A PNG copied from
 * an entry still being written once came out empty in a build of the tests;
 * that timing is not reproduced here.)
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { rasteriseSite } from '../../scripts/rasterise';
import { pngSize } from '../../src/lib/charts/raster';

const dir = await mkdtemp(path.join(tmpdir(), 'thads-rasterise-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const svg = (n: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${120 + n}" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="30">${n}</text></svg>`;

it('writes every PNG whole when identical charts share a cache entry, and leaves no half-written entry', async () => {
  const site = path.join(dir, 'site');
  const cache = path.join(dir, 'cache');
  // Eighty charts of twenty drawings: most PNGs are copies of a cache entry another render may be writing.
  const files = Array.from({ length: 80 }, (_, i) => path.join(site, i % 2 ? 'bieu-do' : 'en/charts', `c${i}.svg`));
  for (const [i, file] of files.entries()) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, svg(i % 20));
  }
  const first = await rasteriseSite(site, cache);
  expect(first.rendered + first.cached).toBe(files.length);
  for (const [i, file] of files.entries()) {
    const png = await readFile(file.replace(/\.svg$/, '.png'));
    expect(pngSize(png), file).toEqual({ width: 120 + (i % 20), height: 60 });
  }
  expect((await readdir(cache)).filter((f) => !f.endsWith('.png'))).toEqual([]);
  const again = await rasteriseSite(site, cache);
  expect(again).toMatchObject({ rendered: 0, cached: files.length });
});
