/**
 * The worst file a maintainer can send, through the real `npm run validate`:
 * a results file of a million rows with one bad cell each ("#REF!" in
 * cases_new, as a sheet whose source was deleted exports it). The validator
 * runs as a child process with its stdout piped into a consumer that counts
 * what it reads (and, for --json, parses the document a problem at a time),
 * so the figures are those of `npm run validate | …` in CI: wall time, the
 * child's peak memory (VmHWM), the bytes written. Figures only, no budget.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fmt = new Intl.NumberFormat('vi-VN');

/** A copy of the data directory whose results/2019.csv is `rows` rows, each with "#REF!" for cases_new. */
export async function writeBadData(from: string, rows: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'thads-bench-pipe-'));
  mkdirSync(path.join(dir, 'results'));
  for (const f of ['dataset.json', 'units.csv', 'targets.csv']) await copyFile(path.join(from, f), path.join(dir, f));
  for (const f of await readdir(path.join(from, 'results'))) {
    await copyFile(path.join(from, 'results', f), path.join(dir, 'results', f));
  }
  const [header, ...lines] = readFileSync(path.join(from, 'results', '2019.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  const column = header!.split(',').indexOf('cases_new');
  // Each sample row with its cases_new cell replaced (no quoted cell comes before it).
  const bad = lines.map((l) => {
    const cells = l.split(',');
    cells[column] = '#REF!';
    return cells.join(',');
  });
  const out = createWriteStream(path.join(dir, 'results', '2019.csv'));
  out.write(`${header}\n`);
  for (let i = 0; i < rows; i += 1000) {
    const chunk: string[] = [];
    for (let j = i; j < Math.min(rows, i + 1000); j++) chunk.push(bad[j % bad.length]!);
    if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return dir;
}

/** What the consumer at the end of the pipe saw. */
interface Consumed {
  bytes: number;
  /** Text: lines read. JSON: problems parsed one by one. */
  items: number;
  /** JSON: whether the document was complete and its problems matched its counts. */
  complete?: boolean;
}

/**
 * Reads the JSON report as it arrives, line by line: the head up to
 * `"problems": [`, then each problem object (indented by four spaces) parsed
 * on its own, then the closing lines. Memory stays that of one problem.
 */
function jsonConsumer() {
  let rest = '';
  let head: string[] | null = [];
  let counts = { errors: 0, warnings: 0 };
  let problem: string[] = [];
  let items = 0;
  let closed = false;
  const onLine = (line: string) => {
    if (head) {
      head.push(line);
      if (line === '  "problems": [') {
        counts = JSON.parse(`${head.join('\n')}]}`).counts;
        head = null;
      } else if (line === '}') {
        counts = JSON.parse(head.join('\n')).counts;
        closed = true;
      }
      return;
    }
    if (line === '  ]' || line === '}') {
      closed ||= line === '}';
      return;
    }
    problem.push(line);
    if (line === '    }' || line === '    },') {
      const p = JSON.parse(problem.join('\n').replace(/,$/, ''));
      if (typeof p.code !== 'string' || typeof p.file !== 'string') throw new Error('a problem without code or file');
      items++;
      problem = [];
    }
  };
  return {
    feed(chunk: string) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const l of lines) onLine(l);
    },
    end: () => ({ items, complete: closed && rest === '' && items === counts.errors + counts.warnings }),
  };
}

/** Peak resident memory of a process, polled from /proc (Linux) until it exits; 0 where there is no /proc. */
function peakMemory(pid: number): () => number {
  let peak = 0;
  const poll = () => {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (kb) peak = Math.max(peak, Number(kb[1]) * 1024);
    } catch {
      // Gone: the last figure read stands.
    }
  };
  const timer = setInterval(poll, 20);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Runs `tsx scripts/validate.ts [--json]` on `dir` with stdout piped into a consumer. */
async function runValidate(dir: string, json: boolean) {
  const started = performance.now();
  // node with tsx's loader, so that the process measured is the one that validates.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...(json ? ['--json'] : [])], {
    cwd: ROOT,
    env: { ...process.env, THADS_DATA_DIR: dir, GITHUB_ACTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopPolling = peakMemory(child.pid!);
  const consumed: Consumed = { bytes: 0, items: 0 };
  const parser = json ? jsonConsumer() : null;
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    consumed.bytes += Buffer.byteLength(chunk);
    if (parser) parser.feed(chunk);
    else for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) consumed.items++;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  const peak = stopPolling();
  if (parser) Object.assign(consumed, parser.end());
  return { code, signal, wall: performance.now() - started, peak, consumed, stderr };
}

/** The case of `npm run bench:validate`: prints one line per report format. */
export async function benchBadRowsThroughPipe(from: string, rows: number): Promise<boolean> {
  console.log(`\n${fmt.format(rows)} rows, one bad cell each ("#REF!" in cases_new), npm run validate | consumer`);
  const dir = await writeBadData(from, rows);
  let ok = true;
  try {
    const size = readFileSync(path.join(dir, 'results', '2019.csv')).length;
    console.log(`results/2019.csv: ${fmt.format(Math.round(size / 2 ** 20))} MiB`);
    for (const json of [false, true]) {
      const r = await runValidate(dir, json);
      const what = json
        ? `${fmt.format(r.consumed.items)} problems parsed, ${r.consumed.complete ? 'complete' : 'INCOMPLETE'}`
        : `${fmt.format(r.consumed.items)} lines`;
      console.log(
        `${(json ? 'validate --json' : 'validate (text)').padEnd(24)} exit ${r.code ?? r.signal} ` +
          `${(r.wall / 1000).toFixed(1).padStart(6)} s wall ${fmt.format(Math.round(r.peak / 2 ** 20)).padStart(6)} MiB peak ` +
          `${fmt.format(r.consumed.bytes).padStart(14)} bytes read, ${what}`,
      );
      // Exit 1 is the verdict on bad data; anything else (a crash, out of memory) is a failure of the gate.
      if (r.code !== 1 || (json && !r.consumed.complete)) {
        ok = false;
        console.error(r.stderr);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const from = path.resolve(process.env.THADS_DATA_DIR ?? path.join(ROOT, 'data'));
  if (!existsSync(from)) throw new Error(`no data directory at ${from}`);
  if (!(await benchBadRowsThroughPipe(from, rows))) process.exitCode = 1;
}
