import { describe, expect, it } from 'vitest';
import {
  carryNext,
  compareRateGap,
  compareRates,
  completionRate,
  done,
  percentChange,
  pointsDifference,
  rateMovedMoreThan,
  toEnforce,
} from '../../../src/lib/domain/formulas';
import { DASH, formatPercent } from '../../../src/lib/format';

describe('completionRate', () => {
  it('is (completed + terminated) / enforceable × 100: the seeds’ 4.213 of 4.991 cases is 84,41%', () => {
    const rate = completionRate(4213, 4991);
    expect(rate).toBeCloseTo(84.41194, 5);
    expect(rate?.toFixed(2)).toBe('84.41');
    expect(formatPercent(rate)).toBe('84,41%');
  });

  it('gives 59,61% for 280,78 of 471,06 tỷ đồng (in thousand đồng)', () => {
    const rate = completionRate(280_780_000, 471_060_000);
    expect(rate).toBeCloseTo(59.606, 3);
    expect(formatPercent(rate)).toBe('59,61%');
  });

  it('is undefined (null, shown as a dash) when nothing was enforceable', () => {
    expect(completionRate(0, 0)).toBeNull();
    expect(formatPercent(completionRate(0, 0))).toBe(DASH);
  });

  it('is 0 when nothing was done and 100 when everything was', () => {
    expect(completionRate(0, 7)).toBe(0);
    expect(formatPercent(completionRate(0, 7))).toBe('0,00%');
    expect(completionRate(7, 7)).toBe(100);
  });
});

describe('percentChange', () => {
  it('is the relative change of a count in percent', () => {
    expect(percentChange(120, 100)).toBe(20);
    expect(percentChange(80, 100)).toBe(-20);
    expect(percentChange(0, 5)).toBe(-100);
    expect(percentChange(4991, 2000)).toBeCloseTo(149.55, 10);
  });

  it('is null when the earlier count is 0 or missing', () => {
    expect(percentChange(5, 0)).toBeNull();
    expect(percentChange(0, 0)).toBeNull();
    expect(percentChange(5, null)).toBeNull();
    expect(percentChange(5, undefined)).toBeNull();
  });
});

describe('pointsDifference', () => {
  it('subtracts two rates in percentage points', () => {
    expect(pointsDifference(84.41, 84.17)).toBeCloseTo(0.24, 10);
    expect(pointsDifference(80, 82.6)).toBeCloseTo(-2.6, 10);
    expect(pointsDifference(0, 0)).toBe(0);
  });

  it('is null when either rate is missing', () => {
    expect(pointsDifference(null, 80)).toBeNull();
    expect(pointsDifference(80, null)).toBeNull();
    expect(pointsDifference(undefined, 80)).toBeNull();
    expect(pointsDifference(80, undefined)).toBeNull();
  });
});

describe('compareRates', () => {
  const r = (done: number, enforceable: number) => ({ done, enforceable });

  it('orders the better rate first', () => {
    expect(compareRates(r(2, 3), r(1, 3))).toBe(-1);
    expect(compareRates(r(1, 3), r(2, 3))).toBe(1);
    expect(compareRates(r(9, 10), r(89, 100))).toBe(-1);
  });

  it('finds equal fractions equal: 1/3 and 2/6', () => {
    expect(compareRates(r(1, 3), r(2, 6))).toBe(0);
    expect(compareRates(r(4213, 4991), r(4213 * 3, 4991 * 3))).toBe(0);
  });

  it('is exact where floating point is not, with money beyond 2^53 in the products', () => {
    const n = Number.MAX_SAFE_INTEGER; // 2^53 − 1
    const a = r(n - 1, n);
    const b = r(n - 2, n - 1);
    // Both round to the same double, yet a is the larger fraction.
    expect(a.done / a.enforceable).toBe(b.done / b.enforceable);
    expect(compareRates(a, b)).toBe(-1);
    expect(compareRates(b, a)).toBe(1);
    // 333…3 / 999…9 is exactly one third, though the cross products are about 3·10^29.
    expect(compareRates(r(333_333_333_333_333, 999_999_999_999_999), r(1, 3))).toBe(0);
    expect(compareRates(r(333_333_333_333_334, 999_999_999_999_999), r(1, 3))).toBe(-1);
  });

  it('sorts units with nothing enforceable last, and equal among themselves', () => {
    expect(compareRates(r(0, 0), r(0, 3))).toBe(1);
    expect(compareRates(r(0, 3), r(0, 0))).toBe(-1);
    expect(compareRates(r(0, 0), r(0, 0))).toBe(0);
  });
});

describe('done, toEnforce and carryNext', () => {
  it('done is completed + terminated', () => {
    expect(done(4000, 213)).toBe(4213);
  });

  it('the carry to the next period is carried_over + new − entrusted − completed − terminated', () => {
    // 1.200 carried over, 3.900 new, 109 entrusted away: 4.991 to enforce; 4.213 done leaves 778.
    expect(toEnforce(1200, 3900, 109)).toBe(4991);
    expect(carryNext(1200, 3900, 109, 4000, 213)).toBe(778);
  });
});

describe('compareRateGap', () => {
  const r = (done: number, enforceable: number) => ({ done, enforceable });

  it('gives the sign of rate a − rate b − points', () => {
    expect(compareRateGap(r(3, 4), r(1, 2), 25)).toBe(0);
    expect(compareRateGap(r(3, 4), r(1, 2), 24)).toBe(1);
    expect(compareRateGap(r(3, 4), r(1, 2), 26)).toBe(-1);
    expect(compareRateGap(r(1, 2), r(3, 4), 0)).toBe(-1);
  });

  it('measures the distance between the rates when asked, in either direction', () => {
    expect(compareRateGap(r(1, 2), r(3, 4), 24, true)).toBe(1);
    expect(compareRateGap(r(1, 2), r(3, 4), 25, true)).toBe(0);
    expect(compareRateGap(r(3, 4), r(1, 2), 26, true)).toBe(-1);
  });

  it('decides in BigInt what doubles cannot hold, with the same answer', () => {
    const n = Number.MAX_SAFE_INTEGER;
    expect(compareRateGap(r(n - 1, n), r(n - 2, n - 1), 0)).toBe(1);
    expect(compareRateGap(r(n, n), r(0, n), 100)).toBe(0);
    expect(compareRateGap(r(n, n), r(0, n), 99)).toBe(1);
  });

  it('is what both the ranking and the rate-jump warning are built on', () => {
    expect(compareRates(r(3, 4), r(1, 2))).toBe(-compareRateGap(r(3, 4), r(1, 2), 0));
    expect(rateMovedMoreThan(r(3, 4), r(1, 2), 24)).toBe(true);
    expect(rateMovedMoreThan(r(1, 2), r(3, 4), 24)).toBe(true);
    expect(rateMovedMoreThan(r(3, 4), r(1, 2), 25)).toBe(false);
    expect(rateMovedMoreThan(r(3, 4), r(0, 0), 0)).toBe(false);
  });
});
