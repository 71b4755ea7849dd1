import type { Publication } from '../changelog';
import { type Lang, LOCALES } from '../locale';
import { parsePeriod } from '../period';
import type { ChangeKind } from '../schemas/changelog';
import type { SiteData } from '../site-data';
import { inBothLangs, pageHref } from '../urls';
import { type BreadcrumbsView, breadcrumbsIn, type LayoutView, layoutView } from './layout';
import type { Link, TableView } from './types';

/** The sentences of the change log page, in each language. The descriptions of the changes stay as written. */
const WORDS = {
  vi: {
    kind: {
      revision: 'Sửa số liệu đã công bố',
      period: 'Kỳ báo cáo mới',
      unit: 'Đơn vị',
      target: 'Chỉ tiêu',
      note: 'Ghi chú',
    } satisfies Record<ChangeKind, string>,
    heading: (version: string, date: string) => `Phiên bản ${version}, công bố ngày ${date}`,
    caption: (version: string) => `Các thay đổi của phiên bản ${version}`,
    head: ['Loại', 'Mã đơn vị', 'Kỳ', 'Nội dung'],
    revisions: (n: number) => (n > 0 ? `${n} số liệu đã công bố được sửa.` : 'Không sửa số liệu nào đã công bố.'),
    title: 'Nhật ký thay đổi dữ liệu',
    description: 'Mỗi lần công bố: phiên bản, kỳ báo cáo mới và các số liệu đã công bố được sửa.',
    downloads: 'Tải dữ liệu',
    crumb: 'Nhật ký thay đổi',
    lede: (current: string) =>
      `Phiên bản hiện tại: ${current}. Phiên bản là ngày công bố; tên các tệp tải về ghi phiên bản của chúng (ví dụ thads-${current}.csv). Nếu bạn đã tải một phiên bản cũ, các thay đổi từ đó đến nay nằm ở các phiên bản mới hơn dưới đây, trước hết là các số liệu đã công bố được sửa.`,
    empty: 'Chưa có ghi chép nào về các lần công bố.',
  },
  en: {
    kind: {
      revision: 'Correction of published figures',
      period: 'New reporting period',
      unit: 'Unit',
      target: 'Target',
      note: 'Note',
    } satisfies Record<ChangeKind, string>,
    heading: (version: string, date: string) => `Version ${version}, published ${date}`,
    caption: (version: string) => `The changes of version ${version}`,
    head: ['Kind', 'Unit code', 'Period', 'Description'],
    revisions: (n: number) => (n > 0 ? `${n} published figures were corrected.` : 'No published figure was corrected.'),
    title: 'Data change log',
    description: 'Every publication: its version, new reporting periods and the published figures that were corrected.',
    downloads: 'Download the data',
    crumb: 'Change log',
    lede: (current: string) =>
      `Current version: ${current}. The version is the publication date; the downloaded files carry their version in their names (for example thads-${current}.csv). If you downloaded an older version, the changes since then are in the newer versions below, corrections of published figures first.`,
    empty: 'No publication has been recorded yet.',
  },
} as const satisfies Record<Lang, unknown>;

export interface PublicationView {
  /** "2026-11-20", the version named in the downloads' file names. */
  version: string;
  /** "Phiên bản 2026-11-20, công bố ngày 20/11/2026" */
  heading: string;
  /** How many published figures were revised in this version. */
  revisions: number;
  /** "3 số liệu đã công bố được sửa." or that none was. */
  revisionsText: string;
  table: TableView;
}

/** What the change log page shows: one table per publication, newest first; revisions first in each. */
export function changelogView(publications: readonly Publication[], lang: Lang = 'vi'): PublicationView[] {
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  return publications.map((p) => {
    const entries = [...p.entries].sort((a, b) => Number(b.kind === 'revision') - Number(a.kind === 'revision'));
    return {
      version: p.version,
      heading: w.heading(p.version, loc.date(p.version)),
      revisions: p.entries.filter((e) => e.kind === 'revision').length,
      revisionsText: w.revisions(p.entries.filter((e) => e.kind === 'revision').length),
      table: {
        caption: w.caption(p.version),
        head: [...w.head],
        rows: entries.map((e) => {
          const period = e.period ? parsePeriod(e.period) : null;
          return [
            { text: w.kind[e.kind] },
            { text: e.unit_code ?? '' },
            { text: period ? loc.period(period) : (e.period ?? '') },
            { text: e.description },
          ];
        }),
      },
    };
  });
}

/** The change log page: the current version, then each publication, newest first. */
export interface ChangelogPageView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  heading: string;
  lede: string;
  publications: PublicationView[];
  empty: string;
  downloads: Link;
}

export function changelogPageView(
  data: SiteData,
  publications: readonly Publication[],
  lang: Lang = 'vi',
): ChangelogPageView {
  const current = data.dataset.info.updated;
  const w = WORDS[lang];
  const downloads = { href: pageHref('downloads', lang), text: w.downloads };
  return {
    layout: layoutView(data, {
      path: pageHref('changelog', lang),
      lang,
      alternates: inBothLangs((l) => pageHref('changelog', l)),
      title: w.title,
      description: w.description,
    }),
    breadcrumbs: breadcrumbsIn(lang, downloads, { text: w.crumb }),
    heading: w.title,
    lede: w.lede(current),
    publications: changelogView(publications, lang),
    empty: w.empty,
    downloads,
  };
}
