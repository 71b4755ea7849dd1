/**
 * Turns chart options into SVG markup at build time, so pages need no
 * JavaScript. The only module that calls Plot.plot; the chart builders
 * (trend, ranking, comparison) return plain option objects.
 */
import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { leanDocument } from './document';
import { FONT_SIZE } from './palette';
import { serializeSvg } from './serialize';

export interface ChartA11y {
  /** Short name of the chart, read first by screen readers. */
  title: string;
  /** One sentence saying what the chart shows. */
  description: string;
}

export interface RenderOptions {
  /**
   * Prefix for the ids inside the SVG. Defaults to a hash of the markup,
   * which differs between charts; pass one when a page shows the same chart twice.
   */
  idPrefix?: string;
  /**
   * Ids that start with this and a hyphen belong to the page, shared with
   * another chart (a map's shapes): they are kept as they are, not renumbered.
   */
  sharedIds?: string;
}

/** Class on every chart's <svg>, for page styles. */
export const CHART_CLASS = 'thads-chart';

/**
 * A chart drawn without Plot into the document it is given, as Plot would draw
 * it (its root an <svg> of CHART_CLASS): for the simplest charts, whose Plot
 * options cost more to lay out than their few shapes (see comparison.ts).
 */
export type Drawing = (document: Document) => Element;

const PLACEHOLDER = '__chart-id__';
const ID_PREFIX = /^[A-Za-z][\w-]*$/;

let sharedDocument: Document | undefined;
// One document is enough: Plot only creates elements in it and never attaches them.
const serverDocument = (): Document => (sharedDocument ??= leanDocument());

/** The elements under `root` in document order, as querySelectorAll('*') lists them. */
function* elementsIn(root: Element): Generator<Element> {
  for (const child of root.children) {
    yield child;
    yield* elementsIn(child);
  }
}

/**
 * Renders chart options to a self-contained, accessible <svg> string.
 * Deterministic: the same input gives the same bytes. Throws when Plot
 * fails or when the markup would contain NaN or Infinity.
 */
export function renderSvg(options: Plot.PlotOptions | Drawing, a11y: ChartA11y, render: RenderOptions = {}): string {
  if (!a11y.title.trim() || !a11y.description.trim()) {
    throw new Error('renderSvg: a chart needs a title and a description for screen readers');
  }
  for (const prefix of [render.idPrefix, render.sharedIds]) {
    if (prefix !== undefined && !ID_PREFIX.test(prefix)) throw new Error(`renderSvg: invalid id prefix "${prefix}"`);
  }
  let node: Element;
  try {
    node = typeof options === 'function' ? options(serverDocument()) : plotted(options);
  } catch (error) {
    throw new Error(`renderSvg: Plot could not draw "${a11y.title}": ${String(error)}`, { cause: error });
  }
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error(`renderSvg: expected <svg> from Plot, got <${node.tagName}> for "${a11y.title}"`);
  }

  const svg = node as SVGSVGElement;
  // Every element once, in document order: the passes below only change attributes until styleForPage.
  const inside = [...elementsIn(svg)];
  rewriteAttributes([svg, ...inside], renumberIds(inside, render.sharedIds));
  addA11y(svg, inside, a11y);
  styleForPage(svg, inside);

  const draft = serializeSvg(svg);
  const prefix = render.idPrefix ?? `c${createHash('sha256').update(draft).digest('hex').slice(0, 8)}`;
  const markup = draft.replaceAll(PLACEHOLDER, prefix);
  const bad = /NaN|Infinity/.exec(markup);
  if (bad) {
    const at = markup.slice(Math.max(0, bad.index - 60), bad.index + 20);
    throw new Error(`renderSvg: "${a11y.title}" contains ${bad[0]} near …${at}…`);
  }
  return markup;
}

/** Plot's drawing of `options`. Plot's own title/caption would wrap the SVG in a <figure>; the page owns those. */
function plotted(options: Plot.PlotOptions): Element {
  const { title: _title, subtitle: _subtitle, caption: _caption, ...rest } = options;
  return Plot.plot({ ...rest, className: CHART_CLASS, document: serverDocument() });
}

/**
 * Plot numbers clip paths and markers with a process-wide counter; renumber
 * them from 1 in document order so output does not depend on earlier charts.
 * Ids shared with the page keep their names. Returns the new id of each old
 * one, for rewriteAttributes to follow the references.
 */
function renumberIds(inside: readonly Element[], shared: string | undefined): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const el of inside.filter((e) => e.hasAttribute('id'))) {
    if (shared !== undefined && el.getAttribute('id')?.startsWith(`${shared}-`)) continue;
    const next = `${PLACEHOLDER}-${renamed.size + 1}`;
    renamed.set(el.getAttribute('id') ?? '', next);
    el.setAttribute('id', next);
  }
  return renamed;
}

// Attributes that place or size a shape; text, names and colours are never touched.
const GEOMETRY =
  /^(d|transform|points|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|stroke-width|stroke-dasharray)$/;
const DECIMAL = /-?(?:\d+\.\d+|\.\d+)(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/gi;
const REFERENCE = /url\(#([^)]+)\)|^#(.+)$/g;

/** Rounds a number in markup to at most two decimals ("138.60000000000002" → "138.6", "-0.001" → "0"). */
export const roundNumber = (text: string): string => String(Math.round(Number(text) * 100) / 100 || 0);

/**
 * In one pass over every attribute: references to renumbered ids follow
 * them, and coordinates go to two decimals, as Plot's own snapshot tests
 * compare them: a hundredth of a pixel is invisible, and floating-point tails
 * ("138.60000000000002") only weigh the page down.
 */
function rewriteAttributes(elements: readonly Element[], renamed: ReadonlyMap<string, string>): void {
  const follow = (whole: string, inUrl?: string, inHref?: string) => {
    const id = renamed.get(inUrl ?? inHref ?? '');
    if (id === undefined) return whole;
    return inUrl !== undefined ? `url(#${id})` : `#${id}`;
  };
  for (const el of elements) {
    for (const { name, value } of [...el.attributes]) {
      let updated = renamed.size === 0 ? value : value.replace(REFERENCE, follow);
      if (GEOMETRY.test(name) && /[.e]/i.test(updated)) updated = updated.replace(DECIMAL, roundNumber);
      if (updated !== value) el.setAttribute(name, updated);
    }
  }
}

/** role="img" with <title> and <desc> as the accessible name and description. */
function addA11y(svg: SVGSVGElement, inside: readonly Element[], { title, description }: ChartA11y): void {
  const doc = svg.ownerDocument;
  const titleEl = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleEl.setAttribute('id', `${PLACEHOLDER}-title`);
  titleEl.textContent = title;
  const descEl = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  descEl.setAttribute('id', `${PLACEHOLDER}-desc`);
  descEl.textContent = description;
  svg.prepend(titleEl, descEl);
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  // Inside role="img" every child is presentational, so Plot's per-mark labels ("dot", "bar") are not
  // allowed there; they are kept as data-mark for styling and tests.
  for (const el of inside) {
    const label = el.getAttribute('aria-label');
    if (label !== null) el.setAttribute('data-mark', label);
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    el.removeAttribute('aria-hidden');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${PLACEHOLDER}-title`);
  svg.setAttribute('aria-describedby', `${PLACEHOLDER}-desc`);
}

/**
 * Page font and phone-sized text. Plot's own <style> element and style
 * attribute go: the page's Content-Security-Policy allows no inline style,
 * and the same rules (block, shrink to fit keeping the aspect ratio, `pre`
 * text) are in global.css under the chart class.
 */
function styleForPage(svg: SVGSVGElement, inside: readonly Element[]): void {
  svg.setAttribute('font-family', 'inherit');
  svg.setAttribute('font-size', String(FONT_SIZE));
  for (const style of inside.filter((e) => e.localName === 'style')) style.remove();
  svg.removeAttribute('style');
}
