import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHART_CLASS, renderSvg } from '../../../src/lib/charts/render';
import { idsOf } from './svg-snapshot';

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
    expect(root.getAttribute('style')).toContain('max-width:100%;height:auto');
    expect(root.getAttribute('font-family')).toBe('inherit');
    expect(root.getAttribute('class')).toBe(CHART_CLASS);
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
