import type { UnitStat } from '../compute/model';
import { formatPercent } from '../format';
import { periodLabel } from '../period';
import type { SiteData } from '../site-data';
import { homeHref, methodologyHref, rankingsHref, unitHref } from '../urls';
import { rankingChart, trendChart } from './charts';
import { headlineOf } from './headline';
import { layoutView } from './layout';
import { byName, unitLabel } from './pages';
import { periodMaps, provinceStats } from './rankings';
import { rankingTable } from './tables';

/** The home page: the nation's headline, trend, maps and every province ranked, in the latest period. */
export function homeView(data: SiteData) {
  const { model, dataset } = data;
  const { registry } = dataset;
  const latest = model.national.get(model.latest.key)!;
  const provinces = provinceStats(data, model.latest);
  const href = (s: UnitStat) => unitHref(s.unit, registry);
  const scope = 'các tỉnh, thành phố';
  const label = periodLabel(latest.period).toLowerCase();
  const cases = formatPercent(latest.figures.cases.rate);
  const money = formatPercent(latest.figures.money.rate);
  return {
    layout: layoutView(data, {
      path: homeHref,
      title: `Kết quả thi hành án dân sự ${label}`,
      description: `Toàn quốc ${label}: tỷ lệ thi hành xong về việc ${cases}, về tiền ${money}. Xếp hạng các tỉnh, thành phố.`,
    }),
    methodology: { href: methodologyHref, text: 'Cách tính' },
    headline: headlineOf(latest, 'Toàn quốc'),
    /** "Xem tỉnh, thành phố của bạn (34 tỉnh, thành phố)" */
    pickerLabel: `Xem tỉnh, thành phố của bạn (${provinces.length} tỉnh, thành phố)`,
    current: byName(provinces.map((s) => s.unit)).map((u) => ({ text: u.name, href: unitHref(u, registry) })),
    trend: trendChart('xu-huong-toan-quoc', 'Toàn quốc', [...model.national.values()]),
    rankingsLink: { href: rankingsHref(model.latest), text: 'Bản đồ và xếp hạng theo từng kỳ báo cáo' },
    maps: periodMaps(data, model.latest),
    rankings: (['cases', 'money'] as const).map((m) => rankingChart(`xep-hang-${m}`, provinces, m, scope)),
    table: rankingTable(provinces, `Các tỉnh, thành phố, ${label}`, href),
    former: byName(registry.units.filter((u) => u.level === 'province' && u.valid_to !== null)).map((u) => ({
      text: unitLabel(u),
      href: unitHref(u, registry),
    })),
  };
}

export type HomeView = ReturnType<typeof homeView>;
