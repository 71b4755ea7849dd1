/**
 * What the pages of the fixture share: a card (og:image) for every unit and
 * rankings page, and under every chart its SVG, PNG and CSV files, an embed
 * page and the iframe code; `_headers` lets other sites frame the embed pages
 * and no other page.
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
 * Unit and rankings pages: the pages that have a card (not the short addresses /tinh/<province>/, which only
 * redirect, nor the full ranking tables /xep-hang/<period>/bang/).
 */
const isShared = (p: { address: string; doc: Document }) =>
  /^\/(tinh|xep-hang)\//.test(p.address) &&
  !/\/bang\/$/.test(p.address) &&
  !p.doc.querySelector('meta[http-equiv="refresh"]');

const exists = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

describe('share cards', () => {
  it('under SITE_URL, every unit and rankings page announces its 1200×630 card, and the PNG is there', async () => {
    const pages = (await readPages(subpath)).filter(isShared);
    // 11 unit pages, /xep-hang/ and its two periods (tests/fixtures/small/README.md).
    expect(pages).toHaveLength(14);
    for (const p of pages) {
      const meta = (key: string) =>
        p.doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const src = meta('og:image') ?? '';
      expect(src, p.file).toMatch(/^https:\/\/example\.org\/thads\/chia-se\/.+\.png$/);
      expect([meta('og:image:width'), meta('og:image:height')], p.file).toEqual(['1200', '630']);
      expect(meta('og:image:alt'), p.file).toContain(text(p.doc.querySelector('h1')).split(':')[0]!.slice(0, 10));
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
      const card = `chia-se/${p.address.replace(/^\/|\/$/g, '')}.png`;
      expect(await exists(path.join(plain, card)), card).toBe(true);
    }
  });
});

describe('under each chart', () => {
  it('links its SVG, PNG and CSV, and the CSV holds the chart table as the page shows it', async () => {
    const pages = (await readPages(plain)).filter(isShared);
    let charts = 0;
    for (const p of pages) {
      // Maps are not charts of views/charts.ts: they offer no files.
      for (const figure of p.doc.querySelectorAll('figure.chart:not(.map)')) {
        if (!figure.querySelector('svg')) continue;
        charts++;
        const links = [...figure.querySelectorAll('.chart-share a[download]')].map((a) => a.getAttribute('href')!);
        expect(
          links.map((l) => path.extname(l)),
          p.file,
        ).toEqual(['.svg', '.png', '.csv']);
        const [svg, png, csv] = await Promise.all(links.map((l) => readFile(path.join(plain, fileOf(l)))));
        expect(svg!.toString('utf8')).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        const svgWidth = Number(/ width="(\d+)"/.exec(svg!.toString('utf8'))?.[1]);
        expect(pngSize(png!)?.width, links[1]).toBe(svgWidth);
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
    expect(charts).toBeGreaterThan(20);
  });

  it('offers an embed page, chart, caption, source and a link back, without the site header, navigation or footer', async () => {
    const doc = await readPage(plain, '/tinh/ha-noi-01/');
    const figure = doc.querySelector('figure#xu-huong')!;
    const textarea = figure.querySelector('textarea[readonly]')!;
    expect(figure.querySelector(`label[for="${textarea.getAttribute('id')}"]`)).not.toBeNull();
    const embedHref = figure.querySelector('.chart-share a:not([download])')?.getAttribute('href');
    expect(embedHref).toBe('/nhung/tinh/ha-noi-01/xu-huong/');
    expect(decodeText(textarea.textContent ?? '')).toMatch(
      /^<iframe src="\/nhung\/tinh\/ha-noi-01\/xu-huong\/" title="[^"]+" /,
    );
    const embed = await readPage(plain, embedHref!);
    expect(embed.querySelector('header, nav, footer, .site-header, .site-footer')).toBeNull();
    expect(embed.querySelector('figure svg.thads-chart')).not.toBeNull();
    expect(text(embed.querySelector('figcaption'))).toBe(text(figure.querySelector('figcaption')));
    expect(text(embed.querySelector('.embed-source'))).toMatch(/^Nguồn: /);
    expect(embed.querySelector('.embed-back a')?.getAttribute('href')).toBe('/tinh/ha-noi-01/');
    expect(embed.querySelector('.chart-share')).toBeNull();
  });

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
    const embeds = pages.filter((a) => a.startsWith('/nhung/'));
    expect(embeds.length).toBeGreaterThan(20);
    for (const a of embeds) expect(csp(a), a).not.toContain('frame-ancestors');
    for (const a of [...pages.filter((x) => !x.startsWith('/nhung/')), '/no-such-page/', '/bieu-do/x.svg']) {
      expect(csp(a), a).toContain("frame-ancestors 'none'");
    }
  });
});
