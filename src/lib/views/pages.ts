import type { UnitStat } from '../compute/model';
import { formatDate, formatPercent } from '../format';
import { BASIS_LABEL, shortName } from '../glossary';
import { periodLabel, periodRange } from '../period';
import { isHttpUrl } from '../schemas/cells';
import { unitPagePath } from '../share-urls';
import type { SiteData } from '../site-data';
import { nextDay, type Unit } from '../units';
import { provinceOf, unitCsvHref, unitHref } from '../urls';
import { cardImage, unitCard } from './card';
import { comparisonChart, rankingChart, trendChart } from './charts';
import { headlineOf } from './headline';
import { type BreadcrumbsView, breadcrumbs, type LayoutView, layoutView } from './layout';
import { withShare } from './share';
import { figuresTable, rankingTable } from './tables';
import type { ChartView, HeadlineView, Link, TableView } from './types';

export type { Link } from './types';

/** What happened to a unit at the reform: what it became, or what it came from. */
export interface UnitStatus {
  /** A unit no longer in force: its last day, the day its successors took over, and who they are. */
  former?: {
    until: string;
    from: string;
    successors: Link[];
    /** The one unit that took over, when it was not split. */
    successor?: Link;
    split: boolean;
    comparable: boolean;
  };
  /** A unit formed on `from`: its predecessors and how its earlier figures are built (sentences). */
  formed?: { from: string; predecessors: Link[]; notes: string[] };
}

/** What a province or office page shows, without the layout (see unitPageView). */
export interface UnitView {
  unit: Unit;
  name: string;
  province?: Link;
  status: UnitStatus;
  latest: UnitStat | undefined;
  headline: HeadlineView | undefined;
  charts: ChartView[];
  offices?: { ranking: ChartView[]; table: TableView };
  /** Offices of a province that are not in its latest ranking (former district offices). */
  otherOffices: Link[];
  /** "Các đơn vị trước đây" below a ranking of offices, else "Các đơn vị trực thuộc". */
  otherOfficesHeading: string;
  tables: TableView[];
  /** Notes and sources reported with the rows, newest first. */
  notes: { period: string; note: string }[];
  /** The distinct sources of the rows; only web addresses get a link. */
  sources: { text: string; href: string | null }[];
  csvHref: string;
  /** File name offered when the unit's CSV is saved. */
  csvName: string;
  /** Page title: the label, with the province for an office (many offices share a name). */
  title: string;
}

function statusOf(u: Unit, data: SiteData): UnitStatus {
  const { registry } = data.dataset;
  const link = (x: Unit): Link => ({ text: unitLabel(x), href: unitHref(x, registry) });
  const status: UnitStatus = {};
  if (u.valid_to !== null) {
    const successors = registry.successorsOf(u);
    const only = successors.length === 1 ? successors[0] : undefined;
    const lineage = only && data.model.lineage.get(only.slug);
    status.former = {
      until: formatDate(u.valid_to),
      from: formatDate(nextDay(u.valid_to)),
      successors: successors.map(link),
      ...(only ? { successor: link(only) } : {}),
      split: successors.length > 1,
      // Promise a comparable series only when the successor's page really shows one.
      comparable:
        only !== undefined &&
        lineage?.splits.length === 0 &&
        (data.model.byUnit.get(only.slug) ?? []).some((s) => s.basis === 'sum_of_predecessors'),
    };
  }
  const predecessors = registry.predecessorsOf(u);
  if (u.valid_from !== null || predecessors.length) {
    const from = u.valid_from ?? nextDay(predecessors[0]!.valid_to!);
    status.formed = { from: formatDate(from), predecessors: predecessors.map(link), notes: formedNotes(u, data) };
  }
  return status;
}

/** How the figures of a unit formed by merger read before and across its first day. */
function formedNotes(u: Unit, data: SiteData): string[] {
  const lineage = data.model.lineage.get(u.slug);
  if (!lineage) return [];
  const { registry } = data.dataset;
  const from = formatDate(lineage.from);
  const names = (units: readonly Unit[]) => units.map(unitLabel).join(', ');
  if (lineage.splits.length) {
    return lineage.splits.map(
      (p) =>
        `Không có số liệu so sánh được cho các kỳ trước ngày ${from}: số việc của ${unitLabel(p)} được chia cho nhiều đơn vị (${names(registry.successorsOf(p))}), nên số liệu cũ của đơn vị đó không thể tách ra cho từng đơn vị mới. Trang này chỉ có số liệu do đơn vị này báo cáo.`,
    );
  }
  const stats = data.model.byUnit.get(u.slug) ?? [];
  const notes: string[] = [];
  if (stats.some((s) => s.basis === 'sum_of_predecessors')) {
    notes.push(
      `Số liệu các kỳ kết thúc trước ngày ${from} là tổng số liệu báo cáo của các đơn vị cũ trên (ghi "${BASIS_LABEL.sum_of_predecessors}"), tỷ lệ tính lại từ các tổng, không lấy trung bình các tỷ lệ, để so sánh trên cùng một địa bàn.`,
    );
  } else {
    notes.push(`Các đơn vị cũ không có đủ số liệu để lập chuỗi so sánh được cho các kỳ trước ngày ${from}.`);
  }
  // A period that straddles the reform (statistical year 2025) is reported by the new unit for the whole period.
  const across = stats.filter((s) => s.basis === 'reported' && s.period.start < lineage.from);
  const straddling = across.find((s) => s.period.months === 12) ?? across[0];
  if (straddling) {
    notes.push(
      `${periodLabel(straddling.period)}${straddling.period.months === 12 ? ` (${periodRange(straddling.period)})` : ''} bao trùm ngày sắp xếp: số liệu cả kỳ do đơn vị này báo cáo, gồm cả các tháng trước ngày ${from} của các đơn vị cũ.`,
    );
  }
  for (const gap of lineage.gaps) {
    notes.push(
      `${periodLabel(gap.period)}: không có số liệu so sánh được vì ${names(gap.missing)} không có số liệu kỳ này.`,
    );
  }
  return notes;
}

/** A unit's name, with its code and end date when it no longer exists: names repeat across the reform. */
export const unitLabel = (u: Unit): string =>
  u.valid_to === null ? u.name : `${u.name} (mã ${u.code}, đến ${formatDate(u.valid_to)})`;

export const byName = (units: readonly Unit[]): Unit[] =>
  [...units].sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code));

/**
 * The offices of a province: those of its latest period ranked, and the
 * others (former district offices) listed.
 */
function officesOf(
  data: SiteData,
  unit: Unit,
  latest: UnitStat | undefined,
): Pick<UnitView, 'offices' | 'otherOffices' | 'otherOfficesHeading'> {
  const { model, dataset } = data;
  const { registry } = dataset;
  const offices = (latest && model.officesByPeriod.get(latest.period.key)?.get(unit.slug)) || [];
  const otherOffices = (ranked: Set<Unit>) =>
    byName(registry.officesOf(unit).filter((u) => !ranked.has(u))).map((u) => ({
      text: unitLabel(u),
      href: unitHref(u, registry),
    }));
  if (!latest || offices.length === 0) {
    return { otherOffices: otherOffices(new Set()), otherOfficesHeading: 'Các đơn vị trực thuộc' };
  }
  const name = shortName(unit.name);
  return {
    offices: {
      ranking: (['cases', 'money'] as const).map((m) =>
        rankingChart(`xep-hang-don-vi-${m}`, offices, m, `các đơn vị của ${name}`, {
          target: latest.target[m]?.value ?? null,
        }),
      ),
      table: rankingTable(offices, `Các đơn vị của ${name}, ${periodLabel(latest.period).toLowerCase()}`, (s) =>
        unitHref(s.unit, registry),
      ),
    },
    otherOffices: otherOffices(new Set(offices.map((s) => s.unit))),
    otherOfficesHeading: 'Các đơn vị trước đây',
  };
}

/** A province or office page. */
export function unitView(data: SiteData, unit: Unit): UnitView {
  const { model, dataset } = data;
  const { registry } = dataset;
  const stats = model.byUnit.get(unit.slug) ?? [];
  const latest = stats[stats.length - 1];
  const name = unit.name;
  const province = unit.level === 'office' ? provinceOf(unit, registry) : undefined;
  const view: UnitView = {
    unit,
    name,
    title: province ? `${unitLabel(unit)}, ${shortName(province.name)}` : unitLabel(unit),
    status: statusOf(unit, data),
    latest,
    headline: latest
      ? headlineOf(latest, 'Kỳ gần nhất', unit.level === 'province' ? 'trong cả nước' : 'trong tỉnh')
      : undefined,
    charts: stats.length
      ? [trendChart('xu-huong', name, stats, unit.valid_from ? { reform: unit.valid_from } : {})]
      : [],
    tables: stats.length ? (['cases', 'money'] as const).map((m) => figuresTable(stats, m, name)) : [],
    notes: [...stats]
      .reverse()
      .flatMap((s) => (s.row?.note ? [{ period: periodLabel(s.period), note: s.row.note }] : [])),
    sources: [...new Set(stats.flatMap((s) => (s.row?.source ? [s.row.source] : [])))].map((text) => ({
      text,
      // One rule for what may be a link: the one the source cell was validated with.
      href: isHttpUrl(text) ? text : null,
    })),
    csvHref: unitCsvHref(unit, registry),
    csvName: `${unit.slug}-${dataset.info.updated}.csv`,
    otherOffices: [],
    otherOfficesHeading: 'Các đơn vị trực thuộc',
  };
  if (province) {
    view.province = { text: province.name, href: unitHref(province, registry) };
    if (latest) {
      const provinceStat = model.byUnit.get(province.slug)?.find((s) => s.period.key === latest.period.key);
      view.charts.push(
        comparisonChart('so-sanh', [
          { name, stat: latest },
          { name: shortName(province.name), stat: provinceStat },
          { name: 'Toàn quốc', stat: model.national.get(latest.period.key) },
        ]),
      );
    }
  } else {
    Object.assign(view, officesOf(data, unit, latest));
  }
  return view;
}

export interface UnitPageView extends UnitView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
}

/** A province or office page with its layout: the description gives the latest rates. */
export function unitPageView(data: SiteData, unit: Unit): UnitPageView {
  const view = unitView(data, unit);
  const { latest, name } = view;
  const description = latest
    ? `${name}, ${periodLabel(latest.period).toLowerCase()}: tỷ lệ thi hành xong về việc ${formatPercent(latest.figures.cases.rate)}, về tiền ${formatPercent(latest.figures.money.rate)}.`
    : `${name}: chưa có số liệu.`;
  const pagePath = unitPagePath(unit, data.dataset.registry);
  const image = cardImage(pagePath, unitCard(data, unit));
  const layout = layoutView(data, {
    path: unitHref(unit, data.dataset.registry),
    title: view.title,
    description,
    image,
  });
  const shared = {
    charts: withShare(pagePath, view.charts),
    ...(view.offices ? { offices: { ...view.offices, ranking: withShare(pagePath, view.offices.ranking) } } : {}),
  };
  return {
    ...view,
    ...shared,
    layout,
    breadcrumbs: breadcrumbs(...(view.province ? [view.province] : []), { text: name }),
  };
}
