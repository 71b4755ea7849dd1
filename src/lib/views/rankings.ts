import type { Stat } from '../compute/model';
import { formatCount, formatDate } from '../format';
import { regionsOn } from '../geo/regions';
import { type Period, periodLabel, periodOf, periodRange } from '../period';
import type { SiteData } from '../site-data';
import { href } from '../site-url';
import { unitHref } from '../urls';
import { rankingChart } from './charts';
import { type MapView, mapChart } from './map';
import { rankingTable } from './tables';
import type { ChartView, TableView } from './types';

/** Address of the rankings of a period; `/xep-hang/` itself shows the latest. */
export const rankingsHref = (p: Period): string => href(`/xep-hang/${p.key}/`);

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
  /** Every period, grouped by statistical year, newest year first. */
  years: { year: number; range: string; periods: PeriodLink[] }[];
  maps: MapView[];
  rankings: ChartView[];
  table: TableView;
}

/** The provinces of a period: `byPeriod` holds only the units in force on its last day. */
export function provinceStats(data: SiteData, period: Period): Stat[] {
  return (data.model.byPeriod.get(period.key) ?? []).filter((s) => s.unit!.level === 'province');
}

/** The two maps (cases, money) of a period, `id` prefixing their ids. */
export function periodMaps(data: SiteData, period: Period, id = 'ban-do'): MapView[] {
  const regions = regionsOn(period.end, data.dataset.registry);
  const stats = provinceStats(data, period);
  return (['cases', 'money'] as const).map((m) => mapChart(`${id}-${m}`, regions, stats, m, period));
}

/** "Cả năm" or "6 tháng (lũy kế đến 31/03/2024)": the label of a period inside its year. */
function periodInYear(p: Period): string {
  return p.months === 12 ? 'Cả năm' : `${p.months} tháng (lũy kế đến ${formatDate(p.end)})`;
}

/** The rankings page of one period: its map, the provinces ranked, links to every other period. */
export function rankingsView(data: SiteData, period: Period): RankingsView {
  const { model, dataset } = data;
  const stats = provinceStats(data, period);
  const inForceCount = dataset.registry.inForceOn(period.end, 'province').length;
  const national = model.national.get(period.key);
  const scope = 'các tỉnh, thành phố';
  const years = new Map<number, Period[]>();
  for (const p of model.periods) years.set(p.year, [...(years.get(p.year) ?? []), p]);
  const regions = regionsOn(period.end, dataset.registry);
  return {
    period,
    label: periodLabel(period),
    range: periodRange(period),
    isLatest: period.key === model.latest.key,
    geography: `${formatCount(regions.length)} tỉnh, thành phố`,
    coverage: `${formatCount(stats.length)}/${formatCount(inForceCount)} tỉnh, thành phố có số liệu`,
    years: [...years]
      .sort(([a], [b]) => b - a)
      .map(([year, periods]) => ({
        year,
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
      rankingChart(`xep-hang-${m}`, stats, m, scope, { target: national?.target[m]?.value ?? null }),
    ),
    table: rankingTable(stats, `Các tỉnh, thành phố, ${periodLabel(period).toLowerCase()}`, (s) =>
      unitHref(s.unit!, dataset.registry),
    ),
  };
}
