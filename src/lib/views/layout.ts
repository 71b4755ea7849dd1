import { formatDate } from '../format';
import { serializeJsonLd } from '../json-ld';
import type { SiteData } from '../site-data';
import { absoluteUrl, downloadsHref, faviconHref, homeHref, methodologyHref, rankingsIndexHref } from '../urls';
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
  /** The share card (og:image, twitter:image): only with an absolute address, so only when SITE_URL is set. */
  image?: PageImage;
  home: Link;
  nav: (Link & { current: boolean })[];
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
  /** The page's share card, its address made by `sitePath` (share-urls.ts cardHref). */
  image?: PageImage;
}

/** A share card: its address (absolute in a LayoutView), size in pixels and text alternative. */
export interface PageImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

const NAV: Link[] = [
  { href: homeHref, text: 'Toàn quốc' },
  { href: rankingsIndexHref, text: 'Xếp hạng' },
  { href: methodologyHref, text: 'Phương pháp' },
  { href: downloadsHref, text: 'Tải dữ liệu' },
];

// Open Graph requires an absolute image address: without SITE_URL the card is built but not announced, as canonical.
function imageOf(image: PageImage | undefined): { image?: PageImage } {
  const src = image && absoluteUrl(image.src);
  return image && src ? { image: { ...image, src } } : {};
}

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
    ...imageOf(page.image),
    home: { href: homeHref, text: SITE_NAME },
    nav: NAV.map((n) => ({ ...n, current: n.href === page.path })),
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
