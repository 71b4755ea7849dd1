/**
 * Framing, in real Chromium: a page on another origin (another local port)
 * frames an embed page and a full page of the fixture, in each language,
 * served with the site's `_headers` applied (serveDir's `headers`, as
 * Cloudflare Pages reads the file). The embeds show their chart; the full
 * pages are refused. Served without `_headers`, the same full page shows: the
 * refusal is the header's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type Served, serveDir } from '../support/build';

const site = inject('fixtureSite');
const EMBED = '/nhung/tinh/ha-noi-01/xu-huong/';
const PAGE = '/tinh/ha-noi-01/';
const EMBED_EN = '/en/embed/province/ha-noi-01/xu-huong/';
const PAGE_EN = '/en/province/ha-noi-01/';
// What only the full page has (Chromium's page for a refused frame has an h1 of its own).
const FULL_PAGE = 'header.site-header';
let withHeaders: Served;
let without: Served;
let host: Server;
let hostUrl: string;
let browser: Browser;

/** The other site: one page framing what its query names (`?src=`), with no policy of its own. */
async function startHost(): Promise<void> {
  host = createServer((req, res) => {
    const srcs = new URL(req.url ?? '/', 'http://localhost').searchParams.getAll('src');
    const frames = srcs.map(
      (s, i) => `<iframe id="f${i}" src="${s.replace(/"/g, '&quot;')}" width="420" height="500"></iframe>`,
    );
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><title>host</title>${frames.join('')}`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  [withHeaders, without] = await Promise.all([serveDir(site, { headers: true }), serveDir(site), startHost()]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await withHeaders?.close();
  await without?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/** Opens the host page framing `srcs`; for each frame, whether its document shows `selector`. */
async function framed(srcs: string[], selector: string[]): Promise<boolean[]> {
  const page = await browser.newPage();
  try {
    const query = srcs.map((s) => `src=${encodeURIComponent(s)}`).join('&');
    await page.goto(`${hostUrl}?${query}`, { waitUntil: 'load' });
    return await Promise.all(
      srcs.map(async (_, i) => (await page.frameLocator(`#f${i}`).locator(selector[i]!).count()) > 0),
    );
  } finally {
    await page.close();
  }
}

it.each([
  ['a Vietnamese', EMBED, PAGE],
  ['an English', EMBED_EN, PAGE_EN],
])('shows %s embed page framed by another origin, and refuses a full page', async (_, embedAt, pageAt) => {
  const response = await fetch(`${withHeaders.url}${pageAt}`);
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  const embed = await fetch(`${withHeaders.url}${embedAt}`);
  expect(embed.headers.get('content-security-policy')).toBeNull();
  expect(
    await framed([`${withHeaders.url}${embedAt}`, `${withHeaders.url}${pageAt}`], ['svg.thads-chart', FULL_PAGE]),
  ).toEqual([true, false]);
});

it('shows the full page framed when it is served without _headers: the refusal is the header', async () => {
  expect(await framed([`${without.url}${PAGE}`], [FULL_PAGE])).toEqual([true]);
});
