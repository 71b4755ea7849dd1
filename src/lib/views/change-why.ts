/**
 * Why a change on the same period of last year is missing ("—"): the unit
 * has no figure for last year, it was formed after that period, or one of
 * the two rates is undefined (nothing enforceable). The Vietnamese wording is
 * kept here; headline, sentence and tables all say it the same way.
 */
import type { Stat } from '../compute/model';
import { formatDate } from '../format';
import { previousYearPeriod } from '../period';
import type { Measure } from '../schemas/results';

export const CHANGE_WHY = {
  noPrevious: 'không có số liệu cùng kỳ năm trước',
  formedLater: (from: string) => `đơn vị thành lập từ ${from}, sau kỳ năm trước`,
  rateUndefined: 'tỷ lệ kỳ này không xác định (không có gì có điều kiện thi hành)',
  previousUndefined: 'tỷ lệ cùng kỳ năm trước không xác định (không có gì có điều kiện thi hành)',
} as const;

/** Short forms for table cells: "— (tỷ lệ không xác định)". */
export const CHANGE_WHY_SHORT = {
  noPrevious: 'không có số liệu năm trước',
  formedLater: 'đơn vị mới thành lập',
  rateUndefined: 'tỷ lệ không xác định',
  previousUndefined: 'tỷ lệ năm trước không xác định',
} as const;

export type ChangeWhy = keyof typeof CHANGE_WHY;

/** Why the change of `measure` on last year is missing, or null when there is one. */
export function changeWhyOf(stat: Stat, measure: Measure): ChangeWhy | null {
  if (stat.change[measure].rate !== null) return null;
  if (stat.figures[measure].rate === null) return 'rateUndefined';
  if (stat.previous === null) {
    const from = stat.kind === 'unit' ? stat.unit.valid_from : null;
    // A sum of former units is not the unit's own report: those units had no figure last year.
    const own = stat.basis === 'reported';
    return own && from !== null && from > previousYearPeriod(stat.period).end ? 'formedLater' : 'noPrevious';
  }
  return 'previousUndefined';
}

/** The sentence-length reason: "không có số liệu cùng kỳ năm trước". */
export function changeWhyText(stat: Stat, measure: Measure): string | null {
  const why = changeWhyOf(stat, measure);
  if (why === null) return null;
  if (why !== 'formedLater') return CHANGE_WHY[why];
  // changeWhyOf says formedLater only for a unit with a start date.
  return stat.kind === 'unit' && stat.unit.valid_from !== null
    ? CHANGE_WHY.formedLater(formatDate(stat.unit.valid_from))
    : CHANGE_WHY.noPrevious;
}

/** The cell-length reason: "tỷ lệ không xác định". */
export function changeWhyShort(stat: Stat, measure: Measure): string | null {
  const why = changeWhyOf(stat, measure);
  return why === null ? null : CHANGE_WHY_SHORT[why];
}
