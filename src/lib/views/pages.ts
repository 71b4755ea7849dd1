import type { UnitStat } from '../compute/model';
import { shortName, TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import { isHttpUrl } from '../schemas/cells';
import { unitPagePath } from '../share-urls';
import type { SiteData } from '../site-data';
import { nextDay, type Unit } from '../units';
import { inBothLangs, provinceOf, unitCsvHref, unitExcelCsvHref, unitFiguresHref, unitHref } from '../urls';
import { areaLine } from './area';
import { cardImage, unitCard } from './card';
import { comparisonChart, rankingChart, trendChart } from './charts';
import { type CiteView, citeView } from './cite';
import { headlineOf } from './headline';
import { type BreadcrumbsView, breadcrumbsIn, type LayoutView, layoutView } from './layout';
import { headlineSentences, type SentenceContext } from './sentence';
import { withShare } from './share';
import { figuresTable, periodsOnUnitPage, rankingTables } from './tables';
import type { ChartView, HeadlineView, Link, TableView } from './types';

/** The ids of a province's offices ranking tables (cases, money), which its ranking charts link to. */
const OFFICE_TABLE_IDS = ['bang-don-vi-ve-viec', 'bang-don-vi-ve-tien'];

export type { Link } from './types';

/** The sentences of a province or office page, in each language; `from` is a date. */
const WORDS = {
  vi: {
    label: (name: string, code: string, until: string) => `${name} (mã ${code}, đến ${until})`,
    splitNote: (from: string, unit: string, successors: string) =>
      `Không có số liệu so sánh được cho các kỳ trước ngày ${from}: số việc của ${unit} được chia cho nhiều đơn vị (${successors}), nên số liệu cũ của đơn vị đó không thể tách ra cho từng đơn vị mới. Trang này chỉ có số liệu do đơn vị này báo cáo.`,
    summedNote: (from: string, basis: string) =>
      `Số liệu các kỳ kết thúc trước ngày ${from} là tổng số liệu báo cáo của các đơn vị cũ trên (ghi "${basis}"), tỷ lệ tính lại từ các tổng, không lấy trung bình các tỷ lệ, để so sánh trên cùng một địa bàn.`,
    noSeries: (from: string) =>
      `Các đơn vị cũ không có đủ số liệu để lập chuỗi so sánh được cho các kỳ trước ngày ${from}.`,
    straddling: (period: string, from: string) =>
      `${period} bao trùm ngày sắp xếp: số liệu cả kỳ do đơn vị này báo cáo, gồm cả các tháng trước ngày ${from} của các đơn vị cũ.`,
    gap: (period: string, missing: string) =>
      `${period}: không có số liệu so sánh được vì ${missing} không có số liệu kỳ này.`,
    offices: 'Các đơn vị trực thuộc',
    formerOffices: 'Các đơn vị trước đây',
    officesScope: (province: string) => `các đơn vị của ${province}`,
    officesTable: (province: string, when: string) => `Các đơn vị của ${province}, ${when}`,
    officeTableLink: 'Xem số liệu dạng bảng (bảng bên dưới)',
    latest: 'Kỳ gần nhất',
    inNation: 'trong cả nước',
    inProvince: 'trong tỉnh',
    nation: 'Toàn quốc',
    description: (name: string, when: string, cases: string, money: string) =>
      `${name}, ${when}: tỷ lệ thi hành xong về việc ${cases}, về tiền ${money}.`,
    noData: (name: string) => `${name}: chưa có số liệu.`,
    page: {
      partOf: 'Thuộc',
      noFigures: 'Chưa có số liệu của đơn vị này.',
      offices: 'Các đơn vị trực thuộc',
      officesNote:
        'Số liệu toàn tỉnh gồm cả số liệu của cơ quan cấp tỉnh, nên tổng các đơn vị trực thuộc nhỏ hơn số toàn tỉnh.',
      allFigures: 'Toàn bộ số liệu theo kỳ báo cáo',
      yearFigures: 'Số liệu theo năm thống kê và kỳ gần nhất',
      moreFigures: 'Toàn bộ số liệu, cả các tháng trước kỳ gần nhất',
      allFiguresNote: 'Các kỳ trong năm là số lũy kế từ ngày 1/10 của năm trước. Tiền tính bằng tỷ đồng.',
      download: 'Tải số liệu của đơn vị này (CSV)',
      excel: 'bản cho Excel tiếng Việt (tên cột tiếng Việt, dấu chấm phẩy, dấu phẩy thập phân)',
      notes: 'Ghi chú',
      sources: 'Nguồn',
      until: 'Đơn vị này hoạt động đến ngày',
      from: 'Từ ngày',
      movedTo: 'nhiệm vụ được chuyển cho',
      splitAmong: 'nhiệm vụ được chia cho nhiều đơn vị:',
      comparable: 'Trang của đơn vị mới có chuỗi số liệu so sánh được của cả địa bàn, gồm số liệu của đơn vị này.',
      formedFrom: 'Đơn vị này được thành lập từ ngày',
      basedOn: ' trên cơ sở:',
    },
  },
  en: {
    label: (name: string, code: string, until: string) => `${name} (code ${code}, until ${until})`,
    splitNote: (from: string, unit: string, successors: string) =>
      `There are no comparable figures for the periods before ${from}: the cases of ${unit} were divided among several units (${successors}), so its earlier figures cannot be split among the new units. This page has only the figures this unit reported.`,
    summedNote: (from: string, basis: string) =>
      `The figures of the periods ending before ${from} are the sums of the reports of the former units above (marked "${basis}"), the rates computed again from the sums, not averaged, to compare the same area.`,
    noSeries: (from: string) =>
      `The former units do not have enough figures to build a comparable series for the periods before ${from}.`,
    straddling: (period: string, from: string) =>
      `${period} spans the reform: this unit reported the figures of the whole period, including the months of the former units before ${from}.`,
    gap: (period: string, missing: string) =>
      `${period}: no comparable figures, because ${missing} has no figures for this period.`,
    offices: 'Offices',
    formerOffices: 'Former offices',
    officesScope: (province: string) => `the offices of ${province}`,
    officesTable: (province: string, when: string) => `The offices of ${province}, ${when}`,
    officeTableLink: 'Show the figures as a table (the tables below)',
    latest: 'Latest period',
    inNation: 'in the country',
    inProvince: 'in the province',
    nation: 'Nationwide',
    description: (name: string, when: string, cases: string, money: string) =>
      `${name}, ${when}: completion rate ${cases} by cases, ${money} by money.`,
    noData: (name: string) => `${name}: no figures yet.`,
    page: {
      partOf: 'Part of',
      noFigures: 'This unit has no figures yet.',
      offices: 'Offices',
      officesNote:
        "The province's figures include those of the provincial agency, so the offices add up to less than the province.",
      allFigures: 'All figures by reporting period',
      yearFigures: 'Figures by statistical year and the latest period',
      moreFigures: 'All figures, with the months before the latest period',
      allFiguresNote:
        'Periods within a year are cumulative from 1 October of the previous year. Money in billion dong.',
      download: "Download this unit's figures (CSV)",
      excel: 'for Excel with Vietnamese settings (Vietnamese headers, semicolons, decimal comma)',
      notes: 'Notes',
      sources: 'Sources',
      until: 'This unit operated until',
      from: 'From',
      movedTo: 'its duties passed to',
      splitAmong: 'its duties were divided among several units:',
      comparable: "The new unit's page has the comparable series of the whole area, including this unit's figures.",
      formedFrom: 'This unit was formed on',
      basedOn: ' from:',
    },
  },
} as const satisfies Record<Lang, unknown>;

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
  /** The fixed words of the page and of its status box. */
  words: (typeof WORDS)[Lang]['page'];
  unit: Unit;
  name: string;
  /** "Địa bàn: quận Ba Đình, …" under an office's name; absent when units.csv gives no area. */
  area?: string;
  province?: Link;
  status: UnitStatus;
  latest: UnitStat | undefined;
  /** The plain sentences that open the page, cases then money (sentence.ts); empty without figures. */
  sentence: string;
  headline: HeadlineView | undefined;
  charts: ChartView[];
  offices?: { ranking: ChartView[]; tables: TableView[] };
  /** Offices of a province that are not in its latest ranking (former district offices). */
  otherOffices: Link[];
  /** "Các đơn vị trước đây" below a ranking of offices, else "Các đơn vị trực thuộc". */
  otherOfficesHeading: string;
  tables: TableView[];
  /** The heading of the tables: all figures, or the years and the latest period when months are left out. */
  figuresHeading: string;
  /** The page of every period, when the tables leave out the months before the latest. */
  moreFigures?: Link;
  /** Notes and sources reported with the rows, newest first. */
  notes: { period: string; note: string }[];
  /** The distinct sources of the rows; only web addresses get a link. */
  sources: { text: string; href: string | null }[];
  csvHref: string;
  /** File name offered when the unit's CSV is saved. */
  csvName: string;
  /** The same rows for Excel on Vietnamese Windows, and the name it is saved under. */
  excel: { href: string; saveAs: string; text: string };
  /** Page title: the label, with the province for an office (many offices share a name). */
  title: string;
}

function statusOf(u: Unit, data: SiteData, lang: Lang): UnitStatus {
  const { registry } = data.dataset;
  const formatDate = LOCALES[lang].date;
  const link = (x: Unit): Link => ({ text: unitLabel(x, lang), href: unitHref(x, registry, lang) });
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
    status.formed = {
      from: formatDate(from),
      predecessors: predecessors.map(link),
      notes: formedNotes(u, data, lang),
    };
  }
  return status;
}

/** How the figures of a unit formed by merger read before and across its first day. */
function formedNotes(u: Unit, data: SiteData, lang: Lang): string[] {
  const lineage = data.model.lineage.get(u.slug);
  if (!lineage) return [];
  const { registry } = data.dataset;
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const from = loc.date(lineage.from);
  const names = (units: readonly Unit[]) => units.map((x) => unitLabel(x, lang)).join(', ');
  if (lineage.splits.length) {
    return lineage.splits.map((p) => w.splitNote(from, unitLabel(p, lang), names(registry.successorsOf(p))));
  }
  const stats = data.model.byUnit.get(u.slug) ?? [];
  const notes: string[] = [];
  if (stats.some((s) => s.basis === 'sum_of_predecessors')) {
    notes.push(w.summedNote(from, TERMS[lang].basis.sum_of_predecessors));
  } else {
    notes.push(w.noSeries(from));
  }
  // A period that straddles the reform (statistical year 2025) is reported by the new unit for the whole period.
  const across = stats.filter((s) => s.basis === 'reported' && s.period.start < lineage.from);
  const straddling = across.find((s) => s.period.months === 12) ?? across[0];
  if (straddling) {
    const range = straddling.period.months === 12 ? ` (${loc.range(straddling.period)})` : '';
    notes.push(w.straddling(`${loc.period(straddling.period)}${range}`, from));
  }
  for (const gap of lineage.gaps) notes.push(w.gap(loc.period(gap.period), names(gap.missing)));
  return notes;
}

/** A unit's name, with its code and end date when it no longer exists: names repeat across the reform. */
export const unitLabel = (u: Unit, lang: Lang = 'vi'): string =>
  u.valid_to === null ? u.name : WORDS[lang].label(u.name, u.code, LOCALES[lang].date(u.valid_to));

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
  lang: Lang,
  ranking: ChartView[],
): Pick<UnitView, 'offices' | 'otherOffices' | 'otherOfficesHeading'> {
  const { model, dataset } = data;
  const { registry } = dataset;
  const w = WORDS[lang];
  const offices = (latest && model.officesByPeriod.get(latest.period.key)?.get(unit.slug)) || [];
  const otherOffices = (ranked: Set<Unit>) =>
    byName(registry.officesOf(unit).filter((u) => !ranked.has(u))).map((u) => ({
      text: unitLabel(u, lang),
      href: unitHref(u, registry, lang),
    }));
  if (!latest || offices.length === 0) {
    return { otherOffices: otherOffices(new Set()), otherOfficesHeading: w.offices };
  }
  const name = shortName(unit.name);
  const tables = rankingTables(
    offices,
    w.officesTable(name, LOCALES[lang].periodInText(latest.period)),
    (s) => unitHref(s.unit, registry, lang),
    lang,
  ).map((t, i) => ({ ...t, id: OFFICE_TABLE_IDS[i]! }));
  return {
    offices: { ranking, tables },
    otherOffices: otherOffices(new Set(offices.map((s) => s.unit))),
    otherOfficesHeading: w.formerOffices,
  };
}

const rankScopeOf = (u: Unit, lang: Lang): string =>
  u.level === 'province' ? WORDS[lang].inNation : WORDS[lang].inProvince;

/** The nation and the units ranked with `stat` in its period: a province among the provinces, an office in its province. */
function sentenceContext(data: SiteData, unit: Unit, stat: UnitStat, lang: Lang): SentenceContext {
  const { model, dataset } = data;
  const key = stat.period.key;
  const province = unit.level === 'office' ? provinceOf(unit, dataset.registry) : undefined;
  const peers = province
    ? (model.officesByPeriod.get(key)?.get(province.slug) ?? [])
    : (model.provincesByPeriod.get(key) ?? []);
  return { national: model.national.get(key), peers, rankScope: rankScopeOf(unit, lang), lang };
}

/** An office's latest rates beside its province's and the nation's, in the same period. */
function officeComparison(
  id: string,
  data: SiteData,
  name: string,
  latest: UnitStat,
  province: Unit,
  lang: Lang,
): ChartView {
  const { model } = data;
  const provinceStat = model.byUnit.get(province.slug)?.find((s) => s.period.key === latest.period.key);
  return comparisonChart(
    id,
    [
      { name, stat: latest },
      { name: shortName(province.name), stat: provinceStat },
      { name: WORDS[lang].nation, stat: model.national.get(latest.period.key) },
    ],
    lang,
  );
}

/**
 * A page's chart of the given id: the one drawn earlier, when the page's charts were drawn for its shared files
 * (views/site.ts keeps them), or else drawn now.
 */
type Drawn = (id: string, draw: (id: string) => ChartView) => ChartView;

const drawnFrom =
  (earlier: readonly ChartView[] | undefined): Drawn =>
  (id, draw) =>
    earlier?.find((c) => c.id === id) ?? draw(id);

/**
 * The charts of a unit's page: its trend; beside it an office's comparison with its province and the nation, or
 * under a province its offices of the latest period ranked, each linking to its table below the chart.
 */
function unitCharts(
  data: SiteData,
  unit: Unit,
  lang: Lang,
  drawn?: readonly ChartView[],
): { charts: ChartView[]; ranking: ChartView[] } {
  const chart = drawnFrom(drawn);
  const { model, dataset } = data;
  const w = WORDS[lang];
  const stats = model.byUnit.get(unit.slug) ?? [];
  const latest = stats[stats.length - 1];
  const charts = stats.length
    ? [
        chart('xu-huong', (id) =>
          trendChart(id, unit.name, stats, {
            ...(unit.valid_from ? { reform: unit.valid_from } : {}),
            // On an office page the trend sits beside the comparison.
            beside: unit.level === 'office',
            lang,
          }),
        ),
      ]
    : [];
  if (!latest) return { charts, ranking: [] };
  if (unit.level === 'office') {
    const province = provinceOf(unit, dataset.registry);
    charts.push(chart('so-sanh', (id) => officeComparison(id, data, unit.name, latest, province, lang)));
    return { charts, ranking: [] };
  }
  const offices = model.officesByPeriod.get(latest.period.key)?.get(unit.slug) ?? [];
  const scope = w.officesScope(shortName(unit.name));
  const ranking = offices.length
    ? (['cases', 'money'] as const).map((m, i) => ({
        ...chart(`xep-hang-don-vi-${m}`, (id) => rankingChart(id, offices, m, scope, { lang })),
        // Each chart links to its table just below rather than carrying a copy of it.
        tableLink: { href: `#${OFFICE_TABLE_IDS[i]!}`, text: w.officeTableLink },
      }))
    : [];
  return { charts, ranking };
}

/**
 * A unit page's charts with their share links, in the order of the page: what its shared files (chart files,
 * embeds) need, without the rest of its view.
 */
export function unitPageCharts(data: SiteData, unit: Unit, lang: Lang = 'vi'): ChartView[] {
  const { charts, ranking } = unitCharts(data, unit, lang);
  const pagePath = unitPagePath(unit, data.dataset.registry, lang);
  return [...withShare(pagePath, charts), ...withShare(pagePath, ranking)];
}

/** A province or office page; `drawn` are its charts when they were drawn before (see Drawn). */
export function unitView(data: SiteData, unit: Unit, lang: Lang = 'vi', drawn?: readonly ChartView[]): UnitView {
  const { charts, ranking } = unitCharts(data, unit, lang, drawn);
  const { model, dataset } = data;
  const { registry } = dataset;
  const w = WORDS[lang];
  const stats = model.byUnit.get(unit.slug) ?? [];
  const latest = stats[stats.length - 1];
  const name = unit.name;
  const province = unit.level === 'office' ? provinceOf(unit, registry) : undefined;
  const view: UnitView = {
    words: w.page,
    unit,
    name,
    title: province ? `${unitLabel(unit, lang)}, ${shortName(province.name)}` : unitLabel(unit, lang),
    status: statusOf(unit, data, lang),
    latest,
    sentence: latest ? headlineSentences(latest, sentenceContext(data, unit, latest, lang)).join(' ') : '',
    headline: latest
      ? headlineOf(latest, w.latest, rankScopeOf(unit, lang), model.national.get(latest.period.key), lang)
      : undefined,
    charts,
    tables: stats.length
      ? (['cases', 'money'] as const).map((m) => figuresTable(periodsOnUnitPage(stats), m, name, lang))
      : [],
    figuresHeading: w.page.allFigures,
    notes: [...stats]
      .reverse()
      .flatMap((s) => (s.row?.note ? [{ period: LOCALES[lang].period(s.period), note: s.row.note }] : [])),
    sources: [...new Set(stats.flatMap((s) => (s.row?.source ? [s.row.source] : [])))].map((text) => ({
      text,
      // One rule for what may be a link: the one the source cell was validated with.
      href: isHttpUrl(text) ? text : null,
    })),
    csvHref: unitCsvHref(unit, registry),
    csvName: `${unit.slug}-${dataset.info.updated}.csv`,
    excel: {
      href: unitExcelCsvHref(unit, registry),
      saveAs: `${unit.slug}-excel-${dataset.info.updated}.csv`,
      text: WORDS[lang].page.excel,
    },
    otherOffices: [],
    otherOfficesHeading: w.offices,
  };
  const area = areaLine(unit, lang);
  if (area) view.area = area;
  if (periodsOnUnitPage(stats).length < stats.length) {
    view.figuresHeading = w.page.yearFigures;
    view.moreFigures = { href: unitFiguresHref(unit, registry, lang), text: w.page.moreFigures };
  }
  if (province) {
    view.province = { text: province.name, href: unitHref(province, registry, lang) };
  } else {
    Object.assign(view, officesOf(data, unit, latest, lang, ranking));
  }
  return view;
}

export interface UnitPageView extends UnitView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  cite: CiteView;
}

/** A province or office page with its layout: the description gives the latest rates; `drawn` as in unitView. */
export function unitPageView(
  data: SiteData,
  unit: Unit,
  lang: Lang = 'vi',
  drawn?: readonly ChartView[],
): UnitPageView {
  const view = unitView(data, unit, lang, drawn);
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const { latest, name } = view;
  const description = latest
    ? w.description(
        name,
        loc.periodInText(latest.period),
        loc.percent(latest.figures.cases.rate),
        loc.percent(latest.figures.money.rate),
      )
    : w.noData(name);
  const { registry } = data.dataset;
  const path = unitHref(unit, registry, lang);
  // The share card, chart files and embeds are drawn in the page's language, named after its path.
  const pagePath = unitPagePath(unit, registry, lang);
  const layout = layoutView(data, {
    path,
    lang,
    alternates: inBothLangs((l) => unitHref(unit, registry, l)),
    title: view.title,
    description,
    image: cardImage(pagePath, unitCard(data, unit, lang)),
  });
  const shared = {
    charts: withShare(pagePath, view.charts),
    ...(view.offices ? { offices: { ...view.offices, ranking: withShare(pagePath, view.offices.ranking) } } : {}),
  };
  const cite = citeView(data, { path, subject: view.title, keyPart: unit.slug }, lang);
  return {
    ...view,
    ...shared,
    layout,
    breadcrumbs: breadcrumbsIn(lang, ...(view.province ? [view.province] : []), { text: name }),
    cite,
  };
}
