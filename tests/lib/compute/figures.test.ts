import { describe, expect, it } from 'vitest';
import { type Figures, figuresOf, sumFigures } from '../../../src/lib/compute/figures';
import { resultCsv, resultLine, resultTable } from '../helpers';

/** Figures of one result line (see resultLine for the defaults). */
function figures(over: Record<string, string | number> = {}): Figures {
  const { rows, problems } = resultTable(resultCsv(resultLine('2024', '01', over)));
  if (problems.length) throw new Error(JSON.stringify(problems));
  return figuresOf(rows[0]!);
}

describe('figuresOf', () => {
  it('derives done, carried to the next period and the rate, per measure', () => {
    // Hà Nội 2025 of the small fixture.
    const f = figures({
      cases_carried_over: 929,
      cases_new: 4900,
      cases_entrusted: 33,
      cases_enforceable: 4991,
      cases_unenforceable: 805,
      cases_completed: 4100,
      cases_terminated: 113,
      cases_in_progress: 500,
      money_carried_over: 324_000_000,
      money_new: 400_000_000,
      money_entrusted: 4_000_000,
      money_enforceable: 471_060_000,
      money_unenforceable: 248_940_000,
      money_completed: 265_000_000,
      money_terminated: 15_780_000,
    });
    expect(f.cases).toMatchObject({
      done: 4213,
      carriedNext: 929 + 4900 - 33 - 4213,
      in_progress: 500,
      postponed: null,
    });
    expect(f.cases.carriedNext).toBe(1583);
    expect(f.cases.rate).toBeCloseTo(84.4119, 4);
    expect(f.money).toMatchObject({ done: 280_780_000, carriedNext: 439_220_000, in_progress: null });
    expect(f.money.rate).toBeCloseTo(59.606, 3);
  });

  it('leaves the rate undefined when nothing was enforceable', () => {
    const f = figures({ cases_enforceable: 0, cases_unenforceable: 14, cases_completed: 0, cases_terminated: 0 });
    expect(f.cases.rate).toBeNull();
    expect(f.cases.carriedNext).toBe(14);
    expect(f.money.rate).not.toBeNull();
  });
});

describe('sumFigures', () => {
  it('computes the rate of a group from summed counts, not by averaging the rates', () => {
    // A small unit at 100% and a large one at 10%: the average of rates is 55%, the pooled rate 11%.
    const small = figures({ cases_enforceable: 10, cases_unenforceable: 4, cases_completed: 9, cases_terminated: 1 });
    const large = figures({
      cases_carried_over: 100,
      cases_new: 0,
      cases_entrusted: 0,
      cases_enforceable: 100,
      cases_unenforceable: 0,
      cases_completed: 10,
      cases_terminated: 0,
    });
    expect(small.cases.rate).toBe(100);
    expect(large.cases.rate).toBe(10);
    const group = sumFigures([small, large]);
    expect(group.cases).toMatchObject({ enforceable: 110, done: 20, carried_over: 110, new: 5, entrusted: 1 });
    expect(group.cases.rate).toBeCloseTo((20 / 110) * 100, 10);
    expect(group.cases.rate).not.toBeCloseTo((100 + 10) / 2, 1);
    // The money figures are pooled the same way: 800 + 800 of 1200 + 1200.
    expect(group.money).toMatchObject({ enforceable: 2400, done: 1600, carriedNext: 1400 });
  });

  it('sums a breakdown field only when every member reported it', () => {
    const a = figures({ cases_in_progress: 1, cases_postponed: 1 });
    const b = figures({ cases_in_progress: 2, cases_postponed: '' });
    const group = sumFigures([a, b]);
    expect(group.cases.in_progress).toBe(3);
    expect(group.cases.postponed).toBeNull();
    expect(group.cases.suspended).toBeNull();
    // A reported zero is a number, and stays one.
    expect(sumFigures([figures({ cases_suspended: 0 }), figures({ cases_suspended: 0 })]).cases.suspended).toBe(0);
  });

  it('gives undefined rates for an empty group', () => {
    const group = sumFigures([]);
    expect(group.cases).toMatchObject({ enforceable: 0, done: 0, rate: null });
    expect(group.money.rate).toBeNull();
  });
});
