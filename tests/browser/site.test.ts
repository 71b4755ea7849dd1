/**
 * The built fixture site in real Chromium, the way a reader uses it: on a
 * phone and on a desktop screen, with and without JavaScript, and an
 * accessibility scan (axe, WCAG 2 A/AA) of every page type.
 */
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText is the text as rendered, which is what a reader sees.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, scanPage, VIEWPORTS, type ViewportName } from '../support/browser';
import { type Served, serveDir } from '../support/build';

const site = inject('fixtureSite');
let server: Served;
let browser: Browser;

beforeAll(async () => {
  server = await serveDir(site);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const HOME = '/';
const PROVINCE = '/tinh/ha-noi-01/';
const FORMER_PROVINCE = '/tinh/bac-giang-24-den-2025-06-30/';
const OFFICE = '/tinh/bac-ninh-24/khu-vuc-1-24-kv01/';
const OFFICE_WITHOUT_RATES = '/tinh/ha-noi-01/quan-tay-ho-01-03-den-2025-06-30/';
const METHOD = '/phuong-phap/';
const DOWNLOADS = '/du-lieu/';
const RANKINGS = '/xep-hang/';
const RANKINGS_2024 = '/xep-hang/2024/';
const MISSING = '/khong-co-trang-nay/';

const CASES = 'Tỷ lệ thi hành xong về việc';
const MONEY = 'Tỷ lệ thi hành xong về tiền';

/** What each page's headline says, as checked by hand in tests/fixtures/small/README.md. */
const HEADLINES = [
  {
    path: HOME,
    h1: 'Kết quả thi hành án dân sự toàn quốc',
    cases: '83,68%',
    money: '55,12%',
    change: '−0,66 điểm %',
    gap: '+1,08 điểm %',
  },
  {
    path: PROVINCE,
    h1: 'Thành phố Hà Nội',
    cases: '84,41%',
    money: '59,61%',
    change: '+0,11 điểm %',
    gap: '+0,24 điểm %',
  },
  // Against 2024 as the two offices it took over (fixture README): 80,00 − 84,67.
  {
    path: OFFICE,
    h1: 'Phòng THADS khu vực 1',
    cases: '80,00%',
    money: '35,00%',
    change: '−4,67 điểm %',
    gap: '−2,60 điểm %',
  },
];

async function withContext<T>(
  viewport: ViewportName,
  options: { javaScriptEnabled?: boolean },
  use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ ...VIEWPORTS[viewport], ...options, locale: 'vi-VN' });
  context.setDefaultTimeout(10_000);
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

async function open(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(status);
}

/** The figure a reader sees just below a label, checked to be visible and close to it. */
async function figureUnder(label: Locator): Promise<string> {
  const value = label.locator('xpath=following-sibling::dd[1]');
  expect(await label.isVisible(), 'label visible').toBe(true);
  expect(await value.isVisible(), 'value visible').toBe(true);
  const l = (await label.boundingBox())!;
  const v = (await value.boundingBox())!;
  // Below the label, within a couple of lines, and overlapping it horizontally.
  expect(v.y).toBeGreaterThanOrEqual(l.y + l.height - 1);
  expect(v.y - (l.y + l.height)).toBeLessThan(40);
  expect(v.x < l.x + l.width && l.x < v.x + v.width).toBe(true);
  return (await value.innerText()).trim();
}

/** The figure next to a term ("So với chỉ tiêu") in the card of a headline label. */
async function termInCard(page: Page, cardLabel: string, term: string): Promise<string> {
  const card = page.getByText(cardLabel, { exact: true }).locator('xpath=ancestor::dl[1]');
  const value = card.getByText(term, { exact: true }).locator('xpath=following-sibling::dd[1]');
  expect(await value.isVisible(), `${cardLabel} / ${term}`).toBe(true);
  return (await value.innerText()).trim();
}

/** Page-level horizontal overflow and the elements sticking out of the viewport outside a scroll box. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('.table-scroll'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1) && getComputedStyle(el).position !== 'absolute';
      })
      .slice(0, 10)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
    return {
      width,
      documentScroll: document.documentElement.scrollWidth,
      bodyScroll: document.body.scrollWidth,
      outside,
    };
  });
}

async function expectVisibleCharts(page: Page, path: string, viewportWidth: number): Promise<void> {
  const figures = page.locator('figure.chart');
  const count = await figures.count();
  expect(count, `${path}: charts`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const caption = (await figure.locator('figcaption').innerText()).trim();
    // A chart alone in its column is drawn twice (phone, desktop column): exactly one of them shows.
    const svg = figure.locator('svg[role="img"]').filter({ visible: true });
    expect(await svg.count(), `${path}: chart "${caption}" visible once`).toBe(1);
    const box = (await svg.boundingBox())!;
    expect(box.width, `${path}: "${caption}" width`).toBeGreaterThan(150);
    expect(box.height, `${path}: "${caption}" height`).toBeGreaterThan(30);
    expect(box.x, `${path}: "${caption}" left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${path}: "${caption}" right edge`).toBeLessThanOrEqual(viewportWidth + 1);
    // Something is drawn, and it has an accessible name.
    expect(await svg.locator('path, rect, line, circle').count(), `${path}: "${caption}" marks`).toBeGreaterThan(0);
    expect(
      await page.getByRole('img', { name: (await svg.locator('title').first().textContent()) ?? '' }).count(),
    ).toBeGreaterThan(0);
  }
}

for (const viewport of ['phone', 'desktop'] as const) {
  const width = VIEWPORTS[viewport].viewport.width;

  describe(`${viewport} (${width}px)`, () => {
    for (const h of HEADLINES) {
      it(`${h.path}: shows the headline figures a reader looks for`, async () => {
        await withContext(viewport, {}, async (page) => {
          await open(page, h.path);
          await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(h.h1);
          const cases = page.getByText(CASES, { exact: true });
          const money = page.getByText(MONEY, { exact: true });
          expect(await figureUnder(cases)).toBe(h.cases);
          expect(await figureUnder(money)).toBe(h.money);
          expect(await termInCard(page, CASES, 'So với chỉ tiêu')).toBe(h.gap);
          expect(await page.getByText(CASES, { exact: true }).locator('xpath=ancestor::dl[1]').innerText()).toContain(
            h.change,
          );
          await expect(page.getByRole('note').first().innerText()).resolves.toMatch(/^Dữ liệu mẫu\./);
        });
      });

      it(`${h.path}: charts are visible SVG that fit the screen`, async () => {
        await withContext(viewport, {}, async (page) => {
          await open(page, h.path);
          await expectVisibleCharts(page, h.path, width);
        });
      });
    }

    it('the page itself never scrolls sideways (tables scroll in their own box)', async () => {
      await withContext(viewport, {}, async (page) => {
        for (const path of [
          HOME,
          PROVINCE,
          FORMER_PROVINCE,
          OFFICE,
          OFFICE_WITHOUT_RATES,
          METHOD,
          DOWNLOADS,
          RANKINGS,
          RANKINGS_2024,
        ]) {
          await open(page, path);
          const o = await horizontalOverflow(page);
          expect({ path, ...o }).toEqual({ path, width, documentScroll: width, bodyScroll: width, outside: [] });
        }
      });
    });

    it('the figures table of a province scrolls inside its own box', async () => {
      await withContext(viewport, {}, async (page) => {
        await open(page, PROVINCE);
        const box = page.getByRole('region', { name: 'Thành phố Hà Nội: số liệu về việc theo kỳ báo cáo (việc)' });
        expect(await box.isVisible()).toBe(true);
        const { overflowX, clientWidth } = await box.evaluate((el) => ({
          overflowX: getComputedStyle(el).overflowX,
          clientWidth: el.clientWidth,
        }));
        expect(overflowX).toBe('auto');
        expect(clientWidth).toBeLessThanOrEqual(width);
      });
    });
  });
}

describe('without JavaScript', () => {
  for (const viewport of ['phone', 'desktop'] as const) {
    it(`${viewport}: headline figures, charts, chart tables and links all work`, async () => {
      await withContext(viewport, { javaScriptEnabled: false }, async (page) => {
        for (const h of HEADLINES) {
          await open(page, h.path);
          expect(await figureUnder(page.getByText(CASES, { exact: true }))).toBe(h.cases);
          expect(await figureUnder(page.getByText(MONEY, { exact: true }))).toBe(h.money);
          await expectVisibleCharts(page, h.path, VIEWPORTS[viewport].viewport.width);
          // The chart's data table opens with the native disclosure widget.
          const figure = page.locator('figure.chart').first();
          const table = figure.locator('table');
          expect(await table.isVisible()).toBe(false);
          await figure.getByText('Xem số liệu của biểu đồ dạng bảng').click();
          expect(await table.isVisible()).toBe(true);
          expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
        }
        // A reader goes from the home page to a province and on to an office.
        // (its list of provinces; the full ranking table is on a page of its own).
        await open(page, HOME);
        await page.getByText('Xem tỉnh, thành phố của bạn (2 tỉnh, thành phố)').click();
        await page.getByRole('link', { name: 'Thành phố Hà Nội' }).click();
        await page.waitForURL(`${server.url}${PROVINCE}`);
        // It is in both offices tables, cases and money.
        await page.getByRole('link', { name: 'Phòng THADS khu vực 1' }).first().click();
        await page.waitForURL(`${server.url}/tinh/ha-noi-01/khu-vuc-1-01-kv01/`);
        expect(await figureUnder(page.getByText(CASES, { exact: true }))).toBe('85,00%');
      });
    });
  }

  it('the former province says where it went and links there', async () => {
    await withContext('phone', { javaScriptEnabled: false }, async (page) => {
      await open(page, FORMER_PROVINCE);
      await expect(page.getByText('Đơn vị này hoạt động đến ngày 30/06/2025.').isVisible()).resolves.toBe(true);
      await page.locator('.status-former').getByRole('link', { name: 'Tỉnh Bắc Ninh' }).click();
      await page.waitForURL(`${server.url}/tinh/bac-ninh-24/`);
      expect(await figureUnder(page.getByText(CASES, { exact: true }))).toBe('80,00%');
    });
  });

  it('an unknown address gives the 404 page with status 404', async () => {
    await withContext('phone', { javaScriptEnabled: false }, async (page) => {
      await open(page, MISSING, 404);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Không tìm thấy trang');
      await page.getByRole('link', { name: 'Về trang chủ' }).click();
      await page.waitForURL(`${server.url}/`);
    });
  });
});

describe('maps on a 360 px phone, without JavaScript', () => {
  const phone360 = { ...VIEWPORTS.phone, viewport: { width: 360, height: 740 } };

  it('the home and rankings maps fit the screen, with their legend, and period links work', async () => {
    const context = await browser.newContext({ ...phone360, javaScriptEnabled: false, locale: 'vi-VN' });
    context.setDefaultTimeout(10_000);
    try {
      const page = await context.newPage();
      for (const path of [HOME, RANKINGS, RANKINGS_2024]) {
        await open(page, path);
        const maps = page.locator('figure.map');
        // The home shows the cases map, and links to the money map on the rankings page.
        const count = path === HOME ? 1 : 2;
        expect(await maps.count(), path).toBe(count);
        for (let i = 0; i < count; i++) {
          const map = maps.nth(i);
          const svg = map.locator('svg[role="img"]').first();
          const box = (await svg.boundingBox())!;
          expect(box.x, path).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, path).toBeLessThanOrEqual(361);
          expect(box.height, path).toBeGreaterThan(250);
          const name = (await svg.locator('title').first().textContent()) ?? '';
          expect(await page.getByRole('img', { name }).count()).toBeGreaterThan(0);
          expect(await map.locator('.map-legend li').first().isVisible()).toBe(true);
          expect(await map.getByText('Chưa có số liệu').first().isVisible()).toBe(true);
        }
        const o = await horizontalOverflow(page);
        expect({ path, ...o }).toEqual({ path, width: 360, documentScroll: 360, bodyScroll: 360, outside: [] });
      }
      // A reader chooses another period with plain links.
      await open(page, RANKINGS);
      await page.getByText('Chọn kỳ báo cáo khác').click();
      await page
        .getByRole('region', { name: /Năm thống kê 2024/ })
        .getByRole('link', { name: 'Cả năm' })
        .click();
      await page.waitForURL(`${server.url}${RANKINGS_2024}`);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
        'Xếp hạng các tỉnh, thành phố: năm 2024',
      );
    } finally {
      await context.close();
    }
  });
});

describe('accessibility (axe, WCAG 2 A and AA)', () => {
  const PAGES = [
    { name: 'home', path: HOME, status: 200 },
    { name: 'province', path: PROVINCE, status: 200 },
    { name: 'former province', path: FORMER_PROVINCE, status: 200 },
    { name: 'province formed by merger, with comparable figures', path: '/tinh/bac-ninh-24/', status: 200 },
    { name: 'office', path: OFFICE, status: 200 },
    { name: 'office without rates', path: OFFICE_WITHOUT_RATES, status: 200 },
    { name: 'methodology', path: METHOD, status: 200 },
    { name: 'downloads', path: DOWNLOADS, status: 200 },
    { name: 'rankings (latest)', path: RANKINGS, status: 200 },
    { name: 'rankings (63 provinces)', path: RANKINGS_2024, status: 200 },
    { name: 'ranking tables (63 provinces)', path: '/xep-hang/2024/bang/', status: 200 },
    { name: '404', path: MISSING, status: 404 },
    { name: 'embed page of a chart', path: '/nhung/tinh/ha-noi-01/xu-huong/', status: 200 },
    // The same page types in English, built from the same views.
    { name: 'home (English)', path: '/en/', status: 200 },
    { name: 'province (English)', path: '/en/province/ha-noi-01/', status: 200 },
    { name: 'former province (English)', path: '/en/province/bac-giang-24-den-2025-06-30/', status: 200 },
    { name: 'province formed by merger (English)', path: '/en/province/bac-ninh-24/', status: 200 },
    { name: 'office (English)', path: '/en/province/bac-ninh-24/khu-vuc-1-24-kv01/', status: 200 },
    {
      name: 'office without rates (English)',
      path: '/en/province/ha-noi-01/quan-tay-ho-01-03-den-2025-06-30/',
      status: 200,
    },
    { name: 'methodology (English)', path: '/en/methodology/', status: 200 },
    { name: 'downloads (English)', path: '/en/data/', status: 200 },
    { name: 'change log (English)', path: '/en/data/changelog/', status: 200 },
    { name: 'rankings (latest, English)', path: '/en/rankings/', status: 200 },
    { name: 'rankings (63 provinces, English)', path: '/en/rankings/2024/', status: 200 },
    { name: '404 (English)', path: '/en/404/', status: 200 },
    { name: 'embed page of a chart (English)', path: '/en/embed/province/ha-noi-01/xu-huong/', status: 200 },
  ];
  for (const viewport of ['phone', 'desktop'] as const) {
    it(`${viewport}: no violations on any page type`, async () => {
      const found: string[] = [];
      await withContext(viewport, {}, async (page) => {
        for (const p of PAGES) {
          await open(page, p.path, p.status);
          // Scan the chart tables too, as a reader who opens them sees them.
          await page.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.setAttribute('open', '');
          });
          for (const v of await scanPage(page)) {
            found.push(`${p.name} ${p.path}: ${v.id} (${v.impact}) ${v.help}\n    ${v.targets.join('\n    ')}`);
          }
        }
      });
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});

// The fixture reports no months, so no unit of it has a page of all its figures: scanned on the shipped data.
describe('accessibility of the page of all a unit’s figures (shipped data)', () => {
  const ALL_FIGURES = ['/tinh/ho-chi-minh-79/toan-bo-so-lieu/', '/en/province/ho-chi-minh-79/all-figures/'];
  for (const viewport of ['phone', 'desktop'] as const) {
    it(`${viewport}: no violations, in both languages`, async () => {
      const shipped = await serveDir(inject('shippedSite'));
      const found: string[] = [];
      try {
        await withContext(viewport, {}, async (page) => {
          for (const path of ALL_FIGURES) {
            const response = await page.goto(shipped.url + path, { waitUntil: 'load' });
            expect(response?.status(), path).toBe(200);
            for (const v of await scanPage(page)) found.push(`${path}: ${v.id} (${v.impact}) ${v.help}`);
          }
        });
      } finally {
        await shipped.close();
      }
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});

describe('tables on a 360 px phone and a 1280 px screen, and print', () => {
  const FIGURES = 'Thành phố Hà Nội: số liệu về việc theo kỳ báo cáo (việc)';
  const TABLES_2024 = '/xep-hang/2024/bang/';
  const sized = (width: number) => ({ ...VIEWPORTS.desktop, viewport: { width, height: 800 } });

  async function inContext<T>(options: Parameters<Browser['newContext']>[0], use: (page: Page) => Promise<T>) {
    const context = await browser.newContext({ ...options, javaScriptEnabled: false, locale: 'vi-VN' });
    context.setDefaultTimeout(10_000);
    try {
      return await use(await context.newPage());
    } finally {
      await context.close();
    }
  }

  it('360 px: a wide table scrolls in its box, shows a shadow cue, and its row names stay in view', async () => {
    await inContext({ ...VIEWPORTS.phone, viewport: { width: 360, height: 740 } }, async (page) => {
      await open(page, PROVINCE);
      const box = page.getByRole('region', { name: FIGURES });
      const sizes = await box.evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          overflows: el.scrollWidth > el.clientWidth,
          image: style.backgroundImage,
          attachment: style.backgroundAttachment,
        };
      });
      expect(sizes.overflows).toBe(true);
      // The cue: shadows on the box's edges ("scroll"), hidden at either end by covers that move with the table.
      expect(sizes.image.match(/radial-gradient/g)).toHaveLength(2);
      expect(sizes.attachment).toBe('local, local, scroll, scroll');
      const name = box.locator('tbody th[scope="row"]').first();
      const last = box.locator('tbody tr').first().locator('td').last();
      const before = (await name.boundingBox())!;
      await box.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
      });
      await expect.poll(async () => (await box.evaluate((el) => el.scrollLeft)) > 0).toBe(true);
      const frame = (await box.boundingBox())!;
      const after = (await name.boundingBox())!;
      const end = (await last.boundingBox())!;
      // The last column came into view, and the row's name did not move with it.
      expect(end.x + end.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      expect(after.x).toBeCloseTo(before.x, 0);
      expect(after.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(await name.isVisible()).toBe(true);
    });
  });

  it('1280 px: no page scrolls sideways, the ranking tables included', async () => {
    await inContext(sized(1280), async (page) => {
      for (const path of [HOME, PROVINCE, OFFICE, RANKINGS, RANKINGS_2024, TABLES_2024, METHOD, DOWNLOADS]) {
        await open(page, path);
        const o = await horizontalOverflow(page);
        expect({ path, ...o }).toEqual({ path, width: 1280, documentScroll: 1280, bodyScroll: 1280, outside: [] });
      }
    });
  });

  it('print (A4): no navigation or footer links, tables whole, folded tables open', async () => {
    // The printable width of A4 (210 mm) within the stylesheet's 12 mm margins, at 96 px to the inch.
    const a4 = Math.floor(((210 - 24) / 25.4) * 96);
    await inContext(sized(a4), async (page) => {
      for (const path of [PROVINCE, OFFICE]) {
        await open(page, path);
        await page.emulateMedia({ media: 'print' });
        for (const hidden of ['.site-header nav', '.breadcrumbs', '.footer-links', '.skip']) {
          const all = page.locator(hidden);
          expect(await all.count(), hidden).toBeGreaterThan(0);
          for (let i = 0; i < (await all.count()); i++) expect(await all.nth(i).isVisible(), hidden).toBe(false);
        }
        const clipped = await page.evaluate((width) => {
          return [...document.querySelectorAll('.table-scroll')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > width + 1)
            .map((el) => `${el.getAttribute('aria-label')}: ${el.scrollWidth} > ${el.clientWidth}`);
        }, a4);
        expect(clipped, path).toEqual([]);
        const folded = page.locator('details:not([open]) table');
        expect(await folded.count(), path).toBeGreaterThan(0);
        for (let i = 0; i < (await folded.count()); i++) expect(await folded.nth(i).isVisible(), path).toBe(true);
        expect(await page.locator('figure.chart svg[role="img"]').first().isVisible()).toBe(true);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      }
    });
  });
});
