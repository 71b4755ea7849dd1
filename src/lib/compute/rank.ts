import { rank } from 'd3';
import { compareRates } from '../domain/formulas';
import { MEASURES, type Measure } from '../schemas/results';
import type { Figures } from './figures';

export type Ranks = Record<Measure, number | null>;

/**
 * Competition ranking by completion rate, best first: ties share a rank and
 * the next rank skips ("1, 2, 2, 4"), as d3's rank gives them. Rates are
 * compared exactly (compareRates); units whose rate is undefined get null.
 */
export function rankByRate<T>(items: readonly T[], figures: (t: T) => Figures): Map<T, Ranks> {
  const ranks = new Map<T, Ranks>(items.map((t) => [t, { cases: null, money: null }]));
  for (const m of MEASURES) {
    const rated = items.filter((t) => figures(t)[m].enforceable > 0);
    const order = rank(rated, (a: T, b: T) => compareRates(figures(a)[m], figures(b)[m]));
    rated.forEach((t, i) => {
      ranks.get(t)![m] = order[i]! + 1;
    });
  }
  return ranks;
}

/** Items in rank order for one measure, unranked last, ties by name (Vietnamese order). */
export function sortByRank<T extends { rank: Ranks; unit: { name: string } | null }>(
  items: readonly T[],
  measure: Measure,
): T[] {
  return [...items].sort(
    (a, b) =>
      (a.rank[measure] ?? Number.MAX_SAFE_INTEGER) - (b.rank[measure] ?? Number.MAX_SAFE_INTEGER) ||
      (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'vi'),
  );
}
