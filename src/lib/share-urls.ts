/**
 * Addresses of what a page offers for sharing: its card (og:image), and for
 * each chart its SVG, PNG and CSV files and its embed page. Each is named
 * after the page's site path without its language's home ("/tinh/ha-noi-01/"
 * → "tinh/ha-noi-01", "/en/province/ha-noi-01/" → "province/ha-noi-01"),
 * under one folder per kind and language, so that `public/_headers` can allow
 * framing on the embed folders alone. An English page shares English files.
 */
import { createHash } from 'node:crypto';
import type { Lang } from './format';
import type { Period } from './period';
import type { Unit, UnitRegistry } from './units';
import { PAGE_PATHS, provinceOf, sitePath } from './urls';

/** The folders of each kind of shared file, in each language. */
export const SHARE_DIRS = {
  /** Cards: /chia-se/tinh/ha-noi-01.png (and .svg), /en/share/province/ha-noi-01.png. */
  card: { vi: '/chia-se/', en: '/en/share/' },
  /** Chart files: /bieu-do/tinh/ha-noi-01/xu-huong.svg, .png, .csv; /en/charts/province/ha-noi-01/xu-huong.svg. */
  chartFile: { vi: '/bieu-do/', en: '/en/charts/' },
  /** Embed pages: /nhung/tinh/ha-noi-01/xu-huong/, /en/embed/province/ha-noi-01/xu-huong/, the only pages another site may frame. */
  embed: { vi: '/nhung/', en: '/en/embed/' },
} as const satisfies Record<string, Record<Lang, string>>;

export const CARD_DIR = SHARE_DIRS.card.vi;
export const CHART_FILE_DIR = SHARE_DIRS.chartFile.vi;
export const EMBED_DIR = SHARE_DIRS.embed.vi;

/** The site path (without the base) of a unit page: "/tinh/ha-noi-01/", "/en/province/ha-noi-01/". */
export const unitPagePath = (u: Unit, registry: UnitRegistry, lang: Lang = 'vi'): string =>
  u.level === 'province'
    ? `${PAGE_PATHS.province[lang]}${u.slug}/`
    : `${PAGE_PATHS.province[lang]}${provinceOf(u, registry).slug}/${u.slug}/`;

/** The site path of a rankings page; `latest` is /xep-hang/ (/en/rankings/). */
export const rankingsPagePath = (p: Period | 'latest', lang: Lang = 'vi'): string =>
  p === 'latest' ? PAGE_PATHS.rankings[lang] : `${PAGE_PATHS.rankings[lang]}${p.key}/`;

/** The language of a page by its site path: English under /en/. */
export const langOfPath = (pagePath: string): Lang => (pagePath.startsWith(PAGE_PATHS.home.en) ? 'en' : 'vi');

/** "/tinh/ha-noi-01/" → "tinh/ha-noi-01": the stem every shared file of the page is named by. */
export const stemOf = (pagePath: string): string =>
  pagePath.slice(PAGE_PATHS.home[langOfPath(pagePath)].length).replace(/\/$/, '');

export type ChartFormat = 'svg' | 'png' | 'csv';

/** Site paths (without the base), as the routes emit them. */
export const cardFile = (pagePath: string, ext: 'svg' | 'png'): string =>
  `${SHARE_DIRS.card[langOfPath(pagePath)]}${stemOf(pagePath)}.${ext}`;
export const chartFile = (pagePath: string, id: string, ext: ChartFormat): string =>
  `${SHARE_DIRS.chartFile[langOfPath(pagePath)]}${stemOf(pagePath)}/${id}.${ext}`;
export const embedPath = (pagePath: string, id: string): string =>
  `${SHARE_DIRS.embed[langOfPath(pagePath)]}${stemOf(pagePath)}/${id}/`;

/** The links of a page: under the base of SITE_URL. */
export const cardHref = (pagePath: string): string => sitePath(cardFile(pagePath, 'png'));
export const chartFileHref = (pagePath: string, id: string, ext: ChartFormat): string =>
  sitePath(chartFile(pagePath, id, ext));
export const embedHref = (pagePath: string, id: string): string => sitePath(embedPath(pagePath, id));

/** The name a chart file is saved under: "tinh-ha-noi-01-xu-huong.svg". */
export const chartFileName = (pagePath: string, id: string, ext: ChartFormat): string =>
  `${stemOf(pagePath).replaceAll('/', '-')}-${id}.${ext}`;

/**
 * The stylesheet of the embed pages, in both languages: one file under the embed folder named after a hash
 * of its text ("/nhung/kieu.1a2b3c4d.css"), so that a changed stylesheet gets a new address. Inlined, the
 * same 7.7 kB was repeated in each of the 4,780 embed pages (36 MB of the site, and as many hashes for their
 * CSP); a framed page is opened alone, where a shared file costs one request and is then cached. Full pages
 * keep the inlined stylesheet. Returns the file's name under the folder and the address pages link it at.
 */
export function embedStylesheet(css: string): { file: string; href: string } {
  const file = `kieu.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  return { file, href: sitePath(`${EMBED_DIR}${file}`) };
}
