/**
 * The comparison chart as Plot options, as the site drew it before
 * src/lib/charts/comparison.ts drew it without Plot: the reference that
 * drawing must match, element for element (comparison.test.ts). Its marks
 * are kept as they were; its layout is the drawing's own (`comparisonFrame`).
 */
import * as Plot from '@observablehq/plot';
import { COLOR, type ComparisonRow, comparisonFrame, VALUE_LABEL_WIDTH } from '../../../src/lib/charts/comparison';
import { percentTick, percentTicks, shortenName } from '../../../src/lib/charts/labels';
import { CHART_WIDTH, FONT_SIZE, textColor } from '../../../src/lib/charts/palette';
import { CHART_WORDS, type ChartWords } from '../../../src/lib/charts/words';
import { DASH } from '../../../src/lib/format';

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
  // The layout is the drawing's own (comparisonFrame): what this reference draws with Plot is the marks.
  const { series, measures, nameWidth, marginLeft, groupHeight } = comparisonFrame(groups);
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
