/**
 * Units ranked by a completion rate: horizontal bars, best first, with the
 * unit the page is about in full colour and the others muted.
 */
import * as Plot from '@observablehq/plot';
import { DASH } from '../format';
import { percentTick, percentTicks, shortenName } from './labels';
import { CHART_WIDTH, FONT_SIZE, type Measure, RANKING, TARGET, TARGET_DASH, textWidth } from './palette';
import { CHART_WORDS, type ChartWords } from './words';

export interface RankingBar {
  key: string;
  /** Short name; one too long for its room is cut at a word boundary, the whole in a <title>. */
  name: string;
  /** The name in full, for the <title> of a shortened label; defaults to `name`. */
  fullName?: string;
  /** Percent 0–100; null has no bar and reads "—". */
  value: number | null;
  /** The unit's own target in percent, null or absent for none. */
  target?: number | null;
  highlight?: boolean;
  /** The tooltip of a cut label: the whole name (with an office's area). */
  title?: string;
  /** Written after the name when both fit ("Khu vực 1 – quận Ba Đình, …"), else left to the tooltip: the name comes first. */
  detail?: string;
}

export interface RankingOptions {
  measure: Measure;
  width?: number;
  /** The chart's words and number format; Vietnamese by default. */
  words?: ChartWords;
}

const BAR_STEP = Math.round(FONT_SIZE * 1.5);
const MAX_NAME_WIDTH = FONT_SIZE * 11;
const VALUE_LABEL_WIDTH = textWidth('100,00%') + 8;

// A white outline keeps value labels legible where the target rule crosses them.
const HALO = { fill: 'currentColor', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' } as const;

const hasValue = (b: RankingBar): b is RankingBar & { value: number } => b.value !== null && Number.isFinite(b.value);
const hasTarget = (b: RankingBar): b is RankingBar & { target: number } =>
  b.target !== null && b.target !== undefined && Number.isFinite(b.target);

/**
 * The targets a ranking draws: one rule when every unit has the same, a
 * tick on each bar when they differ, none when no unit has one.
 */
function targetMarks(bars: RankingBar[], marginTop: number, words: ChartWords): Plot.Markish[] {
  const targets = [...new Set(bars.filter(hasTarget).map((b) => b.target))];
  if (targets.length === 0) return [];
  const label = { frameAnchor: 'top', dy: -marginTop + 2, lineAnchor: 'top', fill: TARGET } as const;
  if (targets.length === 1 && bars.every(hasTarget)) {
    return [
      Plot.ruleX(targets, { stroke: TARGET, strokeDasharray: TARGET_DASH, strokeWidth: 2 }),
      Plot.text(targets, { ...label, x: (t: number) => t, text: (t: number) => `${words.target} ${words.percent(t)}` }),
    ];
  }
  return [
    Plot.tickX(bars.filter(hasTarget), {
      x: 'target',
      y: 'key',
      stroke: TARGET,
      strokeDasharray: '3,2',
      strokeWidth: 2,
    }),
    Plot.text([words.ownTargets], { ...label, frameAnchor: 'top-right', textAnchor: 'end' }),
  ];
}

/**
 * Bar chart of units sorted by rate descending (missing values last), names
 * on the left, "84,41%" at the end of each bar and each unit's target.
 * Grows one bar step per unit.
 */
export function rateRanking(bars: RankingBar[], opts: RankingOptions): Plot.PlotOptions {
  const { measure, width = CHART_WIDTH, words = CHART_WORDS.vi } = opts;
  const { highlight, muted } = RANKING[measure];
  const anyHighlight = bars.some((b) => b.highlight);
  // Stable order: ties and missing values keep the caller's order.
  const ranked = [...bars.filter(hasValue).sort((a, b) => b.value - a.value), ...bars.filter((b) => !hasValue(b))];
  const keys = new Set(bars.map((b) => b.key));
  if (keys.size !== bars.length) throw new Error('rateRanking: bar keys must be unique');

  const withDetail = (b: RankingBar) => (b.detail ? `${b.name} – ${b.detail}` : b.name);
  const nameWidth = Math.min(MAX_NAME_WIDTH, Math.max(30, ...ranked.map((b) => textWidth(withDetail(b)))));
  // The detail only where it fits whole: a cut must never take the name ("Khu … Trấn Yên, …").
  const labelOf = (b: RankingBar) =>
    textWidth(withDetail(b)) <= nameWidth ? withDetail(b) : shortenName(b.name, nameWidth);
  const labelled = ranked.map((b) => ({ ...b, label: labelOf(b) }));
  // Plot measures names as Helvetica; the slack keeps wider page fonts from clipping. Sized by the labels
  // drawn: an area that does not fit is left out, and must not leave its room empty.
  const marginLeft = Math.max(30, ...labelled.map((b) => textWidth(b.label))) + 18;
  const marginTop = ranked.some(hasTarget) ? FONT_SIZE * 3 : FONT_SIZE * 2;
  const height = marginTop + Math.max(1, ranked.length) * BAR_STEP + 6;
  const ticks = percentTicks(width - marginLeft - VALUE_LABEL_WIDTH);
  const fillOf = (b: RankingBar) => (b.highlight || !anyHighlight ? highlight : muted);

  const marks: Plot.Markish[] = [
    Plot.axisX({ anchor: 'top', ticks, tickFormat: percentTick, tickSize: 0, label: null }),
    Plot.gridX({ ticks }),
    Plot.barX(ranked.filter(hasValue), { x: 'value', y: 'key', fill: fillOf, insetTop: 2, insetBottom: 2 }),
    ...targetMarks(ranked, marginTop, words),
    ...boldHighlighted(labelled, {
      y: 'key',
      text: 'label',
      // A tooltip only where the name itself is cut: an office's area is in the table the chart links to.
      title: (b: (typeof labelled)[number]) =>
        b.label === b.name || b.label === withDetail(b) ? null : (b.title ?? b.fullName ?? b.name),
      frameAnchor: 'left',
      textAnchor: 'end',
      dx: -6,
    }),
    ...boldHighlighted(ranked, {
      x: (b: RankingBar) => (hasValue(b) ? b.value : 0),
      y: 'key',
      text: (b: RankingBar) => (hasValue(b) ? words.percent(b.value) : DASH),
      textAnchor: 'start',
      dx: 4,
      ...HALO,
    }),
  ];

  return {
    width,
    height,
    marginTop,
    marginRight: VALUE_LABEL_WIDTH,
    marginBottom: 6,
    marginLeft,
    x: { domain: [0, 100] },
    y: { type: 'band', domain: ranked.map((b) => b.key), axis: null },
    marks,
  };
}

// Plot's fontWeight is one constant per mark, so highlighted labels get their own mark.
function boldHighlighted(bars: RankingBar[], options: Plot.TextOptions): Plot.Markish[] {
  return [
    Plot.text(bars, { ...options, filter: (b: RankingBar) => !b.highlight }),
    Plot.text(bars, {
      ...options,
      filter: (b: RankingBar) => b.highlight === true,
      fontWeight: 'bold',
    }),
  ];
}
