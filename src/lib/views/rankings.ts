import { group } from 'd3';
import type { UnitStat } from '../compute/model';
import { formatCount, formatDate } from '../format';
import { regionsOn } from '../geo/regions';
import { type Period, periodLabel, periodOf, periodRange } from '../period';
import { rankingsPagePath } from '../share-urls';
import type { SiteData } from '../site-data';
import { rankingsHref, rankingsIndexHref, unitHref } from '../urls';
import { cardImage, rankingsCard } from './card';
import { rankingChart } from './charts';
import { type BreadcrumbsView, breadcrumbs, type LayoutView, layoutView } from './layout';
import { type MapView, mapChart } from './map';
import { withShare } from './share';
import { rankingTable } from './tables';
import type { ChartView, TableView } from './types';

export interface PeriodLink {
  text: string;
  /** "01/10/2023 – 31/03/2024" */
  range: string;
  href: string;
  current: boolean;
}

export interface RankingsView {
  period: Period;
  /** "Năm 2024", "6 tháng năm 2024 (đến 31/03/2024)" */
  label: string;
  range: string;
  isLatest: boolean;
  /** "34 tỉnh, thành phố" or "63 tỉnh, thành phố": the provinces in force on the period's last day. */
  geography: string;
  /** "34/34 tỉnh, thành phố có số liệu" */
  coverage: string;
  /** "Xếp hạng các tỉnh, thành phố: năm 2024" */
  heading: string;
  /** "01/10/2023 – 30/09/2024. 63 tỉnh, thành phố; 63/63 tỉnh, thành phố có số liệu", the page adds the full stop. */
  lede: string;
  /** Every period, grouped by statistical year, newest year first. */
  years: { year: number /** "nam-2024" */; id: string; range: string; periods: PeriodLink[] }[];
  maps: MapView[];
  rankings: ChartView[];
  table: TableView;
}

/** The provinces of a period: `byPeriod` holds only the units in force on its last day. */
export function provinceStats(data: SiteData, period: Period): UnitStat[] {
  return data.model.provincesByPeriod.get(period.key) ?? [];
}

/** The two maps (cases, money) of a period, `id` prefixing their ids; the first defines the shapes both draw. */
export function periodMaps(data: SiteData, period: Period, id = 'ban-do'): MapView[] {
  const regions = regionsOn(period.end, data.dataset.registry);
  const stats = provinceStats(data, period);
  return (['cases', 'money'] as const).map((m, i) =>
    mapChart(`${id}-${m}`, regions, stats, m, period, { id: `${id}-hinh`, define: i === 0 }),
  );
}

/** "Cả năm" or "6 tháng (lũy kế đến 31/03/2024)": the label of a period inside its year. */
function periodInYear(p: Period): string {
  return p.months === 12 ? 'Cả năm' : `${p.months} tháng (lũy kế đến ${formatDate(p.end)})`;
}

/** The rankings page of one period: its map, the provinces ranked, links to every other period. */
export function rankingsView(data: SiteData, period: Period): RankingsView {
  const { model, dataset } = data;
  const stats = provinceStats(data, period);
  const national = model.national.get(period.key);
  if (!national) throw new Error(`No data for the period ${period.key}`);
  const { reporting, inForce } = national.coverage;
  const scope = 'các tỉnh, thành phố';
  const years = group(model.periods, (p) => p.year);
  const regions = regionsOn(period.end, dataset.registry);
  const label = periodLabel(period);
  const range = periodRange(period);
  const geography = `${formatCount(regions.length)} tỉnh, thành phố`;
  const coverage = `${formatCount(reporting)}/${formatCount(inForce)} tỉnh, thành phố có số liệu`;
  return {
    period,
    label,
    range,
    isLatest: period.key === model.latest.key,
    geography,
    coverage,
    heading: `Xếp hạng các tỉnh, thành phố: ${label.toLowerCase()}`,
    lede: `${range}${period.months < 12 ? ', số liệu lũy kế từ đầu năm thống kê' : ''}. ${geography}; ${coverage}`,
    years: [...years]
      .sort(([a], [b]) => b - a)
      .map(([year, periods]) => ({
        year,
        id: `nam-${year}`,
        range: periodRange(periodOf(year, 12)),
        periods: [...periods]
          .sort((a, b) => a.order - b.order)
          .map((p) => ({
            text: periodInYear(p),
            range: periodRange(p),
            href: rankingsHref(p),
            current: p.key === period.key,
          })),
      })),
    maps: periodMaps(data, period),
    rankings: (['cases', 'money'] as const).map((m) =>
      rankingChart(`xep-hang-${m}`, stats, m, scope, { target: national.target[m]?.value ?? null }),
    ),
    table: rankingTable(stats, `Các tỉnh, thành phố, ${periodLabel(period).toLowerCase()}`, (s) =>
      unitHref(s.unit, dataset.registry),
    ),
  };
}

/** The rankings page of a period with its layout; `index` for /xep-hang/, which shows the latest period. */
export interface RankingsPageView extends RankingsView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
}

export function rankingsPageView(data: SiteData, view: RankingsView, at: 'index' | 'period'): RankingsPageView {
  const label = view.label.toLowerCase();
  const pagePath = rankingsPagePath(at === 'index' ? 'latest' : view.period);
  const layout = layoutView(data, {
    path: at === 'index' ? rankingsIndexHref : rankingsHref(view.period),
    title: `Xếp hạng các tỉnh, thành phố, ${label}`,
    description: `Bản đồ và xếp hạng ${view.geography} theo tỷ lệ thi hành xong về việc và về tiền, ${label}.`,
    image: cardImage(pagePath, rankingsCard(data, view.period)),
  });
  const rankings = withShare(pagePath, view.rankings);
  return { ...view, rankings, layout, breadcrumbs: breadcrumbs({ text: 'Xếp hạng' }) };
}
