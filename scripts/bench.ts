/**
 * `npm run bench`: prints how long validation and the build take, how much
 * memory the build needs, how that compares with a bare Astro build of as
 * many routes, what the whole `npm run build` costs from a cold PNG cache (as
 * in CI), the PNG step per card and per chart, and how heavy the pages and
 * the folders of the site are. Budgets are reported here, never asserted in
 * tests.
 *
 * Usage: tsx scripts/bench.ts [--runs N] [--no-build] [--no-baseline] [--rows N]
 *   --runs N      builds of each kind, the median reported (default 3)
 *   --no-build    only read, validate and compute the data
 *   --no-baseline skip the bare Astro build
 *   --rows N      also build a dataset scaled up from data/ to about N result rows
 *
 * The download sizes are always printed, with the shipped data and with three
 * times its result rows, against the 25 MiB budget.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { computeModel } from '../src/lib/compute/model';
import { downloadSizes } from '../src/lib/downloads';
import { loadDataset } from '../src/lib/load';
import { readDataFiles } from '../src/lib/read';
import { dataDir } from '../src/lib/site-data';
import { astroBuild as astroCommand, BUILD_CONCURRENCY, MALLOC_ENV, NODE_FLAGS } from './astro-build';
import { rasteriseSite } from './rasterise';

/** Page budgets, gzip-compressed bytes: a page must load fast on a slow phone connection. */
const BUDGET_GZIP = { html: 60_000 };
/** No download may pass 25 MiB (what a free static host serves), even with three times today's data. */
const BUDGET_DOWNLOAD_MIB = 25;
/** The build against a bare Astro build of as many routes, and its peak memory (MiB), shipped and at 100.000 rows. */
const TARGET = { ratio: 2, peakMiB: 600, peakMiBLarge: 1024 };

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 3);
const LARGE_ROWS = option('--rows') === undefined ? null : Number(option('--rows'));
const TMP = path.resolve('.tmp/bench');
const TSX = path.resolve('node_modules/.bin/tsx');
/** The folders of the built site whose weight is reported: cards, chart files, embeds, English pages, unit pages. */
const FOLDERS = ['chia-se', 'bieu-do', 'nhung', 'en', 'tinh'];

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Run {
  ms: number;
  /** CPU time (user + system) of the build, ms: steadier than wall time on a shared machine; NaN without GNU time. */
  cpuMs: number;
  /** Peak resident memory of the build process, KiB. */
  peakKiB: number;
}

/**
 * Runs a command and measures its wall time, CPU time and peak memory: GNU
 * time's figures where /usr/bin/time exists, else wall time only and the
 * memory high-water mark of the process read from /proc while it runs.
 */
function measure(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const gnuTime = existsSync('/usr/bin/time');
  const report = path.join(TMP, `time-${process.pid}.txt`);
  const [cmd, cmdArgs] = gnuTime
    ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', report, command, ...argv]]
    : [command, argv];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, cmdArgs, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + String(d)).slice(-4000);
    });
    let hwm = 0;
    const poll = gnuTime
      ? undefined
      : setInterval(() => {
          // The process may have ended between two polls.
          const status = existsSync(`/proc/${child.pid}/status`)
            ? readFileSync(`/proc/${child.pid}/status`, 'utf8')
            : '';
          hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        }, 50);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const took = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${command} ${argv.join(' ')} failed:\n${stderr}`));
      if (!gnuTime) return resolve({ ms: took, cpuMs: Number.NaN, peakKiB: hwm });
      const [peakKiB, user, system] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      resolve({ ms: took, cpuMs: (user! + system!) * 1000, peakKiB: peakKiB! });
    });
  });
}

/** `astro build` as `npm run build` runs it (scripts/astro-build.ts), the bare baseline included. */
const astroBuild = (outDir: string, env: NodeJS.ProcessEnv = process.env, root = '.') =>
  measure(...astroCommand(outDir, root, env));

/**
 * What builds the site's routes in `npm run build`: `astro build`, then the downloads written into its output
 * (scripts/write-downloads.ts), each in its own process. Times add up; the peak is the larger of the two.
 */
async function siteBuild(outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Run & { steps: Run[] }> {
  const astro = await astroBuild(outDir, env);
  const downloads = await measure(TSX, ['scripts/write-downloads.ts', outDir], env);
  return {
    ms: astro.ms + downloads.ms,
    cpuMs: astro.cpuMs + downloads.cpuMs,
    peakKiB: Math.max(astro.peakKiB, downloads.peakKiB),
    steps: [astro, downloads],
  };
}

/**
 * The routes of a built site: its pages, and every other file a route wrote (CSV, SVG, JSON, CSS endpoints), the
 * three downloads written after Astro included. Not routes: the copies of public/, Astro's bundled assets (_astro/),
 * the sitemap and robots.txt.
 */
function routesOf(out: string): { pages: number; endpoints: number } {
  const copied = new Set(filesOf('public'));
  const files = filesOf(out).filter(
    (f) => !copied.has(f) && !f.startsWith('_astro/') && !/^(sitemap[^/]*\.xml|robots\.txt)$/.test(f),
  );
  const pages = files.filter((f) => f.endsWith('.html')).length;
  return { pages, endpoints: files.length - pages };
}

/** Every file under `dir`, relative to it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

/**
 * A throwaway Astro project with `pages` trivial pages and `endpoints` CSV
 * endpoints, both from getStaticPaths like the site's own routes, built by
 * the same installed Astro and the same command: what any site of that many
 * routes costs.
 */
function bareProject(pages: number, endpoints: number): string {
  const root = path.join(TMP, 'bare');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src/pages/p'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  // Astro's settings of the site that any site could take: as many pages rendered at once.
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `export default { site: 'https://example.org', build: { concurrency: ${BUILD_CONCURRENCY} } };\n`,
  );
  writeFileSync(
    path.join(root, 'src/pages/p/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="vi"><head><meta charset="utf-8" /><title>Trang {n}</title></head><body><h1>Trang {n}</h1></body></html>
`,
  );
  writeFileSync(
    path.join(root, 'src/pages/p/[n].csv.ts'),
    `export function getStaticPaths() {
  return Array.from({ length: ${endpoints} }, (_, i) => ({ params: { n: String(i) } }));
}
export const GET = ({ params }) => new Response(\`n\\r\\n\${params.n}\\r\\n\`, { headers: { 'Content-Type': 'text/csv' } });
`,
  );
  return root;
}

/**
 * The shipped data scaled up to about `target` result rows, the way
 * bench-validate.ts does: earlier statistical years as copies of 2019 with
 * every cumulative month (the district offices of before 2025 were in force
 * then). Deterministic. Returns the data directory.
 */
async function scaledData(target: number): Promise<{ dir: string; rows: number }> {
  const sample = await readDataFiles(dataDir());
  const base = sample.results.find((f) => f.file === 'results/2019.csv');
  if (!base) throw new Error('the sample has no results/2019.csv');
  const [header, ...lines] = base.text.trimEnd().split('\n');
  const dir = path.join(TMP, `data-${target}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'results'), { recursive: true });
  for (const name of ['units.csv', 'targets.csv', 'dataset.json'])
    writeFileSync(path.join(dir, name), readFileSync(path.join(dataDir(), name)));
  let rows = 0;
  for (const f of sample.results) {
    writeFileSync(path.join(dir, f.file), f.text);
    rows += f.text.trimEnd().split('\n').length - 1;
  }
  for (let year = 2018; rows < target; year--) {
    const periods = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8].map((m) => (m >= 10 ? `${year - 1}-${m}` : `${year}-0${m}`));
    periods.push(String(year));
    const out = [header];
    // Whole periods, stopping at the first that reaches the target: "three times the data" is three times, not four.
    for (const p of periods) {
      if (rows + out.length - 1 >= target) break;
      for (const l of lines) out.push(`${p}${l.slice(4)}`);
    }
    writeFileSync(path.join(dir, `results/${year}.csv`), `${out.join('\n')}\n`);
    rows += out.length - 1;
  }
  return { dir, rows };
}

/** Read, validate and compute the data in this process, and say how long each took. */
async function timeData(): Promise<void> {
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
}

/** The sizes of the three downloads of a data directory, counted in this process as the pages that state them count them. */
async function sizesOf(dir: string): Promise<{ rows: number; sizes: ReturnType<typeof downloadSizes> }> {
  const outcome = loadDataset(await readDataFiles(dir));
  if (!outcome.dataset) throw new Error(`${dir}: the data is invalid`);
  const data = { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
  return { rows: outcome.dataset.results.length, sizes: downloadSizes(data) };
}

/** The download sizes with the shipped data and with three times its result rows (scaledData), against the budget. */
async function downloadWeights(): Promise<void> {
  const shipped = await sizesOf(dataDir());
  const tripled = await scaledData(shipped.rows * 3);
  for (const [label, { rows, sizes }] of [
    ['shipped', shipped],
    ['3x data', await sizesOf(tripled.dir)],
  ] as const) {
    const largest = Math.max(...Object.values(sizes)) / 1024 / 1024;
    const each = Object.entries(sizes).map(([k, v]) => `${k} ${(v / 1024 / 1024).toFixed(1)} MiB`);
    console.log(
      `downloads ${label} (${rows} result rows): ${each.join(', ')}; ` +
        `largest ≤ ${BUDGET_DOWNLOAD_MIB} MiB: ${largest <= BUDGET_DOWNLOAD_MIB ? 'met' : 'MISSED'}`,
    );
  }
}

const runsLine = (label: string, runs: Run[]) =>
  `${label.padEnd(12)} ${s(median(runs.map((r) => r.ms)))} median of ${runs.length} (${runs.map((r) => s(r.ms)).join(', ')}), ` +
  `CPU ${s(median(runs.map((r) => r.cpuMs)))}, ` +
  `peak ${mib(median(runs.map((r) => r.peakKiB)))} (max ${mib(Math.max(...runs.map((r) => r.peakKiB)))})`;

/** The full build against a bare Astro build of as many pages and endpoints (routesOf), `RUNS` times each, interleaved. */
async function compareBuilds(out: string): Promise<void> {
  const full: Awaited<ReturnType<typeof siteBuild>>[] = [];
  const bare: Run[] = [];
  let root: string | undefined;
  let counts = { pages: 0, endpoints: 0 };
  for (let i = 0; i < RUNS; i++) {
    rmSync(out, { recursive: true, force: true });
    full.push(await siteBuild(out));
    if (!root) {
      counts = routesOf(out);
      if (args.includes('--no-baseline')) break;
      root = bareProject(counts.pages, counts.endpoints);
    }
    if (root) bare.push(await astroBuild(path.join(TMP, 'bare-dist'), process.env, root));
  }
  while (full.length < RUNS) {
    rmSync(out, { recursive: true, force: true });
    full.push(await siteBuild(out));
  }
  console.log(
    `routes       ${counts.pages} pages, ${counts.endpoints} files from endpoints (CSV, SVG, JSON, CSS) ` +
      `(node ${process.version} ${NODE_FLAGS.join(' ')}; build.concurrency ${BUILD_CONCURRENCY}; ${Object.entries(
        MALLOC_ENV,
      )
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')})`,
  );
  console.log(runsLine('full build', full));
  const steps = (i: number) => full.map((r) => r.steps[i]!);
  console.log(`  of which   ${runsLine('astro build', steps(0)).trim()}`);
  console.log(`  and        ${runsLine('downloads', steps(1)).trim()}`);
  const whole = await wholeBuild(out);
  console.log(runsLine('npm run build', [whole]));
  if (bare.length === 0) return;
  console.log(runsLine('bare Astro', bare));
  const ratio = median(full.map((r) => r.ms)) / median(bare.map((r) => r.ms));
  const cpuRatio = median(full.map((r) => r.cpuMs)) / median(bare.map((r) => r.cpuMs));
  const peak = median(full.map((r) => r.peakKiB)) / 1024;
  console.log(
    `ratio        ${ratio.toFixed(2)}x the bare build's wall time, ${cpuRatio.toFixed(2)}x its CPU time ` +
      `(target ≤ ${TARGET.ratio}x: ${ratio <= TARGET.ratio ? 'met' : 'MISSED'}); ` +
      `peak ${peak.toFixed(0)} MiB (target ≤ ${TARGET.peakMiB} MiB: ${peak <= TARGET.peakMiB ? 'met' : 'MISSED'})`,
  );
  console.log(
    `ms a page    ${(median(full.map((r) => r.ms)) / counts.pages).toFixed(1)} full, ${(median(bare.map((r) => r.ms)) / counts.pages).toFixed(1)} bare`,
  );
  const wholeCpu = whole.cpuMs / median(bare.map((r) => r.cpuMs));
  console.log(
    `npm run build ${wholeCpu.toFixed(2)}x the bare build's CPU time (target ≤ ${TARGET.ratio}x: ${wholeCpu <= TARGET.ratio ? 'met' : 'MISSED'}); ` +
      `peak ${mib(whole.peakKiB)} (target ≤ ${TARGET.peakMiB} MiB: ${whole.peakKiB / 1024 <= TARGET.peakMiB ? 'met' : 'MISSED'})`,
  );
}

/** The whole `npm run build` (Astro, search index, PNGs) into `out`, from no PNG cache, as CI runs it. */
function wholeBuild(out: string): Promise<Run> {
  rmSync(out, { recursive: true, force: true });
  return measure(TSX, ['scripts/build.ts', '--outDir', out], { ...process.env, THADS_PNG_CACHE: 'off' });
}

/** Weight of the built pages and of each map. */
function pageWeights(out: string): void {
  const pages: { file: string; bytes: number; gzip: number }[] = [];
  let total = 0;
  for (const file of filesOf(out)) {
    const p = path.join(out, file);
    total += statSync(p).size;
    if (file.endsWith('.html')) {
      const body = readFileSync(p);
      pages.push({ file, bytes: body.length, gzip: gzipSync(body).length });
    }
  }
  pages.sort((a, b) => b.gzip - a.gzip);
  const middle = pages[Math.floor(pages.length / 2)]!;
  console.log(`site      ${kb(total)} on disk, ${pages.length} pages`);
  console.log(
    `home      ${kb(statSync(path.join(out, 'index.html')).size)}, gzip ${kb(gzipSync(readFileSync(path.join(out, 'index.html'))).length)}`,
  );
  console.log(`median    ${middle.file}: ${kb(middle.bytes)}, gzip ${kb(middle.gzip)}`);
  for (const p of pages.slice(0, 3)) console.log(`heaviest  ${p.file}: ${kb(p.bytes)}, gzip ${kb(p.gzip)}`);
  const over = pages.filter((p) => p.gzip > BUDGET_GZIP.html);
  console.log(
    over.length
      ? `BUDGET    ${over.length} page(s) over ${kb(BUDGET_GZIP.html)} gzip: ${over.map((p) => p.file).join(', ')}`
      : `budget    every page within ${kb(BUDGET_GZIP.html)} gzip`,
  );
  mapWeights(
    out,
    pages.map((p) => p.file),
  );
  const js = filesOf(out).filter((f) => f.endsWith('.js')).length;
  console.log(`scripts   ${js} JavaScript file(s) shipped`);
}

/** Each map's SVG as it is in the pages: the budget is 40 kB (asserted in tests/lib/charts/map.test.ts). */
function mapWeights(out: string, pages: string[]): void {
  const maps: { page: string; caption: string; bytes: number }[] = [];
  for (const file of ['index.html', ...pages.filter((f) => f.startsWith('xep-hang/'))]) {
    const html = readFileSync(path.join(out, file), 'utf8');
    for (const m of html.matchAll(
      /<figure class="chart map[^"]*"[\s\S]*?<figcaption[^>]*>([^<]*)<[\s\S]*?(<svg[\s\S]*?<\/svg>)/g,
    )) {
      maps.push({ page: file, caption: m[1] ?? '', bytes: Buffer.byteLength(m[2] ?? '') });
    }
  }
  if (!maps.length) return;
  maps.sort((a, b) => b.bytes - a.bytes);
  const distinct = [...new Map(maps.map((m) => [m.caption, m])).values()];
  const of = (n: number) => distinct.filter((m) => m.caption.includes(`(${n} tỉnh`)).map((m) => m.bytes);
  const range = (xs: number[]) => (xs.length ? `${kb(Math.min(...xs))}–${kb(Math.max(...xs))}` : 'none');
  console.log(
    `maps      ${maps.length} on ${new Set(maps.map((m) => m.page)).size} pages; 63 provinces ${range(of(63))}, ` +
      `34 provinces ${range(of(34))} of SVG (budget 40.0 kB; the second map of a page uses the first's shapes)`,
  );
  console.log(`heaviest  map ${maps[0]!.caption}: ${kb(maps[0]!.bytes)}`);
}

/** One build of the scaled-up dataset: time and peak memory. */
async function largeBuild(target: number): Promise<void> {
  const { dir, rows } = await scaledData(target);
  const out = path.join(TMP, 'large-site');
  rmSync(out, { recursive: true, force: true });
  const run = await siteBuild(out, { ...process.env, THADS_DATA_DIR: dir });
  const [astro, downloads] = run.steps as [Run, Run];
  const files = filesOf(out);
  const csv = statSync(path.join(out, 'du-lieu/thads.csv')).size;
  const peak = run.peakKiB / 1024;
  console.log(
    `large     ${rows} result rows: build ${s(run.ms)}, CPU ${s(run.cpuMs)}, ${files.filter((f) => f.endsWith('.html')).length} pages, ` +
      `thads.csv ${(csv / 1024 / 1024).toFixed(0)} MiB; peak ${peak.toFixed(0)} MiB ` +
      `(astro build ${mib(astro.peakKiB)} in ${s(astro.ms)}, downloads ${mib(downloads.peakKiB)} in ${s(downloads.ms)}) ` +
      `(target ≤ ${TARGET.peakMiBLarge} MiB: ${peak <= TARGET.peakMiBLarge ? 'met' : 'MISSED'})`,
  );
  rmSync(out, { recursive: true, force: true });
}

/**
 * What sharing costs: the PNGs scripts/build.ts adds after the Astro build
 * (cards and charts), rendered with no cache and then copied from a filled
 * one, and the bytes of the card, chart-file and embed folders.
 */
async function shareCost(out: string): Promise<void> {
  const cache = path.join(TMP, 'png-cache');
  rmSync(cache, { recursive: true, force: true });
  let started = performance.now();
  const cold = await rasteriseSite(out, cache);
  const coldMs = performance.now() - started;
  started = performance.now();
  const warm = await rasteriseSite(out, cache);
  const warmMs = performance.now() - started;
  console.log(
    `PNG       ${cold.rendered} rendered in ${s(coldMs)} (${(cold.renderMs / Math.max(cold.rendered, 1)).toFixed(0)} ms each, ` +
      `${availableParallelism()} at a time), ${cold.cached} identical; from the cache ${warm.cached} in ${s(warmMs)}`,
  );
  for (const [dir, c] of Object.entries(cold.byFolder)) {
    const n = Math.max(c.rendered, 1);
    console.log(
      `PNG       ${dir}/: ${c.rendered} rendered, ${(c.renderMs / n).toFixed(0)} ms and ${kb(c.bytes / n)} each, ${kb(c.bytes)} in all`,
    );
  }
}

/** Files and bytes of the whole site and of each folder of FOLDERS. */
function folderWeights(out: string): void {
  const all = filesOf(out).map((f) => ({ f, bytes: statSync(path.join(out, f)).size }));
  const sum = (xs: typeof all) => xs.reduce((t, x) => t + x.bytes, 0);
  const each = FOLDERS.map((d) => {
    const files = all.filter((x) => x.f.startsWith(`${d}/`));
    return `${d}/ ${files.length} files ${mib(sum(files) / 1024)}`;
  });
  console.log(`files     ${all.length} files, ${mib(sum(all) / 1024)}; ${each.join(', ')}`);
}

mkdirSync(TMP, { recursive: true });
await timeData();
await downloadWeights();
if (!args.includes('--no-build')) {
  const out = path.join(TMP, 'site');
  await compareBuilds(out);
  await shareCost(out);
  folderWeights(out);
  pageWeights(out);
}
if (LARGE_ROWS !== null) await largeBuild(LARGE_ROWS);
