// @ts-check
import { writeFile } from 'node:fs/promises';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { BUILD_CONCURRENCY } from './scripts/astro-build.ts';
import { parseSiteUrl, robotsTxt } from './src/lib/site-url.ts';

// The public address comes from SITE_URL alone (src/lib/site-url.ts): `site`, and `base` from its path.
// Unset, the site has no absolute address, and no sitemap or robots.txt is written.
const { site, base } = parseSiteUrl(process.env.SITE_URL);

/**
 * Writes robots.txt, pointing at the sitemap, once the address is known.
 * @param {string} address
 * @returns {import('astro').AstroIntegration}
 */
const robots = (address) => ({
  name: 'thads-robots',
  hooks: {
    'astro:build:done': async ({ dir }) => writeFile(new URL('robots.txt', dir), robotsTxt(address)),
  },
});

export default defineConfig({
  site,
  base,
  // The English 404 page (/en/404/) is a page like any other for Astro; it stays out of the sitemap as 404.html
  // does. Embed pages (/nhung/, /en/embed/) repeat a chart of a full page for other sites to frame: not listed
  // for search engines.
  integrations: site
    ? [
        sitemap({
          filter: (page) => !page.endsWith('/en/404/') && !/\/(nhung|en\/embed)\//.test(new URL(page).pathname),
        }),
        robots(site),
      ]
    : [],
  trailingSlash: 'always',
  // Four pages rendered at once, so that rendering goes on while files are written (scripts/astro-build.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: BUILD_CONCURRENCY },
  compressHTML: true,
  devToolbar: { enabled: false },
  // A page's script stays a file of the site (the A-Z page's search, allowed there by 'self'), never inlined:
  // an inlined script's hash would be allowed by the CSP of every page.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // The Content-Security-Policy, as a <meta> in every page (works on any static host; public/_headers
  // repeats it with frame-ancestors, which a meta cannot carry). Astro hashes the inlined stylesheet.
  // The site runs no script: script-src lists only the hashes Astro adds for its own hydration
  // snippets, which no page contains, and 'report-sample' replaces Astro's default 'self' so that no
  // script file, inline script or event handler can run. No inline style attribute is allowed either.
  // The one exception is the A-Z page (src/pages/don-vi/index.astro), whose own policy adds 'self' and
  // 'wasm-unsafe-eval' for the search's script file and Pagefind's WebAssembly.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'report-sample'"] },
      styleDirective: { resources: ["'report-sample'"] },
    },
  },
});
