/**
 * Helpers for the charts drawn without Plot (comparison.ts, trend.ts): the
 * elements Plot would create, with their attributes set in Plot's order (the
 * serialiser writes them newest first, as it does Plot's).
 */
import { CHART_CLASS } from './render';

const SVG = 'http://www.w3.org/2000/svg';

/** An element with its attributes set in this order, and its text. */
export function el(doc: Document, name: string, attributes: Record<string, string | number>, text?: string): Element {
  const e = doc.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A group holding `children`. */
export function group(doc: Document, attributes: Record<string, string | number>, children: Element[]): Element {
  const g = el(doc, 'g', attributes);
  for (const child of children) g.appendChild(child);
  return g;
}

/** A mark's group, as Plot draws it: `children` under the group, none drawn when it has none. */
export const mark = (
  doc: Document,
  attributes: Record<string, string | number>,
  children: Element[],
): Element | null => (children.length === 0 ? null : group(doc, attributes, children));

/** The root <svg> Plot draws for a chart of this size, before renderSvg gives it the page's font. */
export function chartRoot(doc: Document, width: number, height: number): Element {
  return el(doc, 'svg', {
    class: CHART_CLASS,
    fill: 'currentColor',
    'font-family': 'system-ui, sans-serif',
    'font-size': 10,
    'text-anchor': 'middle',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
  });
}

/** A text of a mark at (x, y), its baseline moved by `em` (Plot's line anchor: 0.32em middle, 0.71em top). */
export const textAt = (doc: Document, x: number, y: number, content: string, em = '0.32em'): Element =>
  el(doc, 'text', { y: em, transform: `translate(${x},${y})` }, content);
