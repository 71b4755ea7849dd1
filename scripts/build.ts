/**
 * `npm run build`: builds the site into a fresh temporary directory and
 * swaps it in for `dist/` only when the whole build succeeded, so a failed
 * build (bad data, a broken page) leaves the previously published site as it was.
 *
 * Usage: tsx scripts/build.ts [--outDir dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from './astro-build';
import { DEFAULT_CACHE, rasteriseSite } from './rasterise';
import { writeSearchIndex } from './search-index';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : 'dist');
const staging = `${outDir}.staging-${process.pid}`;
const retired = `${outDir}.old-${process.pid}`;

mkdirSync(path.dirname(outDir), { recursive: true });
rmSync(staging, { recursive: true, force: true });
const [node, astroArgs, astroEnv] = astroBuild(staging);
const result = spawnSync(node, astroArgs, { stdio: 'inherit', env: astroEnv });

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\n✗ Xây dựng thất bại; ${existsSync(outDir) ? `giữ nguyên trang cũ trong ${outDir}` : 'không có gì được xuất bản'}.` +
      `\n✗ The build failed; ${existsSync(outDir) ? `the previous site in ${outDir} is untouched` : 'nothing was published'}.`,
  );
  process.exit(result.status ?? 1);
}

/**
 * A step after Astro that writes into the new site: on failure the staging directory is removed and nothing is
 * published, with `what` in both languages and the error.
 */
async function step(what: { vi: string; en: string }, run: () => Promise<string>): Promise<void> {
  const started = performance.now();
  try {
    const done = await run();
    console.log(`✓ ${done}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n✗ ${what.vi}; không có gì thay đổi.\n✗ ${what.en}; nothing was published.\n`, e);
    process.exit(1);
  }
}

// The downloads of the whole dataset, written as streams (Astro would hold each whole), in a process of its own so
// that the data it reads again is let go before the next steps: scripts/write-downloads.ts.
await step({ vi: 'Không ghi được các tệp tải về', en: 'Writing the downloads failed' }, async () => {
  const r = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/write-downloads.ts', staging], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`scripts/write-downloads.ts ended with ${r.status ?? r.signal}`);
  return `downloads: ${r.stdout.trim()}`;
});

// The search index is part of the new site: written into the staging directory, so a failure publishes nothing.
await step({ vi: 'Không tạo được chỉ mục tìm kiếm', en: 'The search index failed' }, async () => {
  const { records, bytes } = await writeSearchIndex(staging);
  return `search index: ${records} records, ${(bytes / 1024).toFixed(0)} KiB`;
});

// The PNGs of the share cards and charts, from the SVGs Astro wrote; a failure here also keeps the old site.
await step({ vi: 'Không tạo được ảnh PNG', en: 'PNG rendering failed' }, async () => {
  const cache = process.env.THADS_PNG_CACHE === 'off' ? null : DEFAULT_CACHE;
  const r = await rasteriseSite(staging, cache);
  const each = r.rendered ? ` (${(r.renderMs / r.rendered).toFixed(0)} ms each)` : '';
  return `PNG: ${r.rendered} rendered${each}, ${r.cached} from the cache`;
});

// Two renames: the old site is replaced only once the new one is complete.
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`✓ ${outDir}`);
