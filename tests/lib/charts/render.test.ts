import { readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHART_CLASS, renderSvg, roundNumber } from '../../../src/lib/charts/render';
import { idsOf, textsOf } from './svg-snapshot';

const a11y = { title: 'Tỷ lệ thi hành xong', description: 'Tỷ lệ về việc của ba đơn vị năm 2024.' };
// Clipped marks make Plot generate ids (plot-clip-N) from a process-wide counter.
const clipped = (n: number): Plot.PlotOptions => ({
  marks: [Plot.frame({ clip: true }), Plot.dot([1, 2, n], { x: (d: number) => d, clip: true })],
});

function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg>');
  return { document, root };
}

describe('renderSvg', () => {
  it('gives the same bytes for the same input, whatever was drawn before', () => {
    const first = renderSvg(clipped(3), a11y);
    renderSvg(clipped(4), a11y);
    renderSvg(clipped(5), { title: 'Khác', description: 'Khác.' });
    expect(renderSvg(clipped(3), a11y)).toBe(first);
  });

  it('is an image named by its <title> and described by its <desc>', () => {
    const { document, root } = parse(renderSvg(clipped(3), a11y));
    expect(root.getAttribute('role')).toBe('img');
    const title = document.getElementById(root.getAttribute('aria-labelledby') ?? '');
    const desc = document.getElementById(root.getAttribute('aria-describedby') ?? '');
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe(a11y.title);
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(desc?.textContent).toBe(a11y.description);
    expect(root.firstElementChild).toBe(title);
  });

  it('puts no ARIA label inside the image, where its children are presentational', () => {
    const { root } = parse(renderSvg(clipped(3), a11y));
    const labelled = [...root.querySelectorAll('[aria-label],[aria-description],[aria-hidden]')];
    expect(labelled.map((el) => el.outerHTML.slice(0, 60))).toEqual([]);
    expect(root.querySelector('[data-mark]')).not.toBeNull();
  });

  it('escapes the title and description', () => {
    const svg = renderSvg(clipped(3), { title: 'A < B & "C"', description: '<script>x</script>' });
    expect(svg).toContain('A &lt; B &amp;');
    expect(svg).not.toContain('<script>');
  });

  it('scales to its container, keeps the viewBox, uses the page font and a fixed class', () => {
    const { root } = parse(renderSvg({ width: 480, height: 200, ...clipped(3) }, a11y));
    expect(root.getAttribute('viewBox')).toBe('0 0 480 200');
    expect(root.getAttribute('font-family')).toBe('inherit');
    expect(root.getAttribute('class')).toBe(CHART_CLASS);
    // Shrink-to-fit comes from the page stylesheet, under the chart class.
    const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
    const rule = new RegExp(`\\.${CHART_CLASS} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    expect(rule).toContain('max-width: 100%;');
    expect(rule).toContain('height: auto;');
  });

  it('carries no inline style, which the Content-Security-Policy would block', () => {
    const svg = renderSvg({ width: 480, height: 200, ...clipped(3) }, a11y);
    expect(svg).not.toMatch(/<style|\sstyle=/);
  });

  it('escapes names from the data in tick labels, titles and attributes', () => {
    const names = [
      '</text><script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'A &amp; B',
      "' onmouseover='x",
    ];
    const svg = renderSvg(
      {
        marginLeft: 200,
        y: { domain: names },
        marks: [Plot.barX(names, { y: (d: string) => d, x: 1, title: (d: string) => d, ariaLabel: 'bar' })],
      },
      { title: names[0]!, description: names.join(' ') },
    );
    expect(svg).not.toMatch(/<script|<img|<\/text><script/);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('A &amp;amp; B');
    // Read back by an HTML parser, every name is text again, exactly.
    const { document, root } = parse(svg);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    for (const n of names) expect(texts).toContain(n);
    expect(root.querySelector('title')?.textContent).toBe(names[0]);
  });

  it('numbers ids from 1 per chart, with a prefix no other chart shares', () => {
    const one = renderSvg(clipped(3), a11y);
    const two = renderSvg(clipped(4), a11y);
    const ids1 = idsOf(one);
    const ids2 = idsOf(two);
    expect(ids1.some((id) => /-1$/.test(id))).toBe(true);
    expect(ids1.filter((id) => ids2.includes(id))).toEqual([]);
    expect(new Set(ids1).size).toBe(ids1.length);
    // Every url(#…) reference points at an id of the same chart.
    const refs = [...one.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids1).toContain(ref);
    expect(one).not.toContain('plot-clip');
  });

  it('uses a caller-provided id prefix', () => {
    const svg = renderSvg(clipped(3), a11y, { idPrefix: 'xep-hang' });
    expect(idsOf(svg).sort()).toEqual(['xep-hang-1', 'xep-hang-desc', 'xep-hang-title']);
    expect(() => renderSvg(clipped(3), a11y, { idPrefix: '1 bad' })).toThrow(/invalid id prefix/);
  });

  it('keeps ids shared with the page, and the references to them, as they are', () => {
    const shared: Plot.RenderFunction = (_i, _s, _v, _d, context) => {
      // The document charts are drawn in creates elements but parses no markup (charts/document.ts).
      const svgNode = (name: string, attributes: Record<string, string>) => {
        const el = context.document.createElementNS('http://www.w3.org/2000/svg', name);
        for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
        return el;
      };
      const g = svgNode('g', {});
      g.append(svgNode('path', { id: 'trang-1', d: 'M0,0L1,1' }), svgNode('use', { href: '#trang-1' }));
      g.append(svgNode('use', { href: '#khac' }));
      return g as unknown as SVGElement;
    };
    const svg = renderSvg({ marks: [shared, ...(clipped(3).marks ?? [])] }, a11y, {
      idPrefix: 'bd',
      sharedIds: 'trang',
    });
    expect(idsOf(svg).sort()).toEqual(['bd-1', 'bd-desc', 'bd-title', 'trang-1']);
    expect(svg).toContain('href="#trang-1"');
    expect(() => renderSvg(clipped(3), a11y, { sharedIds: '-' })).toThrow(/invalid id prefix/);
  });

  it('rounds coordinates to two decimals and leaves text alone', () => {
    const svg = renderSvg(
      {
        width: 480,
        height: 200,
        x: { domain: [0, 3] },
        marks: [
          Plot.barX([1 / 3], { x: (d: number) => d, y: 0, insetTop: 0.123456 }),
          Plot.text(['1.23456 và 138.60000000000002'], { text: (d: string) => d, frameAnchor: 'middle' }),
        ],
      },
      a11y,
    );
    const attributes = [...svg.matchAll(/\s[\w-]+="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(attributes).not.toMatch(/\d\.\d{3}/);
    expect(textsOf(svg)).toContain('1.23456 và 138.60000000000002');
    expect(roundNumber('138.60000000000002')).toBe('138.6');
    expect(roundNumber('-0.001')).toBe('0');
    expect(roundNumber('1e-7')).toBe('0');
    expect(roundNumber('12.345')).toBe('12.35');
  });

  it('refuses markup with NaN or Infinity', () => {
    expect(() => renderSvg({ width: Number.NaN, ...clipped(3) }, a11y)).toThrow(/NaN/);
    const infinite = { marks: [Plot.text(['x'], { text: () => 'Infinity', frameAnchor: 'middle' })] };
    expect(() => renderSvg(infinite, a11y)).toThrow(/Infinity/);
  });

  it('fails loudly when Plot fails or the chart has no title', () => {
    expect(() => renderSvg({ x: { type: 'bogus' as Plot.ScaleType }, ...clipped(3) }, a11y)).toThrow(
      /Plot could not draw "Tỷ lệ thi hành xong".*unknown scale type/,
    );
    expect(() => renderSvg(clipped(3), { title: ' ', description: 'x' })).toThrow(/title and a description/);
  });

  it('returns an <svg>, not a <figure>, even when options carry a title', () => {
    expect(renderSvg({ ...clipped(3), title: 'Plot title', caption: 'c' }, a11y)).toMatch(/^<svg[\s>]/);
  });
});
