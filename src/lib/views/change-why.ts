/**
 * Why a change on the same period of last year is missing ("—"): the unit
 * has no figure for last year, it was formed after that period, or one of
 * the two rates is undefined (nothing enforceable). The Vietnamese wording is
 * kept here; headline, sentence and tables all say it the same way.
 */
import type { Stat } from '../compute/model';
import { FORMATS, type Lang } from '../format';
import { previousYearPeriod } from '../period';
import type { Measure } from '../schemas/results';

export const CHANGE_WHY = {
  vi: {
    noPrevious: 'không có số liệu cùng kỳ năm trước',
    formedLater: (from: string) => `đơn vị thành lập từ ${from}, sau kỳ năm trước`,
    rateUndefined: 'tỷ lệ kỳ này không xác định (không có gì có điều kiện thi hành)',
    previousUndefined: 'tỷ lệ cùng kỳ năm trước không xác định (không có gì có điều kiện thi hành)',
  },
  en: {
    noPrevious: 'no figures for the same period of last year',
    formedLater: (from: string) => `the unit was formed on ${from}, after last year's period`,
    rateUndefined: 'the rate of this period cannot be computed (nothing was enforceable)',
    previousUndefined: "last year's rate cannot be computed (nothing was enforceable)",
  },
} as const satisfies Record<Lang, unknown>;

/** Short forms for table cells: "— (tỷ lệ không xác định)". */
export const CHANGE_WHY_SHORT = {
  vi: {
    noPrevious: 'không có số liệu năm trước',
    formedLater: 'đơn vị mới thành lập',
    rateUndefined: 'tỷ lệ không xác định',
    previousUndefined: 'tỷ lệ năm trước không xác định',
  },
  en: {
    noPrevious: 'no figures last year',
    formedLater: 'new unit',
    rateUndefined: 'no rate',
    previousUndefined: 'no rate last year',
  },
} as const satisfies Record<Lang, unknown>;

export type ChangeWhy = keyof (typeof CHANGE_WHY)['vi'];

/** Why the change of `measure` on last year is missing, or null when there is one. */
export function changeWhyOf(stat: Stat, measure: Measure): ChangeWhy | null {
  if (stat.change[measure].rate !== null) return null;
  if (stat.figures[measure].rate === null) return 'rateUndefined';
  if (stat.previous === null) {
    const from = stat.kind === 'unit' ? stat.unit.valid_from : null;
    // A sum of former units is not the unit's own report: those units had no figure last year. Nor is a period
    // whose last year the former units stand in for (a comparable series): they did not report it.
    const own = stat.basis === 'reported' && !(stat.kind === 'unit' && stat.summedBefore);
    return own && from !== null && from > previousYearPeriod(stat.period).end ? 'formedLater' : 'noPrevious';
  }
  return 'previousUndefined';
}

/** The sentence-length reason: "không có số liệu cùng kỳ năm trước". */
export function changeWhyText(stat: Stat, measure: Measure, lang: Lang = 'vi'): string | null {
  const why = changeWhyOf(stat, measure);
  if (why === null) return null;
  const words = CHANGE_WHY[lang];
  if (why !== 'formedLater') return words[why];
  // changeWhyOf says formedLater only for a unit with a start date.
  return stat.kind === 'unit' && stat.unit.valid_from !== null
    ? words.formedLater(FORMATS[lang].date(stat.unit.valid_from))
    : words.noPrevious;
}

/** The cell-length reason: "tỷ lệ không xác định". */
export function changeWhyShort(stat: Stat, measure: Measure, lang: Lang = 'vi'): string | null {
  const why = changeWhyOf(stat, measure);
  return why === null ? null : CHANGE_WHY_SHORT[lang][why];
}
