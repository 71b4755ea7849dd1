import { rateComparison, rateRanking, rateTrend, renderSvg, type TargetPoint, type TrendPoint } from '../charts';
import type { Stat, UnitStat } from '../compute/model';
import { sortByRank } from '../compute/rank';
import { DASH, formatDate, formatPercent } from '../format';
import { BASIS_LABEL, chartName, MEASURE_LABEL } from '../glossary';
import { periodLabel } from '../period';
import { MEASURES, type Measure } from '../schemas/results';
import { AREA_LABEL, withArea, withShortArea } from './area';
import type { ChartView } from './types';

const num = (text: string) => ({ text, numeric: true });

/** "tăng từ 80,00% (2019) lên 84,41% (2026)" over the first and last periods with a rate. */
function movement(stats: readonly Stat[], m: Measure): string {
  const rated = stats.filter((s) => s.figures[m].rate !== null);
  if (rated.length === 0) return `${MEASURE_LABEL[m].toLowerCase()}: chưa có tỷ lệ`;
  const first = rated[0]!;
  const last = rated[rated.length - 1]!;
  const a = formatPercent(first.figures[m].rate);
  const b = formatPercent(last.figures[m].rate);
  if (first === last) return `${MEASURE_LABEL[m].toLowerCase()} ${b} (${first.period.year})`;
  const d = last.figures[m].rate! - first.figures[m].rate!;
  const verb = Math.abs(d) < 0.005 ? 'giữ ở' : d > 0 ? 'tăng từ' : 'giảm từ';
  return verb === 'giữ ở'
    ? `${MEASURE_LABEL[m].toLowerCase()} giữ ở ${b} từ ${first.period.year} đến ${last.period.year}`
    : `${MEASURE_LABEL[m].toLowerCase()} ${verb} ${a} (${first.period.year}) ${d > 0 ? 'lên' : 'xuống'} ${b} (${last.period.year})`;
}

/**
 * Where to draw the reform on a unit's trend: before the first full year the
 * unit reported itself, when earlier years are sums of its predecessors.
 */
function reformBreak(years: readonly Stat[], reform: string | undefined): { label: string; note: string } | undefined {
  if (!reform || !years.some((s) => s.basis === 'sum_of_predecessors')) return undefined;
  const first = years.find((s) => s.basis === 'reported' && s.period.end >= reform);
  return first ? { label: String(first.period.year), note: `Sắp xếp ${formatDate(reform)}` } : undefined;
}

/**
 * Charts are drawn for a phone first: 360 units wide, so that on a 360–390 px
 * screen they show about 1:1 and their 10 px text stays readable; a wider
 * screen shows them at that size instead of stretching them.
 */
const CHART_WIDTH = 360;

/** The points of a trend: both rates of every year, and the targets that applied. */
function trendPoints(years: readonly Stat[]): { points: TrendPoint[]; targets: TargetPoint[] } {
  const points: TrendPoint[] = years.flatMap((s) =>
    MEASURES.map((m) => ({
      periodKey: s.period.key,
      label: String(s.period.year),
      order: s.period.order,
      series: MEASURE_LABEL[m],
      value: s.figures[m].rate,
    })),
  );
  const targets: TargetPoint[] = years.flatMap((s) =>
    MEASURES.flatMap((m) => {
      const t = s.target[m];
      return t
        ? [{ label: String(s.period.year), order: s.period.order, series: MEASURE_LABEL[m], value: t.value }]
        : [];
    }),
  );
  return { points, targets };
}

/** " Các năm 2023–2024 là tổng số liệu của các đơn vị cũ …": which years of a trend are sums of predecessors. */
function summedNote(summed: readonly number[], cut: { label: string } | undefined, reform: string | undefined): string {
  if (summed.length === 0) return '';
  // Consecutive years read as a range; a year missing from the sums must not hide inside one.
  const contiguous = summed.every((y, i) => i === 0 || y === summed[i - 1]! + 1);
  const years =
    summed.length === 1
      ? `Năm ${summed[0]}`
      : contiguous
        ? `Các năm ${summed[0]}–${summed[summed.length - 1]}`
        : `Các năm ${summed.join(', ')}`;
  const rule =
    cut && reform ? `; đường chấm đứng trước năm ${cut.label} đánh dấu ngày sắp xếp ${formatDate(reform)}` : '';
  return ` ${years} là tổng số liệu của các đơn vị cũ trên cùng địa bàn, tỷ lệ tính lại từ các tổng${rule}.`;
}

/**
 * Completion rates by full statistical year for one unit or the nation, with
 * the targets that applied. Monthly cumulative periods are left out: they
 * are not comparable with whole years. `reform` is the first day of a unit
 * formed by merger: its earlier years are sums of its predecessors, and a
 * rule marks the break.
 */
export function trendChart(
  id: string,
  name: string,
  stats: readonly Stat[],
  opts: { reform?: string } = {},
): ChartView {
  const years = stats.filter((s) => s.period.months === 12).sort((a, b) => a.period.order - b.period.order);
  const { points, targets } = trendPoints(years);
  const cut = reformBreak(years, opts.reform);
  const caption = `${name}: tỷ lệ thi hành xong theo năm thống kê, so với chỉ tiêu`;
  const summed = years.filter((s) => s.basis === 'sum_of_predecessors').map((s) => s.period.year);
  const basisNote = summedNote(summed, cut, opts.reform);
  const summary =
    years.length === 0
      ? `${name} chưa có số liệu cả năm thống kê nào.`
      : `Tỷ lệ thi hành xong ${name === 'Toàn quốc' ? 'toàn quốc' : `của ${name}`}: ${movement(years, 'cases')}; ${movement(years, 'money')}. Đường nét đứt là chỉ tiêu.${basisNote}`;
  return {
    id,
    caption,
    summary,
    svg: years.length
      ? renderSvg(
          rateTrend(points, { targets, yLabel: 'Tỷ lệ (%)', width: CHART_WIDTH, ...(cut ? { break: cut } : {}) }),
          { title: caption, description: summary },
          { idPrefix: id },
        )
      : '',
    table: {
      caption: `Số liệu của biểu đồ: ${caption}`,
      // The basis column appears only where some years are sums, so it is never a column of one value.
      head: [
        'Năm',
        'Tỷ lệ về việc',
        'Chỉ tiêu về việc',
        'Tỷ lệ về tiền',
        'Chỉ tiêu về tiền',
        ...(summed.length ? ['Cơ sở số liệu'] : []),
      ],
      rowHeader: 0,
      rows: years.map((s) => [
        { text: String(s.period.year) },
        num(formatPercent(s.figures.cases.rate)),
        num(formatPercent(s.target.cases?.value)),
        num(formatPercent(s.figures.money.rate)),
        num(formatPercent(s.target.money?.value)),
        ...(summed.length ? [{ text: BASIS_LABEL[s.basis] }] : []),
      ]),
    },
  };
}

/** Units of one period ranked by one rate, optionally highlighting one of them. */
export function rankingChart(
  id: string,
  stats: readonly UnitStat[],
  measure: Measure,
  scope: string,
  opts: { highlight?: string; target?: number | null } = {},
): ChartView {
  const sorted = sortByRank(stats, measure);
  const period = stats[0] ? periodLabel(stats[0].period).toLowerCase() : '';
  const caption = `Xếp hạng ${scope} theo tỷ lệ thi hành xong ${MEASURE_LABEL[measure].toLowerCase()}, ${period}`;
  const best = sorted[0];
  const rated = sorted.filter((s) => s.rank[measure] !== null);
  const worst = rated[rated.length - 1];
  const summary =
    rated.length === 1
      ? `${best!.unit.name}: ${formatPercent(best!.figures[measure].rate)}, đơn vị duy nhất có tỷ lệ trong kỳ này.`
      : best && worst && best.rank[measure] !== null
        ? `Cao nhất là ${best.unit.name} (${formatPercent(best.figures[measure].rate)}), thấp nhất là ${worst.unit.name} (${formatPercent(worst.figures[measure].rate)}) trong ${sorted.length} ${scope.replace(/^các /, '')}.`
        : `Chưa có đơn vị nào có tỷ lệ ${MEASURE_LABEL[measure].toLowerCase()} trong kỳ này.`;
  // An office's label carries its area, short; the tooltip and the table carry it whole.
  const bars = sorted.map((s) => ({
    key: s.unit.slug,
    name: withShortArea(chartName(s.unit.name), s.unit),
    value: s.figures[measure].rate,
    highlight: s.unit.slug === opts.highlight,
    ...(s.unit.area ? { title: withArea(s.unit.name, s.unit) } : {}),
  }));
  const showArea = sorted.some((s) => s.unit.area);
  return {
    id,
    caption,
    summary,
    svg: sorted.length
      ? renderSvg(
          rateRanking(bars, { measure, target: opts.target ?? null, width: CHART_WIDTH }),
          { title: caption, description: summary },
          { idPrefix: id },
        )
      : '',
    table: {
      caption: `Số liệu của biểu đồ: ${caption}`,
      head: ['Hạng', 'Đơn vị', ...(showArea ? [AREA_LABEL] : []), `Tỷ lệ ${MEASURE_LABEL[measure].toLowerCase()}`],
      rowHeader: 1,
      rows: sorted.map((s) => [
        num(s.rank[measure] === null ? DASH : String(s.rank[measure])),
        { text: s.unit.name },
        ...(showArea ? [{ text: s.unit.area ?? DASH }] : []),
        num(formatPercent(s.figures[measure].rate)),
      ]),
    },
  };
}

/** An office beside its province and the nation, for the same period. */
export function comparisonChart(id: string, members: { name: string; stat: Stat | undefined }[]): ChartView {
  const present = members.filter((m): m is { name: string; stat: Stat } => m.stat !== undefined);
  const period = present[0] ? periodLabel(present[0].stat.period).toLowerCase() : '';
  const caption = `So sánh tỷ lệ thi hành xong, ${period}`;
  const summary = present
    .map(
      (m) =>
        `${m.name}: ${formatPercent(m.stat.figures.cases.rate)} về việc, ${formatPercent(m.stat.figures.money.rate)} về tiền`,
    )
    .join('; ')
    .concat('.');
  const rows = MEASURES.flatMap((measure) =>
    present.map((m) => ({
      series: m.name,
      measure: MEASURE_LABEL[measure] as 'Về việc' | 'Về tiền',
      value: m.stat.figures[measure].rate,
    })),
  );
  return {
    id,
    caption,
    summary,
    svg: present.length
      ? renderSvg(
          rateComparison(rows, { width: CHART_WIDTH }),
          { title: caption, description: summary },
          { idPrefix: id },
        )
      : '',
    table: {
      caption: `Số liệu của biểu đồ: ${caption}`,
      head: ['Đơn vị', 'Tỷ lệ về việc', 'Tỷ lệ về tiền'],
      rowHeader: 0,
      rows: present.map((m) => [
        { text: m.name },
        num(formatPercent(m.stat.figures.cases.rate)),
        num(formatPercent(m.stat.figures.money.rate)),
      ]),
    },
  };
}
