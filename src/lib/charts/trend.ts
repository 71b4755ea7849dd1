/**
 * Completion rates over reporting periods: one line per series ("Về việc",
 * "Về tiền", or units), labelled at its end so no colour legend is needed.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear, scalePoint } from 'd3';
import { CHART_WIDTH, FONT_SIZE, seriesColors, TARGET, textColor, textWidth } from './palette';
import type { Drawing } from './render';
import { type EndLabel, type TargetPoint, type TrendLayout, type TrendPoint, trendMarks } from './trend-marks';
import { CHART_WORDS, type ChartWords } from './words';

export type { TargetPoint, TrendPoint } from './trend-marks';

export interface TrendOptions {
  targets?: TargetPoint[];
  /** Axis title above the y ticks, e.g. "Tỷ lệ (%)". */
  yLabel?: string;
  /** A vertical rule just before the period `label`, e.g. the 2025 reform. */
  break?: { label: string; note: string };
  width?: number;
  height?: number;
  /** The chart's words; Vietnamese by default. */
  words?: ChartWords;
}

const MAX_END_LABEL = FONT_SIZE * 10;

/**
 * Line chart of rates (0–100%) over periods in `order` order, with dots,
 * gaps for missing values, optional dashed targets, and the series names
 * written at the end of each line. Returns the drawing for renderSvg: the
 * layout here, the marks in trendMarks.
 */
export function rateTrend(points: TrendPoint[], opts: TrendOptions = {}): Drawing {
  const frame = trendFrame(points, opts);
  const { targets, yLabel, width, height, words, sorted, periods, seriesNames, colors, inkOf } = frame;
  const { lineEnds, ends, margin, innerHeight, step, tickHalf, labelGap } = frame;
  const breakAt = opts.break ? periods.indexOf(opts.break.label) : -1;
  const layout: TrendLayout = {
    width,
    height,
    margin,
    x: scalePoint(periods, [margin.left, width - margin.right]).padding(0.5),
    y: scaleLinear([0, 100], [height - margin.bottom, margin.top]),
    colorOf: (series) => colors[seriesNames.indexOf(series)] ?? '',
    xTicks: thinTicks(periods, step),
    ...(yLabel ? { yLabel } : {}),
    // Only draw the break when there is a period on both sides of it.
    ...(opts.break && breakAt > 0 ? { break: { ...opts.break, step, leftward: breakAt > periods.length / 2 } } : {}),
    targets,
    targetHalf: tickHalf,
    ...(lineEnds.length === 0 ? { noData: words.noData } : {}),
    points: sorted,
    ends: dodge(ends, innerHeight).map((d) => ({ ...d, ink: d.target ? TARGET : (inkOf.get(d.series) ?? '') })),
    labelGap,
    // Labels start half a step before the frame edge; Plot measures text a little narrow.
    clip: Plot.text([], {
      lineWidth: ((margin.right + step / 2 - labelGap - 4) / FONT_SIZE) * 0.92,
      textOverflow: 'ellipsis-middle',
    }) as unknown as { clipLine: (text: string) => string },
  };
  return (doc) => trendMarks(doc, layout);
}

/**
 * What a trend's drawing is laid out from: the periods and series in order,
 * their colours, the labels at the lines' ends, the margins that make room
 * for them and the distance between two periods.
 */
export function trendFrame(points: TrendPoint[], opts: TrendOptions) {
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
  return {
    targets,
    yLabel,
    width,
    height,
    words,
    sorted,
    periods,
    seriesNames,
    colors,
    inkOf,
    lineEnds,
    ends,
    margin,
    innerHeight,
    step,
    tickHalf,
    labelGap,
  };
}

export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): string[] {
  return [...new Set(items.map(key))];
}

/** The last non-missing point of each series, where `text` is written. */
export function lastValues(
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
export function dodge(labels: EndLabel[], innerHeight: number): EndLabel[] {
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
export function thinTicks(periods: readonly string[], step: number): string[] {
  const widest = Math.max(0, ...periods.map(textWidth)) + 6;
  const every = Math.max(1, Math.ceil(widest / Math.max(step, 1)));
  const last = periods.length - 1;
  return periods.filter((_, i) => (last - i) % every === 0);
}
