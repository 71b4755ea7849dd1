import { shortName } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import type { SiteData } from '../site-data';
import type { Unit } from '../units';
import { inBothLangs, provinceOf, unitFiguresHref, unitHref } from '../urls';
import { type BreadcrumbsView, breadcrumbsIn, type LayoutView, layoutView } from './layout';
import { unitLabel } from './pages';
import { figuresTable, periodsOnUnitPage } from './tables';
import type { Link, TableView } from './types';

/** The reader-facing words of the page, in each language. */
const WORDS = {
  vi: {
    heading: (name: string) => `${name}: toàn bộ số liệu theo kỳ báo cáo`,
    crumb: 'Toàn bộ số liệu',
    description: (name: string, from: string, to: string) =>
      `Số liệu về việc và về tiền của ${name} ở mọi kỳ báo cáo từ ${from} đến ${to}, cả số lũy kế từng tháng trong năm.`,
    note: 'Các kỳ trong năm là số lũy kế từ ngày 1/10 của năm trước. Tiền tính bằng tỷ đồng.',
    back: (name: string) => `Về trang ${name}`,
  },
  en: {
    heading: (name: string) => `${name}: all figures by reporting period`,
    crumb: 'All figures',
    description: (name: string, from: string, to: string) =>
      `The figures by cases and by money of ${name} for every reporting period from ${from} to ${to}, with the cumulative months within a year.`,
    note: 'Periods within a year are cumulative from 1 October of the previous year. Money in billion dong.',
    back: (name: string) => `Back to the page of ${name}`,
  },
} as const satisfies Record<Lang, unknown>;

export interface UnitFiguresPageView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  heading: string;
  /** Back to the unit's own page. */
  back: Link;
  note: string;
  /** Cases, then money: every period, newest first. */
  tables: TableView[];
}

/** Whether a unit's own page leaves out some of its periods, and so links the page of all its figures. */
export function hasMoreFigures(data: SiteData, unit: Unit): boolean {
  const stats = data.model.byUnit.get(unit.slug) ?? [];
  return periodsOnUnitPage(stats).length < stats.length;
}

/**
 * Every period of a unit, the cumulative months included, on a page of its
 * own: the unit's page shows the years and the latest period, and stays light.
 */
export function unitFiguresPageView(data: SiteData, unit: Unit, lang: Lang = 'vi'): UnitFiguresPageView {
  const { registry } = data.dataset;
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const stats = data.model.byUnit.get(unit.slug) ?? [];
  const name = unit.name;
  const province = unit.level === 'office' ? provinceOf(unit, registry) : undefined;
  const label = province ? `${unitLabel(unit, lang)}, ${shortName(province.name)}` : unitLabel(unit, lang);
  const own = unitHref(unit, registry, lang);
  const first = stats[0];
  const last = stats[stats.length - 1];
  return {
    layout: layoutView(data, {
      path: unitFiguresHref(unit, registry, lang),
      lang,
      alternates: inBothLangs((l) => unitFiguresHref(unit, registry, l)),
      title: w.heading(label),
      description:
        first && last ? w.description(name, loc.periodInText(first.period), loc.periodInText(last.period)) : w.note,
    }),
    breadcrumbs: breadcrumbsIn(
      lang,
      ...(province ? [{ text: province.name, href: unitHref(province, registry, lang) }] : []),
      { text: name, href: own },
      { text: w.crumb },
    ),
    heading: w.heading(name),
    back: { href: own, text: w.back(name) },
    note: w.note,
    tables: (['cases', 'money'] as const).map((m) => figuresTable(stats, m, name, lang)),
  };
}
