import { describe, expect, it } from 'vitest';
import { checkMagnitudeJumps, MAGNITUDE_FACTOR, MAGNITUDE_FLOOR } from '../../../src/lib/validate/magnitude';
import { registryOf, resolvedResults, resultLine, where } from '../helpers';

const registry = registryOf();

const results = (...files: [file: string, lines: string[]][]) => resolvedResults(registry, ...files);

/** A row whose cases to enforce are `n` (all carried over, all enforceable, none done), every identity kept. */
const cases = (period: string, unit: string, n: number) =>
  resultLine(period, unit, {
    cases_carried_over: n,
    cases_new: 0,
    cases_entrusted: 0,
    cases_enforceable: n,
    cases_unenforceable: 0,
    cases_completed: 0,
    cases_terminated: 0,
  });

const jumps = (before: number, now: number) =>
  checkMagnitudeJumps(
    results(['results/2024.csv', [cases('2024', '01', before)]], ['results/2025.csv', [cases('2025', '01', now)]]),
  );

describe('checkMagnitudeJumps', () => {
  it(`refuses a caseload ${MAGNITUDE_FACTOR} times last year's or more, up or down, at the later row`, () => {
    expect(where(jumps(1000, 100_000))).toEqual([
      {
        file: 'results/2025.csv',
        line: 2,
        column: 'cases_new',
        value: '0',
        code: 'magnitude-jump',
        related: [{ file: 'results/2024.csv', line: 2 }],
      },
    ]);
    expect(jumps(1000, 100_000)[0]?.severity).toBe('error');
    expect(jumps(200_000, 2000)).toHaveLength(1);
    expect(jumps(200_000, 2000)[0]?.vi).toContain('nhỏ hơn 100 lần');
  });

  it('lets a caseload just under the factor pass, and small counts move freely', () => {
    expect(jumps(1000, 99_999)).toEqual([]);
    expect(jumps(3, MAGNITUDE_FLOOR - 1)).toEqual([]);
    expect(jumps(3, MAGNITUDE_FLOOR)).toHaveLength(1);
    expect(jumps(0, 50_000)).toEqual([]);
  });
});
