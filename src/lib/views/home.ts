import { formatPercent } from '../format';
import { periodLabel } from '../period';
import type { SiteData } from '../site-data';
import { homeHref, methodologyHref, rankingsHref, unitHref } from '../urls';
import { rankingChart, trendChart } from './charts';
import { headlineOf } from './headline';
import { layoutView } from './layout';
import { byName, unitLabel } from './pages';
import { periodMaps, provinceStats, rankingTablesLink } from './rankings';

/** The reader-facing words this module adds to the home page. */
const HOME_TEXT = { moneyMap: 'Bản đồ tỷ lệ thi hành xong về tiền' };

/** The home page: the nation's headline, trend, maps and every province ranked, in the latest period. */
export function homeView(data: SiteData) {
  const { model, dataset } = data;
  const { registry } = dataset;
  const latest = model.national.get(model.latest.key)!;
  const provinces = provinceStats(data, model.latest);
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
    // The money map is one click away on the rankings page, beside the cases map; the table on its own page.
    maps: periodMaps(data, model.latest, { measures: ['cases'] }),
    moneyMapLink: { href: `${rankingsHref(model.latest)}#ban-do-money`, text: HOME_TEXT.moneyMap },
    rankings: (['cases', 'money'] as const).map((m) =>
      rankingChart(`xep-hang-${m}`, provinces, m, scope, { target: latest.target[m]?.value ?? null }),
    ),
    tablesLink: rankingTablesLink(model.latest),
    former: byName(registry.units.filter((u) => u.level === 'province' && u.valid_to !== null)).map((u) => ({
      text: unitLabel(u),
      href: unitHref(u, registry),
    })),
  };
}

export type HomeView = ReturnType<typeof homeView>;
