import { describe, expect, it } from 'vitest';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS, ResultRowSchema } from '../../../src/lib/schemas/results';
import { readTable } from '../../../src/lib/validate/file';
import {
  checkCumulativePeriods,
  checkFileName,
  checkPeriodPlacement,
  fileYear,
  periodHint,
} from '../../../src/lib/validate/periods';
import { validateResults } from '../../../src/lib/validate/results';
import { registryOf, resultCsv, resultLine, resultTable, where } from '../helpers';

const registry = registryOf();

/** Rows of one results file, through the real parser and table contract. */
function rowsOf(file: string, ...lines: string[]) {
  const table = resultTable(resultCsv(...lines), file);
  expect(table.problems).toEqual([]);
  return table.rows;
}

/** Resolved results of one file, which must have no problem of its own. */
function resultsOf(file: string, ...lines: string[]) {
  const { results, problems } = validateResults(rowsOf(file, ...lines), registry);
  expect(problems).toEqual([]);
  return results;
}

describe('results file names', () => {
  it('reads the statistical year from results/YYYY.csv only', () => {
    expect(fileYear('results/2025.csv')).toBe(2025);
    expect(fileYear('results/2025 (1).csv')).toBeNull();
    expect(fileYear('results/ket-qua-2025.csv')).toBeNull();
    expect(fileYear('results/2025.CSV')).toBeNull();
    expect(checkFileName('results/2025.csv')).toBeNull();
  });

  it('reports a misnamed file once, as a whole-file error', () => {
    const p = checkFileName('results/2025 (1).csv');
    expect(p).toMatchObject({ severity: 'error', code: 'results-file-name', file: 'results/2025 (1).csv' });
    expect(p?.line).toBeUndefined();
    expect(p?.en).toContain('results/YYYY.csv');
  });
});

describe('periods in the file of their year', () => {
  it('accepts the months of a year, October to December of the year before included', () => {
    const rows = rowsOf(
      'results/2025.csv',
      resultLine('2024-10', '01'),
      resultLine('2025-03', '01'),
      resultLine('2025', '01'),
    );
    const { placed, misplaced, problems } = checkPeriodPlacement(rows);
    expect(problems).toEqual([]);
    expect(placed).toHaveLength(3);
    expect(misplaced).toEqual([]);
  });

  it('reports a row of another year at the row, naming file and year, and sets it apart', () => {
    const rows = rowsOf('results/2025.csv', resultLine('2025', '01'), resultLine('2024', '01-01'));
    const { placed, misplaced, problems } = checkPeriodPlacement(rows);
    expect(placed.map((r) => r.line)).toEqual([2]);
    expect(misplaced.map((r) => r.line)).toEqual([3]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'period-wrong-file',
        file: 'results/2025.csv',
        line: 3,
        column: 'period',
        value: '2024',
        vi: 'Kỳ 2024 thuộc năm thống kê 2024 (2023-10-01 – 2024-09-30) nhưng nằm trong tệp của năm 2025; chuyển sang results/2024.csv.',
        en: 'Period 2024 belongs to statistical year 2024 (2023-10-01 – 2024-09-30) but is in the file of year 2025; move it to results/2024.csv.',
      },
    ]);
  });

  it('explains that October belongs to the next statistical year, once per period with every row related', () => {
    const rows = rowsOf('results/2025.csv', resultLine('2025-10', '01'), resultLine('2025-10', '01-KV01'));
    const { problems } = checkPeriodPlacement(rows);
    expect(where(problems)).toEqual([
      {
        file: 'results/2025.csv',
        line: 2,
        column: 'period',
        value: '2025-10',
        code: 'period-wrong-file',
        related: [{ file: 'results/2025.csv', line: 3 }],
      },
    ]);
    expect(problems[0]?.en).toContain(
      'October to December belong to the next statistical year: 2025-10 is month 1 of 2026.',
    );
    expect(problems[0]?.en).toContain('The same in 1 other row(s)');
  });

  it('asks for YYYY instead of YYYY-09, once per file', () => {
    const rows = rowsOf(
      'results/2024.csv',
      resultLine('2024-09', '01'),
      resultLine('2024-09', '01-01'),
      resultLine('2024-06', '01'),
    );
    const { placed, problems } = checkPeriodPlacement(rows);
    expect(placed).toHaveLength(3);
    expect(where(problems)).toEqual([
      {
        file: 'results/2024.csv',
        line: 2,
        column: 'period',
        value: '2024-09',
        code: 'period-full-year-as-month',
        related: [{ file: 'results/2024.csv', line: 3 }],
      },
    ]);
    expect(problems[0]?.vi).toContain('hãy viết "2024"');
  });

  it('knows how a full year was written from the period read, without reading its row again', () => {
    const spec = { schema: ResultRowSchema, required: RESULT_COLUMNS, optional: RESULT_OPTIONAL_COLUMNS };
    const text = resultCsv(resultLine('2024', '01'), resultLine('2024-06', '01'));
    const table = readTable({ file: 'results/2024.csv', text }, spec);
    // The file's text let go: a row whose cells were read again would throw.
    table.release();
    const { placed, problems } = checkPeriodPlacement(table.rows);
    expect(problems).toEqual([]);
    expect(placed).toHaveLength(2);
  });
});

describe('cumulative periods of one statistical year', () => {
  // The months below keep every identity of resultLine: new and entrusted move together with unenforceable.
  const month = (period: string, unit: string, over: Record<string, number> = {}) => resultLine(period, unit, over);

  it('accepts a year whose carried_over is the same in every period and whose flows grow', () => {
    const results = resultsOf(
      'results/2026.csv',
      month('2025-10', '01', { cases_new: 1, cases_unenforceable: 0, cases_completed: 2 }),
      month('2025-11', '01', { cases_new: 3, cases_unenforceable: 2, cases_completed: 4 }),
      month('2026', '01'),
    );
    expect(checkCumulativePeriods(results)).toEqual([]);
  });

  it('reports a carried_over that changes within the year at the odd period, listing every period', () => {
    const odd = { cases_carried_over: 11, cases_unenforceable: 5 };
    const results = resultsOf(
      'results/2026.csv',
      month('2025-10', '01'),
      month('2025-11', '01', odd),
      month('2025-12', '01'),
      month('2026', '01'),
    );
    const problems = checkCumulativePeriods(results);
    expect(where(problems)).toEqual([
      {
        file: 'results/2026.csv',
        line: 3,
        column: 'cases_carried_over',
        value: '11',
        code: 'carried-over-changes',
        related: [
          { file: 'results/2026.csv', line: 2 },
          { file: 'results/2026.csv', line: 4 },
          { file: 'results/2026.csv', line: 5 },
        ],
      },
    ]);
    expect(problems[0]?.severity).toBe('error');
    expect(problems[0]?.en).toBe(
      'cases_carried_over is the backlog on 1 October 2025 and must be the same in every period of statistical year 2026, but unit 01 has 2025-10: 10; 2025-11: 11; 2025-12: 10; 2026: 10.',
    );
  });

  it('takes the first period as right on a tie, and checks money apart from cases', () => {
    const results = resultsOf(
      'results/2026.csv',
      month('2025-10', '01'),
      month('2026', '01', { money_carried_over: 1100, money_unenforceable: 400 }),
    );
    expect(where(checkCumulativePeriods(results))).toEqual([
      {
        file: 'results/2026.csv',
        line: 3,
        column: 'money_carried_over',
        value: '1100',
        code: 'carried-over-changes',
        related: [{ file: 'results/2026.csv', line: 2 }],
      },
    ]);
  });

  it('warns once per pair of periods when cumulative figures fall, listing each fallen column', () => {
    const results = resultsOf(
      'results/2026.csv',
      month('2025-11', '01'),
      month('2025-10', '01'),
      // completed 6 → 5 and money_new 500 → 400 (money to enforce shrinks with it).
      month('2025-12', '01', { cases_completed: 5, money_new: 400, money_unenforceable: 200 }),
    );
    const problems = checkCumulativePeriods(results);
    expect(where(problems)).toEqual([
      {
        file: 'results/2026.csv',
        line: 4,
        column: 'cases_completed',
        value: '5',
        code: 'cumulative-decrease',
        related: [{ file: 'results/2026.csv', line: 2 }],
      },
    ]);
    expect(problems[0]?.severity).toBe('warning');
    expect(problems[0]?.en).toContain(
      'fall from period 2025-11 (results/2026.csv line 2) to 2025-12: cases_completed 6 → 5; money_new 500 → 400.',
    );
  });

  it('does not warn when a figure stays the same, and never compares two units or two years', () => {
    const results = [
      ...resultsOf('results/2025.csv', month('2025', '01', { cases_completed: 9 })),
      ...resultsOf(
        'results/2026.csv',
        month('2025-10', '01', { cases_completed: 6 }),
        month('2025-11', '01', { cases_completed: 6 }),
        month('2025-11', '01-KV01', { cases_completed: 1 }),
      ),
    ];
    expect(checkCumulativePeriods(results)).toEqual([]);
  });
});

describe('periodHint', () => {
  it.each([
    ['2024-3', '2024-03'],
    ['2024/03', '2024-03'],
    ['2024.3', '2024-03'],
    ['3/2024', '2024-03'],
    ['03-2024', '2024-03'],
    ['T3/2024', '2024-03'],
    ['tháng 3/2024', '2024-03'],
    ['2024-03-01', '2024-03'],
    ['2024-03-31', '2024-03'],
    ['2024-9', '2024'],
    ['2024.0', '2024'],
    [' 2024 ', '2024'],
    // What Excel makes of a month it took for a date: mmm-yy, m/d/yyyy, dd/mm/yyyy.
    ['Mar-26', '2026-03'],
    ['oct-25', '2025-10'],
    ['Sep-25', '2025'],
    ['3/1/2026', '2026-03'],
    ['01/03/2026', '2026-03'],
    ['31/03/2026', '2026-03'],
    ['3/31/2026', '2026-03'],
    ['1/1/2026', '2026-01'],
  ])('reads %j as %j', (raw, hint) => {
    expect(periodHint(raw)).toBe(hint);
  });

  it.each(['2024-13', '13/2024', '2024-03-15', 'Q1/2024', '6 tháng', '', 'Foo-26', '15/03/2026', '3/15/2026'])(
    'has no guess for %j',
    (raw) => {
      expect(periodHint(raw)).toBeNull();
    },
  );
});
