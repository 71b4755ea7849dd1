import { type Lang, LOCALES } from '../locale';
import type { SiteData } from '../site-data';
import { nextDay } from '../units';
import { inBothLangs, pageHref, rankingsHref, unitHref } from '../urls';
import { rankingChart, trendChart } from './charts';
import { headlineOf } from './headline';
import { layoutView } from './layout';
import { byName } from './pages';
import { periodMaps, provinceStats, rankingTablesLink } from './rankings';
import type { Link } from './types';

/** The sentences of the home page, in each language; `when` is the latest period inside a sentence. */
const WORDS = {
  vi: {
    title: (when: string) => `Kết quả thi hành án dân sự ${when}`,
    heading: 'Kết quả thi hành án dân sự toàn quốc',
    formula: 'Tỷ lệ thi hành xong = (thi hành xong + đình chỉ) / số có điều kiện thi hành.',
    rankingsHeading: 'Xếp hạng các tỉnh, thành phố',
    description: (when: string, cases: string, money: string) =>
      `Toàn quốc ${when}: tỷ lệ thi hành xong về việc ${cases}, về tiền ${money}. Xếp hạng các tỉnh, thành phố.`,
    methodology: 'Cách tính',
    nation: 'Toàn quốc',
    picker: (n: number) => `Xem tỉnh, thành phố của bạn (${n} tỉnh, thành phố)`,
    rankingsLink: 'Bản đồ và xếp hạng theo từng kỳ báo cáo',
    scope: 'các tỉnh, thành phố',
    moneyMap: 'Bản đồ tỷ lệ thi hành xong về tiền',
    formerHeading: 'Các tỉnh, thành phố trước ngày 01/07/2025',
    formerNote: (before: number, after: number) =>
      `Từ ngày 01/07/2025, ${before} tỉnh, thành phố được sắp xếp thành ${after}. Số liệu các năm trước vẫn xem được tại trang của từng tỉnh cũ.`,
    formerLink: (n: number) => `Danh sách ${n} tỉnh, thành phố trước đây và đơn vị đã tiếp nhận`,
  },
  en: {
    title: (when: string) => `Civil judgment enforcement results, ${when}`,
    heading: 'Civil judgment enforcement results nationwide',
    formula: 'Completion rate = (completed + terminated) / enforceable.',
    rankingsHeading: 'The provinces ranked',
    description: (when: string, cases: string, money: string) =>
      `Nationwide, ${when}: completion rate ${cases} by cases, ${money} by money. The provinces ranked.`,
    methodology: 'How it is computed',
    nation: 'Nationwide',
    picker: (n: number) => `Find your province (${n} provinces)`,
    rankingsLink: 'Maps and rankings for every reporting period',
    scope: 'the provinces',
    moneyMap: 'Map of the completion rate by money',
    formerHeading: 'The provinces before 1 July 2025',
    formerNote: (before: number, after: number) =>
      `On 1 July 2025 the ${before} provinces were merged into ${after}. The figures of earlier years remain on the page of each former province.`,
    formerLink: (n: number) => `The ${n} former provinces and the units that took them over`,
  },
} as const satisfies Record<Lang, unknown>;

/** The home page: the nation's headline, trend, maps and every province ranked, in the latest period. */
export function homeView(data: SiteData, lang: Lang = 'vi') {
  const { model, dataset } = data;
  const { registry } = dataset;
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const latest = model.national.get(model.latest.key)!;
  const provinces = provinceStats(data, model.latest);
  const label = loc.periodInText(latest.period);
  const cases = loc.percent(latest.figures.cases.rate);
  const money = loc.percent(latest.figures.money.rate);
  return {
    layout: layoutView(data, {
      path: pageHref('home', lang),
      lang,
      alternates: inBothLangs((l) => pageHref('home', l)),
      title: w.title(label),
      description: w.description(label, cases, money),
    }),
    heading: w.heading,
    /** The definition of the rate in one line, before the figures. */
    formula: w.formula,
    rankingsHeading: w.rankingsHeading,
    methodology: { href: pageHref('methodology', lang), text: w.methodology },
    headline: headlineOf(latest, w.nation, undefined, undefined, lang),
    /** "Xem tỉnh, thành phố của bạn (34 tỉnh, thành phố)" */
    pickerLabel: w.picker(provinces.length),
    current: byName(provinces.map((s) => s.unit)).map((u) => ({ text: u.name, href: unitHref(u, registry, lang) })),
    trend: trendChart('xu-huong-toan-quoc', w.nation, [...model.national.values()], { lang }),
    rankingsLink: { href: rankingsHref(model.latest, lang), text: w.rankingsLink },
    // The money map is one click away on the rankings page, beside the cases map; the table on its own page.
    maps: periodMaps(data, model.latest, { measures: ['cases'], lang }),
    moneyMapLink: { href: `${rankingsHref(model.latest, lang)}#ban-do-money`, text: w.moneyMap },
    rankings: (['cases', 'money'] as const).map((m) => rankingChart(`xep-hang-${m}`, provinces, m, w.scope, { lang })),
    tablesLink: rankingTablesLink(model.latest, lang),
    // The former provinces are listed on the A-Z page, one click away: the home page stays light.
    former: formerOf(data, lang),
  };
}

/** The reform in one sentence, its numbers from the registry, and the link to the former provinces. */
function formerOf(data: SiteData, lang: Lang): { heading: string; note: string; link: Link } | undefined {
  const w = WORDS[lang];
  const { registry } = data.dataset;
  const former = registry.units.filter((u) => u.level === 'province' && u.valid_to !== null);
  if (former.length === 0) return undefined;
  // The provinces on the last day before the first reform, and on the day it took effect.
  const lastDay = former.map((u) => u.valid_to!).sort()[0]!;
  const count = (day: string) => registry.inForceOn(day, 'province').length;
  return {
    heading: w.formerHeading,
    note: w.formerNote(count(lastDay), count(nextDay(lastDay))),
    link: { href: `${pageHref('unitsIndex', lang)}#truoc-day`, text: w.formerLink(former.length) },
  };
}

export type HomeView = ReturnType<typeof homeView>;
