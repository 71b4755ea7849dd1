import { DOWNLOAD_COLUMNS, downloadCounts, downloadSizes, excelHeader } from '../downloads';
import { GLOSSARY, TERMS } from '../glossary';
import { datasetLd } from '../json-ld';
import { type Lang, LOCALES } from '../locale';
import type { SiteData } from '../site-data';
import { absoluteUrl, DOWNLOADS, dataPackageHref, inBothLangs, pageHref } from '../urls';
import { type CiteView, citeView } from './cite';
import { type BreadcrumbsView, breadcrumbsIn, datasetIn, type LayoutView, layoutView } from './layout';
import { mapCreditIn } from './map';
import type { Link } from './types';

/** The sentences of the downloads, methodology and 404 pages, in each language. */
const WORDS = {
  vi: {
    downloadsTitle: 'Tải dữ liệu',
    downloadsDescription: 'Toàn bộ số liệu đã kiểm tra, kèm các tỷ lệ đã tính, dạng CSV và JSON.',
    intro: (title: string, description: string, updated: string, licence: string) =>
      `${title}. ${description} Cập nhật ngày ${updated}. Giấy phép ${licence}`,
    version: (version: string) =>
      `Phiên bản ${version}: tên mỗi tệp tải về ghi phiên bản này. Những gì đã thay đổi và số liệu đã sửa từ phiên bản trước: xem`,
    changelog: 'Nhật ký thay đổi',
    rows: (all: string, reported: string, sums: string) =>
      `${all} dòng (${reported} dòng số báo cáo, ${sums} dòng so sánh được)`,
    methodology: 'Phương pháp',
    methodologyTitle: 'Phương pháp: định nghĩa và cách tính',
    methodologyDescription:
      'Định nghĩa các chỉ tiêu, công thức tính tỷ lệ thi hành xong, năm thống kê và nguồn số liệu.',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundDescription: 'Trang không tồn tại.',
    home: 'Về trang chủ',
    unitsIndex: 'Danh sách mọi đơn vị từ A đến Z',
    dataPackage:
      'mô tả các tệp trên theo chuẩn Frictionless Data Package v2: tên, kiểu, đơn vị và ý nghĩa (tiếng Việt và tiếng Anh) của từng cột, giấy phép, nguồn và phiên bản. Tệp riêng của từng đơn vị có cùng các cột.',
    // The dataset's JSON-LD (Dataset) is its own metadata (data/dataset.json), written in Vietnamese.
    datasetLd: null,
  },
  en: {
    downloadsTitle: 'Download the data',
    downloadsDescription: 'All the checked figures, with the computed rates, as CSV and JSON.',
    intro: (title: string, description: string, updated: string, licence: string) =>
      `${title}. ${description} Updated ${updated}. Licence ${licence}`,
    version: (version: string) =>
      `Version ${version}: the name of each downloaded file carries this version. What changed, and which figures were corrected since the previous version: see the`,
    changelog: 'change log',
    rows: (all: string, reported: string, sums: string) =>
      `${all} rows (${reported} rows of reported figures, ${sums} rows of comparable sums)`,
    methodology: 'Methodology',
    methodologyTitle: 'Methodology: definitions and calculations',
    methodologyDescription:
      'The definitions of the figures, the formula of the completion rate, the statistical year and the sources.',
    notFoundTitle: 'Page not found',
    notFoundDescription: 'The page does not exist.',
    home: 'Go to the home page',
    unitsIndex: 'Every unit from A to Z',
    dataPackage:
      'describes the files above in the Frictionless Data Package v2 standard: the name, type, unit and meaning (in Vietnamese and English) of each column, the licence, the sources and the version. Each unit’s own file has the same columns.',
    // The dataset's JSON-LD in English; its own (Vietnamese) title is kept as alternateName.
    datasetLd: {
      keywords: ['civil judgment enforcement', 'Viet Nam', 'statistics', 'completion rate', 'provinces', 'open data'],
    },
  },
} as const satisfies Record<Lang, unknown>;

/** A download link, the name the file is saved under (which carries the version) and its size ("5,2 MB"). */
export interface Download extends Link {
  saveAs: string;
  size: string;
}

/** The download page: the dataset, its three files with their row counts, and the columns. */
export interface DownloadsPageView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  /** "<title>. <description> Cập nhật ngày 20/11/2026. Giấy phép CC BY 4.0", the page adds the full stop. */
  intro: string;
  /** "Phiên bản 2026-11-20: …", the version being the `updated` date, which the downloads' names carry. */
  version: string;
  changelog: Link;
  csv: Download;
  excel: Download;
  json: Download;
  dataPackage: Link & { note: string };
  cite: CiteView;
  /** "11.868 dòng (9.600 dòng số báo cáo, 2.268 dòng so sánh được)" */
  csvRows: string;
  basisLabel: Record<'reported' | 'sum_of_predecessors', string>;
  /** Each column by its code name (thads.csv, thads.json) and its Vietnamese header (the Excel files), in order. */
  columns: readonly { code: string; excel: string }[];
  methodology: Link;
}

export function downloadsPageView(data: SiteData, lang: Lang = 'vi'): DownloadsPageView {
  const { info } = data.dataset;
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const downloadsHref = pageHref('downloads', lang);
  const { rows, sums } = downloadCounts(data);
  const files = [DOWNLOADS.csv, DOWNLOADS.excel, DOWNLOADS.json];
  // dataset.json's English title and description on the English page; its own (Vietnamese) title stays as alternateName.
  const named = datasetIn(info, lang);
  const jsonLd = datasetLd({
    ...info,
    ...(w.datasetLd && {
      ...named,
      alternateName: info.title,
      keywords: w.datasetLd.keywords,
      inLanguage: lang,
    }),
    url: absoluteUrl(downloadsHref),
    downloads: files.map((f) => ({ url: absoluteUrl(f.href), type: f.type })),
  });
  // The version (the publication date) is in the name a download is saved under: thads-2026-11-20.csv.
  const version = info.updated;
  const sizes = downloadSizes(data);
  const link = (f: (typeof files)[number], bytes: number): Download => ({
    href: f.href,
    text: f.name,
    saveAs: f.name.replace(/(\.[a-z]+)$/, `-${version}$1`),
    size: loc.bytes(bytes),
  });
  return {
    layout: layoutView(data, {
      path: downloadsHref,
      lang,
      alternates: inBothLangs((l) => pageHref('downloads', l)),
      title: w.downloadsTitle,
      description: w.downloadsDescription,
      jsonLd,
    }),
    breadcrumbs: breadcrumbsIn(lang, { text: w.downloadsTitle }),
    intro: w.intro(named.title, named.description ?? '', loc.date(info.updated), info.licence),
    version: w.version(version),
    changelog: { href: pageHref('changelog', lang), text: w.changelog },
    csv: link(DOWNLOADS.csv, sizes.csv),
    excel: link(DOWNLOADS.excel, sizes.excel),
    json: link(DOWNLOADS.json, sizes.json),
    dataPackage: { href: dataPackageHref, text: 'datapackage.json', note: w.dataPackage },
    cite: citeView(data, { path: downloadsHref, keyPart: 'du-lieu' }, lang),
    csvRows: w.rows(loc.count(rows), loc.count(rows - sums), loc.count(sums)),
    basisLabel: TERMS[lang].basis,
    columns: DOWNLOAD_COLUMNS.map((code) => ({ code, excel: excelHeader(code) })),
    methodology: { href: pageHref('methodology', lang), text: w.methodology },
  };
}

/** The methodology page: prose, with the glossary, the labels of the forms and the map credit. */
export function methodologyView(data: SiteData, lang: Lang = 'vi') {
  const w = WORDS[lang];
  return {
    layout: layoutView(data, {
      path: pageHref('methodology', lang),
      lang,
      alternates: inBothLangs((l) => pageHref('methodology', l)),
      title: w.methodologyTitle,
      description: w.methodologyDescription,
    }),
    breadcrumbs: breadcrumbsIn(lang, { text: w.methodology }),
    field: TERMS[lang].field,
    mapCredit: mapCreditIn(lang),
    basisHref: `${pageHref('downloads', lang)}#co-so-so-lieu`,
    downloadsText: w.downloadsTitle,
    glossary: GLOSSARY.map((g) => ({
      vi: g.vi,
      en: g.en,
      columns: g.column ? `cases_${g.column}, money_${g.column}` : null,
    })),
  };
}

export type MethodologyView = ReturnType<typeof methodologyView>;

/** The page served for an unknown address. */
export function notFoundView(data: SiteData, lang: Lang = 'vi') {
  const w = WORDS[lang];
  return {
    layout: layoutView(data, {
      path: pageHref('notFound', lang),
      lang,
      alternates: inBothLangs((l) => pageHref('notFound', l)),
      title: w.notFoundTitle,
      description: w.notFoundDescription,
      canonical: false,
    }),
    home: { href: pageHref('home', lang), text: w.home },
    unitsIndex: { href: pageHref('unitsIndex', lang), text: w.unitsIndex },
  };
}

export type NotFoundView = ReturnType<typeof notFoundView>;
