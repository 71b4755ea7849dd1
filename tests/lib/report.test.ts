import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { error, formatProblem, type Problem, warning } from '../../src/lib/problems';
import { readDataFiles } from '../../src/lib/read';
import {
  countProblems,
  escapeData,
  escapeProperty,
  formatAnnotation,
  formatAnnotations,
  formatFiles,
  formatReport,
  formatSummary,
  inGitHubActions,
  placeOf,
  REPORT_VERSION,
  repoPath,
  reportJson,
  reportJsonText,
  SHOWN_PER_CODE,
} from '../../src/lib/report';
import { SMALL_DIR } from './helpers';

const place = { dataDir: path.resolve('/repo/data'), root: path.resolve('/repo') };

const dup = error({
  code: 'duplicate-row',
  file: 'results/2025.csv',
  line: 4,
  column: 'period',
  col: 1,
  value: '2025',
  vi: 'Đơn vị 01 đã có số liệu kỳ 2025 ở results/2025.csv dòng 2.',
  en: 'Unit 01 already has figures for period 2025 in results/2025.csv line 2.',
  related: [{ file: 'results/2025.csv', line: 2 }],
});
const missing = error({
  code: 'file-missing',
  file: 'targets.csv',
  vi: 'Không tìm thấy tệp targets.csv trong thư mục dữ liệu.',
  en: 'The file targets.csv was not found in the data directory.',
});
const jump = warning({
  code: 'rate-jump',
  file: 'results/2025.csv',
  line: 2,
  column: 'cases_completed',
  value: '76',
  vi: 'Tỷ lệ 100% → 50%, kiểm tra: a, b',
  en: 'Rate 100% → 50%\r\nplease check: a, b',
});

describe('escaping of workflow commands (actions/toolkit rules)', () => {
  it('escapes %, CR and LF in the message, % first so nothing is escaped twice', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('also escapes : and , in a property', () => {
    expect(escapeProperty('data/results/2025 (1).csv')).toBe('data/results/2025 (1).csv');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('formatAnnotation', () => {
  it('places an error at its file from the repository root, line and column, with a title', () => {
    expect(formatAnnotation(dup, place)).toBe(
      '::error file=data/results/2025.csv,line=4,col=1,title=THADS duplicate-row (period)::' +
        'Đơn vị 01 đã có số liệu kỳ 2025 ở results/2025.csv dòng 2.%0A' +
        'Unit 01 already has figures for period 2025 in results/2025.csv line 2.%0A' +
        'Giá trị/value: "2025"%0ALiên quan/related: results/2025.csv:2',
    );
  });

  it('omits line and col when the problem has none, and col when only it is unknown', () => {
    expect(formatAnnotation(missing, place)).toBe(
      '::error file=data/targets.csv,title=THADS file-missing::Không tìm thấy tệp targets.csv trong thư mục dữ liệu.%0AThe file targets.csv was not found in the data directory.',
    );
    expect(formatAnnotation(jump, place)).toMatch(
      /^::warning file=data\/results\/2025\.csv,line=2,title=THADS rate-jump \(cases_completed\)::/,
    );
  });

  it('escapes the message so that one problem is one line', () => {
    const line = formatAnnotation(jump, place);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('Tỷ lệ 100%25 → 50%25, kiểm tra: a, b%0ARate 100%25 → 50%25%0D%0Aplease check: a, b');
  });

  it('derives the path from the data directory, wherever it is', () => {
    expect(
      repoPath({ dataDir: path.resolve('/repo/tests/fixtures/small'), root: path.resolve('/repo') }, 'units.csv'),
    ).toBe('tests/fixtures/small/units.csv');
  });
});

describe('inGitHubActions and placeOf', () => {
  it('is on only when GITHUB_ACTIONS is exactly "true"', () => {
    expect(inGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inGitHubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
    expect(inGitHubActions({})).toBe(false);
  });

  it('takes the repository root from GITHUB_WORKSPACE when set', () => {
    const p = placeOf('/work/checkout/data', { GITHUB_WORKSPACE: '/work/checkout' });
    expect(repoPath(p, 'results/2025.csv')).toBe('data/results/2025.csv');
  });
});

describe('counts and the readable summary', () => {
  it('counts errors and warnings per file and per code, keys in order', () => {
    const counts = countProblems([jump, dup, missing]);
    expect(counts).toEqual({
      errors: 2,
      warnings: 1,
      byFile: { 'results/2025.csv': { errors: 1, warnings: 1 }, 'targets.csv': { errors: 1, warnings: 0 } },
      byCode: {
        'duplicate-row': { errors: 1, warnings: 0 },
        'file-missing': { errors: 1, warnings: 0 },
        'rate-jump': { errors: 0, warnings: 1 },
      },
    });
    expect(Object.keys(counts.byCode)).toEqual(['duplicate-row', 'file-missing', 'rate-jump']);
  });

  it('prints the errors, the skipped checks, then the warnings last, and the summary', () => {
    const text = formatReport({
      problems: [jump, dup],
      skipped: [{ vi: 'units.csv không có.', en: 'units.csv is missing.' }],
    });
    expect(text).toBe(
      [
        formatProblem(dup),
        'BỎ QUA/SKIPPED units.csv không có.\n    units.csv is missing.',
        formatProblem(jump),
        'Tổng hợp / Summary: 1 lỗi/error(s), 1 cảnh báo/warning(s)',
        '  theo tệp / by file:',
        '    results/2025.csv  1 lỗi/error(s), 1 cảnh báo/warning(s)',
        '  theo mã / by code:',
        '    duplicate-row  1 lỗi/error(s), 0 cảnh báo/warning(s)',
        '    rate-jump      0 lỗi/error(s), 1 cảnh báo/warning(s)',
      ].join('\n'),
    );
    expect(formatSummary(countProblems([]))).toBe('');
    expect(formatReport({ problems: [], skipped: [] })).toBe('');
  });
});

describe('a report of very many problems', () => {
  const many = Array.from({ length: SHOWN_PER_CODE + 7 }, (_, i) => ({ ...dup, line: i + 2 }));
  const jumps = Array.from({ length: SHOWN_PER_CODE + 1 }, (_, i) => ({ ...jump, line: i + 2 }));

  it('prints the first problems of each code and counts the rest in one line', () => {
    const text = formatReport({ problems: [...many, missing, ...jumps], skipped: [] });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('LỖI/ERROR results/2025.csv')).length).toBe(SHOWN_PER_CODE);
    expect(lines.filter((l) => l.startsWith('LỖI/ERROR targets.csv')).length).toBe(1);
    expect(text).toContain('… 7 lỗi {duplicate-row} khác không in ra (xem npm run validate -- --json).');
    expect(text).toContain('    7 more error(s) {duplicate-row} not printed (see npm run validate -- --json).');
    expect(text).toContain('… 1 cảnh báo {rate-jump} khác không in ra');
    // The counts still count everything.
    expect(text).toContain(`duplicate-row  ${SHOWN_PER_CODE + 7} lỗi/error(s)`);
  });

  it('annotates the first problems of each code only', () => {
    const lines = formatAnnotations([...many, missing], place).split('\n');
    expect(lines.length).toBe(SHOWN_PER_CODE + 1);
  });

  it('writes the JSON report in pieces that make exactly the one-string document', async () => {
    const outcome = loadDataset({ ...(await readDataFiles(SMALL_DIR)), targets: null });
    const p = { dataDir: SMALL_DIR, root: path.resolve(SMALL_DIR, '../../..') };
    for (const o of [outcome, { ...outcome, problems: [] }, { ...outcome, problems: [...many, missing] }]) {
      const pieces = [...reportJsonText({ ...o, counts: countProblems(o.problems) }, p)];
      expect(pieces.join('')).toBe(`${JSON.stringify(reportJson(o, p), null, 2)}\n`);
    }
    expect([...reportJsonText({ ...outcome, problems: many, counts: countProblems(many) }, p)].length).toBe(
      many.length + 2,
    );
  });
});

describe('formatFiles', () => {
  it('lists every file found, with its rows, or not read and the rule that says why', () => {
    const refused = error({ code: 'results-file-name', file: 'results/2026.csv.txt', vi: 'x', en: 'x' });
    const cell = error({
      code: 'cell-count',
      file: 'results/2025.csv',
      line: 3,
      column: 'cases_new',
      vi: 'x',
      en: 'x',
    });
    const text = formatFiles({
      problems: [refused, cell],
      files: [{ file: 'dataset.json' }, { file: 'results/2025.csv', rows: 4 }, { file: 'results/2026.csv.txt' }],
    });
    expect(text).toBe(
      [
        'Tệp tìm thấy / Files found:',
        '    dataset.json',
        '    results/2025.csv      4 dòng / rows',
        '    results/2026.csv.txt  không đọc / not read {results-file-name}',
      ].join('\n'),
    );
  });
});

describe('reportJson', () => {
  it('is one stable document: every field of every problem, present even when null', async () => {
    const outcome = loadDataset({ ...(await readDataFiles(SMALL_DIR)), targets: null });
    const json = reportJson(outcome, { dataDir: SMALL_DIR, root: path.resolve(SMALL_DIR, '../../..') });
    expect(Object.keys(json)).toEqual(['version', 'valid', 'dataDir', 'files', 'counts', 'skipped', 'problems']);
    expect(json.version).toBe(REPORT_VERSION);
    expect(json.valid).toBe(false);
    expect(json.dataDir).toBe('tests/fixtures/small');
    expect(json.files).toEqual([
      { file: 'dataset.json', path: 'tests/fixtures/small/dataset.json', rows: null },
      { file: 'units.csv', path: 'tests/fixtures/small/units.csv', rows: 11 },
      { file: 'results/2024.csv', path: 'tests/fixtures/small/results/2024.csv', rows: 8 },
      { file: 'results/2025.csv', path: 'tests/fixtures/small/results/2025.csv', rows: 4 },
    ]);
    expect(json.counts).toMatchObject({ errors: 1, warnings: 3 });
    for (const p of json.problems) {
      expect(Object.keys(p)).toEqual([
        'severity',
        'code',
        'file',
        'path',
        'line',
        'col',
        'column',
        'value',
        'vi',
        'en',
        'related',
      ]);
    }
    expect(json.problems[0]).toEqual({
      severity: 'warning',
      code: 'carried-over-mismatch',
      file: 'results/2025.csv',
      path: 'tests/fixtures/small/results/2025.csv',
      line: 2,
      col: 9,
      column: 'cases_carried_over',
      value: '929',
      vi: expect.stringContaining('cases_carried_over của Thành phố Hà Nội (01) năm 2025 là 929'),
      en: expect.stringContaining('Thành phố Hà Nội (01): cases_carried_over for 2025 is 929'),
      related: [{ file: 'results/2024.csv', path: 'tests/fixtures/small/results/2024.csv', line: 2 }],
    });
    expect(json.problems.at(-1)).toMatchObject({
      code: 'file-missing',
      file: 'targets.csv',
      line: null,
      col: null,
      column: null,
      value: null,
      related: [],
    });
    // It survives a round trip through JSON unchanged (no undefined, no class instances).
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('is valid with warnings', async () => {
    const json = reportJson(loadDataset(await readDataFiles(SMALL_DIR)), place);
    expect(json.valid).toBe(true);
    expect(json.counts.errors).toBe(0);
    expect(json.counts.warnings).toBe(3);
  });
});

describe('problems', () => {
  it('orders related rows by file and line and drops repeats', () => {
    const p: Problem = error({
      code: 'x',
      file: 'a.csv',
      vi: '',
      en: '',
      related: [
        { file: 'results/2025.csv', line: 3 },
        { file: 'results/2024.csv', line: 9 },
        { file: 'results/2025.csv', line: 2 },
        { file: 'results/2024.csv', line: 9 },
      ],
    });
    expect(p.related).toEqual([
      { file: 'results/2024.csv', line: 9 },
      { file: 'results/2025.csv', line: 2 },
      { file: 'results/2025.csv', line: 3 },
    ]);
  });

  it('lists at most twelve related rows in the readable report and counts the rest', () => {
    const related = Array.from({ length: 15 }, (_, i) => ({ file: 'results/2025.csv', line: i + 2 }));
    const text = formatProblem(error({ code: 'x', file: 'results/2025.csv', line: 1, vi: 'v', en: 'e', related }));
    expect(text.split('\n').at(-1)).toBe(
      '    liên quan/related: results/2025.csv:2, results/2025.csv:3, results/2025.csv:4, results/2025.csv:5, results/2025.csv:6, results/2025.csv:7, results/2025.csv:8, results/2025.csv:9, results/2025.csv:10, results/2025.csv:11, results/2025.csv:12, results/2025.csv:13 … (+3 dòng khác / more rows)',
    );
  });
});
