import { describe, expect, it } from 'vitest';
import { type Figures, sumFigures } from '../../../src/lib/compute/figures';
import { rankByRate } from '../../../src/lib/compute/rank';

/** Figures with the given done/enforceable per measure (the other counts do not matter to ranking). */
function fig(cases: [number, number], money: [number, number] = [1, 1]): Figures {
  const measure = ([done, enforceable]: [number, number]) => ({
    carried_over: enforceable,
    new: 0,
    entrusted: 0,
    enforceable,
    unenforceable: 0,
    completed: done,
    terminated: 0,
    in_progress: null,
    postponed: null,
    suspended: null,
    done,
    carriedNext: enforceable - done,
    rate: null,
  });
  // sumFigures of one member derives done and the rate exactly as for a unit.
  return sumFigures([{ cases: measure(cases), money: measure(money) } as Figures]);
}

describe('rankByRate', () => {
  it('gives ties the same rank and skips the next ("1, 2, 2, 4"); no rate, no rank', () => {
    const units = {
      d: fig([1, 2]),
      b: fig([4, 5]),
      none: fig([0, 0]),
      a: fig([9, 10]),
      c: fig([8, 10]),
    };
    const ranks = rankByRate(Object.keys(units), (k) => units[k as keyof typeof units]);
    expect(Object.fromEntries([...ranks].map(([k, r]) => [k, r.cases]))).toEqual({
      a: 1,
      b: 2,
      c: 2,
      d: 4,
      none: null,
    });
  });

  it('ranks each measure on its own', () => {
    const units = [fig([9, 10], [1, 10]), fig([5, 10], [9, 10]), fig([5, 10], [0, 0])];
    const ranks = rankByRate(units, (f) => f);
    expect(units.map((u) => ranks.get(u))).toEqual([
      { cases: 1, money: 2 },
      { cases: 2, money: 1 },
      { cases: 2, money: null },
    ]);
  });

  it('keeps a run of ties on the first rank of the run', () => {
    const units = [fig([1, 3]), fig([2, 6]), fig([3, 9]), fig([1, 4]), fig([1, 1])];
    const ranks = rankByRate(units, (f) => f);
    expect(units.map((u) => ranks.get(u)?.cases)).toEqual([2, 2, 2, 5, 1]);
  });

  it('ranks 0% above no rate at all', () => {
    const units = [fig([0, 0]), fig([0, 5])];
    const ranks = rankByRate(units, (f) => f);
    expect(units.map((u) => ranks.get(u)?.cases)).toEqual([null, 1]);
  });

  it('returns an empty map for no units', () => {
    expect(rankByRate([], (f: Figures) => f).size).toBe(0);
  });
});
