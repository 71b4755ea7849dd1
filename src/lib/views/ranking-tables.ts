import { type Period, periodLabel } from '../period';
import type { SiteData } from '../site-data';
import { rankingsHref, rankingTablesHref, unitHref } from '../urls';
import { type BreadcrumbsView, breadcrumbs, type LayoutView, layoutView } from './layout';
import { provinceStats, TABLE_ANCHOR } from './rankings';
import { rankingTables } from './tables';
import type { Link, TableView } from './types';

/** The reader-facing words of the page, in one place. */
const TEXT = {
  heading: (label: string) => `Bảng xếp hạng các tỉnh, thành phố: ${label}`,
  title: (label: string) => `Bảng xếp hạng các tỉnh, thành phố, ${label}`,
  description: (label: string) =>
    `Các tỉnh, thành phố xếp hạng theo tỷ lệ thi hành xong về việc và về tiền, ${label}: tỷ lệ, thay đổi so với cùng kỳ và so với chỉ tiêu.`,
  caption: (label: string) => `Các tỉnh, thành phố, ${label}`,
  sections: { cases: 'Xếp hạng về việc', money: 'Xếp hạng về tiền' },
  back: 'Bản đồ và biểu đồ xếp hạng của kỳ này',
  crumb: 'Xếp hạng',
};

export interface RankingTablesPageView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  heading: string;
  /** Back to the period's maps and charts. */
  back: Link;
  sections: { id: string; heading: string; table: TableView }[];
}

/**
 * The full ranking tables of a period, cases then money, on a page of their
 * own: the rankings page keeps its maps and charts, and each page stays light.
 */
export function rankingTablesPageView(data: SiteData, period: Period): RankingTablesPageView {
  const { registry } = data.dataset;
  const label = periodLabel(period).toLowerCase();
  const tables = rankingTables(provinceStats(data, period), TEXT.caption(label), (s) => unitHref(s.unit, registry));
  const rankings = rankingsHref(period);
  return {
    layout: layoutView(data, {
      path: rankingTablesHref(period),
      title: TEXT.title(label),
      description: TEXT.description(label),
    }),
    breadcrumbs: breadcrumbs({ text: TEXT.crumb, href: rankings }, { text: periodLabel(period) }),
    heading: TEXT.heading(label),
    back: { href: rankings, text: TEXT.back },
    sections: (['cases', 'money'] as const).map((m, i) => ({
      id: TABLE_ANCHOR[m],
      heading: TEXT.sections[m],
      table: tables[i]!,
    })),
  };
}
