import type { Stat, UnitStat } from '../compute/model';
import { sortByRank } from '../compute/rank';
import { DASH, formatCount, formatPercent, formatSignedPoints, formatTy } from '../format';
import { BASIS_LABEL, DERIVED_LABEL, FIELD_LABEL, MEASURE_LABEL } from '../glossary';
import { periodLabel } from '../period';
import { COUNT_FIELDS, type Measure } from '../schemas/results';
import { AREA_LABEL } from './area';
import { changeWhyShort } from './change-why';
import { POINTS_ABBR, POINTS_WORDS } from './sentence';
import type { Cell, TableView } from './types';

const num = (text: string): Cell => ({ text, numeric: true });

/** "+0,24 điểm %", its unit an abbreviation; "—" alone. */
const pointsCell = (x: number | null): Cell =>
  x === null ? num(DASH) : { ...num(formatSignedPoints(x)), abbr: POINTS_ABBR };

/** The change on last year, or "— (không có số liệu năm trước)": a dash always says why. */
const changeCell = (s: Stat, m: Measure): Cell => {
  const why = changeWhyShort(s, m);
  return why === null ? pointsCell(s.change[m].rate) : num(`${DASH} (${why})`);
};

/**
 * Every figure of a unit per period, for one measure: the reported counts,
 * what is derived from them, the rate and its change. Newest period first.
 * For a unit formed by merger, a column says which rows are sums of its
 * predecessors and which were reported.
 */
export function figuresTable(stats: readonly Stat[], measure: Measure, unitName: string): TableView {
  const value = measure === 'cases' ? formatCount : formatTy;
  const unit = measure === 'cases' ? 'việc' : 'tỷ đồng';
  const showBasis = stats.some((s) => s.basis !== 'reported');
  return {
    caption: `${unitName}: số liệu ${MEASURE_LABEL[measure].toLowerCase()} theo kỳ báo cáo (${unit})`,
    head: [
      'Kỳ báo cáo',
      ...(showBasis ? ['Cơ sở số liệu'] : []),
      ...COUNT_FIELDS.map((f) => FIELD_LABEL[f]),
      DERIVED_LABEL.carriedNext,
      `${DERIVED_LABEL.rate} (%)`,
      `Thay đổi so với cùng kỳ (${POINTS_WORDS})`,
    ],
    rowHeader: 0,
    rows: [...stats]
      .sort((a, b) => b.period.order - a.period.order)
      .map((s) => {
        const f = s.figures[measure];
        return [
          { text: periodLabel(s.period) },
          ...(showBasis ? [{ text: BASIS_LABEL[s.basis] }] : []),
          ...COUNT_FIELDS.map((c) => num(value(f[c]))),
          num(value(f.carriedNext)),
          num(formatPercent(f.rate)),
          changeCell(s, measure),
        ];
      }),
  };
}

/** Units ranked in one period, best cases rate first, with both rates, changes and gaps. */
export function rankingTable(stats: readonly UnitStat[], caption: string, href: (s: UnitStat) => string): TableView {
  const sorted = sortByRank(stats, 'cases');
  // Offices say where they serve, so that a reader finds their own.
  const showArea = sorted.some((s) => s.unit.area);
  return {
    caption,
    head: [
      'Hạng (việc)',
      'Đơn vị',
      ...(showArea ? [AREA_LABEL] : []),
      'Tỷ lệ về việc',
      'So với cùng kỳ',
      'So với chỉ tiêu',
      'Hạng (tiền)',
      'Tỷ lệ về tiền',
      'So với cùng kỳ',
      'So với chỉ tiêu',
    ],
    rowHeader: 1,
    rows: sorted.map((s) => [
      num(s.rank.cases === null ? '—' : String(s.rank.cases)),
      { text: s.unit.name, href: href(s) },
      ...(showArea ? [{ text: s.unit.area ?? '—' }] : []),
      num(formatPercent(s.figures.cases.rate)),
      changeCell(s, 'cases'),
      pointsCell(s.gap.cases),
      num(s.rank.money === null ? '—' : String(s.rank.money)),
      num(formatPercent(s.figures.money.rate)),
      changeCell(s, 'money'),
      pointsCell(s.gap.money),
    ]),
  };
}
