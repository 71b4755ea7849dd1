/**
 * Finding a unit, in real Chromium on a 360 px phone and a 1280 px desktop:
 * the search of the shipped data (data/: Bến Lức, Đà Nẵng, Hồ Chí Minh, Yên
 * Bái) typed without tone marks, with the keyboard, breaking no rule of the
 * CSP; and without JavaScript, the A-Z page and the short addresses of the
 * fixture. axe scans the A-Z page and the page with results open.
 */
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText is the text as rendered, which is what a reader sees.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, scanPage, VIEWPORTS } from '../support/browser';
import { type Served, serveDir } from '../support/build';
import { readPage } from '../support/pages';

const SCREENS = {
  phone: { ...VIEWPORTS.phone, viewport: { width: 360, height: 740 } },
  desktop: { viewport: { width: 1280, height: 800 } },
} satisfies Record<string, BrowserContextOptions>;

const A_Z = '/don-vi/';
const SEARCH_LABEL = 'Tìm tỉnh, đơn vị hoặc mã';
const LAO_CAI = '/tinh/lao-cai-15/';
const YEN_BAI_FORMER = '/tinh/yen-bai-15-den-2025-06-30/';

let fixture: Served;
let shipped: Served;
let browser: Browser;

beforeAll(async () => {
  [fixture, shipped] = await Promise.all([serveDir(inject('fixtureSite')), serveDir(inject('shippedSite'))]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await shipped?.close();
});

// Runs before any script of the page; not subject to the page's CSP.
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI}`));
};

async function withPage<T>(
  screen: keyof typeof SCREENS,
  options: { javaScriptEnabled?: boolean },
  use: (page: Page, problems: string[]) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ ...SCREENS[screen], ...options, locale: 'vi-VN' });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(RECORD_VIOLATIONS);
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    return await use(page, problems);
  } finally {
    await context.close();
  }
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** The results listed for the words typed, as "name | what it is today" with the link, in order. */
async function results(page: Page): Promise<{ text: string; href: string }[]> {
  const items = page.locator('#search-list > li');
  return Promise.all(
    (await items.all()).map(async (li) => ({
      text: (await li.innerText()).trim(),
      href: new URL((await li.locator('a').getAttribute('href'))!, page.url()).pathname,
    })),
  );
}

/** Types into the A-Z page's search field and waits for the status of those words. */
async function search(page: Page, words: string): Promise<{ text: string; href: string }[]> {
  const field = page.locator('#unit-search-q');
  await field.fill(words);
  await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`“${q}”`), words);
  return results(page);
}

describe.each(Object.keys(SCREENS) as (keyof typeof SCREENS)[])('the search on a %s', (screen) => {
  it('is reached from the header of any page with the keyboard, and lists Bến Lức for "ben luc"', async () => {
    await withPage(screen, {}, async (page, problems) => {
      await page.goto(`${shipped.url}${LAO_CAI}`);
      await page.keyboard.press('Tab'); // the skip link
      await page.keyboard.press('Tab'); // the site's name
      const field = page.getByRole('searchbox', { name: SEARCH_LABEL });
      while (!(await field.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
      await page.keyboard.type('ben luc');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/don-vi\/\?q=ben\+luc$/);
      await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 0);
      // Today's office that took over Bến Lức first, saying so; then the former district office itself.
      const found = await results(page);
      expect(found[0]?.text).toMatch(
        /^Phòng THADS khu vực \d+ Tỉnh Tây Ninh · Hiện nay; gồm cả Chi cục THADS huyện Bến Lức/,
      );
      const benLuc = found.find((r) => r.text.startsWith('Chi cục THADS huyện Bến Lức'));
      expect(benLuc?.text).toMatch(
        /^Chi cục THADS huyện Bến Lức \(mã [\w-]+, đến 30\/06\/2025\) Tỉnh Long An · Trước đây; nay là Phòng THADS khu vực \d+$/,
      );
      // The words stay in the field, and the first result is the next stop of Tab after the button.
      const pageField = page.locator('#unit-search-q');
      expect(await pageField.inputValue()).toBe('ben luc');
      expect(await pageField.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('#search-list li:first-child') !== null)).toBe(
        true,
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`${found[0]!.href}$`));
      expect(await page.locator('h1').innerText()).toMatch(/^Phòng THADS khu vực \d+$/);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it('finds provinces typed without tone marks, by initials and by code, units in force first', async () => {
    await withPage(screen, {}, async (page, problems) => {
      await page.goto(`${shipped.url}${A_Z}`);
      const daNang = await search(page, 'da nang');
      expect(daNang[0]).toEqual({
        text: 'Thành phố Đà Nẵng Hiện nay; gồm cả Thành phố Đà Nẵng, Tỉnh Quảng Nam',
        href: '/tinh/da-nang-48/',
      });
      expect(daNang.map((r) => r.href)).toContain('/tinh/da-nang-48-den-2025-06-30/');

      for (const words of ['ho chi minh', 'hcm', 'Hồ Chí Minh']) {
        const hcm = await search(page, words);
        expect(hcm[0]?.href, words).toBe('/tinh/ho-chi-minh-79/');
        expect(hcm[0]?.text, words).toMatch(/^Thành phố Hồ Chí Minh Hiện nay/);
      }

      // Yên Bái is today part of Lào Cai: both listed, each saying which it is, today's first.
      const yenBai = await search(page, 'yen bai');
      const laoCai = yenBai.findIndex((r) => r.href === LAO_CAI);
      const former = yenBai.findIndex((r) => r.href === YEN_BAI_FORMER);
      expect(laoCai).toBe(0);
      expect(yenBai[laoCai]!.text).toMatch(/^Tỉnh Lào Cai Hiện nay; gồm cả .*Tỉnh Yên Bái/);
      expect(former).toBeGreaterThan(laoCai);
      expect(yenBai[former]!.text).toBe('Tỉnh Yên Bái (mã 15, đến 30/06/2025) Trước đây; nay là Tỉnh Lào Cai');
      const current = yenBai.map((r) => !/Trước đây/.test(r.text));
      expect(current).toEqual([...current].sort((a, b) => Number(b) - Number(a)));

      const byCode = await search(page, '48');
      expect(byCode[0]?.href).toBe('/tinh/da-nang-48/');

      const none = await search(page, 'khong co don vi nay');
      expect(none).toEqual([]);
      expect(await page.locator('#search-status').innerText()).toContain('Không tìm thấy');
      expect(await page.locator('#search-results').isHidden()).toBe(true);

      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});

describe('the English A-Z page', () => {
  it('opens from the English header, and finds Hà Nội for "ha noi" with English results linking English pages', async () => {
    await withPage('desktop', {}, async (page, problems) => {
      await page.goto(`${fixture.url}/en/`);
      await page.getByRole('searchbox', { name: 'Find a province, office or code' }).fill('ha noi');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(`${fixture.url}/en/units/?q=ha+noi`);
      await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 0);
      const found = await results(page);
      expect(found[0]).toEqual({ text: 'Thành phố Hà Nội In force', href: '/en/province/ha-noi-01/' });
      const baDinh = found.find((r) => r.text.startsWith('Chi cục THADS quận Ba Đình'));
      expect(baDinh).toEqual({
        text: 'Chi cục THADS quận Ba Đình (code 01-01, until 30 June 2025) Thành phố Hà Nội · Former; now Phòng THADS khu vực 1',
        href: '/en/province/ha-noi-01/quan-ba-dinh-01-01-den-2025-06-30/',
      });
      expect(found.every((r) => r.href.startsWith('/en/'))).toBe(true);
      expect(await page.locator('#search-status').innerText()).toBe(
        `${found.length} units found for “ha noi”, those in force first.`,
      );
      expect(await page.locator('#search-results h2').innerText()).toBe('Search results');

      // Pagefind matches some fixture records on parts of longer phrases, so the search for nothing is a word in none.
      await search(page, 'qwerty');
      expect(await page.locator('#search-status').innerText()).toBe(
        'No unit found for “qwerty”. The full list is below.',
      );
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it('has no accessibility violation (axe, WCAG 2 A/AA) with results open', async () => {
    await withPage('desktop', {}, async (page) => {
      await page.goto(`${fixture.url}/en/units/?q=bac+ninh`);
      await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 0);
      expect(await scanPage(page)).toEqual([]);
    });
  });

  it('without JavaScript, the English 404 page links the English A-Z page', async () => {
    await withPage('desktop', { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${fixture.url}/en/404/`);
      await page.getByRole('main').getByRole('link', { name: 'Every unit from A to Z' }).click();
      await page.waitForURL(`${fixture.url}/en/units/`);
      expect(await page.locator('h1').innerText()).toBe('Every unit from A to Z');
    });
  });
});

describe('the search page with results open', () => {
  it('has no accessibility violation (axe, WCAG 2 A/AA) and no horizontal scroll on a phone', async () => {
    await withPage('phone', {}, async (page) => {
      await page.goto(`${shipped.url}${A_Z}?q=yen+bai`);
      await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
    // The scan on the desktop: the A-Z page of the shipped data is long, and axe on a 3x phone screen slow.
    await withPage('desktop', {}, async (page) => {
      await page.goto(`${shipped.url}${A_Z}?q=yen+bai`);
      await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 0);
      expect(await scanPage(page)).toEqual([]);
    });
  });
});

describe.each(Object.keys(SCREENS) as (keyof typeof SCREENS)[])('without JavaScript on a %s', (screen) => {
  it('the header’s search opens the A-Z page, which lists every unit and what a former one became', async () => {
    await withPage(screen, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${fixture.url}/`);
      await page.getByRole('searchbox', { name: SEARCH_LABEL }).fill('bac giang');
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await page.waitForURL(`${fixture.url}${A_Z}?q=bac+giang`);
      const sections = page.locator('main > h2');
      expect(await sections.allInnerTexts()).toEqual([
        'Tỉnh, thành phố và đơn vị hiện nay',
        'Các tỉnh, thành phố trước ngày 01/07/2025',
      ]);
      const lists = page.locator('main > ul.units-az');
      expect((await lists.nth(0).innerText()).split('\n')).toEqual([
        'Tỉnh Bắc Ninh',
        'Phòng THADS khu vực 1',
        'Thành phố Hà Nội',
        // An office with its area in units.csv says where it serves.
        'Phòng THADS khu vực 1 – Địa bàn: quận Ba Đình, quận Hoàn Kiếm, quận Tây Hồ',
      ]);
      expect((await lists.nth(1).innerText()).split('\n')).toEqual([
        'Tỉnh Bắc Giang (mã 24, đến 30/06/2025) (nay là Tỉnh Bắc Ninh)',
        'Tỉnh Bắc Ninh (mã 27, đến 30/06/2025) (nay là Tỉnh Bắc Ninh)',
      ]);
      expect(await page.locator('#search-results').isHidden()).toBe(true);
      const hrefsOf = () =>
        page.locator('main ul.units-az a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const hrefs = await hrefsOf();
      // Every former office, with what it became, is on the page of former units, one click away.
      await page.getByRole('link', { name: /^Mọi tỉnh, thành phố và chi cục/ }).click();
      await page.waitForURL(`${fixture.url}${A_Z}truoc-day/`);
      expect((await page.locator('main > ul.units-former').innerText()).split('\n')).toEqual([
        'Tỉnh Bắc Giang (mã 24, đến 30/06/2025) (nay là Tỉnh Bắc Ninh): Chi cục THADS thành phố Bắc Giang (mã 24-01, đến 30/06/2025) (nay là Phòng THADS khu vực 1)',
        'Tỉnh Bắc Ninh (mã 27, đến 30/06/2025) (nay là Tỉnh Bắc Ninh): Chi cục THADS thành phố Bắc Ninh (mã 27-01, đến 30/06/2025) (nay là Phòng THADS khu vực 1)',
        'các đơn vị trước đây của Thành phố Hà Nội: Chi cục THADS quận Ba Đình (mã 01-01, đến 30/06/2025) (nay là Phòng THADS khu vực 1); Chi cục THADS quận Hoàn Kiếm (mã 01-02, đến 30/06/2025) (nay là Phòng THADS khu vực 1); Chi cục THADS quận Tây Hồ (mã 01-03, đến 30/06/2025) (nay là Phòng THADS khu vực 1)',
      ]);
      // Every unit's page is one click away from one of the two pages.
      expect(new Set([...hrefs, ...(await hrefsOf())]).size).toBe(11);
    });
  });

  it('a short address leads to the province’s page', async () => {
    await withPage(screen, { javaScriptEnabled: false }, async (page) => {
      for (const [short, target, name] of [
        ['/tinh/ha-noi/', '/tinh/ha-noi-01/', 'Thành phố Hà Nội'],
        ['/tinh/bac-ninh/', '/tinh/bac-ninh-24/', 'Tỉnh Bắc Ninh'],
      ] as const) {
        await page.goto(`${fixture.url}${short}`, { waitUntil: 'commit' });
        await page.waitForURL(`${fixture.url}${target}`);
        expect(await page.locator('h1').innerText(), short).toBe(name);
      }
    });
  });

  it('the 404 page links the A-Z page', async () => {
    await withPage(screen, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${fixture.url}/khong-co-trang-nay/`);
      await page.getByRole('main').getByRole('link', { name: 'Danh sách mọi đơn vị từ A đến Z' }).click();
      await page.waitForURL(`${fixture.url}${A_Z}`);
    });
  });
});

describe('the A-Z page and a short address', () => {
  it('the A-Z page has no accessibility violation (axe, WCAG 2 A/AA)', async () => {
    await withPage('desktop', {}, async (page) => {
      await page.goto(`${fixture.url}${A_Z}`);
      expect(await scanPage(page)).toEqual([]);
    });
  });

  it('a short address’s page refreshes to the province’s page and shows its link, canonical there', async () => {
    for (const [site, base] of [
      [inject('fixtureSite'), ''],
      [inject('subpathSite'), '/thads'],
    ] as const) {
      const doc = await readPage(site, '/tinh/ha-noi/');
      const target = `${base}/tinh/ha-noi-01/`;
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
      expect([...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual([target]);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        base ? `https://example.org${target}` : undefined,
      );
      // The same policy as every page without a script (tests/browser/security.test.ts opens those).
      const csp = (d: Document) =>
        d.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(csp(doc)).toBe(csp(await readPage(site, '/phuong-phap/')));
      expect(csp(doc)).toMatch(/script-src 'report-sample' 'sha256-/);
    }
  });
});
