/**
 * The trend chart as Plot options, as the site drew it before
 * src/lib/charts/trend.ts drew it without Plot: the reference that drawing
 * must match, element for element (trend.test.ts). Its marks are kept as
 * they were; its layout is the drawing's own (`trendFrame`), shared, not copied.
 */
import * as Plot from '@observablehq/plot';
import { percentTick } from '../../../src/lib/charts/labels';
import { FONT_SIZE, INK_MUTED, TARGET, TARGET_DASH } from '../../../src/lib/charts/palette';
import { dodge, type TrendOptions, type TrendPoint, thinTicks, trendFrame } from '../../../src/lib/charts/trend';
import type { EndLabel } from '../../../src/lib/charts/trend-marks';

const Y_TICKS = [0, 20, 40, 60, 80, 100];

// A dashed horizontal tick per period, drawn as a dot symbol because a point scale has no band for tickY.
const targetTick = (halfWidth: number) => ({
  draw(context: CanvasPath) {
    context.moveTo(-halfWidth, 0);
    context.lineTo(halfWidth, 0);
  },
});

/**
 * Line chart of rates (0–100%) over periods in `order` order, with dots,
 * gaps for missing values, optional dashed targets, and the series names
 * written at the end of each line. Long because it is one Plot options
 * object, read top to bottom as the marks are drawn (as Plot's own examples
 * are written); its computed parts are the named helpers above.
 */
export function plotTrend(points: TrendPoint[], opts: TrendOptions = {}): Plot.PlotOptions {
  // The layout is the drawing's own (trendFrame): what this reference draws with Plot is the marks.
  const frame = trendFrame(points, opts);
  const { targets, yLabel, width, height, words, sorted, periods, seriesNames, colors, inkOf } = frame;
  const { lineEnds, ends, margin, innerHeight, step, tickHalf, labelGap } = frame;

  const marks: Plot.Markish[] = [
    Plot.axisY({ ticks: Y_TICKS, tickFormat: percentTick, label: yLabel ?? null, labelArrow: 'none' }),
    Plot.gridY({ ticks: Y_TICKS }),
    Plot.axisX({ ticks: thinTicks(periods, step), tickSize: 4, label: null }),
  ];
  const breakAt = opts.break ? periods.indexOf(opts.break.label) : -1;
  // Only draw the break when there is a period on both sides of it.
  if (opts.break && breakAt > 0) {
    // Write the note on whichever side of the rule has more room.
    const leftward = breakAt > periods.length / 2;
    marks.push(
      Plot.ruleX([opts.break.label], { dx: -step / 2, stroke: INK_MUTED, strokeDasharray: '2,2' }),
      Plot.text([opts.break.label], {
        x: (d: string) => d,
        frameAnchor: 'top',
        dx: -step / 2 + (leftward ? -4 : 4),
        dy: -margin.top + 4,
        textAnchor: leftward ? 'end' : 'start',
        lineAnchor: 'top',
        text: () => opts.break?.note ?? '',
        fill: INK_MUTED,
      }),
    );
  }
  if (targets.length > 0) {
    const symbol = targetTick(tickHalf);
    marks.push(
      Plot.dot(targets, {
        x: 'label',
        y: 'value',
        // Near-black, not the series colour: a target reads as a goal, not as a second line.
        stroke: TARGET,
        symbol,
        strokeDasharray: TARGET_DASH,
        strokeWidth: 1.5,
      }),
    );
  }
  if (lineEnds.length === 0) {
    marks.push(Plot.text([words.noData], { frameAnchor: 'middle', text: (d: string) => d, fill: INK_MUTED }));
  }
  marks.push(
    Plot.line(sorted, { x: 'label', y: (d: TrendPoint) => d.value, z: 'series', stroke: 'series', strokeWidth: 2 }),
    Plot.dot(sorted, {
      x: 'label',
      y: (d: TrendPoint) => d.value,
      fill: 'series',
      r: 3.5,
      stroke: 'white',
      strokeWidth: 1,
    }),
    Plot.text(dodge(ends, innerHeight), {
      x: 'label',
      y: 'labelY',
      text: 'text',
      // Text in a darker shade of its line's colour, readable on white.
      fill: { value: (d: EndLabel) => (d.target ? TARGET : inkOf.get(d.series)), scale: null },
      dx: labelGap,
      textAnchor: 'start',
      // Labels start half a step before the frame edge; Plot measures text a little narrow.
      lineWidth: ((margin.right + step / 2 - labelGap - 4) / FONT_SIZE) * 0.92,
      textOverflow: 'ellipsis-middle',
    }),
  );

  return {
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { type: 'point', domain: periods, padding: 0.5, round: false },
    y: { domain: [0, 100] },
    color: { type: 'ordinal', domain: seriesNames, range: colors },
    marks,
  };
}
