import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serializeSvg } from '../../../src/lib/charts/serialize';

const SVG = 'http://www.w3.org/2000/svg';
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const el = (name: string, attrs: Record<string, string> = {}, text?: string): Element => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e as unknown as Element;
};

describe('serializeSvg', () => {
  it('escapes &, <, > in text and &, <, >, " in attribute values', () => {
    const g = el('g', { 'data-mark': `"><img src=x> & &amp; '` });
    g.append(el('text', {}, '</text><script>alert(1)</script> &amp; \u2028\u202E'));
    expect(serializeSvg(g)).toBe(
      '<g data-mark="&quot;&gt;&lt;img src=x&gt; &amp; &amp;amp; \'">' +
        '<text>&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; \u2028\u202E</text></g>',
    );
  });

  it('closes empty elements as linkedom does, so the golden files keep their bytes', () => {
    const line = el('line', { x1: '1', x2: '2' });
    expect(serializeSvg(line)).toBe(line.outerHTML);
    expect(serializeSvg(line)).toMatch(/^<line [^>]+ \/>$/);
  });

  it('refuses what would run script or need an inline-style exception in the CSP', () => {
    expect(() => serializeSvg(el('script', {}, 'x'))).toThrow(/<script> is not allowed/);
    expect(() => serializeSvg(el('style', {}, 'x'))).toThrow(/<style> is not allowed/);
    expect(() => serializeSvg(el('foreignObject'))).toThrow(/not allowed/);
    expect(() => serializeSvg(el('g', { onclick: 'x' }))).toThrow(/onclick/);
    expect(() => serializeSvg(el('g', { style: 'color:red' }))).toThrow(/style/);
    expect(() => serializeSvg(el('a', { href: 'javascript:alert(1)' }))).toThrow(/links outside/);
    expect(serializeSvg(el('use', { href: '#c1-1' }))).toBe('<use href="#c1-1" />');
  });
});
