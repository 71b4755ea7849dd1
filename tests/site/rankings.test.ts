/**
 * The rankings pages and maps of the built fixture site. Figures from
 * tests/fixtures/small/README.md: 2024 ranks Bắc Ninh (27) 90,00%, Hà Nội
 * 84,30%, Bắc Giang 80,00% (63 provinces on the map, 3 with figures);
 * 2025 ranks Hà Nội 84,41%, Bắc Ninh (24) 80,00% (34 on the map, 2 with figures).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileOf, listFiles, readPage, tableByCaption, tableRows, text } from '../support/pages';

const site = inject('fixtureSite');
const MAX_MAP_BYTES = 40 * 1024;

const mapsOf = (doc: Document) => [...doc.querySelectorAll('figure.map')];
const svgOf = (figure: Element) => figure.querySelector('svg')!.outerHTML;
/** Each shape's title on a map: "Name: rate". */
const shapeTitles = (figure: Element) => [...figure.querySelectorAll('svg use > title')].map((t) => text(t));

describe('rankings pages', () => {
  it('exist for every period, and /xep-hang/ shows the latest', async () => {
    const files = await listFiles(site);
    for (const address of ['/xep-hang/', '/xep-hang/2024/', '/xep-hang/2025/']) {
      expect(files, address).toContain(fileOf(address));
    }
    expect(files.filter((f) => f.startsWith('xep-hang/') && !f.includes('/bang/'))).toHaveLength(3);
    expect(files.filter((f) => f.includes('/bang/'))).toEqual([
      'xep-hang/2024/bang/index.html',
      'xep-hang/2025/bang/index.html',
    ]);
    const latest = await readPage(site, '/xep-hang/');
    expect(text(latest.querySelector('h1'))).toBe('Xếp hạng các tỉnh, thành phố: năm 2025');
    expect(text(latest.querySelector('.lede'))).toContain('Đây là kỳ mới nhất có đủ số liệu.');
  });

  it('link to every period, grouped by statistical year, the current one marked', async () => {
    const doc = await readPage(site, '/xep-hang/2024/');
    const years = [...doc.querySelectorAll('.period-years section')].map((s) => ({
      year: text(s.querySelector('h2')),
      links: [...s.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href'), a.getAttribute('aria-current')]),
    }));
    expect(years).toEqual([
      { year: 'Năm thống kê 2025 (01/10/2024 – 30/09/2025)', links: [['Cả năm', '/xep-hang/2025/', null]] },
      { year: 'Năm thống kê 2024 (01/10/2023 – 30/09/2024)', links: [['Cả năm', '/xep-hang/2024/', 'page']] },
    ]);
  });

  it('2024: ranks the three provinces then in force and maps the 63', async () => {
    const doc = await readPage(site, '/xep-hang/2024/');
    expect(text(doc.querySelector('.lede'))).toBe(
      '01/10/2023 – 30/09/2024. 63 tỉnh, thành phố; 3/3 tỉnh, thành phố có số liệu.',
    );
    // The full tables are on the period's table page, cases and money apart.
    expect(doc.querySelector('main table')).toBeNull();
    expect(doc.querySelector('main a[href="/xep-hang/2024/bang/"]')).not.toBeNull();
    const tables = await readPage(site, '/xep-hang/2024/bang/');
    const byCases = tableRows(tableByCaption(tables, 'Các tỉnh, thành phố, năm 2024: xếp hạng theo tỷ lệ về việc'));
    const byMoney = tableRows(tableByCaption(tables, 'Các tỉnh, thành phố, năm 2024: xếp hạng theo tỷ lệ về tiền'));
    expect(byCases.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1', 'Tỉnh Bắc Ninh', '90,00%'],
      ['2', 'Thành phố Hà Nội', '84,30%'],
      ['3', 'Tỉnh Bắc Giang', '80,00%'],
    ]);
    expect(byMoney.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1', 'Tỉnh Bắc Ninh', '50,00%'],
      ['2', 'Thành phố Hà Nội', '47,67%'],
      ['3', 'Tỉnh Bắc Giang', '42,00%'],
    ]);
    const [cases, money] = mapsOf(doc);
    expect(text(cases!.querySelector('figcaption'))).toBe(
      'Bản đồ tỷ lệ thi hành xong về việc, năm 2024 (63 tỉnh, thành phố)',
    );
    const titles = shapeTitles(cases!);
    expect(titles).toHaveLength(63);
    expect(titles).toEqual(
      expect.arrayContaining(['Tỉnh Bắc Ninh: 90,00%', 'Thành phố Hà Nội: 84,30%', 'Tỉnh Bắc Giang: 80,00%']),
    );
    expect(titles.filter((t) => t.endsWith(': chưa có số liệu'))).toHaveLength(60);
    expect(shapeTitles(money!)).toContain('Thành phố Hà Nội: 47,67%');
  });

  it('2025: ranks the two provinces in force after the merger and maps the 34', async () => {
    const doc = await readPage(site, '/xep-hang/2025/');
    const tables = await readPage(site, '/xep-hang/2025/bang/');
    const rows = tableRows(tableByCaption(tables, 'Các tỉnh, thành phố, năm 2025: xếp hạng theo tỷ lệ về việc'));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1', 'Thành phố Hà Nội', '84,41%'],
      ['2', 'Tỉnh Bắc Ninh', '80,00%'],
    ]);
    const [cases] = mapsOf(doc);
    expect(text(cases!.querySelector('.chart-summary'))).toBe(
      'Mọi tỉnh, thành phố có số liệu cùng một màu, nhóm tỷ lệ thi hành xong về việc từ 80% đến 85%. ' +
        'Thấp nhất: Tỉnh Bắc Ninh (80,00%); cao nhất: Thành phố Hà Nội (84,41%). ' +
        '32 tỉnh, thành phố chưa có số liệu được gạch chéo.',
    );
    const titles = shapeTitles(cases!);
    expect(titles).toHaveLength(34);
    expect(titles).toEqual(expect.arrayContaining(['Thành phố Hà Nội: 84,41%', 'Tỉnh Bắc Ninh: 80,00%']));
    expect(titles).not.toContain('Tỉnh Bắc Giang: chưa có số liệu');
    // The map's figures as a table, one row per province, the ones without data said so: on the home page, whose
    // map carries its table (the rankings page links each map to the period's table page instead).
    expect(cases!.querySelector('.chart-table-link a')?.getAttribute('href')).toBe('/xep-hang/2025/bang/#ve-viec');
    const [home] = mapsOf(await readPage(site, '/'));
    const table = tableRows(tableByCaption(home!, `Số liệu của bản đồ: ${text(home!.querySelector('figcaption'))}`));
    expect(table[0]).toEqual(['Tỉnh, thành phố', 'Tỷ lệ về việc', 'Nhóm màu']);
    expect(table).toHaveLength(35);
    expect(table).toContainEqual(['Thành phố Hà Nội', '84,41%', 'từ 80% đến 85%']);
    expect(table).toContainEqual(['Tỉnh An Giang', '—', 'Chưa có số liệu']);
  });

  it('give each map a legend that names the hatch, and credit the boundaries with their licence', async () => {
    const doc = await readPage(site, '/xep-hang/2025/');
    const [cases] = mapsOf(doc);
    expect([...cases!.querySelectorAll('.map-legend li')].map((li) => text(li))).toEqual([
      'từ 80% đến 85% (2 tỉnh, thành phố)',
      'Chưa có số liệu (32 tỉnh, thành phố)',
    ]);
    const credit = cases!.querySelector('.map-credit')!;
    expect(text(credit)).toContain('geoBoundaries; Open Development Mekong');
    expect(credit.querySelector('a[rel="license"]')?.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by-sa/4.0/deed.vi',
    );
  });
});

describe('maps on the site', () => {
  it('weigh at most 40 kB of SVG each, on every page that has one', async () => {
    const files = (await listFiles(site)).filter((f) => f.endsWith('.html'));
    let maps = 0;
    for (const file of files) {
      const html = await readFile(path.join(site, file), 'utf8');
      for (const [svg] of html.matchAll(/<figure class="chart map[^"]*"[^>]*>[\s\S]*?<svg[\s\S]*?<\/svg>/g)) {
        const markup = svg.slice(svg.indexOf('<svg'));
        expect(Buffer.byteLength(markup), file).toBeLessThanOrEqual(MAX_MAP_BYTES);
        maps++;
      }
    }
    // One on the home page (the other a link away), two on each of the three rankings pages, in both languages.
    expect(maps).toBe(14);
  });

  it('draw each province’s shape and the hatch once a page, defined in the first map and used by both', async () => {
    for (const address of ['/xep-hang/2024/', '/xep-hang/2025/']) {
      const doc = await readPage(site, address);
      const [cases, money] = mapsOf(doc);
      const defined = (figure: Element) => [...figure.querySelectorAll('svg defs [id]')].map((el) => el.id);
      const used = (figure: Element) =>
        [...figure.querySelectorAll('svg use')].map((u) => u.getAttribute('href')).sort();
      expect(defined(money!), address).toEqual([]);
      expect(used(money!), address).toEqual(used(cases!));
      for (const href of used(cases!)) expect(defined(cases!), address).toContain(href!.slice(1));
      // The legend's hatch is the pattern of the maps, not a second drawing of it.
      const hatches = [...doc.querySelectorAll('.map-legend svg rect[fill^="url(#"]')].map((r) =>
        r.getAttribute('fill'),
      );
      expect(hatches.length, address).toBeGreaterThan(0);
      for (const fill of hatches)
        expect(doc.querySelector(`pattern[id="${fill!.slice(5, -1)}"]`), address).not.toBeNull();
      expect(doc.querySelectorAll('pattern'), address).toHaveLength(1);
    }
  });

  it('the home page shows the latest period’s cases map, the money map one click away, and links to the rankings', async () => {
    const doc = await readPage(site, '/');
    const maps = mapsOf(doc);
    expect(maps.map((m) => text(m.querySelector('figcaption')))).toEqual([
      'Bản đồ tỷ lệ thi hành xong về việc, năm 2025 (34 tỉnh, thành phố)',
    ]);
    expect(svgOf(maps[0]!)).toContain('Quần đảo Hoàng Sa');
    // It draws its shapes itself, as the first map of a page does.
    expect(maps[0]!.querySelectorAll('svg defs [id]').length).toBeGreaterThan(34);
    const money = doc.querySelector('main a[href="/xep-hang/2025/#ban-do-money"]');
    expect(text(money)).toBe('Bản đồ tỷ lệ thi hành xong về tiền');
    const rankings = await readPage(site, '/xep-hang/2025/');
    expect(text(rankings.getElementById('ban-do-money')?.querySelector('figcaption') ?? null)).toBe(
      'Bản đồ tỷ lệ thi hành xong về tiền, năm 2025 (34 tỉnh, thành phố)',
    );
    expect(doc.querySelector('main a[href="/xep-hang/2025/"]')).not.toBeNull();
    expect(doc.querySelector('main a[href="/xep-hang/2025/bang/"]')).not.toBeNull();
    expect(doc.querySelector('nav a[href="/xep-hang/"]')?.textContent).toBe('Xếp hạng');
  });

  it('the methodology page credits the boundaries and their licence', async () => {
    const doc = await readPage(site, '/phuong-phap/');
    const main = text(doc.querySelector('main'));
    expect(main).toContain('geoBoundaries; Open Development Mekong');
    expect(main).toContain('CC BY-SA 4.0');
    expect(doc.querySelector('main a[href="https://creativecommons.org/licenses/by-sa/4.0/deed.vi"]')).not.toBeNull();
  });
});
