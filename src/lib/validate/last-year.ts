import type { Result } from '../domain/types';
import { previousYearPeriod } from '../period';
import { numberRows, UnitPeriodTable } from './unit-period-table';

/**
 * For each row, the row of the same unit (the same units.csv row) for the
 * same period of the previous year, or undefined: the pairing the rate-jump
 * warning and the magnitude check both compare. Worked out once per load and
 * handed to both, instead of each indexing every row again. The last row of
 * each (unit, period) wins, as in a map filled in order. Periods are told
 * apart by their order, which names a period as its key does.
 */
export function sameUnitLastYear(results: readonly Result[]): (Result | undefined)[] {
  const numbered = numberRows(
    results,
    (r) => r.unit.slug,
    (r) => r.period.order,
  );
  const byCell = new UnitPeriodTable<Result>(numbered, results.length);
  for (let i = 0; i < results.length; i++) byCell.set(numbered.unit[i]!, numbered.period[i]!, results[i]!);
  // The number of the same period a year before, worked out once per period: -1 when no row is for it.
  const before = new Int32Array(numbered.periods.size).fill(-2);
  const pairs = new Array<Result | undefined>(results.length);
  for (let i = 0; i < results.length; i++) {
    const p = numbered.period[i]!;
    if (before[p] === -2) before[p] = numbered.periods.get(previousYearPeriod(results[i]!.period).order) ?? -1;
    pairs[i] = before[p] === -1 ? undefined : byCell.get(numbered.unit[i]!, before[p]!);
  }
  return pairs;
}
