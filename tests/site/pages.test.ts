/**
 * The built fixture site says what tests/fixtures/small/README.md computes by
 * hand. Every figure below was checked against that README:
 *   nation 2025: (4213 + 800) / (4991 + 1000) = 83,68%; (280,78 + 45) / (471,06 + 120) = 55,12%
 *   nation 2024: 2530 / 3000 = 84,33%, so the change is 83,6755 − 84,3333 = −0,66 points
 *   Hà Nội 2025: 4213 / 4991 = 84,41%, 280,78 / 471,06 = 59,61%, gap to its 84,17% = +0,24 points
 *   Bắc Ninh khu vực 1 2025: (600 + 40) / 800 = 80,00%, 35 / 100 = 35,00%
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_DATA } from '../support/build';
import { EXPECTED_EXCEL_HEADERS } from '../support/excel-headers';
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

const HOME = '/';
const HA_NOI = '/tinh/ha-noi-01/';
const BAC_NINH = '/tinh/bac-ninh-24/';
const BAC_GIANG_FORMER = '/tinh/bac-giang-24-den-2025-06-30/';
const BAC_NINH_27_FORMER = '/tinh/bac-ninh-27-den-2025-06-30/';
const BAC_NINH_KV01 = '/tinh/bac-ninh-24/khu-vuc-1-24-kv01/';
const TAY_HO = '/tinh/ha-noi-01/quan-tay-ho-01-03-den-2025-06-30/';

const CASES = 'Tỷ lệ thi hành xong về việc';
const MONEY = 'Tỷ lệ thi hành xong về tiền';

const links = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((a) => ({ text: text(a), href: a.getAttribute('href') }));

describe('the built fixture site', () => {
  it('has every page type', () => {
    for (const address of [
      HOME,
      HA_NOI,
      BAC_NINH,
      BAC_GIANG_FORMER,
      BAC_NINH_KV01,
      TAY_HO,
      '/phuong-phap/',
      '/du-lieu/',
    ]) {
      expect(files, address).toContain(fileOf(address));
    }
    expect(files).toContain('404.html');
  });
});

describe('home page', () => {
  it('shows the national headline of 2025 with its change and gap to target', async () => {
    const doc = await readPage(site, HOME);
    expect(text(doc.querySelector('h1'))).toBe('Kết quả thi hành án dân sự toàn quốc');
    expect(text(doc.querySelector('.headline h2'))).toBe('Toàn quốc: năm 2025 (01/10/2024 – 30/09/2025)');

    const cases = figureCard(doc, CASES);
    expect(says(cases, CASES)).toEqual(['83,68%', '5.013 / 5.991 việc có điều kiện thi hành']);
    expect(says(cases, 'Thay đổi so với năm 2024')).toEqual(['−0,66 điểm %']);
    expect(says(cases, 'Chỉ tiêu')).toEqual(['82,60%']);
    expect(says(cases, 'So với chỉ tiêu')).toEqual(['+1,08 điểm %']);

    const money = figureCard(doc, MONEY);
    expect(says(money, MONEY)).toEqual(['55,12%', '325,78 tỷ đồng / 591,06 tỷ đồng có điều kiện thi hành']);
    expect(says(money, 'Thay đổi so với năm 2024')).toEqual(['+7,94 điểm %']);
    expect(says(money, 'So với chỉ tiêu')).toEqual(['+9,52 điểm %']);
  });

  it('ranks the provinces in force in 2025 and links to them, the full tables a click away', async () => {
    const doc = await readPage(site, HOME);
    const chartTable = (m: string) =>
      tableRows(
        tableByCaption(
          doc,
          `Số liệu của biểu đồ: Xếp hạng các tỉnh, thành phố theo tỷ lệ thi hành xong ${m}, năm 2025`,
        ),
      ).slice(1);
    expect(chartTable('về việc')).toEqual([
      ['1', 'Thành phố Hà Nội', '84,41%'],
      ['2', 'Tỉnh Bắc Ninh', '80,00%'],
    ]);
    expect(chartTable('về tiền')).toEqual([
      ['1', 'Thành phố Hà Nội', '59,61%'],
      ['2', 'Tỉnh Bắc Ninh', '37,50%'],
    ]);
    const picker = [...doc.querySelectorAll('.picker a')].map((a) => a.getAttribute('href'));
    expect(picker.sort()).toEqual([BAC_NINH, HA_NOI].sort());
    // The full ranking tables are on the period's table page, linked from the home.
    const link = doc.querySelector('main a[href="/xep-hang/2025/bang/"]');
    expect(link).not.toBeNull();
    const tables = await readPage(site, '/xep-hang/2025/bang/');
    const cases = tableByCaption(tables, 'Các tỉnh, thành phố, năm 2025: xếp hạng theo tỷ lệ về việc');
    expect([...cases.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([HA_NOI, BAC_NINH]);
  });

  it('says in the title and description what the page is about', async () => {
    const doc = await readPage(site, HOME);
    expect(text(doc.querySelector('title'))).toContain('năm 2025');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('83,68%');
  });
});

describe('sample data', () => {
  it('every page says the figures are sample data (dataset.json: sample true)', async () => {
    const info = JSON.parse(await readFile(path.join(FIXTURE_DATA, 'dataset.json'), 'utf8')) as { sample: boolean };
    expect(info.sample).toBe(true);
    // The English pages say it in English (english.test.ts).
    for (const { address, doc } of pages.filter((p) => !p.address.startsWith('/en/'))) {
      expect(text(doc.querySelector('.sample-banner')), address).toMatch(/^Dữ liệu mẫu\./);
    }
    expect(pages.filter((p) => !p.address.startsWith('/en/')).length).toBeGreaterThan(10);
  });
});

describe('province page: Hà Nội', () => {
  it('shows the seeds’ figures for 2025, the gap to its own target and its rank', async () => {
    const doc = await readPage(site, HA_NOI);
    expect(text(doc.querySelector('h1'))).toBe('Thành phố Hà Nội');

    const cases = figureCard(doc, CASES);
    expect(says(cases, CASES)).toEqual(['84,41%', '4.213 / 4.991 việc có điều kiện thi hành', 'Toàn quốc: 83,68%']);
    expect(says(cases, 'Thay đổi so với năm 2024')).toEqual(['+0,11 điểm %']);
    // Its own target, so no "national target" note.
    expect(says(cases, 'Chỉ tiêu')).toEqual(['84,17%']);
    expect(says(cases, 'So với chỉ tiêu')).toEqual(['+0,24 điểm %']);
    expect(says(cases, 'Xếp hạng trong cả nước')).toEqual(['1/2']);

    const money = figureCard(doc, MONEY);
    expect(says(money, MONEY)).toEqual([
      '59,61%',
      '280,78 tỷ đồng / 471,06 tỷ đồng có điều kiện thi hành',
      'Toàn quốc: 55,12%',
    ]);
    expect(says(money, 'Chỉ tiêu')).toEqual(['58,00%']);
    expect(says(money, 'So với chỉ tiêu')).toEqual(['+1,61 điểm %']);
  });

  it('ranks its offices of 2025 and links to them', async () => {
    const doc = await readPage(site, HA_NOI);
    const section = doc.querySelector('section[aria-labelledby="offices"]');
    expect(text(section?.querySelector('h2'))).toBe('Các đơn vị trực thuộc');
    // Cases and money in two tables, each ranked by its own rate.
    const cases = tableByCaption(section!, 'Các đơn vị của Hà Nội, năm 2025: xếp hạng theo tỷ lệ về việc');
    const money = tableByCaption(section!, 'Các đơn vị của Hà Nội, năm 2025: xếp hạng theo tỷ lệ về tiền');
    // Offices have no own target: the national 82,60% / 45,60% applies.
    // Against 2024 as Ba Đình + Hoàn Kiếm + Tây Hồ (README): 85,00 − 85,06 and 60,00 − 50,45.
    // An office's area (units.csv) stands beside its name.
    expect(tableRows(cases)).toEqual([
      [
        'Hạng',
        'Đơn vị',
        'Địa bàn',
        'Tỷ lệ về việc',
        'So với cùng kỳ (điểm phần trăm)',
        'So với chỉ tiêu (điểm phần trăm)',
      ],
      ['1', 'Phòng THADS khu vực 1', 'quận Ba Đình, quận Hoàn Kiếm, quận Tây Hồ', '85,00%', '−0,06', '+2,40'],
    ]);
    expect(tableRows(money).slice(1)).toEqual([
      ['1', 'Phòng THADS khu vực 1', 'quận Ba Đình, quận Hoàn Kiếm, quận Tây Hồ', '60,00%', '+9,55', '+14,40'],
    ]);
    expect(cases.querySelector('a')?.getAttribute('href')).toBe('/tinh/ha-noi-01/khu-vuc-1-01-kv01/');
    // The two ranking charts link to these tables rather than carrying a copy.
    const charts = [...section!.querySelectorAll('figure.chart')];
    expect(charts.map((f) => f.querySelector('.chart-table-link a')?.getAttribute('href'))).toEqual([
      '#bang-don-vi-ve-viec',
      '#bang-don-vi-ve-tien',
    ]);
    expect(doc.getElementById('bang-don-vi-ve-viec')?.querySelector('table')).toBe(cases);
  });

  it('has the full figures of every period, cases and money', async () => {
    const doc = await readPage(site, HA_NOI);
    const section = doc.querySelector('section[aria-labelledby="all-figures"]')!;
    const cases = tableRows(tableByCaption(section, 'Thành phố Hà Nội: số liệu về việc theo kỳ báo cáo (việc)'));
    expect(cases[0]).toEqual([
      'Kỳ báo cáo',
      'Năm trước chuyển sang',
      'Thụ lý mới',
      'Ủy thác',
      'Có điều kiện thi hành',
      'Chưa có điều kiện thi hành',
      'Thi hành xong',
      'Đình chỉ thi hành',
      'Chuyển kỳ sau',
      'Tỷ lệ thi hành xong (%)',
      'Thay đổi so với cùng kỳ (điểm phần trăm)',
    ]);
    // Carried to the next period: 929 + 4900 − 33 − (4100 + 113) = 1583.
    expect(cases.slice(1)).toEqual([
      ['Năm 2025', '929', '4.900', '33', '4.991', '805', '4.100', '113', '1.583', '84,41%', '+0,11'],
      [
        'Năm 2024',
        '605',
        '1.800',
        '40',
        '2.000',
        '365',
        '1.630',
        '56',
        '679',
        '84,30%',
        '— (không có số liệu năm trước)',
      ],
    ]);
    const money = tableRows(tableByCaption(section, 'Thành phố Hà Nội: số liệu về tiền theo kỳ báo cáo (tỷ đồng)'));
    expect(money.slice(1)).toEqual([
      ['Năm 2025', '324,00', '400,00', '4,00', '471,06', '248,94', '265,00', '15,78', '439,22', '59,61%', '+11,94'],
      [
        'Năm 2024',
        '120,00',
        '320,00',
        '5,00',
        '300,00',
        '135,00',
        '130,00',
        '13,00',
        '292,00',
        '47,67%',
        '— (không có số liệu năm trước)',
      ],
    ]);
    expect(section.querySelector('a[download]')?.getAttribute('href')).toBe('/tinh/ha-noi-01/so-lieu.csv');
  });
});

describe('the plain sentence that opens a unit page', () => {
  // Figures from the README: Hà Nội 2025 84,41% / 59,61%, nation 83,68% / 55,12%, its targets 84,17% / 58,00%,
  // 2024 84,30% / 47,67%; 59,6074 − 47,6667 = 11,94 points.
  it('says what share of cases and money was done, against the nation, the target, last year and the rank', async () => {
    const doc = await readPage(site, HA_NOI);
    const sentence = doc.querySelector('h1 ~ p.sentence');
    expect(text(sentence)).toBe(
      'Năm 2025, 4.213 trong 4.991 việc có điều kiện thi hành đã thi hành xong (84,41%), cao hơn toàn quốc (83,68%), ' +
        'vượt chỉ tiêu (84,17%) 0,24 điểm phần trăm, tăng 0,11 điểm phần trăm so với năm 2024 (84,30%), xếp hạng 1/2 trong cả nước. ' +
        'Về tiền, 280,78 tỷ đồng trong 471,06 tỷ đồng có điều kiện thi hành đã thi hành xong (59,61%), cao hơn toàn quốc (55,12%), ' +
        'vượt chỉ tiêu (58,00%) 1,61 điểm phần trăm, tăng 11,94 điểm phần trăm so với năm 2024 (47,67%), xếp hạng 1/2 trong cả nước.',
    );
    // It comes before the figure cards.
    expect(doc.querySelector('p.sentence ~ .headline')).not.toBeNull();
  });

  it('on an office page: below the nation and the national target, last year as the former units added up', async () => {
    // Bắc Ninh khu vực 1: 640/800 = 80,00%; 2024 as Bắc Giang + Bắc Ninh offices (README) 84,67%, so −4,67 points.
    const doc = await readPage(site, BAC_NINH_KV01);
    expect(text(doc.querySelector('p.sentence'))).toMatch(
      /^Năm 2025, 640 trong 800 việc có điều kiện thi hành đã thi hành xong \(80,00%\), thấp hơn toàn quốc \(83,68%\), thấp hơn chỉ tiêu \(82,60%\) 2,60 điểm phần trăm, giảm 4,67 điểm phần trăm so với năm 2024 \(84,67%, cộng các đơn vị cũ\), xếp hạng 1\/1 trong tỉnh\. Về tiền, /,
    );
  });

  it('writes the unit of a change in points out, as an abbreviation with its full form', async () => {
    const doc = await readPage(site, HA_NOI);
    const abbr = [...doc.querySelectorAll('.headline abbr, table abbr')];
    expect(abbr.length).toBeGreaterThan(0);
    expect(new Set(abbr.map((a) => `${text(a)}|${a.getAttribute('title')}`))).toEqual(
      new Set(['điểm %|điểm phần trăm']),
    );
  });
});

describe('the area an office serves (Địa bàn, units.csv)', () => {
  const HA_NOI_KV01 = '/tinh/ha-noi-01/khu-vuc-1-01-kv01/';
  const AREA = 'quận Ba Đình, quận Hoàn Kiếm, quận Tây Hồ';

  it('stands under the office’s name; an office without one has no such line', async () => {
    const doc = await readPage(site, HA_NOI_KV01);
    expect(text(doc.querySelector('h1 + .subtitle'))).toBe(`Địa bàn: ${AREA}`);
    expect((await readPage(site, BAC_NINH_KV01)).querySelector('.subtitle')).toBeNull();
  });

  it('labels the offices’ ranking bars by name, with the whole area in their data table', async () => {
    const doc = await readPage(site, HA_NOI);
    const svg = doc.querySelector('#xep-hang-don-vi-cases svg')!;
    // "Khu vực 1 – quận Ba Đình, …" does not fit beside the bars: the name stays whole, the area goes to the tooltip.
    const labels = [...svg.querySelectorAll('text')].map((t) => t.firstChild?.textContent ?? '');
    expect(labels).toContain('Khu vực 1');
    expect(svg.textContent).not.toContain('Khu …');
    // The name is whole, so no tooltip: the area is in the offices' table the chart links to, and in its own table.
    expect([...svg.querySelectorAll('text > title')]).toEqual([]);
    // On the page the chart links the offices' table below it; its own table is on its embed page.
    const embed = await readPage(site, '/nhung/tinh/ha-noi-01/xep-hang-don-vi-cases/');
    const rows = tableRows(
      tableByCaption(
        embed,
        'Số liệu của biểu đồ: Xếp hạng các đơn vị của Hà Nội theo tỷ lệ thi hành xong về việc, năm 2025',
      ),
    );
    expect(rows).toEqual([
      ['Hạng', 'Đơn vị', 'Địa bàn', 'Tỷ lệ về việc'],
      ['1', 'Phòng THADS khu vực 1', AREA, '85,00%'],
    ]);
  });
});

describe('office page: Phòng THADS khu vực 1 of Bắc Ninh', () => {
  it('shows its 2025 rates against the national target', async () => {
    const doc = await readPage(site, BAC_NINH_KV01);
    expect(text(doc.querySelector('h1'))).toBe('Phòng THADS khu vực 1');
    const cases = figureCard(doc, CASES);
    expect(says(cases, CASES)).toEqual(['80,00%', '640 / 800 việc có điều kiện thi hành', 'Toàn quốc: 83,68%']);
    expect(says(cases, 'Chỉ tiêu')).toEqual(['82,60%', 'Chỉ tiêu chung toàn quốc']);
    expect(says(cases, 'So với chỉ tiêu')).toEqual(['−2,60 điểm %']);
    const money = figureCard(doc, MONEY);
    expect(says(money, MONEY)).toEqual([
      '35,00%',
      '35,00 tỷ đồng / 100,00 tỷ đồng có điều kiện thi hành',
      'Toàn quốc: 55,12%',
    ]);
    expect(says(money, 'So với chỉ tiêu')).toEqual(['−10,60 điểm %']);
  });

  it('links to its province and to the offices it was formed from', async () => {
    const doc = await readPage(site, BAC_NINH_KV01);
    expect(links(doc, '.lede a')).toEqual([{ text: 'Tỉnh Bắc Ninh', href: BAC_NINH }]);
    expect(links(doc, '.breadcrumbs a')).toEqual([
      { text: 'Trang chủ', href: '/' },
      { text: 'Tỉnh Bắc Ninh', href: BAC_NINH },
    ]);
    const formed = doc.querySelector('.status-formed');
    expect(text(formed)).toContain('được thành lập từ ngày 01/07/2025');
    expect(links(doc, '.status-formed a')).toEqual([
      {
        text: 'Chi cục THADS thành phố Bắc Giang (mã 24-01, đến 30/06/2025)',
        href: '/tinh/bac-giang-24-den-2025-06-30/thanh-pho-bac-giang-24-01-den-2025-06-30/',
      },
      {
        text: 'Chi cục THADS thành phố Bắc Ninh (mã 27-01, đến 30/06/2025)',
        href: '/tinh/bac-ninh-27-den-2025-06-30/thanh-pho-bac-ninh-27-01-den-2025-06-30/',
      },
    ]);
  });

  it('compares itself with its province and the nation', async () => {
    const doc = await readPage(site, BAC_NINH_KV01);
    const rows = tableRows(tableByCaption(doc, 'Số liệu của biểu đồ: So sánh tỷ lệ thi hành xong, năm 2025'));
    expect(rows.slice(1)).toEqual([
      ['Phòng THADS khu vực 1', '80,00%', '35,00%'],
      ['Bắc Ninh', '80,00%', '37,50%'],
      ['Toàn quốc', '83,68%', '55,12%'],
    ]);
  });
});

describe('former province: code 24 until 30/06/2025 (Bắc Giang)', () => {
  it('says where it went, with a link to the merged Bắc Ninh', async () => {
    const doc = await readPage(site, BAC_GIANG_FORMER);
    expect(text(doc.querySelector('h1'))).toBe('Tỉnh Bắc Giang');
    expect(text(doc.querySelector('.status-former'))).toBe(
      'Đơn vị này hoạt động đến ngày 30/06/2025. Từ ngày 01/07/2025, nhiệm vụ được chuyển cho Tỉnh Bắc Ninh. ' +
        'Trang của đơn vị mới có chuỗi số liệu so sánh được của cả địa bàn, gồm số liệu của đơn vị này.',
    );
    // At the top: right after the heading, before any figure.
    expect(doc.querySelector('h1 ~ .status-former')).not.toBeNull();
    expect(doc.querySelector('.headline ~ .status-former')).toBeNull();
    expect(links(doc, '.status-former a')).toEqual([{ text: 'Tỉnh Bắc Ninh', href: BAC_NINH }]);
  });

  it('shows its last year, 2024', async () => {
    const doc = await readPage(site, BAC_GIANG_FORMER);
    expect(text(doc.querySelector('.headline h2'))).toBe('Kỳ gần nhất: năm 2024 (01/10/2023 – 30/09/2024)');
    expect(says(figureCard(doc, CASES), CASES)).toEqual([
      '80,00%',
      '448 / 560 việc có điều kiện thi hành',
      'Toàn quốc: 84,33%',
    ]);
    expect(says(figureCard(doc, MONEY), MONEY)[0]).toBe('42,00%');
  });

  it('the merged Bắc Ninh links back to both provinces it was formed from', async () => {
    const doc = await readPage(site, BAC_NINH);
    expect(links(doc, '.status-formed a').map((l) => l.href)).toEqual([BAC_GIANG_FORMER, BAC_NINH_27_FORMER]);
  });
});

describe('merged province: Bắc Ninh (24) from 01/07/2025, with its comparable 2024', () => {
  it('says how its earlier figures are made and which period straddles the reform', async () => {
    const doc = await readPage(site, BAC_NINH);
    const formed = text(doc.querySelector('.status-formed'));
    expect(formed).toContain(
      'Số liệu các kỳ kết thúc trước ngày 01/07/2025 là tổng số liệu báo cáo của các đơn vị cũ trên (ghi "Cộng các đơn vị cũ")',
    );
    expect(formed).toContain(
      'Năm 2025 (01/10/2024 – 30/09/2025) bao trùm ngày sắp xếp: số liệu cả kỳ do đơn vị này báo cáo, gồm cả các tháng trước ngày 01/07/2025 của các đơn vị cũ.',
    );
  });

  it('compares 2025 with Bắc Giang + Bắc Ninh (27) in 2024 and says so', async () => {
    const doc = await readPage(site, BAC_NINH);
    const cases = figureCard(doc, CASES);
    // README: 80,00 − 84,40 = −4,40 points; 37,50 − 45,56 = −8,06 points.
    expect(says(cases, 'Thay đổi so với năm 2024 (cộng các đơn vị cũ)')).toEqual(['−4,40 điểm %']);
    expect(says(figureCard(doc, MONEY), 'Thay đổi')).toEqual(['−8,06 điểm %']);
    expect([...doc.querySelectorAll('.headline p.note')].map(text)).toContain(
      'Số liệu cùng kỳ năm trước, năm 2024, là tổng số liệu của các đơn vị cũ hợp thành đơn vị này, để so sánh trên cùng một địa bàn.',
    );
  });

  it('lists the comparable 2024 in its tables, marked as a sum of the former units', async () => {
    const doc = await readPage(site, BAC_NINH);
    const cases = tableRows(tableByCaption(doc, 'Tỉnh Bắc Ninh: số liệu về việc theo kỳ báo cáo (việc)'));
    expect(cases[0]!.slice(0, 2)).toEqual(['Kỳ báo cáo', 'Cơ sở số liệu']);
    expect(cases.slice(1).map((r) => [r[0], r[1], r.at(-2), r.at(-1)])).toEqual([
      ['Năm 2025', 'Số báo cáo', '80,00%', '−4,40'],
      ['Năm 2024', 'Cộng các đơn vị cũ', '84,40%', '— (không có số liệu năm trước)'],
    ]);
    // Enforceable 560 + 440 = 1.000, completed 420 + 380 = 800.
    expect(cases[2]![5]).toBe('1.000');
    expect(cases[2]![7]).toBe('800');
  });

  it('marks the reform on its trend, whose table says which years are sums', async () => {
    const doc = await readPage(site, BAC_NINH);
    const chart = doc.querySelector('figure#xu-huong')!;
    // Drawn for a phone (the reform's month) and for a desktop's column (its day).
    expect([...chart.querySelectorAll('svg')].map((svg) => text(svg).match(/Sắp xếp [\d/]+/)?.[0])).toEqual([
      'Sắp xếp 7/2025',
      'Sắp xếp 01/07/2025',
    ]);
    expect(text(chart.querySelector('.chart-summary'))).toContain(
      'Năm 2024 là tổng số liệu của các đơn vị cũ trên cùng địa bàn, tỷ lệ tính lại từ các tổng; đường chấm đứng trước năm 2025 đánh dấu ngày sắp xếp 01/07/2025.',
    );
    expect(tableRows(chart.querySelector('table')!).slice(1)).toEqual([
      ['2024', '84,40%', '—', '45,56%', '—', 'Cộng các đơn vị cũ'],
      ['2025', '80,00%', '82,60%', '37,50%', '45,60%', 'Số báo cáo'],
    ]);
  });

  it('leaves the trend of a continuing unit without a break or basis column', async () => {
    const doc = await readPage(site, HA_NOI);
    const chart = doc.querySelector('figure#xu-huong')!;
    expect(text(chart.querySelector('svg'))).not.toContain('Sắp xếp');
    expect(tableRows(chart.querySelector('table')!)[0]).not.toContain('Cơ sở số liệu');
  });
});

describe('an office with nothing enforceable (Tây Hồ, 2024)', () => {
  it('shows its rates as undefined, with a dash', async () => {
    const doc = await readPage(site, TAY_HO);
    expect(says(figureCard(doc, CASES), CASES)).toEqual(['—', '0 / 0 việc có điều kiện thi hành', 'Toàn quốc: 84,33%']);
    expect(says(figureCard(doc, MONEY), MONEY)[0]).toBe('—');
    // Its change is a dash that says why, in the figure card and in its table.
    expect(says(figureCard(doc, CASES), 'Thay đổi so với năm 2023')).toEqual([
      '—',
      'tỷ lệ kỳ này không xác định (không có gì có điều kiện thi hành)',
    ]);
    expect(text(doc.querySelector('p.sentence'))).toBe(
      'Năm 2024, không có việc nào có điều kiện thi hành, nên tỷ lệ thi hành xong về việc không xác định và không được so sánh, xếp hạng. ' +
        'Về tiền, không có khoản tiền nào có điều kiện thi hành, nên tỷ lệ thi hành xong về tiền không xác định và không được so sánh, xếp hạng.',
    );
    expect(says(figureCard(doc, CASES), 'So với chỉ tiêu')).toEqual(['—']);
    expect(says(figureCard(doc, CASES), 'Xếp hạng trong tỉnh')).toEqual(['Không xếp hạng']);
  });

  it('shows the note reported with its row', async () => {
    const doc = await readPage(site, TAY_HO);
    expect(text(doc.querySelector('ul.notes'))).toBe('Năm 2024: Không có việc có điều kiện thi hành');
  });
});

describe('sources reported with the rows', () => {
  it('are listed once each, and only web addresses are links', async () => {
    const doc = await readPage(site, '/tinh/ha-noi-01/');
    const source = [...doc.querySelectorAll('p.note')].find((p) => text(p).startsWith('Nguồn:'));
    expect(text(source)).toBe('Nguồn: Báo cáo thống kê năm 2024; https://example.org/bao-cao-2025');
    expect([...(source?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/bao-cao-2025',
    ]);
  });
});

describe('every page', () => {
  it('never shows NaN, Infinity or undefined (pages and downloads)', async () => {
    const textFiles = files.filter((f) => /\.(html|csv|json|svg)$/.test(f));
    expect(textFiles.length).toBeGreaterThan(20);
    for (const f of textFiles) {
      const body = await readFile(path.join(site, f), 'utf8');
      const bad = /\bNaN\b|Infinity|undefined|\[object Object\]/.exec(body);
      expect(bad && `${f}: …${body.slice(Math.max(0, bad.index - 80), bad.index + 40)}…`).toBeNull();
    }
  });

  it('has one h1, a title, a description, lang="vi" (lang="en" under /en/) and unique ids', () => {
    for (const { address, doc } of pages) {
      expect(doc.querySelectorAll('h1'), address).toHaveLength(1);
      expect(text(doc.querySelector('title')), address).not.toBe('');
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), address).toBeTruthy();
      expect(doc.documentElement.getAttribute('lang'), address).toBe(address.startsWith('/en/') ? 'en' : 'vi');
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        `${address}: duplicate ids`,
      ).toEqual([]);
    }
  });

  it('gives every chart a caption, a summary, an accessible svg and a data table', () => {
    const docs = new Map(pages.map((p) => [p.address, p.doc]));
    /** The chart's own table, or the table its link leads to (on its page or on the period's table page). */
    const tableOf = (figure: Element, address: string): Element | null => {
      const own = figure.querySelector('table');
      const link = figure.querySelector('.chart-table-link a')?.getAttribute('href');
      if (own || !link) return own;
      const url = new URL(link, `http://site.test${address}`);
      const target = docs.get(url.pathname)?.getElementById(decodeURIComponent(url.hash.slice(1)));
      // A link to a table's box, or to the heading of the section that holds it.
      return target?.querySelector('table') ?? target?.closest('section')?.querySelector('table') ?? null;
    };
    let charts = 0;
    for (const { address, doc } of pages) {
      for (const figure of doc.querySelectorAll('figure')) {
        charts++;
        const where = `${address} #${figure.getAttribute('id')}`;
        const caption = figure.querySelector('figcaption');
        expect(text(caption), where).not.toBe('');
        expect(figure.getAttribute('aria-labelledby'), where).toBe(caption?.getAttribute('id'));
        expect(text(figure.querySelector('p.chart-summary')), where).not.toBe('');
        const svg = figure.querySelector('svg');
        expect(svg?.getAttribute('role'), where).toBe('img');
        const titleId = svg?.getAttribute('aria-labelledby') ?? '';
        expect(text(titleId ? svg!.querySelector(`[id="${titleId}"]`) : null), `${where}: svg name`).not.toBe('');
        const table = tableOf(figure, address);
        expect(table, where).not.toBeNull();
        expect(table!.querySelectorAll('tbody tr').length, where).toBeGreaterThan(0);
      }
    }
    // Home 3, provinces with offices 4, Bắc Ninh 24: 4, offices 2 each, …
    expect(charts).toBeGreaterThan(20);
  });

  it('links only to pages and files that were built', () => {
    const built = new Set(files);
    const docs = new Map(pages.map((p) => [p.file, p.doc]));
    const broken: string[] = [];
    let checked = 0;
    for (const { address, doc } of pages) {
      const base = new URL(address, 'http://site.test');
      const refs = [
        ...[...doc.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
        ...[...doc.querySelectorAll('img[src], script[src]')].map((e) => e.getAttribute('src')!),
      ];
      for (const ref of refs) {
        const url = new URL(ref, base);
        if (url.origin !== base.origin) continue;
        checked++;
        const file = fileOf(url.pathname);
        if (!built.has(file)) {
          broken.push(`${address} → ${ref} (no ${file})`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        const target = docs.get(file);
        if (id && target && !target.getElementById(id)) broken.push(`${address} → ${ref} (no element #${id})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  // Built without SITE_URL the site's address is unknown: no canonical address is invented
  // (tests/site/links.test.ts checks the canonical addresses of a build with SITE_URL).
  it('has no canonical address when built without SITE_URL', () => {
    for (const { address, doc } of pages) {
      expect(doc.querySelector('link[rel="canonical"]'), address).toBeNull();
    }
  });
});

const EXPECTED_COLUMNS = [
  'period',
  'statistical_year',
  'period_start',
  'period_end',
  'unit_id',
  'unit_code',
  'unit_name',
  'level',
  'unit_valid_from',
  'unit_valid_to',
  'province_code',
  'province_name',
  'basis',
  'summed_unit_ids',
  'cases_carried_over',
  'cases_new',
  'cases_entrusted',
  'cases_enforceable',
  'cases_unenforceable',
  'cases_completed',
  'cases_terminated',
  'cases_in_progress',
  'cases_postponed',
  'cases_suspended',
  'cases_done',
  'cases_carried_next',
  'cases_rate',
  'cases_rate_change_pp',
  'cases_enforceable_change_pct',
  'cases_done_change_pct',
  'cases_target',
  'cases_target_source',
  'cases_gap_pp',
  'cases_rank',
  'money_carried_over',
  'money_new',
  'money_entrusted',
  'money_enforceable',
  'money_unenforceable',
  'money_completed',
  'money_terminated',
  'money_in_progress',
  'money_postponed',
  'money_suspended',
  'money_done',
  'money_carried_next',
  'money_rate',
  'money_rate_change_pp',
  'money_enforceable_change_pct',
  'money_done_change_pct',
  'money_target',
  'money_target_source',
  'money_gap_pp',
  'money_rank',
  'rank_of',
  'provinces_reporting',
  'provinces_in_force',
  'source',
  'note',
]; // prettier-ignore

/** (period, unit_code) of every row of the fixture's results files. */
async function fixtureRows(): Promise<string[]> {
  const keys: string[] = [];
  for (const name of ['2024.csv', '2025.csv']) {
    const { records } = csvRecords(await readFile(path.join(FIXTURE_DATA, 'results', name), 'utf8'));
    keys.push(...records.map((r) => `${r.period} ${r.unit_code}`));
  }
  return keys;
}

describe('downloads', () => {
  it('thads.csv: UTF-8 with BOM, the documented columns, a row per unit per period and the nation', async () => {
    const bytes = await readFile(path.join(site, 'du-lieu/thads.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toMatch(/\r\n$/);
    const { header, records } = csvRecords(csv);
    expect(header).toEqual(EXPECTED_COLUMNS);
    for (const r of records) expect(Object.keys(r)).toHaveLength(EXPECTED_COLUMNS.length);

    const reported = records.filter((r) => r.basis === 'reported');
    const expected = [...(await fixtureRows()), '2024 VN', '2025 VN'].sort();
    expect(reported.map((r) => `${r.period} ${r.unit_code}`).sort()).toEqual(expected);
    expect(reported).toHaveLength(14);
    // Then the comparable rows of the units formed on 2025-07-01, for 2024, after every reported row.
    expect(records.slice(14).map((r) => `${r.period} ${r.unit_id} ${r.basis}`)).toEqual([
      '2024 bac-ninh-24 sum_of_predecessors',
      '2024 khu-vuc-1-01-kv01 sum_of_predecessors',
      '2024 khu-vuc-1-24-kv01 sum_of_predecessors',
    ]);
    const bacNinh2024 = records[14]!;
    expect(bacNinh2024).toMatchObject({
      summed_unit_ids: 'bac-giang-24-den-2025-06-30|bac-ninh-27-den-2025-06-30',
      cases_done: '844',
      cases_enforceable: '1000',
      cases_rank: '',
      cases_target: '',
    });
    expect(Number(bacNinh2024.cases_rate)).toBeCloseTo(84.4, 4);

    const nation2025 = records.find((r) => r.period === '2025' && r.unit_code === 'VN')!;
    expect(nation2025).toMatchObject({
      unit_name: 'Toàn quốc',
      level: 'nation',
      cases_done: '5013',
      cases_enforceable: '5991',
    });
    expect(Number(nation2025.cases_rate)).toBeCloseTo(83.6755, 4);
    expect(Number(nation2025.money_rate)).toBeCloseTo(55.1179, 4);
    expect(Number(nation2025.cases_rate_change_pp)).toBeCloseTo(-0.6578, 4);

    const haNoi = records.find((r) => r.period === '2025' && r.unit_code === '01')!;
    expect(haNoi).toMatchObject({
      cases_done: '4213',
      money_done: '280780000',
      cases_target: '84.17',
      cases_target_source: 'own',
    });
    expect(Number(haNoi.cases_rate)).toBeCloseTo(84.4119, 4);
    expect(Number(haNoi.money_rate)).toBeCloseTo(59.606, 4);
    expect(Number(haNoi.cases_gap_pp)).toBeCloseTo(0.2419, 4);

    // Code 24 names two provinces: Bắc Giang in 2024, the merged Bắc Ninh in 2025.
    expect(reported.filter((r) => r.unit_code === '24').map((r) => `${r.period} ${r.unit_name}`)).toEqual([
      '2024 Tỉnh Bắc Giang',
      '2025 Tỉnh Bắc Ninh',
    ]);
    // The merged Bắc Ninh's change in 2025 is against the comparable 2024: 80,00 − 84,40.
    const bacNinh2025 = reported.find((r) => r.period === '2025' && r.unit_code === '24')!;
    expect(Number(bacNinh2025.cases_rate_change_pp)).toBeCloseTo(-4.4, 4);
    // Nothing enforceable: the rate is empty, not 0 and not NaN.
    const tayHo = records.find((r) => r.unit_code === '01-03')!;
    expect([tayHo.cases_rate, tayHo.money_rate, tayHo.cases_rank]).toEqual(['', '', '']);
  });

  it('thads.json parses and carries the same rows and the dataset description', async () => {
    const json = JSON.parse(await readFile(path.join(site, 'du-lieu/thads.json'), 'utf8')) as {
      dataset: { sample: boolean; title: string };
      fields: string[];
      rows: unknown[][];
    };
    expect(json.dataset).toMatchObject({ sample: true, title: 'Bộ dữ liệu kiểm thử nhỏ' });
    expect(json.fields).toEqual(EXPECTED_COLUMNS);
    expect(json.rows).toHaveLength(17);
    // Each row is an array of values in the order of `fields`.
    const rows = json.rows.map((r) => Object.fromEntries(json.fields.map((f, i) => [f, r[i]])));
    expect(rows.filter((r) => r.basis === 'sum_of_predecessors')).toHaveLength(3);
    const haNoi = rows.find((r) => r.period === '2025' && r.unit_code === '01')!;
    expect(haNoi.cases_done).toBe(4213);
    expect(haNoi.cases_rate).toBeCloseTo(84.4119, 4);
    expect(rows.find((r) => r.unit_code === '01-03')?.cases_rate).toBeNull();
  });

  it('every unit page has its own so-lieu.csv with its rows, and links to it', async () => {
    // Not the short addresses (/tinh/ha-noi/), which lead to a unit's page.
    const unitPages = pages.filter(
      (p) => p.file.startsWith('tinh/') && !p.doc.querySelector('meta[http-equiv="refresh"]'),
    );
    expect(unitPages).toHaveLength(11);
    const { records: all } = csvRecords(await readFile(path.join(site, 'du-lieu/thads.csv'), 'utf8'));
    for (const { file, address, doc } of unitPages) {
      const csvFile = file.replace(/index\.html$/, 'so-lieu.csv');
      expect(files, address).toContain(csvFile);
      // a.download: the charts above it offer their own files to save too.
      expect(doc.querySelector('a.download[download]')?.getAttribute('href'), address).toBe(`${address}so-lieu.csv`);
      const bytes = await readFile(path.join(site, csvFile));
      expect([...bytes.subarray(0, 3)], csvFile).toEqual([0xef, 0xbb, 0xbf]);
      const { header, records } = csvRecords(bytes.toString('utf8'));
      expect(header, csvFile).toEqual(EXPECTED_COLUMNS);
      expect(records.length, csvFile).toBeGreaterThan(0);
      // The same rows as in the full download.
      for (const r of records) {
        expect(
          all.find((a) => a.period === r.period && a.unit_code === r.unit_code && a.unit_name === r.unit_name),
          csvFile,
        ).toEqual(r);
      }
    }
    const { records: haNoi } = csvRecords(await readFile(path.join(site, 'tinh/ha-noi-01/so-lieu.csv'), 'utf8'));
    expect(haNoi.map((r) => `${r.period} ${r.unit_code}`)).toEqual(['2024 01', '2025 01']);
  });

  it('thads-excel.csv: the same cells for Vietnamese Excel, Vietnamese headers, ";" between them and decimal commas', async () => {
    const excel = await readFile(path.join(site, 'du-lieu/thads-excel.csv'), 'utf8');
    expect(excel.startsWith('\uFEFF')).toBe(true);
    expect(excel).toMatch(/\r\n$/);
    const { header: excelHeader, rows, records: excelRecords } = csvRecords(excel, ';');
    const { header, records } = csvRecords(await readFile(path.join(site, 'du-lieu/thads.csv'), 'utf8'));
    // The Vietnamese header row, one unique name per column of thads.csv, in its order; thads.csv keeps the code names.
    expect(header).toEqual(EXPECTED_COLUMNS);
    expect(excelHeader).toEqual(EXPECTED_EXCEL_HEADERS);
    expect(excelHeader).toHaveLength(header.length);
    expect(new Set(excelHeader).size).toBe(header.length);
    expect(rows).toHaveLength(records.length);
    // Hà Nội 2025: 84,4119 under the Vietnamese header is 84.4119 under cases_rate.
    const haNoi = excelRecords.find((r) => r['Kỳ báo cáo'] === '2025' && r['Mã đơn vị'] === '01')!;
    expect(haNoi['Tỷ lệ thi hành xong về việc (%)']).toBe('84,4119');
    expect(Number(haNoi['Tỷ lệ thi hành xong về việc (%)']!.replace(',', '.'))).toBe(
      Number(records.find((r) => r.period === '2025' && r.unit_code === '01')!.cases_rate),
    );
    // A decimal comma in the Excel file is the decimal point of thads.csv; every other cell is the same text.
    const asPoint = (cell: string) => (/^-?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell);
    expect(rows.map((r) => r.map(asPoint))).toEqual(records.map((r) => header.map((h) => r[h])));
    expect(rows.some((r) => r.some((c) => /^\d+,\d+$/.test(c)))).toBe(true);
  });

  it('the downloads page links to every file', async () => {
    const doc = await readPage(site, '/du-lieu/');
    expect(links(doc, 'main a[download]').map((l) => l.href)).toEqual([
      '/du-lieu/thads.csv',
      '/du-lieu/thads-excel.csv',
      '/du-lieu/thads.json',
    ]);
    expect(text(doc.querySelector('main'))).toContain('17 dòng (14 dòng số báo cáo, 3 dòng so sánh được)');
    expect(text(doc.querySelector('main'))).toContain('sum_of_predecessors (Cộng các đơn vị cũ)');
    // The table of columns: each code name beside its Vietnamese header in thads-excel.csv.
    const columns = [...doc.querySelectorAll('main table tbody tr')].map((tr) =>
      [...tr.children].map((cell) => text(cell)),
    );
    expect(columns).toEqual(EXPECTED_COLUMNS.map((c, i) => [c, EXPECTED_EXCEL_HEADERS[i]]));
  });
});
