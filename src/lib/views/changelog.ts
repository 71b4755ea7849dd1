import type { Publication } from '../changelog';
import { formatDate } from '../format';
import { parsePeriod, periodLabel } from '../period';
import type { ChangeKind } from '../schemas/changelog';
import type { SiteData } from '../site-data';
import { changelogHref, downloadsHref } from '../urls';
import { type BreadcrumbsView, breadcrumbs, type LayoutView, layoutView } from './layout';
import type { Link, TableView } from './types';

const KIND_LABEL: Record<ChangeKind, string> = {
  revision: 'Sửa số liệu đã công bố',
  period: 'Kỳ báo cáo mới',
  unit: 'Đơn vị',
  target: 'Chỉ tiêu',
  note: 'Ghi chú',
};

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
export function changelogView(publications: readonly Publication[]): PublicationView[] {
  return publications.map((p) => {
    const entries = [...p.entries].sort((a, b) => Number(b.kind === 'revision') - Number(a.kind === 'revision'));
    return {
      version: p.version,
      heading: `Phiên bản ${p.version}, công bố ngày ${formatDate(p.version)}`,
      revisions: p.entries.filter((e) => e.kind === 'revision').length,
      revisionsText: revisionsText(p.entries.filter((e) => e.kind === 'revision').length),
      table: {
        caption: `Các thay đổi của phiên bản ${p.version}`,
        head: ['Loại', 'Mã đơn vị', 'Kỳ', 'Nội dung'],
        rows: entries.map((e) => {
          const period = e.period ? parsePeriod(e.period) : null;
          return [
            { text: KIND_LABEL[e.kind] },
            { text: e.unit_code ?? '' },
            { text: period ? periodLabel(period) : (e.period ?? '') },
            { text: e.description },
          ];
        }),
      },
    };
  });
}

const revisionsText = (n: number): string =>
  n > 0 ? `${n} số liệu đã công bố được sửa.` : 'Không sửa số liệu nào đã công bố.';

/** The change log page: the current version, then each publication, newest first. */
export interface ChangelogPageView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  lede: string;
  publications: PublicationView[];
  empty: string;
  downloads: Link;
}

export function changelogPageView(data: SiteData, publications: readonly Publication[]): ChangelogPageView {
  const current = data.dataset.info.updated;
  return {
    layout: layoutView(data, {
      path: changelogHref,
      title: 'Nhật ký thay đổi dữ liệu',
      description: 'Mỗi lần công bố: phiên bản, kỳ báo cáo mới và các số liệu đã công bố được sửa.',
    }),
    breadcrumbs: breadcrumbs({ text: 'Tải dữ liệu', href: downloadsHref }, { text: 'Nhật ký thay đổi' }),
    lede: `Phiên bản hiện tại: ${current}. Phiên bản là ngày công bố; tên các tệp tải về ghi phiên bản của chúng (ví dụ thads-${current}.csv). Nếu bạn đã tải một phiên bản cũ, các thay đổi từ đó đến nay nằm ở các phiên bản mới hơn dưới đây, trước hết là các số liệu đã công bố được sửa.`,
    publications: changelogView(publications),
    empty: 'Chưa có ghi chép nào về các lần công bố.',
    downloads: { href: downloadsHref, text: 'Tải dữ liệu' },
  };
}
