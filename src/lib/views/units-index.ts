import { chartName } from '../glossary';
import type { Lang } from '../locale';
import type { SiteData } from '../site-data';
import type { Unit, UnitRegistry } from '../units';
import { inBothLangs, pagefindHref, pageHref, unitHref } from '../urls';
import { areaLine } from './area';
import { type BreadcrumbsView, breadcrumbsIn, type LayoutView, layoutView } from './layout';
import { byName, unitLabel } from './pages';
import { SEARCH_WORDS, type SearchFormView, searchFormIn } from './search-form';
import type { Link } from './types';

/** The reader-facing text of the A-Z page, in each language. */
const WORDS = {
  vi: {
    title: 'Tất cả đơn vị từ A đến Z',
    description:
      'Danh sách mọi tỉnh, thành phố và cơ quan thi hành án dân sự, hiện nay và trước đây, kèm đơn vị tiếp nhận sau khi sắp xếp.',
    crumb: 'Đơn vị A–Z',
    intro:
      'Các tỉnh, thành phố hiện nay cùng các phòng thi hành án dân sự khu vực, rồi các tỉnh và chi cục trước đây, mỗi đơn vị kèm đơn vị đã tiếp nhận.',
    current: 'Tỉnh, thành phố và đơn vị hiện nay',
    former: 'Tỉnh, thành phố và đơn vị trước đây',
    became: 'nay là',
    formerOfficesOf: 'các đơn vị trước đây của',
    formerProvinces: 'Các tỉnh, thành phố trước ngày 01/07/2025',
    formerLink: 'Mọi tỉnh, thành phố và chi cục thi hành án dân sự trước đây, mỗi đơn vị kèm đơn vị đã tiếp nhận',
    formerTitle: 'Các đơn vị trước đây từ A đến Z',
    formerDescription:
      'Mọi tỉnh, thành phố và chi cục thi hành án dân sự trước ngày sắp xếp, mỗi đơn vị kèm đơn vị đã tiếp nhận.',
    formerIntro:
      'Mỗi tỉnh, thành phố trước đây, rồi các chi cục của tỉnh đó; trong ngoặc là đơn vị đã tiếp nhận. Các đơn vị hiện nay: xem',
  },
  en: {
    title: 'Every unit from A to Z',
    description:
      'Every province, city and civil judgment enforcement office, current and former, with the units that took over after the reorganisation.',
    crumb: 'Units A–Z',
    intro:
      'The current provinces and cities with their regional civil judgment enforcement offices, then the former provinces and district offices, each with the unit that took it over.',
    current: 'Current provinces, cities and units',
    former: 'Former provinces, cities and units',
    became: 'now',
    formerOfficesOf: 'the former units of',
    formerProvinces: 'The provinces before 1 July 2025',
    formerLink: 'Every former province and district office, each with the unit that took it over',
    formerTitle: 'The former units from A to Z',
    formerDescription:
      'Every province and district civil judgment enforcement office before the reorganisation, each with the unit that took it over.',
    formerIntro:
      'Each former province, then its district offices; in brackets, the unit that took it over. The current units: see',
  },
} as const satisfies Record<Lang, unknown>;

/** One line of the list: the unit, and for a former one the units that took over. */
export interface UnitEntry {
  link: Link;
  /** "Địa bàn: quận Ba Đình, quận Hoàn Kiếm" for an office whose area units.csv gives. */
  area?: string;
  became: Link[];
}

/** A province and the offices listed under it. */
export interface ProvinceGroup extends UnitEntry {
  /** Set when the group lists only the former offices of a province still in force. */
  note?: string;
  offices: UnitEntry[];
}

export interface UnitsIndexView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  heading: string;
  intro: string;
  search: SearchFormView & {
    /** Pagefind's module, loaded on the first search. */
    pagefind: string;
    /** The language of the results: the search script picks each record's address and status in it. */
    lang: Lang;
    text: Pick<(typeof SEARCH_WORDS)[Lang], 'results' | 'none' | 'found' | 'failed'>;
  };
  current: { heading: string; provinces: ProvinceGroup[] };
  /** The former provinces alone; their offices are on the page of former units. */
  former: { heading: string; provinces: ProvinceGroup[]; all: Link };
  became: string;
}

/** The page of former units: each former province (and each province still in force) with its former offices. */
export interface FormerUnitsView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  heading: string;
  intro: string;
  /** Back to today's units and the search. */
  current: Link;
  provinces: ProvinceGroup[];
  became: string;
}

// A-Z by the name a reader looks for: "Hà Nội", "Huyện Bến Lức", not "Thành phố …" or "Chi cục THADS …";
// numbers in their order ("khu vực 2" before "khu vực 10").
const collator = new Intl.Collator('vi', { numeric: true });
const alphabetical = (units: readonly Unit[]): Unit[] =>
  byName(units).sort((a, b) => collator.compare(chartName(a.name), chartName(b.name)));

function entryOf(u: Unit, registry: UnitRegistry, lang: Lang): UnitEntry {
  const link = (x: Unit): Link => ({ text: unitLabel(x, lang), href: unitHref(x, registry, lang) });
  const area = areaLine(u, lang);
  return { link: link(u), ...(area ? { area } : {}), became: registry.successorsOf(u).map(link) };
}

const isCurrent = (u: Unit): boolean => u.valid_to === null;

/** The A-Z page: today's provinces with their offices, then every former unit with what it became. */
export function unitsIndexView(data: SiteData, lang: Lang = 'vi'): UnitsIndexView {
  const { registry } = data.dataset;
  const provinces = alphabetical(registry.units.filter((u) => u.level === 'province'));
  const T = WORDS[lang];
  const group = (p: Unit, current: boolean): ProvinceGroup => ({
    ...entryOf(p, registry, lang),
    ...(isCurrent(p) && !current ? { note: T.formerOfficesOf } : {}),
    offices: alphabetical(registry.officesOf(p).filter((o) => isCurrent(o) === current)).map((o) =>
      entryOf(o, registry, lang),
    ),
  });
  const S = SEARCH_WORDS[lang];
  const path = pageHref('unitsIndex', lang);
  const alternates = inBothLangs((l) => pageHref('unitsIndex', l));
  return {
    layout: layoutView(data, { path, title: T.title, description: T.description, lang, alternates }),
    breadcrumbs: breadcrumbsIn(lang, { text: T.crumb }),
    heading: T.title,
    intro: T.intro,
    search: {
      ...searchFormIn(lang),
      name: S.page,
      pagefind: pagefindHref,
      lang,
      text: { results: S.results, none: S.none, found: S.found, failed: S.failed },
    },
    current: { heading: T.current, provinces: provinces.filter(isCurrent).map((p) => group(p, true)) },
    former: {
      heading: T.formerProvinces,
      provinces: provinces.filter((p) => !isCurrent(p)).map((p) => ({ ...entryOf(p, registry, lang), offices: [] })),
      all: { href: pageHref('formerUnits', lang), text: T.formerLink },
    },
    became: T.became,
  };
}

/** Every former unit with what it became, grouped by province (formerUnitsPage). */
export function formerUnitsView(data: SiteData, lang: Lang = 'vi'): FormerUnitsView {
  const { registry } = data.dataset;
  const T = WORDS[lang];
  const provinces = alphabetical(registry.units.filter((u) => u.level === 'province'));
  const group = (p: Unit): ProvinceGroup => ({
    ...entryOf(p, registry, lang),
    ...(isCurrent(p) ? { note: T.formerOfficesOf } : {}),
    offices: alphabetical(registry.officesOf(p).filter((o) => !isCurrent(o))).map((o) => entryOf(o, registry, lang)),
  });
  return {
    layout: layoutView(data, {
      path: pageHref('formerUnits', lang),
      title: T.formerTitle,
      description: T.formerDescription,
      lang,
      alternates: inBothLangs((l) => pageHref('formerUnits', l)),
    }),
    breadcrumbs: breadcrumbsIn(lang, { text: T.crumb, href: pageHref('unitsIndex', lang) }, { text: T.former }),
    heading: T.formerTitle,
    intro: T.formerIntro,
    current: { href: pageHref('unitsIndex', lang), text: T.title },
    provinces: provinces.map(group).filter((g, i) => !isCurrent(provinces[i]!) || g.offices.length > 0),
    became: T.became,
  };
}

/** Reader-facing text of a short address's page. */
export const SHORT_ADDRESS_TEXT = {
  title: (name: string) => `${name}: chuyển đến trang của đơn vị`,
  heading: (name: string) => `Trang của ${name}`,
  lead: 'Trang này ở địa chỉ dưới đây; trình duyệt sẽ tự chuyển đến đó.',
} as const;

/** A short address (/tinh/lao-cai/): leads to the province's page, by a meta refresh and a visible link. */
export function shortAddressView(data: SiteData, unit: Unit) {
  const target = unitHref(unit, data.dataset.registry);
  const title = SHORT_ADDRESS_TEXT.title(unit.name);
  return {
    // The canonical address is the province's page itself.
    layout: { ...layoutView(data, { path: target, title, description: title }), refresh: `0; url=${target}` },
    heading: SHORT_ADDRESS_TEXT.heading(unit.name),
    lead: SHORT_ADDRESS_TEXT.lead,
    target: { href: target, text: target },
  };
}
