import type { Period } from './period';
import { href, SITE } from './site-url';
import type { Unit, UnitRegistry } from './units';

/**
 * Every internal address of the site is built here, through `sitePath`: a
 * site path ("/du-lieu/") under the base of SITE_URL ("/thads/du-lieu/").
 */
export const sitePath = (path: string): string => href(path);

/**
 * The absolute address of an address `sitePath` made (canonical links,
 * og:url, JSON-LD); undefined when SITE_URL is unset, so that no domain is
 * invented for a local build.
 */
export const absoluteUrl = (address: string): string | undefined =>
  SITE.site === undefined ? undefined : new URL(address, SITE.site).href;

export const homeHref = sitePath('/');
export const rankingsIndexHref = sitePath('/xep-hang/');
export const methodologyHref = sitePath('/phuong-phap/');
export const downloadsHref = sitePath('/du-lieu/');
export const faviconHref = sitePath('/favicon.svg');
export const changelogHref = sitePath('/du-lieu/nhat-ky/');

/** The dataset downloads, each with its media type. */
export const DOWNLOADS = {
  csv: { href: sitePath('/du-lieu/thads.csv'), name: 'thads.csv', type: 'text/csv' },
  excel: { href: sitePath('/du-lieu/thads-excel.csv'), name: 'thads-excel.csv', type: 'text/csv' },
  json: { href: sitePath('/du-lieu/thads.json'), name: 'thads.json', type: 'application/json' },
} as const;

/** Address of the rankings of a period; `/xep-hang/` itself shows the latest. */
export const rankingsHref = (p: Period): string => sitePath(`/xep-hang/${p.key}/`);

/** The full ranking tables of a period (cases, then money), on a page of their own; `anchor` one of them. */
export const rankingTablesHref = (p: Period, anchor?: string): string =>
  `${sitePath(`/xep-hang/${p.key}/bang/`)}${anchor ? `#${anchor}` : ''}`;

/** The province an office belongs to; validation guarantees it is the same all its life. */
export function provinceOf(u: Unit, registry: UnitRegistry): Unit {
  if (u.level === 'province') return u;
  const parent = registry.parentOf(u, u.valid_from ?? '0001-01-01');
  if (!parent) throw new Error(`No province for office ${u.code} (${u.name})`);
  return parent;
}

/** Page address of a unit: /tinh/<province>/ or /tinh/<province>/<office>/. */
export function unitHref(u: Unit, registry: UnitRegistry): string {
  return sitePath(u.level === 'province' ? `/tinh/${u.slug}/` : `/tinh/${provinceOf(u, registry).slug}/${u.slug}/`);
}

/** The unit's own rows as CSV. */
export const unitCsvHref = (u: Unit, registry: UnitRegistry): string => `${unitHref(u, registry)}so-lieu.csv`;
