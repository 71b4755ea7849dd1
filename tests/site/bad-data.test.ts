/**
 * Bad data stops the build and `npm run validate` with the place of the
 * problem (file:line, column, value) in Vietnamese and English, and a failed
 * build leaves the previous site where it was.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, describeRun, FIXTURE_DATA, ROOT, type RunResult, validateData } from '../support/build';
import { listFiles } from '../support/pages';

const goodSite = inject('fixtureSite');
let work = '';
let badData = '';

/** Replaces one cell of a CSV file, checking what was there. */
async function setCell(file: string, line: number, column: string, from: string, to: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const header = lines[0]!.split(',');
  const index = header.indexOf(column);
  const cells = lines[line - 1]!.split(',');
  if (index < 0 || cells[index] !== from) {
    throw new Error(`${file}:${line} column ${column} is "${cells[index]}", expected "${from}": the fixture changed`);
  }
  cells[index] = to;
  lines[line - 1] = cells.join(',');
  await writeFile(file, lines.join('\n'));
}

beforeAll(async () => {
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  work = await mkdtemp(path.join(ROOT, '.tmp', 'bad-data-'));
  badData = path.join(work, 'data');
  await cp(FIXTURE_DATA, badData, { recursive: true });
  // Line 3 of results/2025.csv is Hà Nội khu vực 1 (01-KV01), which has 1400 new cases.
  await setCell(path.join(badData, 'results', '2025.csv'), 3, 'cases_new', '1400', '12x');
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The report names the place, the column and the value, and says what is wrong in both languages. */
function expectLocatedReport(r: RunResult): void {
  const output = `${r.stdout}\n${r.stderr}`;
  const lines = output.split('\n');
  const at = lines.findIndex((l) => l.includes('results/2025.csv:3'));
  expect(at, `no line names results/2025.csv:3\n${describeRun(r)}`).toBeGreaterThanOrEqual(0);
  const place = lines[at]!;
  expect(place).toContain('cases_new');
  expect(place).toContain('"12x"');
  // Labels of the place in Vietnamese and English.
  expect(place).toMatch(/cột/);
  expect(place).toMatch(/column/);
  const message = lines.slice(at + 1, at + 3).join('\n');
  expect(message).toContain('Cần một số nguyên không âm');
  expect(message).toContain('Expected a non-negative whole number');
}

describe('a value that is not a number (results/2025.csv:3, cases_new = "12x")', () => {
  it('stops the build with the place, the column and the value, in Vietnamese and English', async () => {
    const outDir = path.join(work, 'site-bad');
    const result = await buildSite({ dataDir: badData, outDir });
    expect(result.code, describeRun(result)).not.toBe(0);
    expectLocatedReport(result);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain('không thể xây dựng trang');
    expect(output).toContain('the site was not built');
  });

  it('makes npm run validate exit 1 with the same report', async () => {
    const result = await validateData(badData);
    expect(result.code, describeRun(result)).toBe(1);
    expectLocatedReport(result);
    expect(result.stderr).toMatch(/1 lỗi/);
    expect(result.stderr).toMatch(/1 error\(s\)/);
  });

  it('npm run validate passes on the good fixture (so the failure above is the bad cell)', async () => {
    const result = await validateData(FIXTURE_DATA);
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.stdout).toMatch(/Toàn quốc năm 2025: về việc 83,68%, về tiền 55,12%/i);
  });

  it('leaves a previously built site in place when the build fails', async () => {
    // A good build of the fixture in the output directory (the shared build, copied).
    const outDir = path.join(work, 'site-kept');
    await cp(goodSite, outDir, { recursive: true });
    const before = await listFiles(outDir);
    const index = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(index).toContain('83,68%');

    const result = await buildSite({ dataDir: badData, outDir });
    expect(result.code, describeRun(result)).not.toBe(0);

    const after = await listFiles(outDir);
    expect(
      after,
      'a failed build replaced the previous site in its outDir instead of leaving the last good site',
    ).toEqual(before);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe(index);
  });
});

describe('the report for machines and for pull requests', () => {
  // The annotation path is the data file seen from the repository root (GITHUB_WORKSPACE).
  const annotated = () =>
    path
      .relative(ROOT, path.join(badData, 'results', '2025.csv'))
      .split(path.sep)
      .join('/');
  const inActions = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ROOT };
  const outside = { GITHUB_ACTIONS: '' };

  it('npm run validate -- --json prints one JSON document with every field of the problem, and exits 1', async () => {
    const result = await validateData(badData, ['--json'], inActions);
    expect(result.code, describeRun(result)).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ version: 1, valid: false, counts: { errors: 1 } });
    expect(json.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([
      {
        severity: 'error',
        code: 'cell-count',
        file: 'results/2025.csv',
        path: annotated(),
        line: 3,
        // "2025,01-KV01,529," is 17 characters: cases_new starts at the 18th.
        col: 18,
        column: 'cases_new',
        value: '12x',
        vi: 'Cần một số nguyên không âm, viết bằng chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm hoặc khoảng trắng (ví dụ 1525, 1.525 hoặc 1 525).',
        en: 'Expected a non-negative whole number written with digits, optionally with a dot or a space between thousands (e.g. 1525, 1.525 or 1 525).',
        related: [],
      },
    ]);
    expect(result.stdout).not.toContain('::error');
  });

  it('prints a GitHub Actions annotation per problem under GITHUB_ACTIONS=true, and none outside', async () => {
    const result = await validateData(badData, [], inActions);
    expect(result.code, describeRun(result)).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toEqual([
      `::error file=${annotated()},line=3,col=18,title=THADS cell-count (cases_new)::` +
        'Cần một số nguyên không âm, viết bằng chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm hoặc khoảng trắng (ví dụ 1525, 1.525 hoặc 1 525).%0AExpected a non-negative whole number written with digits, optionally with a dot or a space between thousands (e.g. 1525, 1.525 or 1 525).%0AGiá trị/value: "12x"',
    ]);
    const plain = await validateData(badData, [], outside);
    expect(plain.stdout).not.toMatch(/^::/m);
    expect(plain.stdout).toContain('Tổng hợp / Summary: 1 lỗi/error(s)');
  });

  it('makes a failed build print the same annotation under GITHUB_ACTIONS=true', async () => {
    const result = await buildSite({ dataDir: badData, outDir: path.join(work, 'site-annotated'), env: inActions });
    expect(result.code, describeRun(result)).not.toBe(0);
    expect(result.stdout).toContain(`::error file=${annotated()},line=3,col=18,title=THADS cell-count (cases_new)::`);
  });

  it('shows warnings without failing: the good fixture warns and still validates', async () => {
    const result = await validateData(FIXTURE_DATA, [], inActions);
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::warning '))).toHaveLength(3);
    expect(result.stdout).toContain('CẢNH BÁO/WARNING results/2025.csv:2 (cột/column cases_carried_over)');
    expect(result.stdout).toContain('✓ Hợp lệ / valid: 3 cảnh báo / warning(s)');
    const json = JSON.parse((await validateData(FIXTURE_DATA, ['--json'])).stdout);
    expect(json).toMatchObject({ valid: true, counts: { errors: 0, warnings: 3 } });
  });
});
