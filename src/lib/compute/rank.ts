import type { Measure } from '../schemas/results';
import type { Figures } from './figures';
import { compareRates } from './rates';

export type Ranks = Record<Measure, number | null>;

/**
 * Competition ranking by completion rate, best first: ties share a rank and
 * the next rank skips ("1, 2, 2, 4"). Units whose rate is undefined get null.
 */
export function rankByRate<T>(items: readonly T[], figures: (t: T) => Figures): Map<T, Ranks> {
  const ranks = new Map<T, Ranks>(items.map((t) => [t, { cases: null, money: null }]));
  for (const m of ['cases', 'money'] as const) {
    const rated = items.filter((t) => figures(t)[m].enforceable > 0);
    const sorted = [...rated].sort((a, b) => compareRates(figures(a)[m], figures(b)[m]));
    sorted.forEach((t, i) => {
      const prev = sorted[i - 1];
      const rank =
        prev !== undefined && compareRates(figures(prev)[m], figures(t)[m]) === 0 ? ranks.get(prev)![m] : i + 1;
      ranks.get(t)![m] = rank;
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
