/**
 * The fixture site built for https://example.org/thads/ (SITE_URL), as GitHub
 * Pages serves a project site, and built with no address at all: every
 * internal link resolves, nothing escapes the base, and absolute addresses
 * are those of SITE_URL or none (never a placeholder domain).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SUBPATH_URL } from '../support/build';
import { checkLinks } from '../support/links';
import { listFiles, readPage, readPages } from '../support/pages';

const subpath = inject('subpathSite');
const plain = inject('fixtureSite');

const jsonLdOf = (doc: Document): Record<string, unknown> =>
  JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null');

describe('the site built under a sub-path (SITE_URL=https://example.org/thads/)', () => {
  it('has no internal link, stylesheet, icon or download that does not resolve to a built file under /thads/', async () => {
    const { checked, broken } = await checkLinks(subpath, SUBPATH_URL);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('checks the English pages too, and their hreflang alternates point at both languages', async () => {
    const files = await listFiles(subpath);
    expect(files.filter((f) => f.startsWith('en/') && f.endsWith('.html')).length).toBeGreaterThan(10);
    const doc = await readPage(subpath, '/en/province/ha-noi-01/');
    const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    expect(alternates).toEqual([
      ['vi', 'https://example.org/thads/tinh/ha-noi-01/'],
      ['en', 'https://example.org/thads/en/province/ha-noi-01/'],
      ['x-default', 'https://example.org/thads/tinh/ha-noi-01/'],
    ]);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/thads/en/province/ha-noi-01/',
    );
    expect(doc.querySelector('a.language')?.getAttribute('href')).toBe('/thads/tinh/ha-noi-01/');
  });

  it('gives every page its canonical address and og:url under the base, and the 404 page none', async () => {
    const pages = await readPages(subpath);
    for (const p of pages) {
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // The 404 pages: served at any address (404.html), or the English one, linked from it.
      if (p.file === '404.html' || p.file === 'en/404/index.html') {
        expect(canonical).toBeUndefined();
        continue;
      }
      // An embed page repeats a chart of a full page: its canonical is that page, in its language (tests/site/share.test.ts).
      if (p.file.startsWith('nhung/')) {
        expect(canonical, p.file).toMatch(/^https:\/\/example\.org\/thads\/(tinh|xep-hang)\//);
        continue;
      }
      if (p.file.startsWith('en/embed/')) {
        expect(canonical, p.file).toMatch(/^https:\/\/example\.org\/thads\/en\/(province|rankings)\//);
        continue;
      }
      // A short address (/tinh/ha-noi/) names as canonical the page it leads to.
      const target = p.doc
        .querySelector('meta[http-equiv="refresh"]')
        ?.getAttribute('content')
        ?.replace(/^0; url=/, '');
      expect(canonical, p.file).toBe(new URL(target ?? p.address.slice(1), SUBPATH_URL).href);
      expect(p.doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), p.file).toBe(canonical);
    }
    const data = await readPage(subpath, '/du-lieu/');
    expect(jsonLdOf(data)).toMatchObject({
      url: 'https://example.org/thads/du-lieu/',
      distribution: [
        { contentUrl: 'https://example.org/thads/du-lieu/thads.csv' },
        { contentUrl: 'https://example.org/thads/du-lieu/thads-excel.csv' },
        { contentUrl: 'https://example.org/thads/du-lieu/thads.json' },
      ],
    });
  });

  it('links the 404 page, served at any address, to the home page under the base', async () => {
    const doc = await readPage(subpath, '/404.html');
    expect(doc.querySelector('main a')?.getAttribute('href')).toBe('/thads/');
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/thads/favicon.svg');
  });

  it('has a sitemap of every page under the base, and a robots.txt pointing at it', async () => {
    const files = await listFiles(subpath);
    const xml = await readFile(path.join(subpath, 'sitemap-0.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    // Embed pages (/nhung/, /en/embed/) are left out: each repeats a chart of a page that is listed.
    const pages = files
      .filter(
        (f) =>
          f.endsWith('index.html') &&
          f !== 'en/404/index.html' &&
          !f.startsWith('nhung/') &&
          !f.startsWith('en/embed/'),
      )
      .map((f) => `${SUBPATH_URL}${f.replace(/index\.html$/, '')}`);
    expect(locs.sort()).toEqual(pages.sort());
    expect(await readFile(path.join(subpath, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://example.org/thads/sitemap-index.xml',
    );
    expect(await readFile(path.join(subpath, 'sitemap-index.xml'), 'utf8')).toContain(
      '<loc>https://example.org/thads/sitemap-0.xml</loc>',
    );
  });
});

describe('the site built with no SITE_URL (a local preview)', () => {
  it('has no broken internal link at /', async () => {
    const { broken, checked } = await checkLinks(plain, 'https://site.invalid/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('invents no absolute address: no canonical, og:url, JSON-LD address, sitemap or robots.txt', async () => {
    const files = await listFiles(plain);
    expect(files.filter((f) => /sitemap|robots/.test(f))).toEqual([]);
    for (const p of await readPages(plain, files)) {
      expect(p.html, p.file).not.toMatch(/rel="canonical"|rel="alternate"|og:url|thads\.example/);
    }
    const ld = jsonLdOf(await readPage(plain, '/du-lieu/'));
    expect(ld).not.toHaveProperty('url');
    expect(ld).toMatchObject({ distribution: [] });
  });

  it('links the change log from the download page, and names each download with its version', async () => {
    const data = await readPage(plain, '/du-lieu/');
    const links = [...data.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('download')]);
    expect(links).toContainEqual(['/du-lieu/nhat-ky/', null]);
    expect(links).toContainEqual(['/du-lieu/thads.csv', 'thads-2026-01-15.csv']);
    expect(links).toContainEqual(['/du-lieu/thads.json', 'thads-2026-01-15.json']);
    const unit = await readPage(plain, '/tinh/ha-noi-01/');
    expect(unit.querySelector('a.download')?.getAttribute('download')).toBe('ha-noi-01-2026-01-15.csv');
  });
});

describe('the link checker', () => {
  it('catches a missing file, a missing fragment and a link that escapes the base', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'links-'));
    try {
      await mkdir(path.join(dir, 'a'));
      await writeFile(path.join(dir, 'a', 'index.html'), '<p id="here">x</p>');
      await writeFile(
        path.join(dir, 'index.html'),
        '<a href="/thads/a/#here">ok</a><a href="a/">ok</a><a href="https://elsewhere.org/x">external</a>' +
          '<a href="https://example.org/other/">another site on the host</a><a href="https://example.org/thads/c/">ours</a>' +
          '<a href="/thads/b/">missing</a><a href="/thads/a/#nowhere">fragment</a><a href="/a/">escapes</a>' +
          '<link rel="stylesheet" href="../style.css">',
      );
      const { checked, broken } = await checkLinks(dir, 'https://example.org/thads/');
      expect(checked).toBe(7);
      expect(broken.map((b) => `${b.link}: ${b.why}`)).toEqual([
        'https://example.org/thads/c/: no built file c/index.html',
        '/thads/b/: no built file b/index.html',
        '/thads/a/#nowhere: no id "nowhere" in a/index.html',
        '/a/: escapes the base /thads/',
        '../style.css: escapes the base /thads/',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
