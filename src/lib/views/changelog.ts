import type { Publication } from '../changelog';
import { formatDate } from '../format';
import { parsePeriod, periodLabel } from '../period';
import type { ChangeKind } from '../schemas/changelog';
import type { TableView } from './types';

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
