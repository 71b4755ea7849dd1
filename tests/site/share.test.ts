/**
 * What the pages of the fixture share, in both languages: a card (og:image)
 * for every unit and rankings page, and under every chart its SVG, PNG and CSV
 * files, an embed page and the iframe code, the English page's in English under
 * /en/; `_headers` lets other sites frame the embed pages and no other page.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pngSize } from '../../src/lib/charts/raster';
import { SUBPATH_URL } from '../support/build';
import { headersFor, parseHeaders } from '../support/headers';
import { csvRecords, decodeText, fileOf, readPage, readPages, tableRows, text } from '../support/pages';

const plain = inject('fixtureSite');
const subpath = inject('subpathSite');

/**
 * Unit and rankings pages, in either language: the pages that have a card (not the short addresses
 * /tinh/<province>/, which only redirect, nor the full ranking tables /xep-hang/<period>/bang/).
 */
const isShared = (p: { address: string; doc: Document }) =>
  /^\/(tinh|xep-hang|en\/province|en\/rankings)\//.test(p.address) &&
  !/\/(bang|tables)\/$/.test(p.address) &&
  !p.doc.querySelector('meta[http-equiv="refresh"]');

const isEnglish = (address: string) => address.startsWith('/en/');

/** Where a page's shared files are, by its address: /tinh/ha-noi-01/ → chia-se/tinh/ha-noi-01.png, its English twin's under en/. */
const FOLDERS = {
  vi: { card: 'chia-se/', charts: '/bieu-do/', embed: '/nhung/', home: '/' },
  en: { card: 'en/share/', charts: '/en/charts/', embed: '/en/embed/', home: '/en/' },
} as const;
const foldersOf = (address: string) => FOLDERS[isEnglish(address) ? 'en' : 'vi'];
const cardOf = (address: string) =>
  `${foldersOf(address).card}${address.slice(foldersOf(address).home.length).replace(/\/$/, '')}.png`;

/** The lines below a downloaded chart, as one text. */
const fileNotes = (svg: string) =>
  [...(/<g class="file-notes">(.*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/<text [^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1])
    .join(' ')
    .replace(/\/ /g, '/');

const exists = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

describe('share cards', () => {
  it('under SITE_URL, every unit and rankings page announces its 1200×630 card, and the PNG is there', async () => {
    const pages = (await readPages(subpath)).filter(isShared);
    // 11 unit pages, /xep-hang/ and its two periods (tests/fixtures/small/README.md), in each language.
    expect(pages).toHaveLength(28);
    expect(pages.filter((p) => isEnglish(p.address))).toHaveLength(14);
    for (const p of pages) {
      const meta = (key: string) =>
        p.doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const src = meta('og:image') ?? '';
      expect(src, p.file).toBe(`${SUBPATH_URL}${cardOf(p.address)}`);
      expect([meta('og:image:width'), meta('og:image:height')], p.file).toEqual(['1200', '630']);
      expect(meta('og:image:alt'), p.file).toContain(text(p.doc.querySelector('h1')).split(':')[0]!.slice(0, 10));
      // The card speaks the page's language: "84.41%" on the English card ("—" for a unit without a rate).
      expect(meta('og:image:alt'), p.file).toMatch(
        isEnglish(p.address)
          ? /\. Completion rate( nationwide)?, .+; by cases (\d+\.\d\d%|—); by money (\d+\.\d\d%|—)\.$/
          : /\. Tỷ lệ thi hành xong( toàn quốc)?, .+; về việc (\d+,\d\d%|—); về tiền (\d+,\d\d%|—)\.$/,
      );
      expect(meta('twitter:card'), p.file).toBe('summary_large_image');
      expect(meta('twitter:image'), p.file).toBe(src);
      const png = await readFile(path.join(subpath, src.slice(SUBPATH_URL.length)));
      expect(pngSize(png), p.file).toEqual({ width: 1200, height: 630 });
    }
  });

  it('without SITE_URL, cards are built but not announced: og:image needs an absolute address, as canonical does', async () => {
    const pages = (await readPages(plain)).filter(isShared);
    for (const p of pages) {
      expect(p.doc.querySelector('meta[property^="og:image"], meta[name^="twitter:"]'), p.file).toBeNull();
      const card = cardOf(p.address);
      expect(await exists(path.join(plain, card)), card).toBe(true);
    }
  });
});

describe('under each chart', () => {
  it('links its SVG, PNG and CSV, and the CSV holds the chart table as the page shows it', async () => {
    const pages = (await readPages(plain)).filter(isShared);
    const charts = { vi: 0, en: 0 };
    for (const p of pages) {
      // Maps are not charts of views/charts.ts: they offer no files.
      for (const figure of p.doc.querySelectorAll('figure.chart:not(.map)')) {
        if (!figure.querySelector('svg')) continue;
        charts[isEnglish(p.address) ? 'en' : 'vi']++;
        const links = [...figure.querySelectorAll('.chart-share a[download]')].map((a) => a.getAttribute('href')!);
        expect(
          links.map((l) => path.extname(l)),
          p.file,
        ).toEqual(['.svg', '.png', '.csv']);
        // An English page's files are the English twins, under /en/charts/.
        for (const l of links) expect(l, p.file).toMatch(new RegExp(`^${foldersOf(p.address).charts}`));
        const [svg, png, csv] = await Promise.all(links.map((l) => readFile(path.join(plain, fileOf(l)))));
        expect(svg!.toString('utf8')).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        const svgSize = (/ height="(\d+)" width="(\d+)"/.exec(svg!.toString('utf8')) ?? []).slice(1).map(Number);
        expect([pngSize(png!)?.height, pngSize(png!)?.width], links[1]).toEqual(svgSize);
        const { header, rows } = csvRecords(csv!.toString('utf8'));
        const own = figure.querySelector('table');
        if (own) {
          expect([header, ...rows], links[2]).toEqual(tableRows(own));
          continue;
        }
        // A chart that links its table further down the page or on the period's table page: the CSV holds the
        // chart's own columns of that table (rank, unit, rate), in its order.
        const [address, id] = figure.querySelector('.chart-table-link a')!.getAttribute('href')!.split('#');
        const holder = address ? await readPage(plain, address) : p.doc;
        // The anchor is the table's own box, or the heading of the section that holds it.
        const anchor = holder.getElementById(id!)!;
        const linked = tableRows((anchor.querySelector('table') ?? anchor.closest('section')!.querySelector('table'))!);
        expect([header, ...rows], links[2]).toEqual(linked.map((r) => r.slice(0, header.length)));
      }
    }
    expect(charts.vi).toBeGreaterThan(20);
    expect(charts.en).toBe(charts.vi);
  });

  it('writes into the downloaded SVG, in its language, the site, the page address, the version and the sample notice', async () => {
    for (const [page, file, words] of [
      [
        'tinh/ha-noi-01/',
        'bieu-do/tinh/ha-noi-01/xu-huong.svg',
        ['Dữ liệu mẫu. ', 'Nguồn: Thống kê thi hành án dân sự, '],
      ],
      [
        'en/province/ha-noi-01/',
        'en/charts/province/ha-noi-01/xu-huong.svg',
        ['Sample data. ', 'Source: Civil judgment enforcement statistics, '],
      ],
    ] as const) {
      const [withUrl, without] = await Promise.all(
        [subpath, plain].map(async (site) => fileNotes(await readFile(path.join(site, file), 'utf8'))),
      );
      const version = isEnglish(`/${page}`) ? 'data version 2026-01-15' : 'dữ liệu phiên bản 2026-01-15';
      expect(withUrl, file).toMatch(new RegExp(`^${words[0]}.+ ${words[1]}${SUBPATH_URL}${page}, ${version}$`));
      // Without SITE_URL no address is invented: the site's name and the version.
      expect(without, file).toMatch(new RegExp(`^${words[0]}.+ ${words[1].replace(/, $/, '')}, ${version}$`));
    }
    // The chart on the page is the chart alone, as before.
    const page = await readPage(plain, '/en/province/ha-noi-01/');
    expect(page.querySelector('figure#xu-huong svg .file-notes')).toBeNull();
  });

  it.each([
    ['/tinh/ha-noi-01/', '/nhung/tinh/ha-noi-01/xu-huong/', 'vi', /^Nguồn: /, /^Dữ liệu mẫu\./],
    ['/en/province/ha-noi-01/', '/en/embed/province/ha-noi-01/xu-huong/', 'en', /^Source: /, /^Sample data\./],
  ])(
    'offers an embed page of %s: chart, caption, source and a link back, without header, navigation or footer',
    async (address, embedAt, lang, source, sample) => {
      const doc = await readPage(plain, address);
      const figure = doc.querySelector('figure#xu-huong')!;
      const textarea = figure.querySelector('textarea[readonly]')!;
      expect(figure.querySelector(`label[for="${textarea.getAttribute('id')}"]`)).not.toBeNull();
      const embedHref = figure.querySelector('.chart-share a:not([download])')?.getAttribute('href');
      expect(embedHref).toBe(embedAt);
      expect(decodeText(textarea.textContent ?? '')).toMatch(
        new RegExp(`^<iframe src="${embedAt.replaceAll('/', '\\/')}" title="[^"]+" `),
      );
      const embed = await readPage(plain, embedHref!);
      expect(embed.documentElement.getAttribute('lang')).toBe(lang);
      expect(embed.querySelector('header, nav, footer, .site-header, .site-footer')).toBeNull();
      expect(embed.querySelector('figure svg.thads-chart')).not.toBeNull();
      expect(text(embed.querySelector('figcaption'))).toBe(text(figure.querySelector('figcaption')));
      expect(text(embed.querySelector('.embed-source'))).toMatch(source);
      expect(text(embed.querySelector('.sample-banner'))).toMatch(sample);
      expect(embed.querySelector('.embed-back a')?.getAttribute('href')).toBe(address);
      expect(embed.querySelector('.chart-share')).toBeNull();
    },
  );

  it('has an embed page for every chart of every unit and rankings page', async () => {
    const pages = (await readPages(plain)).filter(isShared);
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('.chart-share a:not([download])')) {
        expect(await exists(path.join(plain, fileOf(a.getAttribute('href')!))), a.getAttribute('href')!).toBe(true);
      }
    }
  });
});

describe('_headers', () => {
  it('lets other sites frame the embed pages and no other page', async () => {
    const rules = parseHeaders(await readFile(path.join(plain, '_headers'), 'utf8'));
    const csp = (address: string) => headersFor(rules, address)['content-security-policy'] ?? '';
    const pages = (await readPages(plain)).map((p) => p.address);
    const isEmbed = (a: string) => a.startsWith('/nhung/') || a.startsWith('/en/embed/');
    const embeds = pages.filter(isEmbed);
    expect(embeds.filter((a) => a.startsWith('/nhung/')).length).toBeGreaterThan(20);
    // Each Vietnamese embed page has its English twin.
    expect(embeds.filter((a) => a.startsWith('/en/embed/'))).toHaveLength(embeds.length / 2);
    for (const a of embeds) expect(csp(a), a).not.toContain('frame-ancestors');
    const others = ['/no-such-page/', '/bieu-do/x.svg', '/en/charts/x.svg', '/en/share/x.png', '/en/embedded/', '/en/'];
    for (const a of [...pages.filter((x) => !isEmbed(x)), ...others]) {
      expect(csp(a), a).toContain("frame-ancestors 'none'");
    }
  });
});
