/**
 * An office beside its province and the nation: one group of bars per rate
 * ("Về việc", then "Về tiền"), one bar per series, each labelled "84,41%".
 *
 * Drawn element by element, without Plot: this chart was a tenth of the whole
 * build's CPU time through Plot's faceting (3.8 ms a chart, one per office and
 * language), and its shapes are few and fixed. The drawing is Plot's own, the
 * same elements, attributes and numbers as Plot.plot gives for the options in
 * tests/lib/charts/comparison-plot.ts, which the tests compare it with: the
 * scales are d3's, with Plot's defaults (band scales rounded, centred).
 */
import { scaleBand, scaleLinear } from 'd3';
import { DASH } from '../format';
import { chartRoot, el, textAt } from './draw';
import { percentTick, percentTicks, shortenName } from './labels';
import { CHART_WIDTH, FONT_SIZE, measureColor, textColor, textWidth } from './palette';
import type { Drawing } from './render';
import { CHART_WORDS, type ChartWords, MEASURE_SERIES } from './words';

export interface ComparisonRow {
  /** "Văn phòng", "Tỉnh", "Toàn quốc" or unit names. */
  series: string;
  /** A measure's name in the page's language ("Về việc", "Cases"). */
  measure: string;
  /** Percent 0–100; null has no bar and reads "—". */
  value: number | null;
}

export const COLOR: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(MEASURE_SERIES).flatMap((names) => [
    [names.cases, measureColor('cases')],
    [names.money, measureColor('money')],
  ]),
);
const BAR_STEP = Math.round(FONT_SIZE * 1.6);
const MAX_NAME_WIDTH = FONT_SIZE * 11;
export const VALUE_LABEL_WIDTH = textWidth('100,00%') + 8;
const MARGIN = { top: 4, bottom: FONT_SIZE * 2 };
/** Where Plot puts the tick labels of an axis without ticks, below the frame (its tickPadding). */
const TICK_PADDING = 9;

const hasValue = (r: ComparisonRow): r is ComparisonRow & { value: number } =>
  r.value !== null && Number.isFinite(r.value);

/** A mark's group around one group per facet (rate), moved down to the facet's band, as Plot nests them. */
function facetted(
  doc: Document,
  outer: Record<string, string>,
  facets: { offset: number; attributes: Record<string, string>; children: Element[] }[],
): Element | null {
  const shown = facets.filter((f) => f.children.length > 0);
  if (shown.length === 0) return null;
  const g = el(doc, 'g', outer);
  for (const f of shown) {
    const inner = el(doc, 'g', f.attributes);
    inner.setAttribute('transform', `translate(0,${f.offset})`);
    for (const child of f.children) inner.appendChild(child);
    g.appendChild(inner);
  }
  return g;
}

/** The series and rates in the caller's order, the width of the names and the height of a rate's group of bars. */
export function comparisonFrame(groups: readonly ComparisonRow[]) {
  const series = [...new Set(groups.map((r) => r.series))];
  // The rates in the caller's order (cases, then money).
  const measures = [...new Set(groups.map((r) => r.measure))];
  const nameWidth = Math.min(MAX_NAME_WIDTH, Math.max(60, ...series.map(textWidth)));
  // Plot measures names as Helvetica; the slack keeps wider page fonts from clipping.
  const marginLeft = nameWidth + 18;
  const groupHeight = (1 + Math.max(1, series.length)) * BAR_STEP;
  return { series, measures, nameWidth, marginLeft, groupHeight };
}

/**
 * Grouped horizontal bars comparing series on both rates; series keep the
 * caller's order (e.g. office, province, nation) within each rate. Each rate
 * is a facet; its first row (the empty series '') holds the heading. Returns
 * the drawing for renderSvg. Long because it draws the marks in Plot's order,
 * each a few lines.
 */
export function rateComparison(groups: ComparisonRow[], opts: { width?: number; words?: ChartWords } = {}): Drawing {
  const { width = CHART_WIDTH, words = CHART_WORDS.vi } = opts;
  const { series, measures, nameWidth, marginLeft, groupHeight } = comparisonFrame(groups);
  const height = 4 + Math.max(1, measures.length) * groupHeight + FONT_SIZE * 2;
  const ticks = percentTicks(width - marginLeft - VALUE_LABEL_WIDTH);
  const label = (r: ComparisonRow) => shortenName(r.series, nameWidth);

  const x = scaleLinear([0, 100], [marginLeft, width - VALUE_LABEL_WIDTH]);
  const fy = scaleBand(measures, [MARGIN.top, height - MARGIN.bottom]).round(true);
  const bottom = MARGIN.top + fy.bandwidth();
  const y = scaleBand(['', ...series], [MARGIN.top, bottom])
    .paddingInner(0.2)
    .paddingOuter(0.1)
    .round(true);
  const half = y.bandwidth() / 2;
  const rowsOf = (m: string) => groups.filter((r) => r.measure === m);

  return (doc) => {
    const svg = chartRoot(doc, width, height);
    const facets = (attributes: Record<string, string>, children: (m: string) => Element[]) =>
      measures.map((m) => ({ offset: fy(m)! - MARGIN.top, attributes, children: children(m) }));
    const text = (at: number, row: number, content: string, em?: string) => textAt(doc, at, row, content, em);
    const last = measures.at(-1);
    const marks = [
      facetted(
        doc,
        { 'aria-label': 'x-axis tick label', transform: `translate(0,${TICK_PADDING})` },
        facets({ 'font-variant': 'tabular-nums' }, (m) =>
          m === last ? ticks.map((t) => text(x(t), bottom, percentTick(t), '0.71em')) : [],
        ),
      ),
      facetted(
        doc,
        { 'aria-label': 'x-grid', 'aria-hidden': 'true' },
        facets({ stroke: 'currentColor', 'stroke-opacity': '0.1' }, () =>
          ticks.map((t) => el(doc, 'line', { x1: x(t), x2: x(t), y1: MARGIN.top, y2: bottom })),
        ),
      ),
      facetted(
        doc,
        { 'aria-label': 'text', transform: `translate(${-marginLeft + 4},${half})` },
        facets({ 'text-anchor': 'start', 'font-weight': 'bold' }, (m) => {
          const heading = text(marginLeft, y('')!, m);
          heading.setAttribute('fill', textColor(COLOR[m] ?? '#000000'));
          return [heading];
        }),
      ),
      facetted(doc, { 'aria-label': 'bar' }, [
        ...facets({}, (m) =>
          rowsOf(m)
            .filter(hasValue)
            .map((r) =>
              el(doc, 'rect', {
                x: Math.min(x(0), x(r.value)),
                width: Math.max(0, Math.abs(x(r.value) - x(0))),
                y: y(r.series)!,
                height: y.bandwidth(),
                fill: COLOR[r.measure] ?? '',
              }),
            ),
        ),
      ]),
      facetted(
        doc,
        { 'aria-label': 'text', transform: `translate(-6,${half})` },
        facets({ 'text-anchor': 'end' }, (m) =>
          rowsOf(m).map((r) => {
            const name = text(marginLeft, y(r.series)!, label(r));
            // The full name where the label is cut.
            if (label(r) !== r.series) name.appendChild(el(doc, 'title', {}, r.series));
            return name;
          }),
        ),
      ),
      facetted(
        doc,
        { 'aria-label': 'text', transform: `translate(4,${half})` },
        facets({ 'text-anchor': 'start' }, (m) =>
          rowsOf(m).map((r) =>
            text(x(hasValue(r) ? r.value : 0), y(r.series)!, hasValue(r) ? words.percent(r.value) : DASH),
          ),
        ),
      ),
    ];
    for (const mark of marks) if (mark) svg.appendChild(mark);
    return svg;
  };
}
