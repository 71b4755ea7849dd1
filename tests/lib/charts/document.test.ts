import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { leanDocument } from '../../../src/lib/charts/document';
import { serializeSvg } from '../../../src/lib/charts/serialize';

const SVG = 'http://www.w3.org/2000/svg';

/** The same steps in any document: what Plot and renderSvg do to the elements they make. */
function draw(document: Document): Element {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'thads-chart');
  svg.setAttribute('fill', 'currentColor');
  svg.setAttribute('width', 480 as unknown as string);
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('aria-label', 'dot');
  g.setAttribute('transform', 'translate(1,2)');
  svg.append(g);
  const text = document.createElementNS(SVG, 'text');
  text.textContent = 'Về việc & tiền';
  const empty = document.createElementNS(SVG, 'text');
  empty.textContent = '';
  g.append(text, empty);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = 'Tên';
  svg.prepend(title);
  // Changed in place, removed, added again: as renderSvg does to ids, labels and fonts.
  svg.setAttribute('fill', 'none');
  g.setAttribute('data-mark', g.getAttribute('aria-label') ?? '');
  g.removeAttribute('aria-label');
  svg.removeAttribute('width');
  svg.setAttribute('width', '480');
  const gone = document.createElementNS(SVG, 'style');
  svg.insertBefore(gone, g);
  gone.remove();
  return svg;
}

describe('leanDocument', () => {
  it('gives the markup linkedom gives: attribute order, empty elements, text', () => {
    const linked = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
    const lean = serializeSvg(draw(leanDocument()));
    expect(lean).toBe(serializeSvg(draw(linked)));
    expect(lean).toBe(
      '<svg width="480" fill="none" class="thads-chart"><title>Tên</title>' +
        '<g data-mark="dot" transform="translate(1,2)"><text>Về việc &amp; tiền</text><text /></g></svg>',
    );
  });

  it('reads attributes, children and text as the DOM does', () => {
    const svg = draw(leanDocument());
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('missing')).toBeNull();
    expect(svg.hasAttribute('class')).toBe(true);
    expect([...svg.children].map((c) => c.localName)).toEqual(['title', 'g']);
    expect(svg.textContent).toBe('TênVề việc & tiền');
    expect(svg.firstChild?.nextSibling).toBe(svg.lastChild);
  });
});
