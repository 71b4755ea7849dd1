import { allDownloadRows, DOWNLOAD_COLUMNS, downloadSizes } from '../downloads';
import { formatBytes, formatCount, formatDate } from '../format';
import { BASIS_LABEL, FIELD_LABEL, GLOSSARY } from '../glossary';
import { datasetLd } from '../json-ld';
import type { SiteData } from '../site-data';
import {
  absoluteUrl,
  changelogHref,
  DOWNLOADS,
  dataPackageHref,
  downloadsHref,
  homeHref,
  methodologyHref,
  sitePath,
  unitsIndexHref,
} from '../urls';
import { type CiteView, citeView } from './cite';
import { type BreadcrumbsView, breadcrumbs, type LayoutView, layoutView } from './layout';
import { MAP_CREDIT } from './map';
import type { Link } from './types';

/** A download link, the name the file is saved under (which carries the version) and its size ("5,2 MB"). */
export interface Download extends Link {
  saveAs: string;
  size: string;
}

/** The Data Package line of the download page. */
const DATA_PACKAGE_TEXT =
  'mô tả các tệp trên theo chuẩn Frictionless Data Package v2: tên, kiểu, đơn vị và ý nghĩa (tiếng Việt và tiếng Anh) của từng cột, giấy phép, nguồn và phiên bản. Tệp riêng của từng đơn vị có cùng các cột.';

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
  basisLabel: typeof BASIS_LABEL;
  columns: readonly string[];
  methodology: Link;
}

export function downloadsPageView(data: SiteData): DownloadsPageView {
  const { info } = data.dataset;
  const rows = allDownloadRows(data);
  const sums = rows.filter((r) => r.basis === 'sum_of_predecessors').length;
  const files = [DOWNLOADS.csv, DOWNLOADS.excel, DOWNLOADS.json];
  const jsonLd = datasetLd({
    ...info,
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
    size: formatBytes(bytes),
  });
  return {
    layout: layoutView(data, {
      path: downloadsHref,
      title: 'Tải dữ liệu',
      description: 'Toàn bộ số liệu đã kiểm tra, kèm các tỷ lệ đã tính, dạng CSV và JSON.',
      jsonLd,
    }),
    breadcrumbs: breadcrumbs({ text: 'Tải dữ liệu' }),
    intro: `${info.title}. ${info.description ?? ''} Cập nhật ngày ${formatDate(info.updated)}. Giấy phép ${info.licence}`,
    version: `Phiên bản ${version}: tên mỗi tệp tải về ghi phiên bản này. Những gì đã thay đổi và số liệu đã sửa từ phiên bản trước: xem`,
    changelog: { href: changelogHref, text: 'Nhật ký thay đổi' },
    csv: link(DOWNLOADS.csv, sizes.csv),
    excel: link(DOWNLOADS.excel, sizes.excel),
    json: link(DOWNLOADS.json, sizes.json),
    dataPackage: { href: dataPackageHref, text: 'datapackage.json', note: DATA_PACKAGE_TEXT },
    cite: citeView(data, { path: downloadsHref, keyPart: 'du-lieu' }),
    csvRows: `${formatCount(rows.length)} dòng (${formatCount(rows.length - sums)} dòng số báo cáo, ${formatCount(sums)} dòng so sánh được)`,
    basisLabel: BASIS_LABEL,
    columns: DOWNLOAD_COLUMNS,
    methodology: { href: methodologyHref, text: 'Phương pháp' },
  };
}

/** The methodology page: prose, with the glossary, the labels of the forms and the map credit. */
export function methodologyView(data: SiteData) {
  return {
    layout: layoutView(data, {
      path: methodologyHref,
      title: 'Phương pháp: định nghĩa và cách tính',
      description: 'Định nghĩa các chỉ tiêu, công thức tính tỷ lệ thi hành xong, năm thống kê và nguồn số liệu.',
    }),
    breadcrumbs: breadcrumbs({ text: 'Phương pháp' }),
    field: FIELD_LABEL,
    mapCredit: MAP_CREDIT,
    basisHref: `${downloadsHref}#co-so-so-lieu`,
    downloadsText: 'Tải dữ liệu',
    glossary: GLOSSARY.map((g) => ({
      vi: g.vi,
      en: g.en,
      columns: g.column ? `cases_${g.column}, money_${g.column}` : null,
    })),
  };
}

export type MethodologyView = ReturnType<typeof methodologyView>;

/** The page served for an unknown address. */
export function notFoundView(data: SiteData) {
  return {
    layout: layoutView(data, {
      path: sitePath('/404/'),
      title: 'Không tìm thấy trang',
      description: 'Trang không tồn tại.',
      canonical: false,
    }),
    home: { href: homeHref, text: 'Về trang chủ' },
    unitsIndex: { href: unitsIndexHref, text: 'Danh sách mọi đơn vị từ A đến Z' },
  };
}

export type NotFoundView = ReturnType<typeof notFoundView>;
