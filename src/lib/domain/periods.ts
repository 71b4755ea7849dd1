import type { Period } from '../period';

/**
 * "The latest period" means two things, each with its own function:
 *
 * - `latestPeriod`: the newest period any row was reported for. Validation
 *   asks every unit in force then to report it (the coverage warning).
 * - `latestCompletePeriod`: the newest period every province in force
 *   reported, else the newest. The site's headline figures use it, so that
 *   one early report cannot turn the national figures into a partial total.
 */

/** The newest period any of the rows is for; null when there are no rows. The first of equal periods wins. */
export function latestPeriod(rows: readonly { period: Period }[]): Period | null {
  let latest: Period | null = null;
  for (const r of rows) if (latest === null || r.period.order > latest.order) latest = r.period;
  return latest;
}

/**
 * The newest of `periods` (oldest first) for which `complete` holds, else the
 * newest of all: the headline period of the site.
 */
export function latestCompletePeriod(periods: readonly Period[], complete: (p: Period) => boolean): Period {
  const done = periods.filter(complete);
  return done[done.length - 1] ?? periods[periods.length - 1]!;
}
