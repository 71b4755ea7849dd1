/**
 * The Content-Security-Policy and the escaping of data, in real Chromium:
 * every page of the ordinary fixture carries the policy and breaks none of
 * it; the policy does block an inline script and an inline style; and the
 * pages of the hostile fixture (markup and script in names, notes, sources)
 * run nothing, even with the policy switched off, and break no rule with it on.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, VIEWPORTS } from '../support/browser';
import { type Served, serveDir } from '../support/build';
import { addressOf, listFiles } from '../support/pages';

const ordinarySite = inject('fixtureSite');
const hostileSite = inject('hostileSite');
let ordinary: Served;
let hostile: Served;
let browser: Browser;

beforeAll(async () => {
  [ordinary, hostile] = await Promise.all([serveDir(ordinarySite), serveDir(hostileSite)]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await ordinary?.close();
  await hostile?.close();
});

interface Violation {
  directive: string;
  sample: string;
}

/** What a page did that it must not: CSP violations (as events and console errors) and dialogs. */
interface Watch {
  violations: Violation[];
  console: string[];
  dialogs: string[];
}

// Runs before any script of the page; Playwright's init scripts are not subject to the page's CSP.
const RECORD_VIOLATIONS = () => {
  const seen: { directive: string; sample: string }[] = [];
  (window as unknown as { __violations: typeof seen }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push({ directive: e.effectiveDirective, sample: e.sample }),
  );
};

async function withPage<T>(options: BrowserContextOptions, use: (page: Page, watch: Watch) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ ...options, locale: 'vi-VN' });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(RECORD_VIOLATIONS);
  const watch: Watch = { violations: [], console: [], dialogs: [] };
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) watch.console.push(m.text());
    });
    page.on('dialog', (d) => {
      watch.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    return await use(page, watch);
  } finally {
    await context.close();
  }
}

async function open(page: Page, watch: Watch, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  // Hover every element, for a handler that an escaped quote might have let through.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  });
  watch.violations.push(
    ...(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations.splice(0))),
  );
}

// A short address's page (/tinh/ha-noi/) leads at once to the province's page, which is opened here
// itself; its policy is checked in tests/browser/search.test.ts.
const isShortAddress = async (dir: string, f: string) =>
  (await readFile(path.join(dir, f), 'utf8')).includes('<meta http-equiv="refresh"');
const pagesOf = async (dir: string) => {
  const html = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
  const shown = await Promise.all(html.map(async (f) => !(await isShortAddress(dir, f))));
  return html.filter((_, i) => shown[i]).map((f) => (f === '404.html' ? '/404.html' : addressOf(f)));
};

/** The A-Z page runs the search: its script file and Pagefind's WebAssembly; no other page runs anything. */
/** The A-Z pages, in each language: the only pages that run a script (the search). */
const SEARCH_PAGES = ['/don-vi/', '/en/units/'];
/** The embed pages, in each language: the only pages that link a stylesheet file rather than inline it. */
const EMBED_PAGES = /^\/(nhung|en\/embed)\//;

describe('the Content-Security-Policy', () => {
  it('is on every page, before the stylesheet, with no unsafe source, and nothing breaks it', async () => {
    const addresses = await pagesOf(ordinarySite);
    expect(addresses.length).toBeGreaterThanOrEqual(15);
    await withPage({}, async (page, watch) => {
      for (const address of addresses) {
        await open(page, watch, ordinary.url + address);
        const csp = await page.evaluate(() => {
          const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
          // Embed pages link the shared stylesheet (`embedStylesheet` in src/lib/share-urls.ts), which the policy must govern too.
          const style = document.querySelector('style, link[rel="stylesheet"]');
          return {
            count: metas.length,
            content: metas[0]?.getAttribute('content') ?? '',
            inHead: metas[0]?.parentElement === document.head,
            beforeStyle: Boolean(
              metas[0] && style && metas[0].compareDocumentPosition(style) & Node.DOCUMENT_POSITION_FOLLOWING,
            ),
          };
        });
        expect(csp, address).toMatchObject({ count: 1, inHead: true, beforeStyle: true });
        const directives = new Map(
          csp.content
            .split(';')
            .map((d) => d.trim().split(/\s+/))
            .filter((d) => d[0])
            .map(([name, ...values]) => [name!, values]),
        );
        expect(directives.get('default-src'), address).toEqual(["'self'"]);
        expect(directives.get('object-src'), address).toEqual(["'none'"]);
        expect(directives.get('base-uri'), address).toEqual(["'self'"]);
        expect(directives.get('form-action'), address).toEqual(["'self'"]);
        const embed = EMBED_PAGES.test(address);
        for (const name of ['script-src', 'style-src']) {
          const values = directives.get(name) ?? [];
          // Hashes only: no host, no 'self', no unsafe keyword; the search page adds its own files and WebAssembly,
          // an embed page the site's own stylesheets (its one shared file).
          const search =
            name === 'script-src' && SEARCH_PAGES.includes(address) ? ["'self'", "'wasm-unsafe-eval'"] : [];
          const sheet = name === 'style-src' && embed ? ["'self'"] : [];
          expect(
            values.filter((v) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(v)),
            `${address} ${name}`,
          ).toEqual(["'report-sample'", ...search, ...sheet]);
        }
        expect(directives.get('style-src')?.length, address).toBe(embed ? 3 : 2);
      }
      expect(watch.violations).toEqual([]);
      expect(watch.console).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  });

  it.each([
    ['the inlined stylesheet', '/tinh/ha-noi-01/'],
    ["an embed page's shared stylesheet file", '/nhung/tinh/ha-noi-01/xu-huong/'],
  ])('lets %s apply, charts included', async (_, address) => {
    await withPage({}, async (page, watch) => {
      await open(page, watch, `${ordinary.url}${address}`);
      const chart = await page.evaluate(() => {
        const svg = document.querySelector('svg.thads-chart');
        const style = svg ? getComputedStyle(svg) : null;
        const text = svg?.querySelector('text');
        return {
          display: style?.display,
          maxWidth: style?.maxWidth,
          whiteSpace: text ? getComputedStyle(text).whiteSpace : null,
        };
      });
      expect(chart).toEqual({ display: 'block', maxWidth: '100%', whiteSpace: 'pre' });
      expect(watch.violations).toEqual([]);
    });
  });

  it('blocks an inline script, an event handler and an inline style, and reports each', async () => {
    await withPage({}, async (page, watch) => {
      await open(page, watch, `${ordinary.url}/`);
      const ran = await page.evaluate(async () => {
        const w = window as unknown as { __ran?: string[] };
        const script = document.createElement('script');
        script.textContent = "(window.__ran ??= []).push('script')";
        document.body.append(script);
        const img = document.createElement('img');
        img.setAttribute('onerror', "(window.__ran ??= []).push('handler')");
        img.src = 'data:,';
        document.body.append(img);
        const p = document.createElement('p');
        p.setAttribute('style', 'color: red');
        document.body.append(p);
        await new Promise((r) => setTimeout(r, 100));
        return { ran: w.__ran ?? [], color: getComputedStyle(p).color };
      });
      expect(ran.ran).toEqual([]);
      expect(ran.color).not.toBe('rgb(255, 0, 0)');
      const blocked = await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
      expect(blocked.map((v) => v.directive).sort()).toEqual(
        expect.arrayContaining(['script-src-attr', 'script-src-elem', 'style-src-attr']),
      );
      expect(blocked.find((v) => v.directive === 'script-src-elem')?.sample).toContain('window.__ran');
    });
  });
});

describe('the hostile fixture in Chromium', () => {
  it('runs nothing from the data even with the CSP switched off, and shows the names as text', async () => {
    const addresses = await pagesOf(hostileSite);
    await withPage({ bypassCSP: true }, async (page, watch) => {
      for (const address of addresses) {
        await open(page, watch, hostile.url + address);
        const found = await page.evaluate(() => ({
          // The folder of each script that is no data block: only the search page's file under /_astro/.
          scripts: [...document.scripts]
            .filter((s) => s.type !== 'application/ld+json')
            .map((s) => (s.src ? new URL(s.src).pathname.replace(/[^/]+$/, '') : 'inline')),
          // The iframe code under a chart is text in a read-only box (tests/site/hostile.test.ts checks its text).
          foreign: document.querySelectorAll(
            'img, iframe, object, embed, foreignObject, textarea:not(.embed-code[readonly]), noscript',
          ).length,
          handlers: [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`),
          ),
          titles: document.querySelectorAll('title').length - document.querySelectorAll('svg title').length,
        }));
        const scripts = SEARCH_PAGES.includes(address) ? ['/_astro/'] : [];
        expect(found, address).toEqual({ scripts, foreign: 0, handlers: [], titles: 1 });
      }
      expect(watch.dialogs).toEqual([]);
    });
    await withPage({}, async (page, watch) => {
      // Province names must be those of the official list, so the markup is in office names.
      await open(
        page,
        watch,
        `${hostile.url}/tinh/ha-noi-01/quan-ba-dinh-onmouseover-alert-1-script-alert-1-script-01-01-den-2025-06-30/`,
      );
      const baDinh = "Chi cục THADS quận Ba Đình ' onmouseover='alert(1) <script>alert(1)</script>";
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as rendered, what a reader sees.
      expect(await page.locator('h1').innerText()).toBe(baDinh);
      expect(await page.title()).toBe(`${baDinh} (mã 01-01, đến 30/06/2025), Hà Nội | Thống kê thi hành án dân sự`);
      await page.goto(`${hostile.url}/tinh/bac-giang-24-den-2025-06-30/title-svg-onload-alert-1-24-03-den-2025-06-30/`);
      expect(await page.title()).toBe(
        'Chi cục THADS </title><svg onload=alert(1)> (mã 24-03, đến 30/06/2025), Bắc Giang | Thống kê thi hành án dân sự',
      );
      expect(watch.dialogs).toEqual([]);
    });
  });

  it('breaks no rule of the CSP on any page, and does not scroll sideways on a 360 px phone', async () => {
    const addresses = await pagesOf(hostileSite);
    await withPage({ ...VIEWPORTS.phone, viewport: { width: 360, height: 800 } }, async (page, watch) => {
      for (const address of addresses) {
        await open(page, watch, hostile.url + address);
        // A long name or note is broken across lines rather than widening the page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), address).toBeLessThanOrEqual(360);
      }
      expect(watch.violations).toEqual([]);
      expect(watch.console).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  });
});
