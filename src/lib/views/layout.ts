import { LANGS } from '../format';
import { serializeJsonLd } from '../json-ld';
import { type Lang, LOCALES } from '../locale';
import type { SiteData } from '../site-data';
import { absoluteUrl, faviconHref, pageHref } from '../urls';
import { type SearchFormView, searchFormIn } from './search-form';
import type { Link } from './types';

export const SITE_NAME = 'Thống kê thi hành án dân sự';

/** The words every page shares, in each language. */
const WORDS = {
  vi: {
    siteName: SITE_NAME,
    language: 'Tiếng Việt',
    skip: 'Bỏ qua, đến nội dung chính',
    navLabel: 'Chính',
    nav: {
      home: 'Toàn quốc',
      rankings: 'Xếp hạng',
      methodology: 'Phương pháp',
      downloads: 'Tải dữ liệu',
      unitsIndex: 'Đơn vị A–Z',
    },
    sample: {
      title: 'Dữ liệu mẫu.',
      text: 'Các con số trên trang này được tạo tự động để minh họa, không phải số liệu thật của cơ quan thi hành án dân sự.',
    },
    source: 'Nguồn',
    updated: 'Cập nhật ngày',
    licence: 'Giấy phép',
    methodology: 'Định nghĩa và cách tính',
    downloads: 'Tải toàn bộ dữ liệu (CSV, JSON)',
    breadcrumbsLabel: 'Đường dẫn',
    breadcrumbsHome: 'Trang chủ',
  },
  en: {
    siteName: 'Civil judgment enforcement statistics',
    language: 'English',
    skip: 'Skip to the main content',
    navLabel: 'Main',
    nav: {
      home: 'Nationwide',
      rankings: 'Rankings',
      methodology: 'Methodology',
      downloads: 'Download data',
      unitsIndex: 'Units A–Z',
    },
    sample: {
      title: 'Sample data.',
      text: 'The figures on this page are generated to illustrate the site; they are not real figures of the civil judgment enforcement agencies.',
    },
    source: 'Source',
    updated: 'Updated',
    licence: 'Licence',
    methodology: 'Definitions and methods',
    downloads: 'Download all the data (CSV, JSON)',
    breadcrumbsLabel: 'Breadcrumb',
    breadcrumbsHome: 'Home',
  },
} as const satisfies Record<Lang, unknown>;

/** The site's name in a language, as the header shows it. */
export const siteNameIn = (lang: Lang): string => WORDS[lang].siteName;

/** The dataset's title, publisher and description in a language: dataset.json's English ones on English pages when it gives them. */
export function datasetIn(
  info: SiteData['dataset']['info'],
  lang: Lang,
): { title: string; publisher: string; description: string | undefined } {
  return lang === 'en'
    ? {
        title: info.title_en ?? info.title,
        publisher: info.publisher_en ?? info.publisher,
        description: info.description_en ?? info.description,
      }
    : { title: info.title, publisher: info.publisher, description: info.description };
}

/** What every page shares around its content: head, navigation, sample banner, footer. */
export interface LayoutView {
  /** The language of the page, for `<html lang>`. */
  lang: Lang;
  /** "vi_VN" / "en_GB" */
  ogLocale: string;
  /** The page in every language, absolute (hreflang alternates); empty when SITE_URL is unset or for the 404 page. */
  alternates: { hreflang: string; href: string }[];
  /** The same page in the other language. */
  otherLanguage: Link & { lang: Lang };
  /** The fixed words of the layout: skip link, navigation label, sample banner, footer. */
  words: {
    skip: string;
    navLabel: string;
    sampleTitle: string;
    sampleText: string;
    source: string;
    updated: string;
    licence: string;
  };
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
  /** The language of the page; Vietnamese unless said. */
  lang?: Lang;
  /**
   * The page's address in each language (`inBothLangs` of urls.ts). A page
   * without it has no version in the other language yet: its language link
   * goes to the other language's home page and it has no hreflang alternates.
   */
  alternates?: Record<Lang, string>;
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

const NAV_PAGES = ['home', 'rankings', 'methodology', 'downloads', 'unitsIndex'] as const;

/** The page in the other language, and every language's absolute address for the hreflang alternates. */
function languagesOf(page: PageMeta, lang: Lang): Pick<LayoutView, 'alternates' | 'otherLanguage'> {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const addresses = page.alternates;
  const absolute = (path: string) => (page.canonical === false ? undefined : absoluteUrl(path));
  const alternates = addresses
    ? [...LANGS.map((l) => ({ hreflang: l, path: addresses[l] })), { hreflang: 'x-default', path: addresses.vi }]
        .map((a) => ({ hreflang: a.hreflang, href: absolute(a.path) }))
        .filter((a): a is { hreflang: string; href: string } => a.href !== undefined)
    : [];
  return {
    alternates,
    otherLanguage: { lang: other, href: addresses?.[other] ?? pageHref('home', other), text: WORDS[other].language },
  };
}

// Open Graph requires an absolute image address: without SITE_URL the card is built but not announced, as canonical.
function imageOf(image: PageImage | undefined): { image?: PageImage } {
  const src = image && absoluteUrl(image.src);
  return image && src ? { image: { ...image, src } } : {};
}

/** The layout of one page. */
export function layoutView(data: SiteData, page: PageMeta): LayoutView {
  const { info } = data.dataset;
  const lang = page.lang ?? 'vi';
  const words = WORDS[lang];
  const home = pageHref('home', lang);
  return {
    lang,
    ogLocale: LOCALES[lang].ogLocale,
    ...languagesOf(page, lang),
    words: {
      skip: words.skip,
      navLabel: words.navLabel,
      sampleTitle: words.sample.title,
      sampleText: words.sample.text,
      source: words.source,
      updated: words.updated,
      licence: words.licence,
    },
    title: page.path === home ? `${words.siteName}: ${page.title}` : `${page.title} | ${words.siteName}`,
    description: page.description,
    canonical: page.canonical === false ? undefined : absoluteUrl(page.path),
    siteName: words.siteName,
    faviconHref,
    ...(page.jsonLd ? { jsonLd: serializeJsonLd(page.jsonLd) } : {}),
    ...imageOf(page.image),
    home: { href: home, text: words.siteName },
    nav: NAV_PAGES.map((p) => ({
      href: pageHref(p, lang),
      text: words.nav[p],
      current: pageHref(p, lang) === page.path,
    })),
    search: searchFormIn(lang),
    sample: info.sample,
    footer: {
      title: datasetIn(info, lang).title,
      publisher: datasetIn(info, lang).publisher,
      updated: LOCALES[lang].date(info.updated),
      licence: info.licence,
      licenceHref: info.licence_url,
      methodology: { href: pageHref('methodology', lang), text: words.methodology },
      downloads: { href: pageHref('downloads', lang), text: words.downloads },
    },
  };
}

/** The trail above a page's heading: home first, then `items`, the last being the page itself (no link). */
export interface BreadcrumbsView {
  /** The navigation's name for screen readers: "Đường dẫn" / "Breadcrumb". */
  label: string;
  home: Link;
  items: { text: string; href?: string }[];
}

export const breadcrumbsIn = (lang: Lang, ...items: { text: string; href?: string }[]): BreadcrumbsView => ({
  label: WORDS[lang].breadcrumbsLabel,
  home: { href: pageHref('home', lang), text: WORDS[lang].breadcrumbsHome },
  items,
});

/** The trail of a Vietnamese page. */
export const breadcrumbs = (...items: { text: string; href?: string }[]): BreadcrumbsView =>
  breadcrumbsIn('vi', ...items);
