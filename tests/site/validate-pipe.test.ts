/**
 * A report far larger than a pipe's buffer reaches the other end whole: CI
 * logs read `npm run validate` through a pipe, and a process that exits
 * before its output is flushed cuts the report short (64 KiB of 130 KiB was
 * seen) and leaves `--json` invalid. The text report prints the first
 * problems of each code and counts the rest; the JSON report has them all.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/lib/format';
import { SHOWN_PER_CODE } from '../../src/lib/report';
import { BIN, buildSite, commandEnv, describeRun, FIXTURE_DATA, ROOT, validateData } from '../support/build';

// More than the 10.000 problems the report's store holds before it writes a sorted batch out: the JSON
// report is merged back from batches.
const BAD_ROWS = 12_000;
// Counts as a maintainer reads them: "11.950" in Vietnamese, "11,950" in English.
const vi = FORMATS.vi.count;
const en = FORMATS.en.count;
let work = '';
let badData = '';

beforeAll(async () => {
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  work = await mkdtemp(path.join(ROOT, '.tmp', 'validate-pipe-'));
  badData = path.join(work, 'data');
  await cp(FIXTURE_DATA, badData, { recursive: true });
  // Thousands of rows whose new cases are a spreadsheet error: one located problem each.
  const file = path.join(badData, 'results', '2025.csv');
  const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const row = lines[2]!.split(',');
  row[header.indexOf('cases_new')] = '#REF!';
  await writeFile(file, `${[...lines, ...Array.from({ length: BAD_ROWS }, () => row.join(','))].join('\n')}\n`);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run validate through a pipe', () => {
  it('prints the text report whole, the first problems of the code and a count of the rest, and exits 1', async () => {
    const result = await validateData(badData);
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.stdout.match(/^LỖI\/ERROR .*\{cell-excel-ref\}$/gm)?.length).toBe(SHOWN_PER_CODE);
    expect(result.stdout).toContain(`… ${vi(BAD_ROWS - SHOWN_PER_CODE)} lỗi {cell-excel-ref} khác không in ra`);
    expect(result.stdout).toContain(`    ${en(BAD_ROWS - SHOWN_PER_CODE)} more error(s) {cell-excel-ref} not printed`);
    // The counts, then the files found, come last: they are there only when nothing was cut.
    expect(result.stdout).toMatch(new RegExp(`cell-excel-ref +${vi(BAD_ROWS).replace('.', '\\.')} lỗi/error\\(s\\)`));
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^ {4}targets\.csv +\d+ dòng \/ rows$/);
    expect(result.stderr).toMatch(/error\(s\)/);
  });

  it('prints one complete JSON document with --json', async () => {
    const result = await validateData(badData, ['--json']);
    expect(result.code, describeRun(result)).toBe(1);
    expect(result.stdout.length, 'the report should be far larger than a 64 KiB pipe buffer').toBeGreaterThan(
      1024 * 1024,
    );
    const report = JSON.parse(result.stdout) as { problems: { code: string; file: string; line: number | null }[] };
    const refs = report.problems.filter((p) => p.code === 'cell-excel-ref');
    expect(refs.length).toBe(BAD_ROWS);
    // In the file's order, one per line, as sorting them all at once gives.
    const lines = refs.map((p) => p.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(lines).size).toBe(BAD_ROWS);
  });

  it('ends quietly with its verdict when the reader stops early, and leaves no batch behind', async () => {
    const tmp = path.join(work, 'tmp');
    await mkdir(tmp);
    const child = spawn(path.join(BIN, 'tsx'), ['scripts/validate.ts', '--json'], {
      cwd: ROOT,
      // The batches of problems written out go to the temporary folder: this one, to see that none stays.
      env: { ...commandEnv(badData), TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    // The reader takes the first piece and closes its end, as `| head -c 100` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code, stderr).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    // (tsx keeps its own cache there too.)
    expect((await readdir(tmp)).filter((f) => f.startsWith('thads-problems-'))).toEqual([]);
  });

  it('stops a build with the same report: the first problems of the code and a count of the rest', async () => {
    const result = await buildSite({ dataDir: badData, outDir: path.join(work, 'site') });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.code, describeRun(result)).not.toBe(0);
    expect(output).toContain(
      `Dữ liệu có ${vi(BAD_ROWS)} lỗi, không thể xây dựng trang. / The data has ${en(BAD_ROWS)} error(s)`,
    );
    expect(output).toContain(`… ${vi(BAD_ROWS - SHOWN_PER_CODE)} lỗi {cell-excel-ref} khác không in ra`);
    expect(output.match(/^LỖI\/ERROR .*\{cell-excel-ref\}$/gm)?.length).toBe(SHOWN_PER_CODE);
  });
});
