/**
 * The hostile fixture (tests/fixtures/hostile: markup, script and formulas
 * in unit names, notes, sources and the dataset's description) built like
 * any dataset: every page shows those strings as text and nothing from the
 * data becomes an element or an attribute; the CSV download neutralises
 * formulas and the JSON download keeps every string exactly.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HOSTILE_DATA } from '../support/build';
import { type BuiltPage, csvRecords, decodeText, listFiles, readPages } from '../support/pages';

const site = inject('hostileSite');
const ordinarySite = inject('fixtureSite');
/** Tag and attribute names of the ordinary fixture's pages. */
const usual = { tags: new Set<string>(), attributes: new Set<string>() };
const SITE_NAME = 'Thống kê thi hành án dân sự';

let files: string[] = [];
let pages: BuiltPage[] = [];
let names = new Map<string, string>();
let info: Record<string, string> = {};
let results: Record<string, string>[] = [];

const readCsv = async (file: string) => csvRecords(await readFile(path.join(HOSTILE_DATA, file), 'utf8')).records;

beforeAll(async () => {
  files = await listFiles(site);
  pages = await readPages(site, files);
  // The code alone names two provinces (24); the name of the unit in force is enough to find its page here.
  names = new Map((await readCsv('units.csv')).map((u) => [`${u.code}${u.valid_to ? `<${u.valid_to}` : ''}`, u.name!]));
  info = JSON.parse(await readFile(path.join(HOSTILE_DATA, 'dataset.json'), 'utf8'));
  results = [...(await readCsv('results/2024.csv')), ...(await readCsv('results/2025.csv'))];
  for (const file of (await listFiles(ordinarySite)).filter((f) => f.endsWith('.html'))) {
    for (const tag of tagsOf(await readFile(path.join(ordinarySite, file), 'utf8'))) {
      usual.tags.add(tag.name);
      for (const a of tag.attributes) usual.attributes.add(a);
    }
  }
});

const name = (key: string) => {
  const n = names.get(key);
  if (!n) throw new Error(`no unit ${key} in the hostile fixture`);
  return n;
};
/** An embed page (/nhung/, /en/embed/): a chart alone, headed by the name of the page the chart comes from. */
const isEmbed = (file: string) => file.startsWith('nhung/') || file.startsWith('en/embed/');
/** The Vietnamese pages, or the English ones (under /en/): each unit has one page in each language, no embed. */
const inLanguage = (english: boolean) =>
  pages.filter((p) => p.address.startsWith('/en/') === english && !isEmbed(p.file));
const pageOf = (unitName: string) => {
  const found = inLanguage(false).filter((p) => p.doc.querySelector('h1')?.textContent === unitName);
  if (found.length !== 1) throw new Error(`${found.length} pages have the heading ${JSON.stringify(unitName)}`);
  return found[0]!;
};
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');

/** The tags of a page read as bytes, without trusting a parser: name and attribute names, values left out. */
function tagsOf(html: string): { name: string; attributes: string[] }[] {
  // Astro writes every attribute value in double quotes and escapes a " inside it, so this skips exactly the values.
  const outsideValues = html.replace(/="[^"]*"/g, '=""');
  return [...outsideValues.matchAll(/<([A-Za-z][\w:-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/([^\s=/]+)(?:="")?/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

describe('the hostile fixture site', () => {
  it('has a page for every unit, headed by its name exactly', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    // Two provinces share the official name Tỉnh Bắc Ninh (27 until 30/06/2025, 24 since): a page for each unit.
    const all = [...names.values()];
    for (const english of [false, true]) {
      for (const n of new Set(all)) {
        const headed = inLanguage(english).filter((p) => p.doc.querySelector('h1')?.textContent === n);
        expect(headed.length, `${n}${english ? ' (English)' : ''}`).toBe(all.filter((x) => x === n).length);
      }
    }
    // The very long name gives a shortened page address.
    const long = pageOf(name('24-KV01'));
    for (const part of long.file.split('/')) expect(Buffer.byteLength(part)).toBeLessThan(100);
  });

  it('makes no element or attribute out of the data, on any page', () => {
    for (const { file, html, doc } of pages) {
      // Only data blocks: no script runs, but the A-Z page's search, an empty element loading a module file of the site.
      const scripts = [...doc.querySelectorAll('script')].filter(
        (s) => s.getAttribute('type') !== 'application/ld+json',
      );
      const described = scripts.map(
        (s) => `${s.getAttribute('type')} ${s.getAttribute('src')?.replace(/[^/]+$/, '')} ${s.textContent}`,
      );
      expect(described, file).toEqual(
        ['don-vi/index.html', 'en/units/index.html'].includes(file) ? ['module /_astro/ '] : [],
      );
      for (const el of doc.querySelectorAll('*')) {
        const handlers = [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name);
        expect(handlers, `${file} <${el.localName}>`).toEqual([]);
      }
      expect(doc.querySelectorAll('img, iframe, object, embed, foreignObject, noscript'), file).toHaveLength(0);
      // The one text box: the iframe code under a chart, read-only, its title escaped so it stays one attribute.
      for (const t of doc.querySelectorAll('textarea')) {
        expect(t.matches('textarea.embed-code[readonly]'), file).toBe(true);
        expect(decodeText(t.textContent ?? ''), file).toMatch(
          /^<iframe src="\/(nhung|en\/embed)\/[^"<>]+\/" title="[^"<>]+" width="400" height="\d+" loading="lazy" style="border:0;max-width:100%"><\/iframe>$/,
        );
      }
      // Embed pages link the one shared stylesheet (`embedStylesheet` in src/lib/share-urls.ts); every other page inlines its own.
      const embed = /^(nhung|en\/embed)\//.test(file);
      expect(doc.querySelectorAll('style'), file).toHaveLength(embed ? 0 : 1);
      const sheets = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? '');
      expect(sheets, file).toEqual(embed ? [expect.stringMatching(/\/nhung\/kieu\.[0-9a-f]{8}\.css$/)] : []);
      expect(doc.querySelectorAll('head > title'), file).toHaveLength(1);
      // Every SVG is a rendered chart, or a map legend swatch: our own shapes, no text from the data.
      for (const svg of doc.querySelectorAll('svg')) {
        if (svg.closest('.chart-svg')) continue;
        expect(svg.matches('.map-legend svg.swatch[aria-hidden="true"]'), file).toBe(true);
        expect(svg.textContent?.trim(), file).toBe('');
        expect(
          [...svg.querySelectorAll('*')].map((el) => el.localName).filter((n) => n !== 'rect' && n !== 'path'),
          file,
        ).toEqual([]);
      }
      // As bytes: only the kinds of tags and attributes the site writes for the ordinary fixture.
      for (const tag of tagsOf(html)) {
        expect(usual.tags.has(tag.name), `${file}: <${tag.name}>`).toBe(true);
        for (const a of tag.attributes) expect(usual.attributes.has(a), `${file}: <${tag.name} ${a}>`).toBe(true);
      }
      expect(html.replace(/="[^"]*"/g, '=""'), file).not.toMatch(/<!--|<!\[CDATA\[/);
    }
  });

  it('writes the names into the share card and chart SVG files as text only', async () => {
    const svgs = files.filter((f) => /^(chia-se|bieu-do|en\/share|en\/charts)\/.+\.svg$/.test(f));
    expect(svgs.length).toBeGreaterThan(10);
    expect(svgs.filter((f) => f.startsWith('en/')).length).toBe(svgs.length / 2);
    const allowed = new Set([
      'svg',
      'g',
      'path',
      'rect',
      'text',
      'tspan',
      'title',
      'desc',
      'line',
      'circle',
      'defs',
      'use',
    ]);
    for (const file of svgs) {
      const svg = await readFile(path.join(site, file), 'utf8');
      for (const tag of tagsOf(svg.replace(/^<\?xml[^>]*>/, ''))) {
        expect(allowed.has(tag.name), `${file}: <${tag.name}>`).toBe(true);
        expect(
          tag.attributes.filter((a) => /^(on|style|href|xlink:href)/.test(a)),
          file,
        ).toEqual([]);
      }
    }
  });

  it('shows the names as text in the title, meta tags, headings, breadcrumbs and charts', () => {
    const haNoi = name('01');
    const { doc } = pageOf(haNoi);
    const title = `${haNoi} | ${SITE_NAME}`;
    expect(doc.querySelector('title')?.textContent).toBe(title);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(title);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
      new RegExp(`^${haNoi.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}, năm 2025: `),
    );
    expect(doc.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(
      doc.querySelector('meta[name="description"]')?.getAttribute('content'),
    );
    expect(texts(doc, '.chart svg title').some((t) => t.includes(haNoi))).toBe(true);
    // The office ranking's tick labels are the names of the offices.
    expect(texts(doc, '.chart svg text')).toContain(name('01-KV01'));

    const office = pageOf(name('01-01<2025-06-30'));
    expect(texts(office.doc, '.breadcrumbs li')).toContain(haNoi);
    expect(office.doc.querySelector('.lede a')?.textContent).toBe(haNoi);

    // U+2028 and U+2029 stay in a name, and the right-to-left override in a note (names refuse it), unchanged.
    expect(pageOf(name('01-03<2025-06-30')).doc.querySelector('title')?.textContent).toContain('\u2028dòng mới\u2029');
    expect(texts(pageOf(name('24-KV01')).doc, 'ul.notes li').some((n) => n.endsWith('-2+3 \u202Egnp.exe'))).toBe(true);
  });

  it('shows notes and sources as text, and links only the http address, escaped', () => {
    const haNoi = pageOf(name('01')).doc;
    const notes = texts(haNoi, 'ul.notes li');
    expect(notes.some((n) => n.endsWith('<script>alert(1)</script>'))).toBe(true);
    expect(notes.some((n) => n.endsWith('"><img src=x onerror=alert(1)>'))).toBe(true);
    const links = [...haNoi.querySelectorAll('section a:not(.permalink)')].map((a) => a.getAttribute('href'));
    // A chart's permalink is the fragment of an id the site makes, never text from the data.
    for (const a of haNoi.querySelectorAll('a.permalink')) expect(a.getAttribute('href')).toMatch(/^#[a-z0-9-]+$/);
    expect(links).toContain('https://example.org/"><img/src=x/onerror=alert(1)>');
    // Besides the site's own pages and the validated source, only links to a table of the page itself.
    for (const href of links.filter((h) => !h?.startsWith('#'))) expect(href).toMatch(/^(\/|https:\/\/example\.org\/)/);
    for (const href of links.filter((h) => h?.startsWith('#')))
      expect(haNoi.getElementById(href!.slice(1)), href!).not.toBeNull();

    const kv01 = pageOf(name('01-KV01')).doc;
    expect(texts(kv01, 'ul.notes li').some((n) => n.endsWith('=HYPERLINK("http://evil","x")'))).toBe(true);
    const source = [...kv01.querySelectorAll('p.note')].find((p) => p.textContent?.trim().startsWith('Nguồn:'));
    expect(source?.textContent?.trim()).toBe('Nguồn: <script>alert(1)</script>');
    expect(source?.querySelector('a')).toBeNull();
  });

  it('cites the dataset with its title and publisher as text, and as BibTeX with the payload kept inside its braces', () => {
    const downloads = pages.find((p) => p.address === '/du-lieu/')!.doc;
    expect(downloads.querySelector('section.cite pre.cite-text')?.textContent).toContain(`${info.publisher} (`);
    expect(downloads.querySelector('section.cite pre.cite-text')?.textContent).toContain(`. ${info.title}. `);
    const bibtex = downloads.querySelector('section.cite pre.cite-bibtex')?.textContent ?? '';
    expect(bibtex).toContain(`  title = {{${info.title}}},`);
    expect(bibtex).toContain(`  author = {{${info.publisher}}},`);
  });

  it('shows the dataset description as text in the footer and as JSON-LD that parses back to it', () => {
    for (const { file, doc } of pages) {
      // An embed page has no footer: its source line names the dataset.
      if (isEmbed(file)) {
        expect(doc.querySelector('.embed-source')?.textContent, file).toContain(info.title);
        continue;
      }
      expect(doc.querySelector('.site-footer')?.textContent, file).toContain(info.title);
      expect(doc.querySelector('.site-footer a[href^="https://creativecommons"]')?.getAttribute('href'), file).toBe(
        info.licence_url,
      );
    }
    const downloads = pages.find((p) => p.address === '/du-lieu/')!;
    const blocks = [...downloads.doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks).toHaveLength(1);
    const raw = blocks[0]!.textContent ?? '';
    expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(raw)).toMatchObject({
      '@type': 'Dataset',
      name: info.title,
      description: info.description,
      creator: { name: info.publisher },
      license: info.licence_url,
    });
    // The English page describes the dataset in English and keeps its own title, escaped the same way.
    const english = pages.find((p) => p.address === '/en/data/')!;
    const enRaw = english.doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    expect(enRaw).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(enRaw)).toMatchObject({
      '@type': 'Dataset',
      alternateName: info.title,
      inLanguage: 'en',
      creator: { name: info.publisher },
    });
  });
});

describe('the downloads of the hostile fixture', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  // A number of the file's dialect: decimal point, or decimal comma in the Vietnamese Excel download.
  const NUMBER = { ',': /^-?\d+(\.\d+)?$/, ';': /^-?\d+(,\d+)?$/ } as const;

  it('start no CSV cell with a formula character unless it is a number, in every CSV file', async () => {
    const csvs = files.filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(10);
    for (const file of csvs) {
      // The downloads for Vietnamese Excel (thads-excel.csv, each unit's so-lieu-excel.csv) separate cells with ";".
      const delimiter = file.endsWith('-excel.csv') ? ';' : ',';
      const { records } = csvRecords(await readFile(path.join(site, file), 'utf8'), delimiter);
      expect(records.length, file).toBeGreaterThan(0);
      for (const r of records) {
        for (const [column, value] of Object.entries(r)) {
          if (FORMULA.test(value)) expect(value, `${file} ${column}`).toMatch(NUMBER[delimiter]);
        }
      }
    }
  });

  it('keeps the hostile text after an apostrophe, and negative numbers as numbers', async () => {
    const csv = await readFile(path.join(site, 'du-lieu', 'thads.csv'), 'utf8');
    const { records } = csvRecords(csv);
    const row = (period: string, code: string) => {
      const r = records.find((x) => x.period === period && x.unit_code === code);
      if (!r) throw new Error(`no row ${period} ${code}`);
      return r;
    };
    expect(row('2024', '27-01').unit_name).toBe(`'${name('27-01<2025-06-30')}`);
    expect(row('2025', '01-KV01').unit_name).toBe("'-2+3");
    expect(row('2024', '24-01').unit_name).toBe(`'${name('24-01<2025-06-30')}`);
    expect(row('2024', '01-03').unit_name).toBe(`'${name('01-03<2025-06-30')}`);
    expect(row('2025', '01-KV01').note).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row('2025', '24').note).toBe("'@SUM(1)");
    expect(row('2025', '24').source).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row('2025', '24-KV01').note).toBe("'-2+3 \u202Egnp.exe");
    expect(row('2024', '01-01').note).toBe("'+cmd");
    // Text that is not a formula is left as it is.
    expect(row('2025', '01').note).toBe('<script>alert(1)</script>');
    // Bắc Ninh 2025 is 2,60 points below the national target: a number, not text.
    expect(row('2025', '24').cases_gap_pp).toBe('-2.6');
    expect(row('2024', 'VN').unit_name).toBe('Toàn quốc');
    // A spreadsheet that splits on ";" (Vietnamese Excel) must not see "=1+1" as a cell of its own.
    expect(csv).toContain('"x;=1+1"');
  });

  it('keep every string exactly in the JSON download', async () => {
    const json = JSON.parse(await readFile(path.join(site, 'du-lieu', 'thads.json'), 'utf8'));
    expect(json.dataset).toMatchObject(info);
    // Each row is an array of values in the order of `fields`.
    const rows: Record<string, string | null>[] = json.rows.map((r: (string | null)[]) =>
      Object.fromEntries(json.fields.map((f: string, i: number) => [f, r[i]])),
    );
    for (const r of results) {
      const out = rows.find((x) => x.period === r.period && x.unit_code === r.unit_code);
      expect(out?.note ?? '', `${r.period} ${r.unit_code}`).toBe(r.note);
      expect(out?.source ?? '', `${r.period} ${r.unit_code}`).toBe(r.source);
    }
    const shown = new Set(rows.map((r) => r.unit_name));
    for (const n of names.values()) expect(shown.has(n), n).toBe(true);
  });
});
