/**
 * An office beside its province and the nation: one group of bars per rate
 * ("Về việc", then "Về tiền"), one bar per series, each labelled "84,41%".
 */
import * as Plot from '@observablehq/plot';
import { DASH, formatCount } from '../format';
import { FONT_SIZE, measureColor, textWidth } from './palette';
import { CHART_WORDS, type ChartWords, MEASURE_SERIES } from './words';

export interface ComparisonRow {
  /** "Văn phòng", "Tỉnh", "Toàn quốc" or unit names. */
  series: string;
  /** A measure's name in the page's language ("Về việc", "Cases"). */
  measure: string;
  /** Percent 0–100; null has no bar and reads "—". */
  value: number | null;
}

const COLOR: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(MEASURE_SERIES).flatMap((names) => [
    [names.cases, measureColor('cases')],
    [names.money, measureColor('money')],
  ]),
);
const BAR_STEP = 22;
const MAX_NAME_WIDTH = 170;
const VALUE_LABEL_WIDTH = textWidth('100,00%') + 8;

const hasValue = (r: ComparisonRow): r is ComparisonRow & { value: number } =>
  r.value !== null && Number.isFinite(r.value);

/**
 * Grouped horizontal bars comparing series on both rates; series keep the
 * caller's order (e.g. office, province, nation) within each rate. Long
 * because it is one Plot options object, its marks in drawing order.
 */
export function rateComparison(
  groups: ComparisonRow[],
  opts: { width?: number; words?: ChartWords } = {},
): Plot.PlotOptions {
  const { width = 480, words = CHART_WORDS.vi } = opts;
  const series = [...new Set(groups.map((r) => r.series))];
  // The rates in the caller's order (cases, then money).
  const measures = [...new Set(groups.map((r) => r.measure))];
  const nameWidth = Math.min(MAX_NAME_WIDTH, Math.max(60, ...series.map(textWidth)));
  // Plot measures names as Helvetica; the slack keeps wider page fonts from clipping.
  const marginLeft = nameWidth + 18;
  const groupHeight = (1 + Math.max(1, series.length)) * BAR_STEP;
  const ticks = [0, 20, 40, 60, 80, 100];

  return {
    width,
    height: 4 + Math.max(1, measures.length) * groupHeight + 24,
    marginTop: 4,
    marginRight: VALUE_LABEL_WIDTH,
    marginBottom: 24,
    marginLeft,
    x: { domain: [0, 100] },
    y: { type: 'band', domain: ['', ...series], axis: null, paddingInner: 0.2, paddingOuter: 0.1 },
    // Each rate is a facet; its first row (the empty series '') holds the heading.
    fy: { domain: measures, axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.axisX({
        anchor: 'bottom',
        ticks,
        tickFormat: (v: number) => `${formatCount(v)}%`,
        tickSize: 0,
        label: null,
      }),
      Plot.gridX({ ticks }),
      Plot.text(measures, {
        fy: (m: string) => m,
        text: (m: string) => m,
        y: () => '',
        frameAnchor: 'left',
        dx: -marginLeft + 4,
        textAnchor: 'start',
        fontWeight: 'bold',
        fill: (m: string) => COLOR[m],
      }),
      Plot.barX(groups.filter(hasValue), {
        fy: 'measure',
        y: 'series',
        x: 'value',
        fill: (r: ComparisonRow) => COLOR[r.measure],
      }),
      Plot.text(groups, {
        fy: 'measure',
        y: 'series',
        text: 'series',
        frameAnchor: 'left',
        textAnchor: 'end',
        dx: -6,
        lineWidth: nameWidth / FONT_SIZE,
        textOverflow: 'ellipsis-middle',
      }),
      Plot.text(groups, {
        fy: 'measure',
        y: 'series',
        x: (r: ComparisonRow) => (hasValue(r) ? r.value : 0),
        text: (r: ComparisonRow) => (hasValue(r) ? words.percent(r.value) : DASH),
        textAnchor: 'start',
        dx: 4,
      }),
    ],
  };
}
