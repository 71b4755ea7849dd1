import type { Stat, UnitStat } from '../compute/model';
import { sortByRank } from '../compute/rank';
import { DASH } from '../format';
import { TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import { COUNT_FIELDS, type Measure } from '../schemas/results';
import { AREA_LABEL } from './area';
import { changeWhyShort } from './change-why';
import { POINTS_ABBR, POINTS_WORDS } from './sentence';
import type { Cell, TableView } from './types';

const num = (text: string): Cell => ({ text, numeric: true });

/** "+0,24 điểm %", its unit an abbreviation; "—" alone. */
const pointsCell = (x: number | null, lang: Lang): Cell =>
  x === null ? num(DASH) : { ...num(LOCALES[lang].signedPoints(x)), abbr: POINTS_ABBR[lang] };

/** The change on last year, or "— (không có số liệu năm trước)": a dash always says why. */
const changeCell = (s: Stat, m: Measure, lang: Lang): Cell => {
  const why = changeWhyShort(s, m, lang);
  return why === null ? pointsCell(s.change[m].rate, lang) : num(`${DASH} (${why})`);
};

/** The words of the tables, in each language; the column names of the forms come from the glossary. */
const WORDS = {
  vi: {
    figuresCaption: (unit: string, m: string, per: string) => `${unit}: số liệu ${m} theo kỳ báo cáo (${per})`,
    per: { cases: 'việc', money: 'tỷ đồng' },
    period: 'Kỳ báo cáo',
    basis: 'Cơ sở số liệu',
    change: `Thay đổi so với cùng kỳ (${POINTS_WORDS.vi})`,
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
    change: `Change on the same period of last year (${POINTS_WORDS.en})`,
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
          changeCell(s, measure, lang),
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
  const { percent } = LOCALES[lang];
  const sorted = sortByRank(stats, 'cases');
  // Offices say where they serve, so that a reader finds their own.
  const showArea = sorted.some((s) => s.unit.area);
  const [rank, name, ...rest] = WORDS[lang].rankingHead;
  return {
    caption,
    head: [rank, name, ...(showArea ? [AREA_LABEL[lang]] : []), ...rest],
    rowHeader: 1,
    rows: sorted.map((s) => [
      num(s.rank.cases === null ? DASH : String(s.rank.cases)),
      { text: s.unit.name, href: href(s) },
      ...(showArea ? [{ text: s.unit.area ?? DASH }] : []),
      num(percent(s.figures.cases.rate)),
      changeCell(s, 'cases', lang),
      pointsCell(s.gap.cases, lang),
      num(s.rank.money === null ? DASH : String(s.rank.money)),
      num(percent(s.figures.money.rate)),
      changeCell(s, 'money', lang),
      pointsCell(s.gap.money, lang),
    ]),
  };
}
