/**
 * `npm run bench`: prints how long validation and the build take and how
 * heavy the pages are. Budgets are reported here, never asserted in tests.
 *
 * Usage: tsx scripts/bench.ts [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { computeModel } from '../src/lib/compute/model';
import { loadDataset } from '../src/lib/load';
import { readDataFiles } from '../src/lib/read';
import { dataDir } from '../src/lib/site-data';

/** Page budgets, gzip-compressed bytes: a page must load fast on a slow phone connection. */
const BUDGET_GZIP = { html: 60_000 };

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

const t0 = performance.now();
const files = await readDataFiles(dataDir());
const t1 = performance.now();
const outcome = loadDataset(files);
const t2 = performance.now();
if (!outcome.dataset) {
  console.error('The data is invalid: run npm run validate.');
  process.exit(1);
}
const model = computeModel(outcome.dataset);
const t3 = performance.now();
const rows = outcome.dataset.results.length;
console.log(`data: ${dataDir()}, ${rows} result rows, ${model.periods.length} periods`);
console.log(`read      ${ms(t1 - t0)}`);
console.log(`validate  ${ms(t2 - t1)}  (${((rows / (t2 - t1)) * 1000).toFixed(0)} rows/s)`);
console.log(`compute   ${ms(t3 - t2)}`);

if (!process.argv.includes('--no-build')) {
  const out = path.resolve('.tmp/bench-site');
  rmSync(out, { recursive: true, force: true });
  const b0 = performance.now();
  const build = spawnSync('node_modules/.bin/astro', ['build', '--outDir', out], { stdio: 'ignore' });
  const b1 = performance.now();
  if (build.status !== 0) {
    console.error('build failed');
    process.exit(1);
  }
  const pages: { file: string; bytes: number; gzip: number }[] = [];
  let total = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        total += statSync(p).size;
        if (name.endsWith('.html')) {
          const body = readFileSync(p);
          pages.push({ file: path.relative(out, p), bytes: body.length, gzip: gzipSync(body).length });
        }
      }
    }
  };
  walk(out);
  pages.sort((a, b) => b.gzip - a.gzip);
  const median = pages[Math.floor(pages.length / 2)]!;
  console.log(`build     ${ms(b1 - b0)}  (${pages.length} pages, ${((b1 - b0) / pages.length).toFixed(1)} ms a page)`);
  console.log(`site      ${kb(total)} on disk`);
  console.log(
    `home      ${kb(statSync(path.join(out, 'index.html')).size)}, gzip ${kb(gzipSync(readFileSync(path.join(out, 'index.html'))).length)}`,
  );
  console.log(`median    ${median.file}: ${kb(median.bytes)}, gzip ${kb(median.gzip)}`);
  for (const p of pages.slice(0, 3)) console.log(`heaviest  ${p.file}: ${kb(p.bytes)}, gzip ${kb(p.gzip)}`);
  const over = pages.filter((p) => p.gzip > BUDGET_GZIP.html);
  console.log(
    over.length
      ? `BUDGET    ${over.length} page(s) over ${kb(BUDGET_GZIP.html)} gzip: ${over.map((p) => p.file).join(', ')}`
      : `budget    every page within ${kb(BUDGET_GZIP.html)} gzip`,
  );
  // Each map's SVG, as it is in the pages: the budget is 40 kB (asserted in tests/lib/charts/map.test.ts).
  const maps: { page: string; caption: string; bytes: number }[] = [];
  for (const file of ['index.html', ...pages.map((p) => p.file).filter((f) => f.startsWith('xep-hang/'))]) {
    const html = readFileSync(path.join(out, file), 'utf8');
    for (const m of html.matchAll(
      /<figure class="chart map[^"]*"[\s\S]*?<figcaption[^>]*>([^<]*)<[\s\S]*?(<svg[\s\S]*?<\/svg>)/g,
    )) {
      maps.push({ page: file, caption: m[1] ?? '', bytes: Buffer.byteLength(m[2] ?? '') });
    }
  }
  if (maps.length) {
    maps.sort((a, b) => b.bytes - a.bytes);
    const distinct = [...new Map(maps.map((m) => [m.caption, m])).values()];
    const of = (n: number) => distinct.filter((m) => m.caption.includes(`(${n} tỉnh`)).map((m) => m.bytes);
    const range = (xs: number[]) => (xs.length ? `${kb(Math.min(...xs))}–${kb(Math.max(...xs))}` : 'none');
    console.log(
      `maps      ${maps.length} on ${new Set(maps.map((m) => m.page)).size} pages; 63 provinces ${range(of(63))}, ` +
        `34 provinces ${range(of(34))} of SVG (budget 40.0 kB)`,
    );
    console.log(`heaviest  map ${maps[0]!.caption}: ${kb(maps[0]!.bytes)}`);
  }
  const js = spawnSync('sh', ['-c', `find ${out} -name '*.js' | wc -l`], { encoding: 'utf8' }).stdout.trim();
  console.log(`scripts   ${js} JavaScript file(s) shipped`);
}
