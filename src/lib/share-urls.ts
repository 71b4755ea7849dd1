/**
 * Addresses of what a page offers for sharing: its card (og:image), and for
 * each chart its SVG, PNG and CSV files and its embed page. Each is named
 * after the page's site path ("/tinh/ha-noi-01/" → "tinh/ha-noi-01"), under
 * one folder per kind, so that `public/_headers` can allow framing on the
 * embed folder alone.
 */
import type { Period } from './period';
import type { Unit, UnitRegistry } from './units';
import { provinceOf, sitePath } from './urls';

/** Cards: /chia-se/tinh/ha-noi-01.png (and .svg). */
export const CARD_DIR = '/chia-se/';
/** Chart files: /bieu-do/tinh/ha-noi-01/xu-huong.svg, .png, .csv. */
export const CHART_FILE_DIR = '/bieu-do/';
/** Embed pages: /nhung/tinh/ha-noi-01/xu-huong/, the only pages another site may frame. */
export const EMBED_DIR = '/nhung/';

/** The site path (without the base) of a unit page: "/tinh/ha-noi-01/". */
export const unitPagePath = (u: Unit, registry: UnitRegistry): string =>
  u.level === 'province' ? `/tinh/${u.slug}/` : `/tinh/${provinceOf(u, registry).slug}/${u.slug}/`;

/** The site path of a rankings page; `latest` is /xep-hang/. */
export const rankingsPagePath = (p: Period | 'latest'): string =>
  p === 'latest' ? '/xep-hang/' : `/xep-hang/${p.key}/`;

/** "/tinh/ha-noi-01/" → "tinh/ha-noi-01": the stem every shared file of the page is named by. */
export const stemOf = (pagePath: string): string => pagePath.replace(/^\/|\/$/g, '');

export type ChartFormat = 'svg' | 'png' | 'csv';

/** Site paths (without the base), as the routes emit them. */
export const cardFile = (pagePath: string, ext: 'svg' | 'png'): string => `${CARD_DIR}${stemOf(pagePath)}.${ext}`;
export const chartFile = (pagePath: string, id: string, ext: ChartFormat): string =>
  `${CHART_FILE_DIR}${stemOf(pagePath)}/${id}.${ext}`;
export const embedPath = (pagePath: string, id: string): string => `${EMBED_DIR}${stemOf(pagePath)}/${id}/`;

/** The links of a page: under the base of SITE_URL. */
export const cardHref = (pagePath: string): string => sitePath(cardFile(pagePath, 'png'));
export const chartFileHref = (pagePath: string, id: string, ext: ChartFormat): string =>
  sitePath(chartFile(pagePath, id, ext));
export const embedHref = (pagePath: string, id: string): string => sitePath(embedPath(pagePath, id));

/** The name a chart file is saved under: "tinh-ha-noi-01-xu-huong.svg". */
export const chartFileName = (pagePath: string, id: string, ext: ChartFormat): string =>
  `${stemOf(pagePath).replaceAll('/', '-')}-${id}.${ext}`;
