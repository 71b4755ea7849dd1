/**
 * The trend chart as Plot options, as the site drew it before
 * src/lib/charts/trend.ts drew it without Plot: the reference that drawing
 * must match, element for element (trend.test.ts). Kept as it was.
 */
import * as Plot from '@observablehq/plot';
import { percentTick } from '../../../src/lib/charts/labels';
import {
  CHART_WIDTH,
  FONT_SIZE,
  INK_MUTED,
  seriesColors,
  TARGET,
  TARGET_DASH,
  textColor,
  textWidth,
} from '../../../src/lib/charts/palette';
import type { TargetPoint, TrendOptions, TrendPoint } from '../../../src/lib/charts/trend';
import { CHART_WORDS } from '../../../src/lib/charts/words';

const Y_TICKS = [0, 20, 40, 60, 80, 100];
const MAX_END_LABEL = FONT_SIZE * 10;

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
  const { targets = [], yLabel, width = CHART_WIDTH, height = FONT_SIZE * 18, words = CHART_WORDS.vi } = opts;
  const sorted = [...points].sort((a, b) => a.order - b.order);
  const periods = uniqueBy(
    [...sorted, ...targets].sort((a, b) => a.order - b.order),
    (d) => d.label,
  );
  const seriesNames = uniqueBy([...points, ...targets], (d) => d.series);
  const colors = seriesColors(seriesNames);
  const inkOf = new Map(seriesNames.map((name, i) => [name, textColor(colors[i]!)]));

  const lineEnds = lastValues(sorted, (p) => p.series);
  const targetEnds = lastValues(targets, (t) => `${words.target} ${words.percent(t.value ?? 0)}`).map((e) => ({
    ...e,
    target: true,
  }));
  const ends = [...lineEnds, ...targetEnds];
  const marginRight = Math.min(MAX_END_LABEL, Math.max(16, ...ends.map((d) => textWidth(d.text) + 24)));
  const margin = {
    top: yLabel || opts.break ? FONT_SIZE * 2 : FONT_SIZE,
    right: marginRight,
    bottom: FONT_SIZE * 2,
    // Room for "100%", its tick and the padding Plot puts between them.
    left: FONT_SIZE * 4,
  };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  // d3.scalePoint with padding 0.5: the distance between two neighbouring periods.
  const step = innerWidth / Math.max(1, periods.length);
  const tickHalf = Math.min(step * 0.4, FONT_SIZE * 2);
  const labelGap = (targets.length > 0 ? tickHalf : 0) + 6;

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

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): string[] {
  return [...new Set(items.map(key))];
}

interface EndLabel {
  series: string;
  /** A target's label, written in the target colour. */
  target?: boolean;
  text: string;
  label: string;
  value: number;
  labelY: number;
}

/** The last non-missing point of each series, where `text` is written. */
function lastValues(
  points: readonly (TrendPoint | TargetPoint)[],
  text: (p: TrendPoint | TargetPoint) => string,
): EndLabel[] {
  const last = new Map<string, EndLabel & { order: number }>();
  for (const p of points) {
    const seen = last.get(p.series);
    if (p.value === null || !Number.isFinite(p.value) || (seen && seen.order > p.order)) continue;
    last.set(p.series, {
      series: p.series,
      text: text(p),
      label: p.label,
      value: p.value,
      labelY: p.value,
      order: p.order,
    });
  }
  return [...last.values()].map(({ order: _order, ...end }) => end);
}

/** Moves end labels apart vertically (in percent units) so their text does not overlap. */
function dodge(labels: EndLabel[], innerHeight: number): EndLabel[] {
  const gap = ((FONT_SIZE + 2) / innerHeight) * 100;
  const byValue = [...labels].sort((a, b) => b.value - a.value);
  for (let i = 1; i < byValue.length; i++) {
    const above = byValue[i - 1]!;
    const here = byValue[i]!;
    here.labelY = Math.min(here.labelY, above.labelY - gap);
  }
  // If the bottom label fell below 0%, push the whole stack back up.
  const overflow = Math.max(0, -(byValue.at(-1)?.labelY ?? 0));
  for (const d of byValue) d.labelY += overflow;
  return byValue;
}

/** Every period's tick when they fit, otherwise every k-th, keeping the latest. */
function thinTicks(periods: readonly string[], step: number): string[] {
  const widest = Math.max(0, ...periods.map(textWidth)) + 6;
  const every = Math.max(1, Math.ceil(widest / Math.max(step, 1)));
  const last = periods.length - 1;
  return periods.filter((_, i) => (last - i) % every === 0);
}
