/**
 * Reporting periods. Circular 06/2019/TT-BTP: the statistical year N runs from
 * 1 October N-1 to 30 September N, and reports are cumulative from 1 October.
 */
export interface Period {
  /** Canonical key: `2024` for a full statistical year, `2024-03` for a cumulative month. */
  key: string;
  /** Statistical year the period belongs to. */
  year: number;
  /** Calendar month the period ends in (9 for a full year). */
  month: number;
  /** Number of months since 1 October, 1 to 12 (12 is the full year). */
  months: number;
  /** First day (1 October of year-1), ISO date. */
  start: string;
  /** Last day, ISO date. */
  end: string;
  /** Sort key: increases with the end date. */
  order: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses `YYYY` or `YYYY-MM`; returns null when the text is not a period. */
export function parsePeriod(text: string): Period | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  if (!m) return null;
  const calendarYear = Number(m[1]);
  if (m[2] === undefined) return periodOf(calendarYear, 12);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  // October to December belong to the next statistical year.
  const year = month >= 10 ? calendarYear + 1 : calendarYear;
  const months = month >= 10 ? month - 9 : month + 3;
  return periodOf(year, months);
}

/** The period of `months` months (1 to 12) from 1 October of statistical year `year`. */
export function periodOf(year: number, months: number): Period {
  const month = ((months + 8) % 12) + 1;
  const calendarYear = month >= 10 ? year - 1 : year;
  return {
    key: months === 12 ? String(year) : `${calendarYear}-${pad(month)}`,
    year,
    month,
    months,
    start: `${year - 1}-10-01`,
    end: `${calendarYear}-${pad(month)}-${pad(lastDay(calendarYear, month))}`,
    order: year * 12 + months,
  };
}

/** The same period of the previous statistical year ("cùng kỳ năm trước"). */
export const previousYearPeriod = (p: Period): Period => periodOf(p.year - 1, p.months);

/**
 * "Năm 2024" or "6 tháng năm 2024 (đến 31/03/2024)". A cumulative period
 * names its last day: statistical year 2026 begins in October 2025, so
 * "1 tháng năm 2026" alone would not say that it is October 2025.
 */
export function periodLabel(p: Period): string {
  return p.months === 12 ? `Năm ${p.year}` : `${p.months} tháng năm ${p.year} (đến ${viDate(p.end)})`;
}

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** "01/10/2023 – 31/03/2024". */
export function periodRange(p: Period): string {
  return `${viDate(p.start)} – ${viDate(p.end)}`;
}
