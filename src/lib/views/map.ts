import {
  classOf,
  hatchId,
  type MapArea,
  type MapClass,
  type MapShapes,
  mapClasses,
  NO_DATA,
  rateMap,
  renderSvg,
} from '../charts';
import type { UnitStat } from '../compute/model';
import type { Region } from '../geo/regions';
import { TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import type { Period } from '../period';
import type { Measure } from '../schemas/results';
import { PERMALINK_LABEL } from './cite';
import type { Link, TableView } from './types';

/** The sentences of a map and its legend, in each language; `m` is a measure inside a sentence. */
const WORDS = {
  vi: {
    caption: (m: string, when: string, n: number) => `Bản đồ tỷ lệ thi hành xong ${m}, ${when} (${n} tỉnh, thành phố)`,
    oneClass: (m: string, label: string) =>
      `Mọi tỉnh, thành phố có số liệu cùng một màu, nhóm tỷ lệ thi hành xong ${m} ${label}.`,
    classes: (m: string, lightest: string, darkest: string) =>
      `Màu càng đậm, tỷ lệ thi hành xong ${m} càng cao: nhóm nhạt nhất ${lightest}, nhóm đậm nhất ${darkest}.`,
    none: (m: string) => `Chưa có tỉnh, thành phố nào có tỷ lệ thi hành xong ${m} trong kỳ này.`,
    missing: (n: string) => ` ${n} tỉnh, thành phố chưa có số liệu được gạch chéo.`,
    extremes: (low: string, lowRate: string, high: string, highRate: string) =>
      ` Thấp nhất: ${low} (${lowRate}); cao nhất: ${high} (${highRate}).`,
    /** null: the chart's own label ("từ 80% đến dưới 85%"). */
    classLabel: null as ((from: string, to: string, last: boolean) => string) | null,
    noData: NO_DATA.label,
    tableCaption: (caption: string) => `Số liệu của bản đồ: ${caption}`,
    head: (m: string) => ['Tỉnh, thành phố', `Tỷ lệ ${m}`, 'Nhóm màu'],
    offMap: 'Không có trên bản đồ',
    legend: 'Chú giải',
    provinces: (n: number) => `${n} tỉnh, thành phố`,
    boundaries: 'Ranh giới',
    licence: 'giấy phép',
    licenceHref: 'https://creativecommons.org/licenses/by-sa/4.0/deed.vi',
    simplified: 'Đã đơn giản hóa và ghép theo các tỉnh sau sắp xếp.',
    showTable: 'Xem số liệu của bản đồ dạng bảng',
  },
  en: {
    caption: (m: string, when: string, n: number) => `Map of the completion rate ${m}, ${when} (${n} provinces)`,
    oneClass: (m: string, label: string) =>
      `Every province with figures has the same colour, the completion rate ${m} ${label}.`,
    classes: (m: string, lightest: string, darkest: string) =>
      `The darker the colour, the higher the completion rate ${m}: lightest ${lightest}, darkest ${darkest}.`,
    none: (m: string) => `No province has a completion rate ${m} in this period yet.`,
    missing: (n: string) => ` ${n} provinces without figures are hatched.`,
    extremes: (low: string, lowRate: string, high: string, highRate: string) =>
      ` Lowest: ${low} (${lowRate}); highest: ${high} (${highRate}).`,
    classLabel: (from: string, to: string, last: boolean) => `${from} to ${last ? '' : 'under '}${to}`,
    noData: 'No data yet',
    tableCaption: (caption: string) => `Map data: ${caption}`,
    head: (m: string) => ['Province', `Rate ${m}`, 'Colour class'],
    offMap: 'Not on the map',
    legend: 'Legend',
    provinces: (n: number) => (n === 1 ? '1 province' : `${n} provinces`),
    boundaries: 'Boundaries',
    licence: 'licence',
    licenceHref: 'https://creativecommons.org/licenses/by-sa/4.0/deed.en',
    simplified: 'Simplified, and merged into the provinces after the reform.',
    showTable: 'Show the map data as a table',
  },
} satisfies Record<Lang, unknown>;

/** Credit the CC BY-SA 4.0 licence of the boundaries asks for, shown under every map. */
export const MAP_CREDIT = {
  source: 'geoBoundaries; Open Development Mekong',
  sourceHref: 'https://www.geoboundaries.org/',
  licence: 'CC BY-SA 4.0',
  licenceHref: WORDS.vi.licenceHref,
} as const;

/** The same credit with the licence's deed in the reader's language. */
export const mapCreditIn = (lang: Lang) => ({ ...MAP_CREDIT, licenceHref: WORDS[lang].licenceHref });

export interface LegendItem {
  label: string;
  /** A fill colour, or null for the hatch of provinces without figures. */
  color: string | null;
  /** How many provinces of the map are in this class. */
  count: number;
  /** The same in words: "2 tỉnh, thành phố", "1 province". */
  countText: string;
}

export interface MapView {
  /** The fixed words of the figure: legend, credit, the table's summary. */
  words: Pick<
    (typeof WORDS)[Lang],
    'legend' | 'boundaries' | 'licence' | 'licenceHref' | 'simplified' | 'showTable'
  > & {
    /** The accessible name of the "#" link beside the caption. */
    permalink: string;
  };
  id: string;
  caption: string;
  summary: string;
  svg: string;
  /** Id of the hatch pattern on the page, for the legend's swatch. */
  hatch: string;
  legend: LegendItem[];
  table: TableView;
  /** Where the figures are shown as a table on a page of their own, when the page shows a link instead of `table`. */
  tableLink?: Link;
}

const num = (text: string) => ({ text, numeric: true });

/**
 * A map of the provinces of one period coloured by one completion rate, with
 * its legend and the same figures as a table. `regions` are the provinces in
 * force at the period's end (regionsOn); `stats` their figures. Maps of one
 * page share their shapes (see MapShapes); by default a map has its own.
 * Long because the map, its legend and its table are one view made from the
 * same classes, written in the order the page shows them.
 */
export function mapChart(
  id: string,
  regions: readonly Region[],
  stats: readonly UnitStat[],
  measure: Measure,
  period: Period,
  shapes: MapShapes = { id: `${id}-hinh`, define: true },
  lang: Lang = 'vi',
): MapView {
  const w = WORDS[lang];
  const loc = LOCALES[lang];
  const bySlug = new Map(stats.map((s) => [s.unit.slug, s]));
  const areas: MapArea[] = regions.map((r) => ({
    key: r.key,
    name: r.name,
    value: bySlug.get(r.key)?.figures[measure].rate ?? null,
    feature: r.feature,
  }));
  const classes = localClasses(
    mapClasses(
      areas.map((a) => a.value),
      measure,
    ),
    lang,
  );
  const label = TERMS[lang].measureInText[measure];
  const when = loc.periodInText(period);
  const missing = areas.filter((a) => a.value === null).length;
  const caption = w.caption(label, when, regions.length);
  const summary =
    (classes.length
      ? `${
          classes.length === 1
            ? w.oneClass(label, classes[0]!.label)
            : w.classes(label, classes[0]!.label, classes[classes.length - 1]!.label)
        }${extremes(areas, lang)}`
      : w.none(label)) + (missing ? w.missing(loc.count(missing)) : '');
  const title = (a: MapArea) => `${a.name}: ${a.value === null ? w.noData.toLowerCase() : loc.percent(a.value)}`;
  const svg = renderSvg(
    rateMap(areas, { measure, classes, title, shapes }),
    { title: caption, description: summary },
    { idPrefix: id, sharedIds: shapes.id },
  );
  const classLabel = (a: MapArea) => classes.find((c) => c.color === colorOf(a, classes))?.label ?? w.noData;
  const sorted = [...areas].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const onMap = new Set(areas.map((a) => a.key));
  const offMap = stats.filter((s) => !onMap.has(s.unit.slug));
  return {
    words: {
      legend: w.legend,
      boundaries: w.boundaries,
      licence: w.licence,
      licenceHref: w.licenceHref,
      simplified: w.simplified,
      showTable: w.showTable,
      permalink: PERMALINK_LABEL[lang].map,
    },
    id,
    caption,
    summary,
    svg,
    hatch: hatchId(shapes.id),
    legend: [
      ...classes.map((c) => ({
        label: c.label,
        color: c.color,
        count: areas.filter((a) => colorOf(a, classes) === c.color).length,
      })),
      ...(missing ? [{ label: w.noData, color: null, count: missing }] : []),
    ].map((item) => ({ ...item, countText: w.provinces(item.count) })),
    table: {
      caption: w.tableCaption(caption),
      head: w.head(label),
      rowHeader: 0,
      rows: [
        ...sorted.map((a) => [{ text: a.name }, num(loc.percent(a.value)), { text: classLabel(a) }]),
        // A province of the data that no shape stands for is still listed.
        ...offMap.map((s) => [{ text: s.unit.name }, num(loc.percent(s.figures[measure].rate)), { text: w.offMap }]),
      ],
    },
  };
}

const colorOf = (a: MapArea, classes: Parameters<typeof classOf>[1]) => classOf(a.value, classes)?.color;

/** The classes with their legend labels in the page's language ("80% to under 85%"). */
function localClasses(classes: MapClass[], lang: Lang): MapClass[] {
  const label = WORDS[lang].classLabel;
  if (!label) return classes;
  const pct = (x: number) => `${Number.isInteger(x) ? LOCALES[lang].count(x) : String(x)}%`;
  return classes.map((c, i) => ({ ...c, label: label(pct(c.from), pct(c.to), i === classes.length - 1) }));
}

/** " Thấp nhất: X (75,12%); cao nhất: Y (93,40%)." — the figures behind the lightest and darkest shapes. */
function extremes(areas: readonly MapArea[], lang: Lang): string {
  const known = areas
    .filter((a): a is MapArea & { value: number } => a.value !== null)
    .sort((a, b) => a.value - b.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (known.length < 2) return '';
  const [low, high] = [known[0]!, known[known.length - 1]!];
  const percent = LOCALES[lang].percent;
  return WORDS[lang].extremes(low.name, percent(low.value), high.name, percent(high.value));
}
