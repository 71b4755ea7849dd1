import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { datasetLd, serializeJsonLd } from '../../src/lib/json-ld';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<!--<script>',
  '"><img src=x onerror=alert(1)>',
  'A & B &amp; C',
  'line\u2028para\u2029end',
  '\u202Eevil',
  "' onmouseover='",
];

describe('serializeJsonLd', () => {
  it('leaves no <, >, & or U+2028/2029 in the text and parses back to the same value', () => {
    const value = { name: HOSTILE.join(' '), list: HOSTILE };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('cannot close its script element in an HTML page', () => {
    const text = serializeJsonLd({ name: HOSTILE[0] });
    const { document } = parseHTML(
      `<!doctype html><html><head><script type="application/ld+json">${text}</script></head><body></body></html>`,
    );
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual({ name: HOSTILE[0] });
  });

  it('refuses a value with no JSON form', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(/no JSON form/);
  });
});

describe('datasetLd', () => {
  it('describes the dataset with its licence address and downloads', () => {
    const ld = datasetLd({
      title: 'T',
      publisher: 'P',
      licence: 'CC BY 4.0',
      licence_url: 'https://creativecommons.org/licenses/by/4.0/',
      updated: '2026-01-15',
      url: 'https://thads.example.vn/du-lieu/',
      downloads: [{ url: 'https://thads.example.vn/du-lieu/thads.csv', type: 'text/csv' }],
    });
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      name: 'T',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { name: 'P' },
      distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv' }],
    });
    expect(ld).not.toHaveProperty('description');
  });
});
