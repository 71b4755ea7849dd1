/**
 * Numbers as Vietnamese readers write them: "1.525", "84,41%", "280,78 tỷ đồng".
 * Every number a person reads on the site goes through this module. A missing
 * value (a rate with nothing enforceable, a change with no previous year)
 * shows as "—", never NaN or Infinity.
 */
export const DASH = '—';

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const fixed2 = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed2 = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** "4.213" */
export const formatCount = (n: number | null | undefined): string => (finite(n) ? integer.format(n) : DASH);

/** "4.213 việc" */
export const formatCases = (n: number | null | undefined): string => (finite(n) ? `${integer.format(n)} việc` : DASH);

/** "84,41%" from 84.4119… */
export const formatPercent = (x: number | null | undefined): string => (finite(x) ? `${fixed2.format(x)}%` : DASH);

/** "84,41" (no sign), for table cells under a "%" header. */
export const formatDecimal2 = (x: number | null | undefined): string => (finite(x) ? fixed2.format(x) : DASH);

/** "+0,24" / "−1,10": a difference between two rates, its unit (điểm phần trăm) written beside it by the caller. */
export function formatSignedPoints(x: number | null | undefined): string {
  if (!finite(x)) return DASH;
  return signed2.format(x).replace('-', '−');
}

/** "+0,24 điểm %" / "−1,10 điểm %": a difference between two rates. */
export function formatPoints(x: number | null | undefined): string {
  if (!finite(x)) return DASH;
  return `${formatSignedPoints(x)} điểm %`;
}

/** "+12,50%" / "−3,00%": a relative change of a count. */
export function formatChangePercent(x: number | null | undefined): string {
  if (!finite(x)) return DASH;
  return `${signed2.format(x).replace('-', '−')}%`;
}

const THOUSAND_PER_TY = 1_000_000; // 1 tỷ đồng = 1.000.000 nghìn đồng
const THOUSAND_PER_TRIEU = 1_000; // 1 triệu đồng = 1.000 nghìn đồng

/**
 * Money kept in thousand đồng, written the way the press writes it:
 * "280,78 tỷ đồng", "777,00 triệu đồng", "950 nghìn đồng".
 */
export function formatMoney(thousand: number | null | undefined): string {
  if (!finite(thousand)) return DASH;
  // Choose the unit after rounding to 2 decimals, so 999.996 thousand reads "1,00 tỷ đồng", not "1.000,00 triệu".
  const abs = Math.round(Math.abs(thousand) / 10) * 10;
  if (abs >= THOUSAND_PER_TY) return `${fixed2.format(thousand / THOUSAND_PER_TY)} tỷ đồng`;
  if (abs >= THOUSAND_PER_TRIEU) return `${fixed2.format(thousand / THOUSAND_PER_TRIEU)} triệu đồng`;
  return `${integer.format(thousand)} nghìn đồng`;
}

/** "280,78" tỷ, for table cells under a "tỷ đồng" header. */
export const formatTy = (thousand: number | null | undefined): string =>
  finite(thousand) ? fixed2.format(thousand / THOUSAND_PER_TY) : DASH;

/** "Hạng 3/34" */
export const formatRank = (rank: number | null | undefined, of: number): string =>
  finite(rank) ? `${rank}/${of}` : DASH;

/** "01/07/2025" from "2025-07-01". */
export const formatDate = (iso: string): string => iso.split('-').reverse().join('/');
