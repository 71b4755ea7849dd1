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

/** Difference between two rates in percentage points; null when either is missing. */
export function pointsDifference(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : a - b;
}

/**
 * Compares done/enforceable fractions exactly (no floating point), so that two
 * units with the same rate share a rank. Null rates sort last.
 */
export function compareRates(
  a: { done: number; enforceable: number },
  b: { done: number; enforceable: number },
): number {
  if (a.enforceable === 0 || b.enforceable === 0) return (a.enforceable === 0 ? 1 : 0) - (b.enforceable === 0 ? 1 : 0);
  const left = BigInt(a.done) * BigInt(b.enforceable);
  const right = BigInt(b.done) * BigInt(a.enforceable);
  return left > right ? -1 : left < right ? 1 : 0;
}
