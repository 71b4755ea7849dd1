/**
 * The marks of the trend chart (trend.ts lays it out), drawn element by
 * element without Plot: through Plot this chart was the largest part of the
 * build's CPU time (two drawings for each unit page and language, 2.6 ms
 * each). The elements, attributes and numbers are the ones Plot.plot gives
 * for the options in tests/lib/charts/trend-plot.ts, which the tests compare
 * this drawing with; the scales, line and symbol paths are d3's, as Plot's are.
 * Over 200 lines with the types of the layout it draws from (TrendLayout).
 */
import { line, path, type ScaleLinear, type ScalePoint } from 'd3';
import { chartRoot, el, group, mark, textAt } from './draw';
import { percentTick } from './labels';
import { INK_MUTED, TARGET, TARGET_DASH } from './palette';

export interface TrendPoint {
  periodKey: string;
  /** x tick, e.g. "2019". */
  label: string;
  /** Sort key of the period (Period.order). */
  order: number;
  /** "Về việc", "Về tiền", or a unit name. */
  series: string;
  /** Percent 0–100; null draws a gap. */
  value: number | null;
}

export interface TargetPoint {
  label: string;
  order: number;
  series: string;
  value: number;
}

/** A label at the end of a line or of the targets, already moved apart from the others (labelY, percent). */
export interface EndLabel {
  series: string;
  /** A target's label, written in the target colour. */
  target?: boolean;
  text: string;
  label: string;
  value: number;
  labelY: number;
}

/** Everything the marks need, computed by rateTrend. */
export interface TrendLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
  colorOf: (series: string) => string;
  xTicks: string[];
  yLabel?: string;
  /** The rule before a period and its note, written on the side with more room. */
  break?: { label: string; note: string; step: number; leftward: boolean };
  targets: readonly TargetPoint[];
  /** Half the width of a target's dashed tick. */
  targetHalf: number;
  /** Written in the middle when no series has a value. */
  noData?: string;
  points: readonly TrendPoint[];
  ends: readonly (EndLabel & { ink: string })[];
  labelGap: number;
  /** Plot's clipping of a text to the room for the end labels (its default text widths, "…" in the middle). */
  clip: { clipLine: (text: string) => string };
}

export const Y_TICKS = [0, 20, 40, 60, 80, 100];

/** Where Plot writes an axis's tick labels: the tick's length plus its padding, 9 px for these ticks. */
const TICK_LABEL_OFFSET = 9;

/** Plot's value of a channel: null or NaN is undefined, which leaves the point out. */
const defined = (v: number | null | undefined): v is number => v !== null && v !== undefined && !Number.isNaN(v);

/**
 * The line of each series, in the order the series first appear: one path
 * each, a gap where a value is missing, as Plot's line mark groups points.
 */
function linePaths(doc: Document, l: TrendLayout): Element[] {
  const draw = line<[number, number] | null>()
    .defined((p) => p !== null)
    .x((p) => p![0])
    .y((p) => p![1]);
  // In the order the series first appear, defined or not; a series begins at its first value.
  const runs = new Map<string, ([number, number] | null)[] | undefined>();
  for (const p of l.points) {
    const y = defined(p.value) ? l.y(p.value) : Number.NaN;
    let run = runs.get(p.series);
    if (!defined(y)) {
      // A missing value breaks the line, but only once the line has begun.
      run?.push(null);
      if (!runs.has(p.series)) runs.set(p.series, undefined);
      continue;
    }
    if (!run) {
      run = [];
      runs.set(p.series, run);
    }
    run.push([l.x(p.label)!, y]);
  }
  return [...runs].flatMap(([series, run]) =>
    run ? [el(doc, 'path', { stroke: l.colorOf(series), d: draw(run) ?? '' })] : [],
  );
}

/** The dashed tick of a target, as Plot draws a custom dot symbol. */
function targetSymbol(half: number): string {
  const p = path();
  p.moveTo(-half, 0);
  p.lineTo(half, 0);
  return String(p);
}

/** The end labels, cut to their room with "…" and the whole text as a tooltip where cut. */
function endLabels(doc: Document, l: TrendLayout): Element[] {
  return l.ends.map((d) => {
    const shown = l.clip.clipLine(d.text);
    const text = textAt(doc, l.x(d.label)!, l.y(d.labelY), shown);
    if (shown !== d.text) text.appendChild(el(doc, 'title', {}, d.text));
    text.setAttribute('fill', d.ink);
    return text;
  });
}

/**
 * The chart's <svg>: axes, grid, the reform's rule and note, targets, lines, dots and end labels, in Plot's
 * order. Long because it lists the marks in that order, each a few lines, as the Plot options it replaces did.
 */
export function trendMarks(doc: Document, l: TrendLayout): Element {
  const { margin: m, x, y, width, height } = l;
  const bottom = height - m.bottom;
  const svg = chartRoot(doc, width, height);
  const cut = l.break;
  const marks = [
    mark(
      doc,
      { 'aria-label': 'y-axis tick', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor' },
      Y_TICKS.map((t) => el(doc, 'path', { transform: `translate(${m.left},${y(t)})`, d: 'M0,0L-6,0' })),
    ),
    mark(
      doc,
      {
        'aria-label': 'y-axis tick label',
        'text-anchor': 'end',
        'font-variant': 'tabular-nums',
        transform: `translate(${-TICK_LABEL_OFFSET},0)`,
      },
      Y_TICKS.map((t) => textAt(doc, m.left, y(t), percentTick(t))),
    ),
    l.yLabel
      ? mark(
          doc,
          {
            'aria-label': 'y-axis label',
            'text-anchor': 'start',
            transform: `translate(${-(m.left - 3)},${3 - m.top})`,
          },
          [textAt(doc, m.left, m.top, l.yLabel, '0.71em')],
        )
      : null,
    mark(
      doc,
      { 'aria-label': 'y-grid', 'aria-hidden': 'true', stroke: 'currentColor', 'stroke-opacity': '0.1' },
      Y_TICKS.map((t) => el(doc, 'line', { x1: m.left, x2: width - m.right, y1: y(t), y2: y(t) })),
    ),
    mark(
      doc,
      { 'aria-label': 'x-axis tick', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor' },
      l.xTicks.map((t) => el(doc, 'path', { transform: `translate(${x(t)},${bottom})`, d: 'M0,0L0,4' })),
    ),
    mark(
      doc,
      { 'aria-label': 'x-axis tick label', transform: `translate(0,${TICK_LABEL_OFFSET})` },
      l.xTicks.map((t) => textAt(doc, x(t)!, bottom, t, '0.71em')),
    ),
    ...(cut
      ? [
          mark(
            doc,
            {
              'aria-label': 'rule',
              stroke: INK_MUTED,
              'stroke-dasharray': '2,2',
              transform: `translate(${-cut.step / 2},0)`,
            },
            [el(doc, 'line', { x1: x(cut.label)!, x2: x(cut.label)!, y1: m.top, y2: bottom })],
          ),
          mark(
            doc,
            {
              'aria-label': 'text',
              fill: INK_MUTED,
              'text-anchor': cut.leftward ? 'end' : 'start',
              transform: `translate(${-cut.step / 2 + (cut.leftward ? -4 : 4)},${-m.top + 4})`,
            },
            [textAt(doc, x(cut.label)!, m.top, cut.note, '0.71em')],
          ),
        ]
      : []),
    mark(
      doc,
      { 'aria-label': 'dot', fill: 'none', stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': TARGET_DASH },
      l.targets
        .filter((t) => defined(t.value))
        .map((t) =>
          el(doc, 'path', { transform: `translate(${x(t.label)},${y(t.value)})`, d: targetSymbol(l.targetHalf) }),
        ),
    ),
    l.noData
      ? mark(doc, { 'aria-label': 'text', fill: INK_MUTED }, [
          textAt(doc, (m.left + width - m.right) / 2, (m.top + bottom) / 2, l.noData),
        ])
      : null,
    // Plot draws the line's group for any points, even with no value to join (then empty).
    l.points.length > 0
      ? group(
          doc,
          {
            'aria-label': 'line',
            fill: 'none',
            'stroke-width': 2,
            'stroke-linejoin': 'round',
            'stroke-linecap': 'round',
          },
          linePaths(doc, l),
        )
      : null,
    mark(
      doc,
      { 'aria-label': 'dot', stroke: 'white' },
      l.points
        .filter((p) => defined(p.value))
        .map((p) => el(doc, 'circle', { cx: x(p.label)!, cy: y(p.value!), r: 3.5, fill: l.colorOf(p.series) })),
    ),
    mark(
      doc,
      { 'aria-label': 'text', 'text-anchor': 'start', transform: `translate(${l.labelGap},0)` },
      endLabels(doc, l),
    ),
  ];
  for (const g of marks) if (g) svg.appendChild(g);
  return svg;
}
