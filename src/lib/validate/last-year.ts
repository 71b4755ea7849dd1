import type { Result } from '../domain/types';
import { type Period, previousYearPeriod } from '../period';
import { TwoKeyMap } from './two-key-map';

/**
 * For each row, the row of the same unit (the same units.csv row) for the
 * same period of the previous year, or undefined: the pairing the rate-jump
 * warning and the magnitude check both compare. Worked out once per load and
 * handed to both, instead of each indexing every row again. The last row of
 * each (unit, period) wins, as in a map filled in order.
 */
export function sameUnitLastYear(results: readonly Result[]): (Result | undefined)[] {
  const byKey = new TwoKeyMap<Result>();
  for (const r of results) byKey.set(r.unit.slug, r.period.key, r);
  // Rows share their period objects: the previous year's key is worked out once per period.
  const previousKey = new Map<Period, string>();
  const pairs = new Array<Result | undefined>(results.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    let key = previousKey.get(r.period);
    if (key === undefined) {
      key = previousYearPeriod(r.period).key;
      previousKey.set(r.period, key);
    }
    pairs[i] = byKey.get(r.unit.slug, key);
  }
  return pairs;
}
