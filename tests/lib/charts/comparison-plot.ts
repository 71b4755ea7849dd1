/**
 * The comparison chart as Plot options, as the site drew it before
 * src/lib/charts/comparison.ts drew it without Plot: the reference that
 * drawing must match, element for element (comparison.test.ts).
 */
import * as Plot from '@observablehq/plot';
import type { ComparisonRow } from '../../../src/lib/charts/comparison';
import { percentTick, percentTicks, shortenName } from '../../../src/lib/charts/labels';
import { CHART_WIDTH, FONT_SIZE, measureColor, textColor, textWidth } from '../../../src/lib/charts/palette';
import { CHART_WORDS, type ChartWords, MEASURE_SERIES } from '../../../src/lib/charts/words';
import { DASH } from '../../../src/lib/format';

const COLOR: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(MEASURE_SERIES).flatMap((names) => [
    [names.cases, measureColor('cases')],
    [names.money, measureColor('money')],
  ]),
);
const BAR_STEP = Math.round(FONT_SIZE * 1.6);
const MAX_NAME_WIDTH = FONT_SIZE * 11;
const VALUE_LABEL_WIDTH = textWidth('100,00%') + 8;

const hasValue = (r: ComparisonRow): r is ComparisonRow & { value: number } =>
  r.value !== null && Number.isFinite(r.value);

/**
 * Grouped horizontal bars comparing series on both rates; series keep the
 * caller's order (e.g. office, province, nation) within each rate. Long
 * because it is one Plot options object, its marks in drawing order.
 */
export function plotComparison(
  groups: ComparisonRow[],
  opts: { width?: number; words?: ChartWords } = {},
): Plot.PlotOptions {
  const { width = CHART_WIDTH, words = CHART_WORDS.vi } = opts;
  const series = [...new Set(groups.map((r) => r.series))];
  // The rates in the caller's order (cases, then money).
  const measures = [...new Set(groups.map((r) => r.measure))];
  const nameWidth = Math.min(MAX_NAME_WIDTH, Math.max(60, ...series.map(textWidth)));
  // Plot measures names as Helvetica; the slack keeps wider page fonts from clipping.
  const marginLeft = nameWidth + 18;
  const groupHeight = (1 + Math.max(1, series.length)) * BAR_STEP;
  const ticks = percentTicks(width - marginLeft - VALUE_LABEL_WIDTH);
  const label = (r: ComparisonRow) => shortenName(r.series, nameWidth);

  return {
    width,
    height: 4 + Math.max(1, measures.length) * groupHeight + FONT_SIZE * 2,
    marginTop: 4,
    marginRight: VALUE_LABEL_WIDTH,
    marginBottom: FONT_SIZE * 2,
    marginLeft,
    x: { domain: [0, 100] },
    y: { type: 'band', domain: ['', ...series], axis: null, paddingInner: 0.2, paddingOuter: 0.1 },
    // Each rate is a facet; its first row (the empty series '') holds the heading.
    fy: { domain: measures, axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.axisX({
        anchor: 'bottom',
        ticks,
        tickFormat: percentTick,
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
        fill: (m: string) => textColor(COLOR[m] ?? '#000000'),
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
        text: label,
        // The full name where the label is cut.
        title: (r: ComparisonRow) => (label(r) === r.series ? null : r.series),
        frameAnchor: 'left',
        textAnchor: 'end',
        dx: -6,
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
