/**
 * The English pages of the built fixture site: the same views as the
 * Vietnamese pages, so the same hand-checked figures of
 * tests/fixtures/small/README.md, written in English:
 *   nation 2025: 5,013 / 5,991 = 83.68%; 325.78 / 591.06 billion dong = 55.12%; −0.66 pp on 2024
 *   Hà Nội 2025: 4,213 / 4,991 = 84.41%, 280.78 / 471.06 = 59.61%, gap to its 84.17% = +0.24 pp
 *   Bắc Ninh khu vực 1 2025: 640 / 800 = 80.00%, 35 / 100 = 35.00%, −2.60 pp to the national 82.60%
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_DATA } from '../support/build';
import {
  type BuiltPage,
  csvRecords,
  figureCard,
  fileOf,
  listFiles,
  readPage,
  readPages,
  says,
  tableByCaption,
  tableRows,
  text,
} from '../support/pages';

const site = inject('fixtureSite');
let files: string[] = [];
let pages: BuiltPage[] = [];

beforeAll(async () => {
  files = await listFiles(site);
  pages = await readPages(site, files);
});

const HA_NOI = '/en/province/ha-noi-01/';
const BAC_NINH = '/en/province/bac-ninh-24/';
const BAC_GIANG_FORMER = '/en/province/bac-giang-24-den-2025-06-30/';
const BAC_NINH_KV01 = '/en/province/bac-ninh-24/khu-vuc-1-24-kv01/';

const CASES = 'Completion rate by cases';
const MONEY = 'Completion rate by money';

/** Every page type in both languages: the Vietnamese address and its English one. */
const PAIRS: [string, string][] = [
  ['/', '/en/'],
  ['/tinh/ha-noi-01/', HA_NOI],
  ['/tinh/bac-ninh-24/khu-vuc-1-24-kv01/', BAC_NINH_KV01],
  ['/xep-hang/', '/en/rankings/'],
  ['/xep-hang/2024/', '/en/rankings/2024/'],
  ['/phuong-phap/', '/en/methodology/'],
  ['/du-lieu/', '/en/data/'],
  ['/du-lieu/nhat-ky/', '/en/data/changelog/'],
  ['/don-vi/', '/en/units/'],
];

const links = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((a) => ({ text: text(a), href: a.getAttribute('href') }));

describe('the English site', () => {
  it('has every page type, and as many pages as the Vietnamese site', () => {
    for (const [, en] of PAIRS) expect(files, en).toContain(fileOf(en));
    expect(files).toContain('en/404/index.html');
    // The short addresses (a meta refresh to a province) are Vietnamese only; the embed pages of the charts
    // (/nhung/) have their English twins (/en/embed/).
    const vietnameseOnly = (p: BuiltPage) => p.doc.querySelector('meta[http-equiv="refresh"]') !== null;
    const english = pages.filter((p) => p.address.startsWith('/en/'));
    const vietnamese = pages.filter((p) => !p.address.startsWith('/en/') && !vietnameseOnly(p));
    expect(english.length).toBe(vietnamese.length);
    expect(english.filter((p) => p.address.startsWith('/en/embed/')).length).toBe(
      vietnamese.filter((p) => p.address.startsWith('/nhung/')).length,
    );
  });

  it('says its language on every page, and links each page to itself in the other language', async () => {
    for (const { address, doc } of pages) {
      const en = address.startsWith('/en/');
      expect(doc.documentElement.getAttribute('lang'), address).toBe(en ? 'en' : 'vi');
      expect(text(doc.querySelector('.sample-banner')), address).toMatch(en ? /^Sample data\./ : /^Dữ liệu mẫu\./);
      // The embed pages (/nhung/, /en/embed/) carry a chart alone, without the layout's head.
      if (/^\/(nhung|en\/embed)\//.test(address)) continue;
      expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'), address).toBe(
        en ? 'en_GB' : 'vi_VN',
      );
    }
    for (const [vi, en] of PAIRS) {
      expect(links(await readPage(site, vi), 'a.language'), vi).toEqual([{ text: 'English', href: en }]);
      expect(links(await readPage(site, en), 'a.language'), en).toEqual([{ text: 'Tiếng Việt', href: vi }]);
    }
  });
});

describe('English home page', () => {
  it('shows the national headline of 2025 in English number format', async () => {
    const doc = await readPage(site, '/en/');
    expect(text(doc.querySelector('h1'))).toBe('Civil judgment enforcement results nationwide');
    expect(text(doc.querySelector('.headline h2'))).toBe('Nationwide: year 2025 (1 October 2024 – 30 September 2025)');
    const cases = figureCard(doc, CASES);
    expect(says(cases, CASES)).toEqual(['83.68%', '5,013 / 5,991 cases enforceable']);
    expect(says(cases, 'Change on year 2024')).toEqual(['−0.66 pp']);
    expect(says(cases, 'Target')).toEqual(['82.60%']);
    expect(says(cases, 'Against target')).toEqual(['+1.08 pp']);
    const money = figureCard(doc, MONEY);
    expect(says(money, MONEY)).toEqual(['55.12%', '325.78 billion dong / 591.06 billion dong enforceable']);
    expect(says(money, 'Change')).toEqual(['+7.94 pp']);
    expect(says(money, 'Against target')).toEqual(['+9.52 pp']);
  });

  it('ranks the provinces, keeping their Vietnamese names, and links to their English pages', async () => {
    // The full ranking tables are on the period's table page, linked from the home.
    const doc = await readPage(site, '/en/');
    expect(doc.querySelector('main a[href="/en/rankings/2025/tables/"]')).not.toBeNull();
    const tables = await readPage(site, '/en/rankings/2025/tables/');
    const table = tableByCaption(tables, 'The provinces, year 2025: ranked by completion rate by cases');
    expect(tableRows(table).slice(1)).toEqual([
      ['1', 'Thành phố Hà Nội', '84.41%', '+0.11', '+0.24'],
      ['2', 'Tỉnh Bắc Ninh', '80.00%', '−4.40', '−2.60'],
    ]);
    expect([...table.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([HA_NOI, BAC_NINH]);
  });

  it('writes its charts in English: captions, summaries, tables and the SVG text', async () => {
    const doc = await readPage(site, '/en/');
    const trend = doc.querySelector('figure#xu-huong-toan-quoc')!;
    expect(text(trend.querySelector('figcaption'))).toBe(
      'Nationwide: completion rates by statistical year, against the targets',
    );
    expect(text(trend.querySelector('.chart-summary'))).toMatch(/^Completion rate nationwide: by cases /);
    expect(tableRows(trend.querySelector('table')!)[0]).toEqual([
      'Year',
      'Rate by cases',
      'Target by cases',
      'Rate by money',
      'Target by money',
    ]);
    expect(text(trend.querySelector('svg'))).toContain('Rate (%)');
    const ranking = doc.querySelector('figure#xep-hang-cases')!;
    expect(text(ranking.querySelector('svg'))).toContain('84.41%');
    expect(text(ranking.querySelector('svg'))).not.toContain('84,41%');
    const map = doc.querySelector('figure#ban-do-cases')!;
    expect(text(map.querySelector('figcaption'))).toBe('Map of the completion rate by cases, year 2025 (34 provinces)');
  });
});

describe('English province page: Hà Nội', () => {
  it('shows its 2025 figures, the gap to its own target and its rank', async () => {
    const doc = await readPage(site, HA_NOI);
    expect(text(doc.querySelector('h1'))).toBe('Thành phố Hà Nội');
    const cases = figureCard(doc, CASES);
    // Beside each headline figure, the national one (as on the Vietnamese page).
    expect(says(cases, CASES)).toEqual(['84.41%', '4,213 / 4,991 cases enforceable', 'Nationwide: 83.68%']);
    expect(says(cases, 'Change on year 2024')).toEqual(['+0.11 pp']);
    expect(says(cases, 'Target')).toEqual(['84.17%']);
    expect(says(cases, 'Against target')).toEqual(['+0.24 pp']);
    expect(says(cases, 'Rank in the country')).toEqual(['1/2']);
    const money = figureCard(doc, MONEY);
    expect(says(money, MONEY)).toEqual([
      '59.61%',
      '280.78 billion dong / 471.06 billion dong enforceable',
      'Nationwide: 55.12%',
    ]);
    expect(says(money, 'Against target')).toEqual(['+1.61 pp']);
  });

  it('has the full figures of every period under the glossary’s English column names', async () => {
    const doc = await readPage(site, HA_NOI);
    const section = doc.querySelector('section[aria-labelledby="all-figures"]')!;
    const cases = tableRows(tableByCaption(section, 'Thành phố Hà Nội: figures in cases, by reporting period (cases)'));
    expect(cases[0]).toEqual([
      'Reporting period',
      'Carried over from the previous year',
      'Newly accepted',
      'Entrusted to another agency or withdrawn',
      'Enforceable',
      'Not enforceable yet',
      'Completed',
      'Terminated',
      'Carried to the next period',
      'Completion rate (%)',
      'Change on the same period of last year (percentage points)',
    ]);
    // Carried to the next period: 929 + 4,900 − 33 − (4,100 + 113) = 1,583.
    expect(cases.slice(1)).toEqual([
      ['Year 2025', '929', '4,900', '33', '4,991', '805', '4,100', '113', '1,583', '84.41%', '+0.11'],
      ['Year 2024', '605', '1,800', '40', '2,000', '365', '1,630', '56', '679', '84.30%', '— (no figures last year)'],
    ]);
    const money = tableRows(
      tableByCaption(section, 'Thành phố Hà Nội: figures in money, by reporting period (billion dong)'),
    );
    expect(money[1]).toEqual([
      'Year 2025',
      '324.00',
      '400.00',
      '4.00',
      '471.06',
      '248.94',
      '265.00',
      '15.78',
      '439.22',
      '59.61%',
      '+11.94',
    ]);
    // One download for both languages.
    expect(section.querySelector('a[download]')?.getAttribute('href')).toBe('/tinh/ha-noi-01/so-lieu.csv');
  });
});

describe('English office page: Phòng THADS khu vực 1 of Bắc Ninh', () => {
  it('shows its 2025 rates against the national target, beside its province and the nation', async () => {
    const doc = await readPage(site, BAC_NINH_KV01);
    const cases = figureCard(doc, CASES);
    expect(says(cases, CASES)).toEqual(['80.00%', '640 / 800 cases enforceable', 'Nationwide: 83.68%']);
    expect(says(cases, 'Target')).toEqual(['82.60%', 'National target']);
    expect(says(cases, 'Against target')).toEqual(['−2.60 pp']);
    const rows = tableRows(tableByCaption(doc, 'Chart data: Completion rates compared, year 2025'));
    expect(rows.slice(1)).toEqual([
      ['Phòng THADS khu vực 1', '80.00%', '35.00%'],
      ['Bắc Ninh', '80.00%', '37.50%'],
      ['Nationwide', '83.68%', '55.12%'],
    ]);
    expect(links(doc, '.breadcrumbs a')).toEqual([
      { text: 'Home', href: '/en/' },
      { text: 'Tỉnh Bắc Ninh', href: BAC_NINH },
    ]);
    expect(text(doc.querySelector('.status-formed'))).toContain('This unit was formed on 1 July 2025 from:');
    expect(links(doc, '.status-formed a')[0]).toEqual({
      text: 'Chi cục THADS thành phố Bắc Giang (code 24-01, until 30 June 2025)',
      href: '/en/province/bac-giang-24-den-2025-06-30/thanh-pho-bac-giang-24-01-den-2025-06-30/',
    });
  });

  it('a former province says in English where it went', async () => {
    const doc = await readPage(site, BAC_GIANG_FORMER);
    expect(text(doc.querySelector('.status-former'))).toBe(
      'This unit operated until 30 June 2025. From 1 July 2025, its duties passed to Tỉnh Bắc Ninh. ' +
        "The new unit's page has the comparable series of the whole area, including this unit's figures.",
    );
  });
});

describe('English rankings, downloads, change log and methodology', () => {
  it('ranks the provinces of 2024 with English period names', async () => {
    const doc = await readPage(site, '/en/rankings/2024/');
    expect(text(doc.querySelector('h1'))).toBe('The provinces ranked: year 2024');
    const years = [...doc.querySelectorAll('.period-years h2')].map(text);
    expect(years).toEqual([
      'Statistical year 2025 (1 October 2024 – 30 September 2025)',
      'Statistical year 2024 (1 October 2023 – 30 September 2024)',
    ]);
    expect(links(doc, '.period-list a')).toEqual([
      { text: 'Whole year', href: '/en/rankings/2025/' },
      { text: 'Whole year', href: '/en/rankings/2024/' },
    ]);
  });

  it('offers the same downloads and links the English change log', async () => {
    const doc = await readPage(site, '/en/data/');
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/du-lieu/thads.csv', '/en/data/changelog/', '/en/methodology/']));
    const log = await readPage(site, '/en/data/changelog/');
    expect(text(log.querySelector('h1'))).toBe('Data change log');
  });

  it('describes the dataset in English in its JSON-LD, from dataset.json, keeping its own title as alternateName', async () => {
    const ldOf = async (address: string) =>
      JSON.parse(
        (await readPage(site, address)).querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      );
    const [vi, en] = await Promise.all([ldOf('/du-lieu/'), ldOf('/en/data/')]);
    expect(vi).toMatchObject({ '@type': 'Dataset', name: 'Bộ dữ liệu kiểm thử nhỏ', inLanguage: 'vi' });
    expect(vi.keywords).toBeUndefined();
    expect(en).toMatchObject({
      '@type': 'Dataset',
      name: 'Small test dataset',
      alternateName: 'Bộ dữ liệu kiểm thử nhỏ',
      description: 'Test data, figures computed by hand.',
      inLanguage: 'en',
      keywords: expect.arrayContaining(['civil judgment enforcement', 'Viet Nam']),
      dateModified: vi.dateModified,
      license: vi.license,
      creator: { '@type': 'Organization', name: 'Development team' },
    });
    expect(vi.creator).toEqual({ '@type': 'Organization', name: 'Nhóm phát triển' });
  });

  it('names the dataset and its publisher in English in the footer, the downloads page and the embed source', async () => {
    const [home, data, embed] = await Promise.all([
      readPage(site, '/en/'),
      readPage(site, '/en/data/'),
      readPage(site, '/en/embed/province/ha-noi-01/xu-huong/'),
    ]);
    expect(text(home.querySelector('footer'))).toMatch(/^Small test dataset\. Source: Development team\. /);
    expect(text(data.querySelector('main'))).toContain('Small test dataset. Test data, figures computed by hand.');
    expect(text(embed.querySelector('.embed-source'))).toBe(
      'Source: Development team, Small test dataset. Licence: CC BY 4.0.',
    );
    const vi = await readPage(site, '/');
    expect(text(vi.querySelector('footer'))).toMatch(/^Bộ dữ liệu kiểm thử nhỏ\. Nguồn: Nhóm phát triển\. /);
  });

  it('links the map credit and the methodology to the English deed of the boundaries’ licence', async () => {
    const deeds = async (address: string) =>
      [...(await readPage(site, address)).querySelectorAll('a[href*="/licenses/by-sa/"]')].map((a) =>
        a.getAttribute('href'),
      );
    for (const [vi, en] of [
      ['/xep-hang/', '/en/rankings/'],
      ['/phuong-phap/', '/en/methodology/'],
    ]) {
      const [viDeeds, enDeeds] = await Promise.all([deeds(vi!), deeds(en!)]);
      expect(viDeeds.length, vi).toBeGreaterThan(0);
      expect(new Set(viDeeds), vi).toEqual(new Set(['https://creativecommons.org/licenses/by-sa/4.0/deed.vi']));
      expect(enDeeds.length, en).toBe(viDeeds.length);
      expect(new Set(enDeeds), en).toEqual(new Set(['https://creativecommons.org/licenses/by-sa/4.0/deed.en']));
    }
  });

  it('writes the methodology’s glossary from glossary.ts in both languages', async () => {
    const doc = await readPage(site, '/en/methodology/');
    const rows = tableRows(doc.querySelector('table')!);
    expect(rows).toContainEqual(['Thi hành xong', 'completed', 'cases_completed, money_completed']);
    expect(rows).toContainEqual(['Tỷ lệ thi hành xong', 'completion rate', '']);
  });
});

describe('English A-Z page, search form and 404 page', () => {
  it('lists every unit with English words, linking their English pages', async () => {
    const doc = await readPage(site, '/en/units/');
    expect(text(doc.querySelector('h1'))).toBe('Every unit from A to Z');
    expect(text(doc.querySelector('#search-results h2'))).toBe('Search results');
    expect([...doc.querySelectorAll('main > h2')].map(text)).toEqual([
      'Current provinces, cities and units',
      'The provinces before 1 July 2025',
    ]);
    const lists = [...doc.querySelectorAll('main > ul.units-az')];
    // An office with its area in units.csv says where it serves, in a line of text rather than more elements.
    expect(text(lists[0]!.querySelector('a[href="/en/province/ha-noi-01/khu-vuc-1-01-kv01/"]')!.parentElement)).toBe(
      'Phòng THADS khu vực 1 – Area: quận Ba Đình, quận Hoàn Kiếm, quận Tây Hồ',
    );
    expect(text(lists[1]!.querySelector('li'))).toBe(
      'Tỉnh Bắc Giang (code 24, until 30 June 2025) (now Tỉnh Bắc Ninh)',
    );
    // The former offices, with what each became, are on a page of their own.
    expect(doc.querySelector('main a[href="/en/units/former/"]')).not.toBeNull();
    const former = await readPage(site, '/en/units/former/');
    expect(text(former.querySelector('main ul.units-former li'))).toBe(
      'Tỉnh Bắc Giang (code 24, until 30 June 2025) (now Tỉnh Bắc Ninh): ' +
        'Chi cục THADS thành phố Bắc Giang (code 24-01, until 30 June 2025) (now Phòng THADS khu vực 1)',
    );
    expect(text(former.querySelector('main ul.units-former'))).toContain('the former units of Thành phố Hà Nội');
    const hrefs = [doc, former].flatMap((d) =>
      [...d.querySelectorAll('main ul.units-az a')].map((a) => a.getAttribute('href')),
    );
    expect(new Set(hrefs).size).toBe(11);
    expect(hrefs.every((h) => h?.startsWith('/en/province/'))).toBe(true);
    // The search script reads its messages and the language of the results from the form.
    const form = doc.querySelector('form[data-pagefind]')!;
    expect(form.getAttribute('data-lang')).toBe('en');
    expect(form.getAttribute('data-found')).toBe('{n} units found for “{q}”, those in force first.');
    expect(form.getAttribute('data-none')).toBe('No unit found for “{q}”. The full list is below.');
    expect(form.getAttribute('aria-label')).toBe('Search the list of units');
    expect(text(form.querySelector('label'))).toBe('Find a province, office or code');
  });

  it('has the search form in English on every English page, opening the English A-Z page', () => {
    // The embed pages (/en/embed/) carry a chart alone, without the layout, as /nhung/ does.
    const english = pages.filter((p) => p.address.startsWith('/en/') && !p.address.startsWith('/en/embed/'));
    expect(english.length).toBeGreaterThan(20);
    for (const { address, doc } of english) {
      const form = doc.querySelector('form.site-search')!;
      expect(form.getAttribute('action'), address).toBe('/en/units/');
      expect(form.getAttribute('aria-label'), address).toBe('Find a unit');
      expect(text(form.querySelector('label')), address).toBe('Find a province, office or code');
      expect(text(form.querySelector('button')), address).toBe('Search');
      expect(form.querySelector('input')?.getAttribute('placeholder'), address).toBe('e.g. ben luc, da nang, hcm');
      expect(links(doc, 'header nav a').at(-1), address).toEqual({ text: 'Units A–Z', href: '/en/units/' });
    }
  });

  it('the English 404 page links the English A-Z page', async () => {
    const doc = await readPage(site, '/en/404/');
    expect(links(doc, 'main a')).toContainEqual({ text: 'Every unit from A to Z', href: '/en/units/' });
  });
});

describe('English citation', () => {
  it('cites a unit page with English words, the dataset keeping its own title', async () => {
    const doc = await readPage(site, HA_NOI);
    const cite = doc.querySelector('section.cite')!;
    expect(text(cite.querySelector('h2'))).toBe('Cite');
    expect([...cite.querySelectorAll('h3')].map(text)).toEqual(['As text', 'As BibTeX']);
    expect(text(cite.querySelector('.cite-text'))).toBe(
      'Nhóm phát triển (2026). Bộ dữ liệu kiểm thử nhỏ: Thành phố Hà Nội. Version 2026-01-15 (updated 15 January 2026). ' +
        'Licence CC BY 4.0. Path on the site: /en/province/ha-noi-01/',
    );
    expect(text(cite.querySelector('.cite-bibtex'))).toContain('note = {Licence CC BY 4.0}');
    expect(text(cite.querySelector('.note'))).toMatch(/^This build has no public address \(SITE_URL\)/);
    expect(doc.querySelector('figure#xu-huong .permalink')?.getAttribute('aria-label')).toBe('Link to this chart');
    const home = await readPage(site, '/en/');
    expect(home.querySelector('figure.map .permalink')?.getAttribute('aria-label')).toBe('Link to this map');
  });

  it('cites the English downloads page at its own address', async () => {
    const doc = await readPage(site, '/en/data/');
    expect(text(doc.querySelector('section.cite .cite-text'))).toMatch(
      /^Nhóm phát triển \(2026\)\. Bộ dữ liệu kiểm thử nhỏ\. Version .* Path on the site: \/en\/data\/$/,
    );
  });
});

/**
 * Words of the Vietnamese interface (the `vi` entries of the views' WORDS
 * tables), none of which may show on an English page. Case matters: "Năm"
 * and "Tải" start a Vietnamese label, "việc" and "tỷ đồng" end one.
 */
const VIETNAMESE_UI = [
  'Địa bàn',
  'Xem số liệu',
  'Tải',
  'Trích dẫn',
  'điểm %',
  'điểm phần trăm',
  'Thuộc',
  'Tỷ lệ',
  'Xếp hạng',
  'Hạng',
  'Kỳ báo cáo',
  'Cơ sở số liệu',
  'So với',
  'cùng kỳ',
  'Toàn quốc',
  'Phương pháp',
  'Nguồn',
  'Cập nhật',
  'Giấy phép',
  'Đơn vị',
  'đơn vị',
  'việc',
  'tỷ đồng',
  'Chỉ tiêu',
  'Năm',
  'Hiện nay',
  'Trước đây',
  'nay là',
  'Tìm',
  'Kết quả',
  'Liên kết',
  'Bản đồ',
  'Biểu đồ',
  'biểu đồ',
  'Dữ liệu',
  'dữ liệu',
  'Phiên bản',
  'Đường dẫn',
  'Trang chủ',
  'dạng bảng',
  'không có số liệu',
  'Bỏ qua',
  'ví dụ',
  'Dạng văn bản',
  'tỉnh, thành phố',
];

/** The fixture's own words, shown as they are on every page: unit names and areas, sources, notes, the dataset's title. */
async function dataWords(): Promise<string[]> {
  const read = (file: string) => readFile(path.join(FIXTURE_DATA, file), 'utf8');
  const units = csvRecords(await read('units.csv')).records.flatMap((u) => [u.name!, u.area!]);
  const results = await Promise.all(['results/2024.csv', 'results/2025.csv'].map(read));
  const sourcesAndNotes = results.flatMap((csv) => csvRecords(csv).records.flatMap((r) => [r.source!, r.note!]));
  const info = JSON.parse(await read('dataset.json')) as Record<string, unknown>;
  const dataset = [info.title, info.publisher, info.description].filter((x): x is string => typeof x === 'string');
  return [...units, ...sourcesAndNotes, ...dataset].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The text of an SVG file: its <text>, <title> and <desc> contents and its aria-label. */
const svgTexts = (svg: string) =>
  [...svg.matchAll(/<(text|tspan|title|desc)\b[^>]*>([^<]*)</g), ...svg.matchAll(/aria-label="([^"]*)"/g)]
    .map((m) => m[m.length - 1]!)
    .join('\n');

describe('English shared files', () => {
  it('cards, chart SVGs and CSVs show no word of the Vietnamese interface outside the data', async () => {
    const data = await dataWords();
    const shared = files.filter((f) => /^en\/(share|charts)\/.+\.(svg|csv)$/.test(f));
    expect(shared.filter((f) => f.startsWith('en/share/')).length).toBe(14);
    expect(shared.filter((f) => f.startsWith('en/charts/')).length).toBe(
      files.filter((f) => /^bieu-do\/.+\.(svg|csv)$/.test(f)).length,
    );
    const found: string[] = [];
    for (const file of shared) {
      const raw = await readFile(path.join(site, file), 'utf8');
      let shown = file.endsWith('.svg') ? svgTexts(raw) : raw;
      for (const d of data) shown = shown.replaceAll(d, ' ');
      for (const word of VIETNAMESE_UI) if (shown.includes(word)) found.push(`${file}: ${word}`);
    }
    expect(found).toEqual([]);
  });

  it('a chart CSV has the English headers and number format of the English page', async () => {
    const csv = await readFile(path.join(site, 'en/charts/province/ha-noi-01/xu-huong.csv'), 'utf8');
    const { header, rows } = csvRecords(csv);
    expect(header).toEqual(['Year', 'Rate by cases', 'Target by cases', 'Rate by money', 'Target by money']);
    expect(rows.at(-1)).toEqual(['2025', '84.41%', '84.17%', '59.61%', '58.00%']);
  });
});

describe('English pages', () => {
  it('show no word of the Vietnamese interface outside the data and the parts marked as Vietnamese', async () => {
    const data = await dataWords();
    const english = pages.filter((p) => p.address.startsWith('/en/'));
    expect(english.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const { address, doc } of english) {
      const html = doc.documentElement.cloneNode(true) as Element;
      // Marked as Vietnamese: the link to the Vietnamese page, the glossary's Vietnamese terms.
      for (const el of html.querySelectorAll('[lang="vi"], script, style')) el.remove();
      const attributes = [...html.querySelectorAll('*')].flatMap((el) =>
        ['aria-label', 'title', 'alt', 'placeholder', 'content', 'data-found', 'data-none', 'data-failed']
          .map((a) => el.getAttribute(a))
          .filter((v): v is string => v !== null),
      );
      let shown = [html.textContent ?? '', ...attributes].join('\n');
      for (const d of data) shown = shown.replaceAll(d, ' ');
      for (const word of VIETNAMESE_UI) if (shown.includes(word)) found.push(`${address}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});
