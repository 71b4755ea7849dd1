import type { NationStat, Stat } from '../compute/model';
import { DASH } from '../format';
import { TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import { previousYearPeriod } from '../period';
import { MEASURES } from '../schemas/results';
import { changeWhyText } from './change-why';
import { POINTS_ABBR } from './sentence';
import type { HeadlineView } from './types';

/** The sentences of the headline figures, in each language; `prev` is last year's period inside a sentence. */
const WORDS = {
  vi: {
    summedNow: (members: string) =>
      `Số liệu kỳ này là tổng số liệu báo cáo của các đơn vị cũ trên cùng địa bàn (${members}), tỷ lệ tính lại từ các tổng; đơn vị này chưa có báo cáo riêng cho kỳ này.`,
    noPrevious: (prev: string) => `Không có số liệu cùng kỳ năm trước của đơn vị này để so sánh: ${prev}.`,
    summedPrevious: (prev: string) =>
      `Số liệu cùng kỳ năm trước, ${prev}, là tổng số liệu của các đơn vị cũ hợp thành đơn vị này, để so sánh trên cùng một địa bàn.`,
    coverage: (reporting: number, inForce: number) =>
      `Tổng toàn quốc gồm ${reporting}/${inForce} tỉnh, thành phố có số liệu kỳ này.`,
    label: (m: string) => `Tỷ lệ thi hành xong ${m}`,
    enforceable: 'có điều kiện thi hành',
    changeNote: (prev: string, summed: boolean) => (summed ? `so với ${prev} (cộng các đơn vị cũ)` : `so với ${prev}`),
    nationalTarget: 'Chỉ tiêu chung toàn quốc',
    rankLabel: (scope: string) => `Xếp hạng ${scope}`,
    unranked: 'Không xếp hạng',
    change: 'Thay đổi',
    target: 'Chỉ tiêu',
    gap: 'So với chỉ tiêu',
    national: (rate: string) => `Toàn quốc: ${rate}`,
  },
  en: {
    summedNow: (members: string) =>
      `The figures of this period are the sums of the reports of the former units of the same area (${members}), the rates computed again from the sums; this unit has no report of its own for this period.`,
    noPrevious: (prev: string) => `This unit has no figures for the same period of last year to compare with: ${prev}.`,
    summedPrevious: (prev: string) =>
      `The figures of the same period of last year, ${prev}, are the sums of the former units that form this unit, to compare the same area.`,
    coverage: (reporting: number, inForce: number) =>
      `The national total covers the ${reporting}/${inForce} provinces with figures for this period.`,
    label: (m: string) => `Completion rate ${m}`,
    enforceable: 'enforceable',
    changeNote: (prev: string, summed: boolean) => (summed ? `on ${prev} (former units summed)` : `on ${prev}`),
    nationalTarget: 'National target',
    rankLabel: (scope: string) => `Rank ${scope}`,
    unranked: 'Not ranked',
    change: 'Change',
    target: 'Target',
    gap: 'Against target',
    national: (rate: string) => `Nationwide: ${rate}`,
  },
} as const satisfies Record<Lang, unknown>;

/**
 * The headline figures of one unit (or the nation) in one period: both rates,
 * their change on the same period of last year, the gap to target and, for a
 * unit with a `rankScope` ("trong tỉnh"), the rank. `heading` opens its title
 * ("Toàn quốc: năm 2026"). A unit's figures stand beside the nation's of
 * the same period when `national` is given.
 */
export function headlineOf(
  stat: Stat,
  heading: string,
  rankScope?: string,
  national?: NationStat,
  lang: Lang = 'vi',
): HeadlineView {
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const prev = loc.periodInText(previousYearPeriod(stat.period));
  const notes: string[] = [];
  // Before a merged unit's own first report, its figures are its former units' added up: say so first.
  if (stat.basis === 'sum_of_predecessors') notes.push(w.summedNow(stat.members.map((u) => u.name).join(', ')));
  if (!stat.previous) notes.push(w.noPrevious(prev));
  // Across the reform, last year's figures are those of the same territory: the former units added up.
  const summed = stat.previousBasis === 'sum_of_predecessors';
  if (summed) notes.push(w.summedPrevious(prev));
  if (stat.kind === 'nation' && stat.coverage.reporting < stat.coverage.inForce) {
    notes.push(w.coverage(stat.coverage.reporting, stat.coverage.inForce));
  }
  const rank = stat.kind === 'unit' && rankScope ? { scope: rankScope, ranks: stat.rank, of: stat.rankOf } : null;
  return {
    title: loc.period(stat.period),
    heading: `${heading}: ${loc.periodInText(stat.period)}`,
    range: loc.range(stat.period),
    words: { change: w.change, target: w.target, gap: w.gap },
    notes,
    items: MEASURES.map((m) => {
      const f = stat.figures[m];
      const target = stat.target[m];
      return {
        label: w.label(TERMS[lang].measureInText[m]),
        rate: loc.percent(f.rate),
        detail:
          m === 'cases'
            ? `${loc.count(f.done)} / ${loc.cases(f.enforceable)} ${w.enforceable}`
            : `${loc.money(f.done)} / ${loc.money(f.enforceable)} ${w.enforceable}`,
        change: loc.signedPoints(stat.change[m].rate),
        ...(stat.change[m].rate === null ? {} : { changeUnit: POINTS_ABBR[lang] }),
        ...(stat.change[m].rate === null ? { changeWhy: changeWhyText(stat, m, lang) ?? '' } : {}),
        changeNote: w.changeNote(prev, summed),
        ...(national && stat.kind === 'unit' ? { national: w.national(loc.percent(national.figures[m].rate)) } : {}),
        target: target ? loc.percent(target.value) : DASH,
        ...(target?.source === 'national' && stat.kind === 'unit' ? { targetNote: w.nationalTarget } : {}),
        gap: loc.signedPoints(stat.gap[m]),
        ...(stat.gap[m] === null ? {} : { gapUnit: POINTS_ABBR[lang] }),
        ...(rank
          ? {
              rankLabel: w.rankLabel(rank.scope),
              rank: rank.ranks[m] === null ? w.unranked : loc.rank(rank.ranks[m], rank.of),
            }
          : {}),
      };
    }),
  };
}
