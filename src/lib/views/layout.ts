import { formatDate } from '../format';
import { serializeJsonLd } from '../json-ld';
import type { SiteData } from '../site-data';
import {
  absoluteUrl,
  downloadsHref,
  faviconHref,
  homeHref,
  methodologyHref,
  rankingsIndexHref,
  unitsIndexHref,
} from '../urls';
import { type SearchFormView, searchForm } from './search-form';
import type { Link } from './types';

export const SITE_NAME = 'Thống kê thi hành án dân sự';

/** What every page shares around its content: head, navigation, sample banner, footer. */
export interface LayoutView {
  /** The page title with the site name. */
  title: string;
  description: string;
  /** The page's absolute address; undefined when SITE_URL is unset, or for a page with no address of its own (404). */
  canonical: string | undefined;
  siteName: string;
  faviconHref: string;
  /** schema.org data about the page, already serialised for a `<script type="application/ld+json">`. */
  jsonLd?: string;
  home: Link;
  nav: (Link & { current: boolean })[];
  /** The search form in the header. */
  search: SearchFormView;
  /** A meta refresh ("0; url=…"), only on a page that leads to another (a short address). */
  refresh?: string;
  /** Whether the dataset is the generated sample, which every page then says. */
  sample: boolean;
  footer: {
    title: string;
    publisher: string;
    /** "20/11/2026" */
    updated: string;
    licence: string;
    licenceHref: string | undefined;
    methodology: Link;
    downloads: Link;
  };
}

/** What a page says about itself to the layout. */
export interface PageMeta {
  /** The page's own address (the path of `unitHref`, `rankingsHref`, …). */
  path: string;
  title: string;
  description: string;
  jsonLd?: Record<string, unknown>;
  /** False for a page with no address of its own (the 404 page, served at any address). */
  canonical?: false;
}

const NAV: Link[] = [
  { href: homeHref, text: 'Toàn quốc' },
  { href: rankingsIndexHref, text: 'Xếp hạng' },
  { href: methodologyHref, text: 'Phương pháp' },
  { href: downloadsHref, text: 'Tải dữ liệu' },
  { href: unitsIndexHref, text: 'Đơn vị A–Z' },
];

/** The layout of one page. */
export function layoutView(data: SiteData, page: PageMeta): LayoutView {
  const { info } = data.dataset;
  return {
    title: page.path === homeHref ? `${SITE_NAME}: ${page.title}` : `${page.title} | ${SITE_NAME}`,
    description: page.description,
    canonical: page.canonical === false ? undefined : absoluteUrl(page.path),
    siteName: SITE_NAME,
    faviconHref,
    ...(page.jsonLd ? { jsonLd: serializeJsonLd(page.jsonLd) } : {}),
    home: { href: homeHref, text: SITE_NAME },
    nav: NAV.map((n) => ({ ...n, current: n.href === page.path })),
    search: searchForm,
    sample: info.sample,
    footer: {
      title: info.title,
      publisher: info.publisher,
      updated: formatDate(info.updated),
      licence: info.licence,
      licenceHref: info.licence_url,
      methodology: { href: methodologyHref, text: 'Định nghĩa và cách tính' },
      downloads: { href: downloadsHref, text: 'Tải toàn bộ dữ liệu (CSV, JSON)' },
    },
  };
}

/** The trail above a page's heading: home first, then `items`, the last being the page itself (no link). */
export interface BreadcrumbsView {
  home: Link;
  items: { text: string; href?: string }[];
}

export const breadcrumbs = (...items: { text: string; href?: string }[]): BreadcrumbsView => ({
  home: { href: homeHref, text: 'Trang chủ' },
  items,
});
