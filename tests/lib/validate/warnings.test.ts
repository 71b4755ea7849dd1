import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, lazyWarning, lazyWarningAt, warning } from '../../../src/lib/problems';
import { validateResults } from '../../../src/lib/validate/results';
import {
  checkCarryContinuity,
  checkLatestCoverage,
  checkRateJumps,
  MISSING_SUMMARY_FROM,
  RATE_JUMP_POINTS,
  rateMovedMoreThan,
} from '../../../src/lib/validate/warnings';
import { registryOf, resolvedResults, resultCsv, resultLine, resultTable, UNITS, where } from '../helpers';

const registry = registryOf();

const results = (...files: [file: string, lines: string[]][]) => resolvedResults(registry, ...files);

/** A row whose cases rate is done/enforceable (done all completed), every identity kept. */
const withRate = (period: string, unit: string, done: number, enforceable: number) =>
  resultLine(period, unit, {
    cases_carried_over: enforceable,
    cases_new: 0,
    cases_entrusted: 0,
    cases_enforceable: enforceable,
    cases_unenforceable: 0,
    cases_completed: done,
    cases_terminated: 0,
  });

describe('rateMovedMoreThan', () => {
  it('is exact at the threshold: exactly 25 points is not more, a hair above is', () => {
    expect(RATE_JUMP_POINTS).toBe(25);
    expect(rateMovedMoreThan({ done: 75, enforceable: 100 }, { done: 50, enforceable: 100 }, 25)).toBe(false);
    expect(rateMovedMoreThan({ done: 25, enforceable: 100 }, { done: 50, enforceable: 100 }, 25)).toBe(false);
    expect(rateMovedMoreThan({ done: 75_001, enforceable: 100_000 }, { done: 1, enforceable: 2 }, 25)).toBe(true);
    expect(rateMovedMoreThan({ done: 24_999, enforceable: 100_000 }, { done: 1, enforceable: 2 }, 25)).toBe(true);
    // 1/3 → 7/12 is 25 points exactly, which floating point gets wrong (0.5833… − 0.3333… = 0.25000000000000006).
    expect(7 / 12 - 1 / 3 > 0.25).toBe(true);
    expect(rateMovedMoreThan({ done: 7, enforceable: 12 }, { done: 1, enforceable: 3 }, 25)).toBe(false);
  });

  it('agrees with the comparison in exact integers, for counts small and huge (money in đồng)', () => {
    const exact = (d1: number, e1: number, d0: number, e0: number, p: number) => {
      if (e1 === 0 || e0 === 0) return false;
      const diff = BigInt(d1) * BigInt(e0) - BigInt(d0) * BigInt(e1);
      return 100n * (diff < 0n ? -diff : diff) > BigInt(p) * BigInt(e0) * BigInt(e1);
    };
    const count = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 2 ** 40 }), fc.maxSafeNat());
    fc.assert(
      fc.property(count, count, count, count, fc.integer({ min: 0, max: 100 }), (d1, e1, d0, e0, p) => {
        expect(rateMovedMoreThan({ done: d1, enforceable: e1 }, { done: d0, enforceable: e0 }, p)).toBe(
          exact(d1, e1, d0, e0, p),
        );
      }),
      { numRuns: 2000 },
    );
    // At the threshold with products just above 2^53: decided exactly, not by rounding.
    const e = 2 ** 27 + 1;
    expect(rateMovedMoreThan({ done: e, enforceable: 4 * e }, { done: 2 * e, enforceable: 4 * e }, 25)).toBe(false);
    expect(rateMovedMoreThan({ done: e, enforceable: 4 * e }, { done: 2 * e + 1, enforceable: 4 * e }, 25)).toBe(true);
  });

  it('stays exact for money in thousand đồng beyond 2^53 when multiplied', () => {
    const e = 9_000_000_000_000;
    expect(rateMovedMoreThan({ done: e * 0.75, enforceable: e }, { done: e / 2, enforceable: e }, 25)).toBe(false);
    expect(rateMovedMoreThan({ done: e * 0.75 + 1, enforceable: e }, { done: e / 2, enforceable: e }, 25)).toBe(true);
  });

  it('never warns when either rate is undefined (nothing enforceable)', () => {
    expect(rateMovedMoreThan({ done: 0, enforceable: 0 }, { done: 90, enforceable: 100 }, 25)).toBe(false);
    expect(rateMovedMoreThan({ done: 90, enforceable: 100 }, { done: 0, enforceable: 0 }, 25)).toBe(false);
  });
});

describe('checkRateJumps', () => {
  it('warns when a unit moves more than 25 points from the same period of the previous year', () => {
    const problems = checkRateJumps(
      results(
        ['results/2024.csv', [withRate('2024-03', '01', 50, 100), withRate('2024', '01', 50, 100)]],
        ['results/2025.csv', [withRate('2025-03', '01', 76, 100), withRate('2025', '01', 75, 100)]],
      ),
    );
    expect(where(problems)).toEqual([
      {
        file: 'results/2025.csv',
        line: 2,
        column: 'cases_completed',
        value: '76',
        code: 'rate-jump',
        related: [{ file: 'results/2024.csv', line: 2 }],
      },
    ]);
    expect(problems[0]?.severity).toBe('warning');
    expect(problems[0]?.vi).toContain('là 76,00% (76/100), cùng kỳ năm trước 2024-03 là 50,00% (50/100)');
    expect(problems[0]?.vi).toContain('thay đổi +26,00 điểm %');
    expect(problems[0]?.en).toContain('is 76.00% (76/100), against 50.00% (50/100) for 2024-03');
  });

  it('warns for money too, and for a fall', () => {
    const money = (period: string, done: number) =>
      resultLine(period, '01', { money_completed: done, money_terminated: 0 });
    const problems = checkRateJumps(
      results(['results/2024.csv', [money('2024', 1000)]], ['results/2025.csv', [money('2025', 600)]]),
    );
    expect(problems.map((p) => `${p.file}:${p.line} ${p.column}`)).toEqual(['results/2025.csv:2 money_completed']);
    expect(problems[0]?.en).toContain('−33.33 percentage points');
  });

  it('compares the same unit only: not a code reused by a merged province', () => {
    // Code 24 is Bắc Giang in 2024 and the merged Bắc Ninh in 2025.
    const problems = checkRateJumps(
      results(
        ['results/2024.csv', [withRate('2024', '24', 10, 100)]],
        ['results/2025.csv', [withRate('2025', '24', 90, 100)]],
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('checkLatestCoverage', () => {
  it('warns once per unit in force on the last day of the latest period without a row for it', () => {
    const problems = checkLatestCoverage(
      results(['results/2025.csv', [resultLine('2025', '01'), resultLine('2025', '24')]]),
      registry,
      () => false,
    );
    expect(where(problems)).toEqual([
      { file: 'units.csv', line: 9, column: 'code', value: '01-KV01', code: 'latest-period-missing' },
      { file: 'units.csv', line: 12, column: 'code', value: '24-KV01', code: 'latest-period-missing' },
    ]);
    expect(problems[0]?.en).toBe(
      'Phòng THADS khu vực 1 (01-KV01) is in force on 2025-09-30, the last day of the latest period 2025, but has no row for it in results/2025.csv. Add the row, or set valid_to if the unit has closed.',
    );
  });

  it('leaves out codes whose rows were set aside by an error', () => {
    const problems = checkLatestCoverage(
      results(['results/2025.csv', [resultLine('2025', '01'), resultLine('2025', '24')]]),
      registry,
      (code) => code === '01-KV01' || code === '24-KV01',
    );
    expect(problems).toEqual([]);
  });

  it(`adds one summary line when more than ${MISSING_SUMMARY_FROM} units are missing`, () => {
    const offices = Array.from(
      { length: 12 },
      (_, i) => `01-KV${String(i + 2).padStart(2, '0')},Phòng THADS khu vực ${i + 2},office,01,2025-07-01,,,`,
    );
    const many = registryOf(`${UNITS}${offices.join('\n')}\n`);
    const rows = resultTable(
      resultCsv(resultLine('2025', '01'), resultLine('2025', '24'), resultLine('2025', '24-KV01')),
      'results/2025.csv',
    );
    const checked = validateResults(rows.rows, many);
    const problems = checkLatestCoverage(checked.results, many, () => false);
    expect(problems.filter((p) => p.code === 'latest-period-missing')).toHaveLength(13);
    const summary = problems.filter((p) => p.code === 'latest-period-missing-summary');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ severity: 'warning', file: 'results/2025.csv' });
    expect(summary[0]?.en).toMatch(
      /^In all, 13 units in force have no figures for the latest period 2025: 01-KV01, 01-KV02, /,
    );
  });

  it('has no summary at exactly the threshold', () => {
    const offices = Array.from(
      { length: 8 },
      (_, i) => `01-KV${String(i + 2).padStart(2, '0')},Phòng THADS khu vực ${i + 2},office,01,2025-07-01,,,`,
    );
    const many = registryOf(`${UNITS}${offices.join('\n')}\n`);
    const rows = resultTable(resultCsv(resultLine('2025', '01'), resultLine('2025', '24')), 'results/2025.csv');
    const problems = checkLatestCoverage(validateResults(rows.rows, many).results, many, () => false);
    expect(problems.map((p) => p.code)).toEqual(Array(MISSING_SUMMARY_FROM).fill('latest-period-missing'));
  });
});

describe('lazyWarning', () => {
  it('is the warning `warning` makes, whether copied, compared or serialised, its messages written once', () => {
    let written = 0;
    const place = { code: 'x', file: 'results/2025.csv', line: 3, column: 'cases_new', value: '7' };
    const related = [
      { file: 'results/2025.csv', line: 9 },
      { file: 'results/2024.csv', line: 2 },
    ];
    const lazy = lazyWarning(
      { ...place, related },
      () => `vi ${++written}`,
      () => 'en',
    );
    const eager = warning({ ...place, vi: 'vi 1', en: 'en', related });
    expect(lazy).toEqual(eager);
    expect({ ...lazy }).toStrictEqual(eager);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect(Object.keys(lazy)).toEqual(Object.keys(eager));
    expect(written).toBe(1);
  });

  it('takes a new message as a plain warning does', () => {
    const lazy = lazyWarning(
      { code: 'x', file: 'results/2025.csv', line: 3, column: 'cases_new', value: '7' },
      () => 'vi',
      () => 'en',
    );
    lazy.vi = `${lazy.vi} (1)`;
    lazy.en = 'en (2)';
    expect([lazy.vi, lazy.en]).toEqual(['vi (1)', 'en (2)']);
    expect(JSON.parse(JSON.stringify(lazy))).toMatchObject({ vi: 'vi (1)', en: 'en (2)' });
  });
});

describe('lazyWarningAt', () => {
  it('is the warning lazyWarning makes at the same cell, its messages written by an object of their own', () => {
    const row = { file: 'results/2025.csv', line: 3, raw: { cases_new: '1.525' } };
    const related = [
      { file: 'results/2025.csv', line: 9 },
      { file: 'results/2024.csv', line: 2 },
    ];
    let written = 0;
    class Written {
      vi() {
        return `vi ${++written}`;
      }
      en() {
        return 'en';
      }
    }
    const fast = lazyWarningAt('x', row, 'cases_new', related, new Written());
    const plain = lazyWarning(
      { code: 'x', ...at(row, 'cases_new'), related },
      () => 'vi 1',
      () => 'en',
    );
    expect(Reflect.ownKeys(fast)).toEqual(Reflect.ownKeys(plain));
    expect(fast).toEqual(plain);
    expect({ ...fast }).toStrictEqual({ ...plain });
    expect(JSON.stringify(fast)).toBe(JSON.stringify(plain));
    expect(written).toBe(1);
    // A cell the row does not have reads as empty, as `at` has it.
    expect(lazyWarningAt('x', row, 'note', undefined, new Written()).value).toBe('');
  });
});

describe('checkCarryContinuity', () => {
  // resultLine carries 10 + 5 − 1 − 6 − 1 = 7 cases and 1000 + 500 − 0 − 700 − 100 = 700 money to the next period.
  it('accepts a year that starts where the previous one ended', () => {
    const rs = results(
      ['results/2024.csv', [resultLine('2024', '01')]],
      [
        'results/2025.csv',
        [
          resultLine('2025', '01', {
            cases_carried_over: 7,
            cases_unenforceable: 1,
            money_carried_over: 700,
            money_unenforceable: 0,
          }),
        ],
      ],
    );
    expect(checkCarryContinuity(rs, registry)).toEqual([]);
  });

  it('warns at the first period of the year, per measure, naming the previous row', () => {
    const rs = results(
      ['results/2024.csv', [resultLine('2024', '01')]],
      ['results/2025.csv', [resultLine('2024-10', '01'), resultLine('2025', '01')]],
    );
    const problems = checkCarryContinuity(rs, registry);
    expect(where(problems)).toEqual([
      {
        file: 'results/2025.csv',
        line: 2,
        column: 'cases_carried_over',
        value: '10',
        code: 'carried-over-mismatch',
        related: [{ file: 'results/2024.csv', line: 2 }],
      },
      {
        file: 'results/2025.csv',
        line: 2,
        column: 'money_carried_over',
        value: '1000',
        code: 'carried-over-mismatch',
        related: [{ file: 'results/2024.csv', line: 2 }],
      },
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems[0]?.en).toContain(
      'Thành phố Hà Nội (01): cases_carried_over for 2025 is 10, not 7, the carry to the next period of 2024 (Thành phố Hà Nội (01): 7 in results/2024.csv line 2;',
    );
  });

  it('adds up the predecessors of a unit created by a merger', () => {
    // Bắc Giang (24) and the old Bắc Ninh (27) carry 7 cases each into the merged Bắc Ninh (24 from 2025-07-01).
    const rs = results(
      ['results/2024.csv', [resultLine('2024', '24'), resultLine('2024', '27')]],
      [
        'results/2025.csv',
        [
          resultLine('2025', '24', {
            cases_carried_over: 14,
            cases_unenforceable: 8,
            money_carried_over: 1400,
            money_unenforceable: 700,
          }),
        ],
      ],
    );
    expect(checkCarryContinuity(rs, registry)).toEqual([]);
    const wrong = results(
      ['results/2024.csv', [resultLine('2024', '24'), resultLine('2024', '27')]],
      ['results/2025.csv', [resultLine('2025', '24', { money_carried_over: 1400, money_unenforceable: 700 })]],
    );
    const problems = checkCarryContinuity(wrong, registry);
    expect(where(problems)).toEqual([
      {
        file: 'results/2025.csv',
        line: 2,
        column: 'cases_carried_over',
        value: '10',
        code: 'carried-over-mismatch',
        related: [
          { file: 'results/2024.csv', line: 2 },
          { file: 'results/2024.csv', line: 3 },
        ],
      },
    ]);
    expect(problems[0]?.en).toContain(
      'not 14, the carry to the next period of 2024 (the sum of its predecessors Tỉnh Bắc Giang (24, until 2025-06-30): 7 in results/2024.csv line 2; Tỉnh Bắc Ninh (27, until 2025-06-30): 7 in results/2024.csv line 3;',
    );
  });

  it('says nothing when a contributing unit did not report the previous full year', () => {
    const rs = results(
      ['results/2024.csv', [resultLine('2024', '24'), resultLine('2024-06', '27')]],
      ['results/2025.csv', [resultLine('2025', '24')]],
    );
    expect(checkCarryContinuity(rs, registry)).toEqual([]);
  });
});
