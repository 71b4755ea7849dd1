/**
 * The view of each page of the small fixture (tests/fixtures/small/README.md):
 * what the layout, the home, rankings and download pages are handed.
 */
import { describe, expect, it } from 'vitest';
import { computeModel } from '../../../src/lib/compute/model';
import { DOWNLOAD_COLUMNS, downloadRows, EXCEL_HEADERS } from '../../../src/lib/downloads';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { homeView } from '../../../src/lib/views/home';
import { layoutView } from '../../../src/lib/views/layout';
import { unitPageView } from '../../../src/lib/views/pages';
import { rankingTablesPageView } from '../../../src/lib/views/ranking-tables';
import { rankingsPageView, rankingsView } from '../../../src/lib/views/rankings';
import { downloadsPageView, notFoundView } from '../../../src/lib/views/static-pages';
import { SMALL_DIR } from '../helpers';

const outcome = loadDataset(await readDataFiles(SMALL_DIR));
if (!outcome.dataset) throw new Error('the small fixture must load');
const data = { dataset: outcome.dataset, model: computeModel(outcome.dataset) };

describe('layoutView', () => {
  it('puts the site name after a page title, and before it on the home page', () => {
    const page = { title: 'Tải dữ liệu', description: 'd' };
    expect(layoutView(data, { ...page, path: '/du-lieu/' }).title).toBe('Tải dữ liệu | Thống kê thi hành án dân sự');
    expect(layoutView(data, { ...page, path: '/' }).title).toBe('Thống kê thi hành án dân sự: Tải dữ liệu');
  });

  it('marks the page in the navigation, invents no canonical address without SITE_URL and formats the footer', () => {
    const layout = layoutView(data, { title: 't', description: 'd', path: '/xep-hang/' });
    expect(process.env.SITE_URL ?? '').toBe('');
    expect(layout.canonical).toBeUndefined();
    expect(layout.nav.filter((n) => n.current).map((n) => n.text)).toEqual(['Xếp hạng']);
    expect(layout.sample).toBe(true);
    expect(layout.footer).toMatchObject({ updated: '15/01/2026', licence: 'CC BY 4.0' });
    expect(layout.jsonLd).toBeUndefined();
  });
});

describe('page views of the small fixture', () => {
  it('home: the national rates of 2025 in the description, the cases map of that period, links to the rest', () => {
    const view = homeView(data);
    expect(view.layout.description).toBe(
      'Toàn quốc năm 2025: tỷ lệ thi hành xong về việc 83,68%, về tiền 55,12%. Xếp hạng các tỉnh, thành phố.',
    );
    expect(view.headline.heading).toBe('Toàn quốc: năm 2025');
    // The money map is one click away on the rankings page, the full table on its own page: the home stays light.
    expect(view.maps.map((m) => m.id)).toEqual(['ban-do-cases']);
    expect(view.maps[0]!.tableLink).toBeUndefined();
    expect(view.moneyMapLink.href).toBe('/xep-hang/2025/#ban-do-money');
    expect(view.tablesLink.href).toBe('/xep-hang/2025/bang/');
    expect(view.rankingsLink.href).toBe('/xep-hang/2025/');
    expect(view.pickerLabel).toBe('Xem tỉnh, thành phố của bạn (2 tỉnh, thành phố)');
  });

  it('rankings: /xep-hang/ and the page of the latest period share their content, not their place in the navigation', () => {
    const content = rankingsView(data, data.model.latest);
    const index = rankingsPageView(data, content, 'index');
    const period = rankingsPageView(data, content, 'period');
    expect(index.layout.nav.filter((n) => n.current).map((n) => n.href)).toEqual(['/xep-hang/']);
    expect(period.layout.nav.filter((n) => n.current)).toEqual([]);
    expect(index.maps).toBe(period.maps);
    // The geography is the map's: the 34 provinces drawn, of which the fixture has figures for 2.
    expect(index.lede).toBe('01/10/2024 – 30/09/2025. 34 tỉnh, thành phố; 2/2 tỉnh, thành phố có số liệu');
    expect(index.years.map((y) => y.id)).toEqual(['nam-2025', 'nam-2024']);
    // Its maps and charts link to their measure's table on the period's table page instead of carrying a copy.
    expect([...index.maps, ...index.rankings].map((c) => c.tableLink?.href)).toEqual([
      '/xep-hang/2025/bang/#ve-viec',
      '/xep-hang/2025/bang/#ve-tien',
      '/xep-hang/2025/bang/#ve-viec',
      '/xep-hang/2025/bang/#ve-tien',
    ]);
    expect(index.tablesLink.href).toBe('/xep-hang/2025/bang/');
  });

  it('ranking tables: cases then money, each ranked by its own rate, under the rankings in the breadcrumbs', () => {
    const view = rankingTablesPageView(data, data.model.latest);
    expect(view.layout.nav.filter((n) => n.current)).toEqual([]);
    expect(view.breadcrumbs.items).toEqual([{ text: 'Xếp hạng', href: '/xep-hang/2025/' }, { text: 'Năm 2025' }]);
    expect(view.sections.map((s) => [s.id, s.heading, s.table.caption])).toEqual([
      ['ve-viec', 'Xếp hạng về việc', 'Các tỉnh, thành phố, năm 2025: xếp hạng theo tỷ lệ về việc'],
      ['ve-tien', 'Xếp hạng về tiền', 'Các tỉnh, thành phố, năm 2025: xếp hạng theo tỷ lệ về tiền'],
    ]);
    for (const s of view.sections) {
      expect(s.table.head).toHaveLength(5);
      expect(s.table.rows.every((r) => r.length === 5)).toBe(true);
    }
  });

  it('downloads: the rows of thads.csv counted by basis, and the dataset as JSON-LD', () => {
    const view = downloadsPageView(data);
    const rows = [...downloadRows(data)];
    const sums = rows.filter((r) => r.basis === 'sum_of_predecessors').length;
    expect(sums).toBeGreaterThan(0);
    expect(view.csvRows).toBe(`${rows.length} dòng (${rows.length - sums} dòng số báo cáo, ${sums} dòng so sánh được)`);
    // Without SITE_URL no absolute address is invented: the dataset has no url and lists no download address.
    const ld = JSON.parse(view.layout.jsonLd!);
    expect(ld).toMatchObject({ '@type': 'Dataset', dateModified: '2026-01-15', distribution: [] });
    expect(ld).not.toHaveProperty('url');
    expect([view.csv.saveAs, view.excel.saveAs, view.json.saveAs]).toEqual([
      'thads-2026-01-15.csv',
      'thads-excel-2026-01-15.csv',
      'thads-2026-01-15.json',
    ]);
    expect(view.changelog.href).toBe('/du-lieu/nhat-ky/');
    // Each column by its code name and its Vietnamese header in the Excel file.
    expect(view.columns.map((c) => c.code)).toEqual([...DOWNLOAD_COLUMNS]);
    expect(view.columns.map((c) => c.excel)).toEqual([...EXCEL_HEADERS]);
    expect(view.columns.find((c) => c.code === 'money_completed')?.excel).toBe('Tiền thi hành xong (nghìn đồng)');
  });

  it('a unit page: its description, breadcrumbs and address', () => {
    const haNoi = data.dataset.registry.resolve('01', '2025-09-30')!;
    const view = unitPageView(data, haNoi);
    expect(view.layout.description).toBe(
      'Thành phố Hà Nội, năm 2025: tỷ lệ thi hành xong về việc 84,41%, về tiền 59,61%.',
    );
    expect(view.layout.canonical).toBeUndefined();
    expect(view.breadcrumbs.items).toEqual([{ text: 'Thành phố Hà Nội' }]);
  });

  it('the not-found page, which has no address of its own', () => {
    expect(notFoundView(data).layout.canonical).toBeUndefined();
    expect(notFoundView(data).home.href).toBe('/');
  });
});
