import type { Lang } from './format';
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

/**
 * The address of each page in each language: Vietnamese at the root, English
 * under /en/ with English path words. Unit slugs and period keys stay as they
 * are. The one place that says where a page lives in a language.
 */
export const PAGE_PATHS = {
  home: { vi: '/', en: '/en/' },
  rankings: { vi: '/xep-hang/', en: '/en/rankings/' },
  methodology: { vi: '/phuong-phap/', en: '/en/methodology/' },
  downloads: { vi: '/du-lieu/', en: '/en/data/' },
  changelog: { vi: '/du-lieu/nhat-ky/', en: '/en/data/changelog/' },
  // The Vietnamese 404 page is served at any address from 404.html.
  notFound: { vi: '/404.html', en: '/en/404/' },
  province: { vi: '/tinh/', en: '/en/province/' },
  unitsIndex: { vi: '/don-vi/', en: '/en/units/' },
  // The former units with what each became: a page of its own, so that neither list grows past a phone's reach.
  formerUnits: { vi: '/don-vi/truoc-day/', en: '/en/units/former/' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Page = keyof typeof PAGE_PATHS;

/** The address of a page in a language: pageHref('methodology', 'en') is "/en/methodology/". */
export const pageHref = (page: Page, lang: Lang): string => sitePath(PAGE_PATHS[page][lang]);

/** An address in both languages, from a function of the language: the alternates of a page. */
export const inBothLangs = (at: (lang: Lang) => string): Record<Lang, string> => ({ vi: at('vi'), en: at('en') });

export const homeHref = sitePath('/');
export const rankingsIndexHref = sitePath('/xep-hang/');
export const methodologyHref = sitePath('/phuong-phap/');
export const downloadsHref = sitePath('/du-lieu/');
export const faviconHref = sitePath('/favicon.svg');
export const changelogHref = sitePath('/du-lieu/nhat-ky/');
/** Every unit from A to Z, and the search's results. */
export const unitsIndexHref = sitePath('/don-vi/');
/** Pagefind's module, written after the build by scripts/search-index.ts. */
export const pagefindHref = sitePath('/pagefind/pagefind.js');
/** The records the search indexes; scripts/search-index.ts reads and then removes this file. */
export const SEARCH_RECORDS_PATH = 'don-vi/ban-ghi-tim-kiem.json';

/**
 * A dataset download: its path in the built site (scripts/write-downloads.ts writes it there, after Astro), its
 * address, its name and its media type.
 */
const download = <N extends string>(name: N, type: string) =>
  ({ path: `du-lieu/${name}`, href: sitePath(`/du-lieu/${name}`), name, type }) as const;

/** The dataset downloads. */
export const DOWNLOADS = {
  csv: download('thads.csv', 'text/csv'),
  excel: download('thads-excel.csv', 'text/csv'),
  json: download('thads.json', 'application/json'),
} as const;

/** The Data Package (v2) describing the downloads: their fields, licence, sources and version; its path in the built site. */
export const DATA_PACKAGE_PATH = 'du-lieu/datapackage.json';
export const dataPackageHref = sitePath(`/${DATA_PACKAGE_PATH}`);

/** The full ranking tables of a period, below its rankings page: /xep-hang/2024/bang/, /en/rankings/2024/tables/. */
const TABLES_PATH: Record<Lang, string> = { vi: 'bang/', en: 'tables/' };

/** Address of the rankings of a period; `/xep-hang/` itself shows the latest. */
export const rankingsHref = (p: Period, lang: Lang = 'vi'): string => `${pageHref('rankings', lang)}${p.key}/`;

/** The full ranking tables of a period (cases, then money), on a page of their own; `anchor` one of them. */
export const rankingTablesHref = (p: Period, anchor?: string, lang: Lang = 'vi'): string =>
  `${rankingsHref(p, lang)}${TABLES_PATH[lang]}${anchor ? `#${anchor}` : ''}`;

/** The province an office belongs to; validation guarantees it is the same all its life. */
export function provinceOf(u: Unit, registry: UnitRegistry): Unit {
  if (u.level === 'province') return u;
  const parent = registry.parentOf(u, u.valid_from ?? '0001-01-01');
  if (!parent) throw new Error(`No province for office ${u.code} (${u.name})`);
  return parent;
}

/** Page address of a unit: /tinh/<province>/ or /tinh/<province>/<office>/. */
export function unitHref(u: Unit, registry: UnitRegistry, lang: Lang = 'vi'): string {
  const province = pageHref('province', lang);
  return u.level === 'province' ? `${province}${u.slug}/` : `${province}${provinceOf(u, registry).slug}/${u.slug}/`;
}

/** Every reporting period of a unit, months included, below its page: /tinh/<slug>/toan-bo-so-lieu/. */
const UNIT_FIGURES_PATH: Record<Lang, string> = { vi: 'toan-bo-so-lieu/', en: 'all-figures/' };

/** The page of a unit's figures of every period, which its own page links when it shows only some of them. */
export const unitFiguresHref = (u: Unit, registry: UnitRegistry, lang: Lang = 'vi'): string =>
  `${unitHref(u, registry, lang)}${UNIT_FIGURES_PATH[lang]}`;

/** The unit's own rows as CSV: one file, linked from the page in either language. */
export const unitCsvHref = (u: Unit, registry: UnitRegistry): string => `${unitHref(u, registry)}so-lieu.csv`;

/** The unit's own rows for Excel on Vietnamese Windows (";" and decimal comma), as thads-excel.csv. */
export const unitExcelCsvHref = (u: Unit, registry: UnitRegistry): string =>
  `${unitHref(u, registry)}so-lieu-excel.csv`;

/** The short address of a province in force, without its code: /tinh/lao-cai/ for /tinh/lao-cai-15/. */
export const provinceShortSlug = (u: Unit): string => u.slug.slice(0, -(u.code.length + 1));
