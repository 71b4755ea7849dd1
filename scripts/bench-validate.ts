/**
 * `npm run bench:validate`: how fast the data gate reads and checks a large
 * dataset. Builds 200.000 valid result rows in memory from the shipped sample
 * (deterministic: earlier statistical years are copies of 2019 with every
 * cumulative month, which the district offices of before 2025 were in force
 * for), then times each stage of the real path: decode, parse, parse with the
 * cells checked record by record, load.
 * Prints figures only; budgets are never asserted in tests. Then the worst
 * file through the real command and a pipe (`bench-validate-pipe.ts`): a
 * million rows with one bad cell each.
 *
 * Usage: tsx scripts/bench-validate.ts [rows]
 */
import { loadDataset } from '../src/lib/load';
import { readCsv } from '../src/lib/parse';
import { type DataFiles, readDataFiles, type SourceFile, sourceOf } from '../src/lib/read';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS, ResultRowSchema } from '../src/lib/schemas/results';
import { dataDir } from '../src/lib/site-data';
import { readTable } from '../src/lib/validate/file';
import { benchBadRowsThroughPipe } from './bench-validate-pipe';
import { exportLikeExcel, kindOf } from './excel-export';

const target = Number(process.argv[2] ?? 200_000);
const sample = await readDataFiles(dataDir());
const base = sample.results.find((f) => f.file === 'results/2019.csv');
if (!base) throw new Error('the sample has no results/2019.csv');
const [header, ...lines] = base.text.trimEnd().split('\n');

/** Earlier years, each with the cumulative months October to August and the full year, until `target` rows. */
const results: SourceFile[] = [...sample.results];
let rows = results.reduce((n, f) => n + f.text.trimEnd().split('\n').length - 1, 0);
for (let year = 2018; rows < target; year--) {
  const periods = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8].map((m) => (m >= 10 ? `${year - 1}-${m}` : `${year}-0${m}`));
  periods.push(String(year));
  const out = [header];
  for (const p of periods) for (const l of lines) out.push(`${p}${l.slice(4)}`);
  results.push({ file: `results/${year}.csv`, text: `${out.join('\n')}\n` });
  rows += out.length - 1;
}
results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
const files: DataFiles = { ...sample, results };

const spec = { schema: ResultRowSchema, required: RESULT_COLUMNS, optional: RESULT_OPTIONAL_COLUMNS };
const fmt = new Intl.NumberFormat('vi-VN');
/** Wall time and CPU time of the process: on a shared machine the CPU time is the steadier figure. */
interface Took {
  wall: number;
  cpu: number;
}
const line = (stage: string, took: Took, n: number) =>
  console.log(
    `${stage.padEnd(24)} ${fmt.format(n).padStart(9)} rows ${took.wall.toFixed(0).padStart(6)} ms wall ${took.cpu.toFixed(0).padStart(6)} ms cpu ${fmt.format(Math.round((n / took.wall) * 1000)).padStart(11)} rows/s`,
  );
const time = <T>(f: () => T): [T, Took] => {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = f();
  const used = process.cpuUsage(c);
  return [r, { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }];
};

function run(label: string, data: DataFiles, bytes?: Map<string, Uint8Array>) {
  console.log(`\n${label}`);
  let decoded = data;
  let decodeTook: Took = { wall: 0, cpu: 0 };
  if (bytes) {
    const [sources, took] = time(() => data.results.map((f) => sourceOf(f.file, bytes.get(f.file)!)));
    line('decode', took, rows);
    decoded = { ...data, results: sources };
    decodeTook = took;
  }
  let problems = 0;
  {
    // Scoped, so that the load below does not pay for keeping these alive.
    const [scans, parseTook] = time(() => decoded.results.map((f) => readCsv(f.file, f.text, () => null)));
    line('parse (records counted)', parseTook, rows);
    const [tables, tableTook] = time(() => decoded.results.map((f) => readTable(f, spec)));
    line('parse+table (cells)', tableTook, rows);
    problems = tables.reduce((n, t) => n + t.problems.length, 0) + scans.reduce((n, p) => n + p.problems.length, 0);
  }
  const [outcome, loadTook] = time(() => loadDataset(decoded));
  line('load (parse+table+rules)', loadTook, rows);
  // What a maintainer waits for: the bytes decoded, then everything the loader does with them.
  line('whole (decode+load)', { wall: decodeTook.wall + loadTook.wall, cpu: decodeTook.cpu + loadTook.cpu }, rows);
  if (!outcome.dataset || problems > 0) {
    console.error(`the generated data is not valid: ${outcome.problems.length} problem(s), first:`);
    console.error(outcome.problems[0]);
    process.exit(1);
  }
  console.log(`valid: ${fmt.format(outcome.dataset.results.length)} result rows`);
}

console.log(
  `data: ${dataDir()} → ${fmt.format(rows)} result rows in ${results.length} files (node ${process.version})`,
);
const utf8 = new Map(results.map((f) => [f.file, new Uint8Array(Buffer.from(f.text, 'utf8'))]));
run('as shipped: UTF-8, comma', files, utf8);

// The same rows as Vietnamese Excel saves them: semicolons, BOM, CRLF, "1.525", Vietnamese headers.
const excel = new Map(
  results.map((f) => [
    f.file,
    exportLikeExcel(f.text, { format: 'semicolon', vietnameseHeaders: true, kind: kindOf(f.file) }),
  ]),
);
run('Excel, Vietnamese Windows: UTF-8 BOM, ";", CRLF, "1.525", Vietnamese headers', files, excel);

if (!(await benchBadRowsThroughPipe(dataDir(), 1_000_000))) process.exitCode = 1;
