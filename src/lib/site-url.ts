/**
 * The public address of the site, from one environment variable, SITE_URL
 * (for example https://owner.github.io/thads/): Astro's `site`, and from its
 * path the `base` that every internal address starts with. The deploy
 * workflow fills it from the GitHub Pages configuration.
 *
 * Unset (a local build or preview), the site lives at `/` and has no known
 * absolute address: pages leave out canonical links, og:url and JSON-LD
 * addresses rather than invent a domain.
 */

export interface SiteAddress {
  /** The absolute address of the site's root, with a trailing slash; undefined when unknown. */
  site: string | undefined;
  /** The path every internal address starts with: "/" or "/thads/". */
  base: string;
}

/** Reads a SITE_URL value; an empty or missing value means no known address. */
export function parseSiteUrl(value: string | undefined): SiteAddress {
  if (!value?.trim()) return { site: undefined, base: '/' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL is not an absolute address: "${value}" (example: https://owner.github.io/thads/)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an http(s) address without query, fragment or credentials: "${value}"`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: new URL(base, url.origin).href, base };
}

/** A site path (starting with "/") under a base: ("/du-lieu/", "/thads/") → "/thads/du-lieu/". */
export function joinBase(path: string, base: string): string {
  if (!path.startsWith('/')) throw new Error(`A site path starts with "/": "${path}"`);
  return base + path.slice(1);
}

/** This build's address, read once. */
export const SITE = parseSiteUrl(process.env.SITE_URL);

/** The address to link to for a site path: href("/du-lieu/") is "/thads/du-lieu/" under /thads/. */
export const href = (path: string): string => joinBase(path, SITE.base);

/** The absolute address of a site path, or undefined when SITE_URL is unset. */
export const absoluteUrl = (path: string): string | undefined =>
  SITE.site === undefined ? undefined : new URL(href(path), SITE.site).href;

/** robots.txt for a site with a known address: everything may be read; where the sitemap is. */
export const robotsTxt = (site: string): string =>
  `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`;
