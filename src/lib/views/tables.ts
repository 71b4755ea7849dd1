import type { Stat, UnitStat } from '../compute/model';
import { sortByRank } from '../compute/rank';
import { formatCount, formatPercent, formatPoints, formatTy } from '../format';
import { BASIS_LABEL, DERIVED_LABEL, FIELD_LABEL, MEASURE_LABEL } from '../glossary';
import { periodLabel } from '../period';
import { COUNT_FIELDS, type Measure } from '../schemas/results';
import type { Cell, TableView } from './types';

const num = (text: string): Cell => ({ text, numeric: true });

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
      'Thay đổi so với cùng kỳ (điểm %)',
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
          num(formatPoints(s.change[measure].rate)),
        ];
      }),
  };
}

/** "về việc", "về tiền": what each ranking table of a period ranks by, in its caption. */
const RANKED_BY = (measure: Measure) => `xếp hạng theo tỷ lệ ${MEASURE_LABEL[measure].toLowerCase()}`;

/**
 * Units ranked in one period, one table per measure (cases, then money), each
 * best rate first with its change and its gap to the target: a phone shows
 * the name and a handful of figures instead of nine columns side by side.
 */
export function rankingTables(
  stats: readonly UnitStat[],
  caption: string,
  href: (s: UnitStat) => string,
): [TableView, TableView] {
  const table = (measure: Measure): TableView => ({
    caption: `${caption}: ${RANKED_BY(measure)}`,
    head: ['Hạng', 'Đơn vị', `Tỷ lệ ${MEASURE_LABEL[measure].toLowerCase()}`, 'So với cùng kỳ', 'So với chỉ tiêu'],
    rowHeader: 1,
    rows: sortByRank(stats, measure).map((s) => [
      num(s.rank[measure] === null ? '—' : String(s.rank[measure])),
      { text: s.unit.name, href: href(s) },
      num(formatPercent(s.figures[measure].rate)),
      num(formatPoints(s.change[measure].rate)),
      num(formatPoints(s.gap[measure])),
    ]),
  });
  return [table('cases'), table('money')];
}
