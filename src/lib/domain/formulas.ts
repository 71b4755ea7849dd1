/**
 * Every formula of the statistics, each defined once: what was done, what is
 * carried to the next period, the completion rate, its exact comparison, and
 * the changes on the year and to a target. Validation, compute and the pages
 * all call these; the methodology page (/phuong-phap/) states them in words.
 */
import type { Measure, ResultRow } from '../schemas/results';

/** thi hành xong + đình chỉ: what was done in the period (cases, or money in thousand đồng). */
export const done = (completed: number, terminated: number): number => completed + terminated;

/**
 * phải thi hành = năm trước chuyển sang + thụ lý mới − ủy thác: the caseload of
 * the period, which splits into enforceable and not yet enforceable.
 */
export const toEnforce = (carriedOver: number, fresh: number, entrusted: number): number =>
  carriedOver + fresh - entrusted;

/**
 * chuyển kỳ sau = năm trước chuyển sang + thụ lý mới − ủy thác − thi hành xong − đình chỉ:
 * the backlog the next statistical year starts from (its carried_over).
 */
export const carryNext = (
  carriedOver: number,
  fresh: number,
  entrusted: number,
  completed: number,
  terminated: number,
): number => toEnforce(carriedOver, fresh, entrusted) - done(completed, terminated);

// Field by field rather than through a built column name: the checks call these for every row.

/** `done` of one measure of a results row. */
export const doneOf = (r: ResultRow, m: Measure): number =>
  m === 'cases' ? done(r.cases_completed, r.cases_terminated) : done(r.money_completed, r.money_terminated);

/** The enforceable count (có điều kiện thi hành) of one measure of a results row. */
export const enforceableOf = (r: ResultRow, m: Measure): number =>
  m === 'cases' ? r.cases_enforceable : r.money_enforceable;

/** `toEnforce` of one measure of a results row. */
export const toEnforceOf = (r: ResultRow, m: Measure): number =>
  m === 'cases'
    ? toEnforce(r.cases_carried_over, r.cases_new, r.cases_entrusted)
    : toEnforce(r.money_carried_over, r.money_new, r.money_entrusted);

/** `carryNext` of one measure of a results row. */
export const carryNextOf = (r: ResultRow, m: Measure): number =>
  m === 'cases'
    ? carryNext(r.cases_carried_over, r.cases_new, r.cases_entrusted, r.cases_completed, r.cases_terminated)
    : carryNext(r.money_carried_over, r.money_new, r.money_entrusted, r.money_completed, r.money_terminated);

/**
 * tỷ lệ thi hành xong (%) = (thi hành xong + đình chỉ) / có điều kiện thi hành × 100
 * (the statistical office's definition of the national indicator). Null when
 * nothing was enforceable: the rate is undefined, shown as "—".
 */
export function completionRate(done: number, enforceable: number): number | null {
  return enforceable === 0 ? null : (done / enforceable) * 100;
}

/** Relative change of a count in percent; null when the earlier count is 0 or missing. */
export function percentChange(current: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

/**
 * Difference between two rates in percentage points; null when either is
 * missing. Both the change of a rate on the year and the gap of a rate to its
 * target are this difference.
 */
export function pointsDifference(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : a - b;
}

/** A rate as the fraction it is computed from, for exact comparisons. */
export interface RateFraction {
  done: number;
  enforceable: number;
}

/**
 * The sign of (rate a − rate b) − points, or with `distance` of
 * |rate a − rate b| − points, exactly, for a and b with something
 * enforceable: cross-multiplied, 100·(a.done·b.e − b.done·a.e) against
 * points·a.e·b.e. In doubles when every input and product is a safe integer
 * (the usual case, and much faster); else from the two rates in doubles when
 * they are far enough apart for the sign to be certain (roughRateGap); in
 * BigInt otherwise. `points` must be an integer.
 */
export function compareRateGap(a: RateFraction, b: RateFraction, points: number, distance = false): -1 | 0 | 1 {
  return rateGapSign(a.done, a.enforceable, b.done, b.enforceable, points, distance);
}

/**
 * `compareRateGap` of the rates aDone/aE and bDone/bE given as numbers:
 * on the usual path nothing is allocated (only near a tie does it fall back
 * to BigInt), for the checks that compare every row with another.
 */
export function rateGapSign(
  aDone: number,
  aE: number,
  bDone: number,
  bE: number,
  points: number,
  distance = false,
): -1 | 0 | 1 {
  const left = aDone * bE;
  const right = bDone * aE;
  const both = aE * bE;
  if (
    Number.isSafeInteger(points) &&
    Number.isSafeInteger(aDone) &&
    Number.isSafeInteger(aE) &&
    Number.isSafeInteger(bDone) &&
    Number.isSafeInteger(bE) &&
    Number.isSafeInteger(left) &&
    Number.isSafeInteger(right) &&
    Number.isSafeInteger(both)
  ) {
    const lhs = 100 * (distance ? Math.abs(left - right) : left - right);
    const rhs = points * both;
    if (Number.isSafeInteger(lhs) && Number.isSafeInteger(rhs)) return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
  }
  const rough = roughRateGap(aDone, aE, bDone, bE, points, distance);
  if (rough !== 0) return rough;
  const diff = BigInt(aDone) * BigInt(bE) - BigInt(bDone) * BigInt(aE);
  const lhs = 100n * (distance && diff < 0n ? -diff : diff);
  const rhs = BigInt(points) * BigInt(aE) * BigInt(bE);
  return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
}

/**
 * The sign of `compareRateGap` from the two rates in doubles, or 0 when they
 * are too close to tell: with both enforceable counts above 0, the sign of
 * 100·(aDone·bE − bDone·aE) − points·aE·bE is that of
 * 100·(aDone/aE − bDone/bE) − points, and each rate is off by less than
 * 2^-52 of itself: the rounding of the whole expression stays under about
 * 4,5·10^-16 of S = |rate a| + |rate b| + |points|, and a difference wider
 * than 10^-12·S (a margin about 2.000 times that) has a certain sign. Large
 * amounts of money (products beyond 2^53) are told apart this way without
 * BigInt in all but near ties.
 */
function roughRateGap(
  aDone: number,
  aE: number,
  bDone: number,
  bE: number,
  points: number,
  distance: boolean,
): -1 | 0 | 1 {
  if (!(aE > 0 && bE > 0)) return 0;
  const ra = (100 * aDone) / aE;
  const rb = (100 * bDone) / bE;
  const gap = (distance ? Math.abs(ra - rb) : ra - rb) - points;
  const margin = 1e-12 * (Math.abs(ra) + Math.abs(rb) + Math.abs(points));
  if (!Number.isFinite(gap) || Math.abs(gap) <= margin) return 0;
  return gap > 0 ? 1 : -1;
}

/**
 * Compares two rates exactly, better first, so that two units with the same
 * rate share a rank. Rates with nothing enforceable (null) sort last.
 */
export function compareRates(a: RateFraction, b: RateFraction): number {
  if (a.enforceable === 0 || b.enforceable === 0) return (a.enforceable === 0 ? 1 : 0) - (b.enforceable === 0 ? 1 : 0);
  return compareRateGap(b, a, 0);
}

/**
 * Whether the rate moved more than `points` percentage points from `prev` to
 * `cur`, exactly: |d1/e1 − d0/e0| > p/100. Exactly p points is not more; no
 * rate on either side is no move.
 */
export function rateMovedMoreThan(cur: RateFraction, prev: RateFraction, points: number): boolean {
  return rateMovedMoreThanOf(cur.done, cur.enforceable, prev.done, prev.enforceable, points);
}

/** `rateMovedMoreThan` of rates given as numbers (done now, enforceable now, done before, enforceable before). */
export function rateMovedMoreThanOf(
  done: number,
  enforceable: number,
  prevDone: number,
  prevE: number,
  points: number,
) {
  if (enforceable === 0 || prevE === 0) return false;
  return rateGapSign(done, enforceable, prevDone, prevE, points, true) > 0;
}
