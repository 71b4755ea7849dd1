/**
 * Units ranked by a completion rate: horizontal bars, best first, with the
 * unit the page is about in full colour and the others muted.
 */
import * as Plot from '@observablehq/plot';
import { DASH, formatCount, formatPercent } from '../format';
import { FONT_SIZE, type Measure, RANKING, TARGET, TARGET_DASH, textWidth } from './palette';

export interface RankingBar {
  key: string;
  /** Full name; long names are cut with "…" here, the data table carries them whole. */
  name: string;
  /** Percent 0–100; null has no bar and reads "—". */
  value: number | null;
  highlight?: boolean;
  /** Shown whole as the label's tooltip (an office's name and area) when the label is short. */
  title?: string;
}

export interface RankingOptions {
  measure: Measure;
  /** Draws a dashed vertical rule at this percent. */
  target?: number | null;
  width?: number;
}

const BAR_STEP = 20;
const PERCENT_TICKS = [0, 20, 40, 60, 80, 100];
const percentTick = (v: number) => `${formatCount(v)}%`;
const MAX_NAME_WIDTH = 200;
const VALUE_LABEL_WIDTH = textWidth('100,00%') + 8;

// A white outline keeps value labels legible where the target rule crosses them.
const HALO = { fill: 'currentColor', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' } as const;

const hasValue = (b: RankingBar): b is RankingBar & { value: number } => b.value !== null && Number.isFinite(b.value);

/**
 * Bar chart of units sorted by rate descending (missing values last), names
 * on the left, "84,41%" at the end of each bar. Grows 20 px per bar. Long
 * because it is one Plot options object, its marks in drawing order.
 */
export function rateRanking(bars: RankingBar[], opts: RankingOptions): Plot.PlotOptions {
  const { measure, target = null, width = 480 } = opts;
  const { highlight, muted } = RANKING[measure];
  const anyHighlight = bars.some((b) => b.highlight);
  // Stable order: ties and missing values keep the caller's order.
  const ranked = [...bars.filter(hasValue).sort((a, b) => b.value - a.value), ...bars.filter((b) => !hasValue(b))];
  const keys = new Set(bars.map((b) => b.key));
  if (keys.size !== bars.length) throw new Error('rateRanking: bar keys must be unique');
  const showTarget = target !== null && Number.isFinite(target);

  const nameWidth = Math.min(MAX_NAME_WIDTH, Math.max(30, ...ranked.map((b) => textWidth(b.name))));
  // Plot measures names as Helvetica; the slack keeps wider page fonts from clipping.
  const marginLeft = nameWidth + 18;
  const marginTop = showTarget ? 40 : 22;
  const height = marginTop + Math.max(1, ranked.length) * BAR_STEP + 6;
  const fillOf = (b: RankingBar) => (b.highlight || !anyHighlight ? highlight : muted);

  const targetMarks = showTarget
    ? [
        Plot.ruleX([target], { stroke: TARGET, strokeDasharray: TARGET_DASH, strokeWidth: 1.5 }),
        Plot.text([target], {
          x: (t: number) => t,
          frameAnchor: 'top',
          dy: -marginTop + 2,
          lineAnchor: 'top',
          text: (t: number) => `Chỉ tiêu ${formatPercent(t)}`,
          fill: TARGET,
        }),
      ]
    : [];

  const marks: Plot.Markish[] = [
    Plot.axisX({ anchor: 'top', ticks: PERCENT_TICKS, tickFormat: percentTick, tickSize: 0, label: null }),
    Plot.gridX({ ticks: PERCENT_TICKS }),
    Plot.barX(ranked.filter(hasValue), { x: 'value', y: 'key', fill: fillOf, insetTop: 2, insetBottom: 2 }),
    ...targetMarks,
    ...boldHighlighted(ranked, {
      y: 'key',
      text: 'name',
      frameAnchor: 'left',
      textAnchor: 'end',
      dx: -6,
      lineWidth: nameWidth / FONT_SIZE,
      // Office names differ at the end ("… Thủ Dầu Một"), so cut the middle.
      textOverflow: 'ellipsis-middle',
      ...(bars.some((b) => b.title) ? { title: (b: RankingBar) => b.title ?? b.name } : {}),
    }),
    ...boldHighlighted(ranked, {
      x: (b: RankingBar) => (hasValue(b) ? b.value : 0),
      y: 'key',
      text: (b: RankingBar) => (hasValue(b) ? formatPercent(b.value) : DASH),
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
      // Bold runs about a tenth wider than the regular text Plot measures.
      ...(options.lineWidth ? { lineWidth: options.lineWidth * 0.9 } : {}),
    }),
  ];
}
