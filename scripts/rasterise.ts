/**
 * The PNGs of a built site: one beside every share card SVG (/chia-se/ and the
 * English /en/share/, at its own 1200 × 630) and every chart SVG (/bieu-do/,
 * /en/charts/, at its own size: the SVG
 * beside it is the sharp copy, and 2× cost twice the time and bytes). resvg
 * renders on libuv's thread pool, so several run at once; a PNG
 * already made from the same SVG by the same resvg and font is copied from a
 * cache keyed by a hash of those (THADS_PNG_CACHE=off renders every one).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rasterise } from '../src/lib/charts/raster';
import { LANGS } from '../src/lib/format';
import { SHARE_DIRS } from '../src/lib/share-urls';

// The cards' and chart files' folders of both languages, from SHARE_DIRS, in the same pass: English PNGs
// share the worker pool and the cache.
const FOLDERS = [SHARE_DIRS.card, SHARE_DIRS.chartFile].flatMap((dirs) =>
  LANGS.map((lang) => ({ dir: dirs[lang].slice(1, -1), scale: 1 })),
);

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;
// What else decides a PNG's bytes: the renderer and the font.
const RENDERER = `resvg ${versionOf('@resvg/resvg-js')}; font ${versionOf('@expo-google-fonts/be-vietnam-pro')}`;

export const DEFAULT_CACHE = path.resolve('node_modules/.cache/thads-png');

/**
 * resvg keeps each rendered bitmap outside the JS heap (a card is 3 MB) until
 * the garbage collector frees the small object that holds it, and V8, not
 * told the bitmap's size, sees no reason to collect: rendering the site's
 * 7.084 PNGs reached 772 MiB, 300 cards alone 1 GiB. A young-generation
 * collection every RENDERS_PER_COLLECTION renders frees them (300 cards:
 * 138 MiB) for about a millisecond each. Without a command-line flag
 * (`node --expose-gc`), Node gives the collector to a script this way only.
 */
const RENDERS_PER_COLLECTION = 10;
let collector: ((options: { type: 'minor' }) => void) | undefined;
const collectYoung = (): void => {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as (options: { type: 'minor' }) => void;
  }
  collector({ type: 'minor' });
};

export interface RasterCount {
  /** PNGs written, rendered and copied from the cache. */
  rendered: number;
  cached: number;
  /** Summed wall time of each render, for the time of one. */
  renderMs: number;
  /** Bytes of the rendered PNGs. */
  bytes: number;
}

/** The whole site's count, and each folder's (cards and charts cost differently). */
export interface RasterStats extends RasterCount {
  byFolder: Record<string, RasterCount>;
}

const zero = (): RasterCount => ({ rendered: 0, cached: 0, renderMs: 0, bytes: 0 });

async function svgFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.svg'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Writes `<name>.png` beside every SVG of the card and chart folders of the built site in `siteDir`. */
export async function rasteriseSite(siteDir: string, cacheDir: string | null = DEFAULT_CACHE): Promise<RasterStats> {
  const jobs = (
    await Promise.all(
      FOLDERS.map(async (f) =>
        (await svgFiles(path.join(siteDir, f.dir))).map((file) => ({ file, dir: f.dir, scale: f.scale })),
      ),
    )
  ).flat();
  const stats: RasterStats = {
    ...zero(),
    byFolder: Object.fromEntries(FOLDERS.map((f) => [f.dir, zero()])),
  };
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  let renders = 0;
  const one = async ({ file, dir, scale }: (typeof jobs)[number]) => {
    // Every folder of FOLDERS has its count from the start.
    const folder = stats.byFolder[dir]!;
    const svg = await readFile(file, 'utf8');
    const out = file.replace(/\.svg$/, '.png');
    const key = createHash('sha256').update(`${RENDERER}\n${scale}\n${svg}`).digest('hex');
    const cached = cacheDir && path.join(cacheDir, `${key}.png`);
    if (
      cached &&
      (await copyFile(cached, out).then(
        () => true,
        () => false,
      ))
    ) {
      stats.cached++;
      folder.cached++;
      return;
    }
    const started = performance.now();
    const png = await rasterise(svg, scale);
    const took = performance.now() - started;
    const n = ++renders;
    if (n % RENDERS_PER_COLLECTION === 0) collectYoung();
    for (const count of [stats, folder]) {
      count.renderMs += took;
      count.rendered++;
      count.bytes += png.length;
    }
    await writeFile(out, png);
    if (cached) {
      // Written aside and renamed into place, which is atomic: another build sharing the cache (the tests run
      // several at once) copies either the whole PNG or none, never a file half written.
      const aside = `${cached}.${process.pid}-${n}.tmp`;
      await writeFile(aside, png);
      await rename(aside, cached);
    }
  };
  // As many renders in flight as cores: each holds a whole bitmap.
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await one(jobs[next++]!);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return stats;
}
