import type { Stat, UnitStat } from '../compute/model';
import { sortByRank } from '../compute/rank';
import { TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import { COUNT_FIELDS, type Measure } from '../schemas/results';
import type { Cell, TableView } from './types';

const num = (text: string): Cell => ({ text, numeric: true });

/** The words of the tables, in each language; the column names of the forms come from the glossary. */
const WORDS = {
  vi: {
    figuresCaption: (unit: string, m: string, per: string) => `${unit}: số liệu ${m} theo kỳ báo cáo (${per})`,
    per: { cases: 'việc', money: 'tỷ đồng' },
    period: 'Kỳ báo cáo',
    basis: 'Cơ sở số liệu',
    change: 'Thay đổi so với cùng kỳ (điểm %)',
    rankingHead: [
      'Hạng (việc)',
      'Đơn vị',
      'Tỷ lệ về việc',
      'So với cùng kỳ',
      'So với chỉ tiêu',
      'Hạng (tiền)',
      'Tỷ lệ về tiền',
      'So với cùng kỳ',
      'So với chỉ tiêu',
    ],
  },
  en: {
    figuresCaption: (unit: string, m: string, per: string) =>
      `${unit}: figures ${m.replace(/^by /, 'in ')}, by reporting period (${per})`,
    per: { cases: 'cases', money: 'billion dong' },
    period: 'Reporting period',
    basis: 'Basis of the figures',
    change: 'Change on the same period of last year (pp)',
    rankingHead: [
      'Rank (cases)',
      'Unit',
      'Rate by cases',
      'Change on last year',
      'Against target',
      'Rank (money)',
      'Rate by money',
      'Change on last year',
      'Against target',
    ],
  },
} as const satisfies Record<Lang, unknown>;

/**
 * Every figure of a unit per period, for one measure: the reported counts,
 * what is derived from them, the rate and its change. Newest period first.
 * For a unit formed by merger, a column says which rows are sums of its
 * predecessors and which were reported.
 */
export function figuresTable(stats: readonly Stat[], measure: Measure, unitName: string, lang: Lang = 'vi'): TableView {
  const [w, t, loc] = [WORDS[lang], TERMS[lang], LOCALES[lang]];
  const value = measure === 'cases' ? loc.count : loc.ty;
  const showBasis = stats.some((s) => s.basis !== 'reported');
  return {
    caption: w.figuresCaption(unitName, t.measureInText[measure], w.per[measure]),
    head: [
      w.period,
      ...(showBasis ? [w.basis] : []),
      ...COUNT_FIELDS.map((f) => t.field[f]),
      t.derived.carriedNext,
      `${t.derived.rate} (%)`,
      w.change,
    ],
    rowHeader: 0,
    rows: [...stats]
      .sort((a, b) => b.period.order - a.period.order)
      .map((s) => {
        const f = s.figures[measure];
        return [
          { text: loc.period(s.period) },
          ...(showBasis ? [{ text: t.basis[s.basis] }] : []),
          ...COUNT_FIELDS.map((c) => num(value(f[c]))),
          num(value(f.carriedNext)),
          num(loc.percent(f.rate)),
          num(loc.points(s.change[measure].rate)),
        ];
      }),
  };
}

/** Units ranked in one period, best cases rate first, with both rates, changes and gaps. */
export function rankingTable(
  stats: readonly UnitStat[],
  caption: string,
  href: (s: UnitStat) => string,
  lang: Lang = 'vi',
): TableView {
  const loc = LOCALES[lang];
  const [formatPercent, formatPoints] = [loc.percent, loc.points];
  const sorted = sortByRank(stats, 'cases');
  return {
    caption,
    head: [...WORDS[lang].rankingHead],
    rowHeader: 1,
    rows: sorted.map((s) => [
      num(s.rank.cases === null ? '—' : String(s.rank.cases)),
      { text: s.unit.name, href: href(s) },
      num(formatPercent(s.figures.cases.rate)),
      num(formatPoints(s.change.cases.rate)),
      num(formatPoints(s.gap.cases)),
      num(s.rank.money === null ? '—' : String(s.rank.money)),
      num(formatPercent(s.figures.money.rate)),
      num(formatPoints(s.change.money.rate)),
      num(formatPoints(s.gap.money)),
    ]),
  };
}
