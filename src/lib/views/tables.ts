import type { Stat, UnitStat } from '../compute/model';
import { sortByRank } from '../compute/rank';
import { DASH } from '../format';
import { TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import { COUNT_FIELDS, type Measure } from '../schemas/results';
import { AREA_LABEL } from './area';
import { changeWhyShort } from './change-why';
import { POINTS_WORDS } from './sentence';
import type { Cell, TableView } from './types';

const num = (text: string): Cell => ({ text, numeric: true });

/** "+0,24", its unit (điểm phần trăm) written out in the column's header; "—" alone. */
const pointsCell = (x: number | null, lang: Lang): Cell => num(x === null ? DASH : LOCALES[lang].signedPoints(x));

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
    rankedBy: (caption: string, m: string) => `${caption}: xếp hạng theo tỷ lệ ${m}`,
    rank: 'Hạng',
    unit: 'Đơn vị',
    rate: (m: string) => `Tỷ lệ ${m}`,
    yearOnYear: `So với cùng kỳ (${POINTS_WORDS.vi})`,
    gap: `So với chỉ tiêu (${POINTS_WORDS.vi})`,
  },
  en: {
    figuresCaption: (unit: string, m: string, per: string) =>
      `${unit}: figures ${m.replace(/^by /, 'in ')}, by reporting period (${per})`,
    per: { cases: 'cases', money: 'billion dong' },
    period: 'Reporting period',
    basis: 'Basis of the figures',
    change: `Change on the same period of last year (${POINTS_WORDS.en})`,
    rankedBy: (caption: string, m: string) => `${caption}: ranked by completion rate ${m}`,
    rank: 'Rank',
    unit: 'Unit',
    rate: (m: string) => `Rate ${m}`,
    yearOnYear: `Change on last year (${POINTS_WORDS.en})`,
    gap: `Against target (${POINTS_WORDS.en})`,
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

/**
 * The periods a unit's own page tabulates, oldest first: every full
 * statistical year and the latest period. The cumulative months before the
 * latest are on the page of all its figures, which keeps a unit page light.
 */
export function periodsOnUnitPage<S extends Stat>(stats: readonly S[]): S[] {
  const latest = stats.reduce<S | undefined>((a, s) => (a && a.period.order > s.period.order ? a : s), undefined);
  return stats.filter((s) => s.period.months === 12 || s === latest);
}

/**
 * Units ranked in one period, one table per measure (cases, then money), each
 * best rate first with its change and its gap to the target: a phone shows
 * the name and a handful of figures instead of nine columns side by side.
 */
export function rankingTables(
  stats: readonly UnitStat[],
  caption: string,
  href: (s: UnitStat) => string,
  lang: Lang = 'vi',
): [TableView, TableView] {
  const [w, t, loc] = [WORDS[lang], TERMS[lang], LOCALES[lang]];
  // Offices say where they serve, so that a reader finds their own.
  const showArea = stats.some((s) => s.unit.area);
  const table = (measure: Measure): TableView => ({
    caption: w.rankedBy(caption, t.measureInText[measure]),
    head: [
      w.rank,
      w.unit,
      ...(showArea ? [AREA_LABEL[lang]] : []),
      w.rate(t.measureInText[measure]),
      w.yearOnYear,
      w.gap,
    ],
    rowHeader: 1,
    rows: sortByRank(stats, measure).map((s) => [
      num(s.rank[measure] === null ? DASH : String(s.rank[measure])),
      { text: s.unit.name, href: href(s) },
      ...(showArea ? [{ text: s.unit.area ?? DASH }] : []),
      num(loc.percent(s.figures[measure].rate)),
      changeCell(s, measure, lang),
      pointsCell(s.gap[measure], lang),
    ]),
  });
  return [table('cases'), table('money')];
}
