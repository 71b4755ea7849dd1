import { classOf, hatchId, type MapArea, type MapShapes, mapClasses, NO_DATA, rateMap, renderSvg } from '../charts';
import type { UnitStat } from '../compute/model';
import { formatCount, formatPercent } from '../format';
import type { Region } from '../geo/regions';
import { MEASURE_LABEL } from '../glossary';
import { type Period, periodLabel } from '../period';
import type { Measure } from '../schemas/results';
import type { Link, TableView } from './types';

/** Credit the CC BY-SA 4.0 licence of the boundaries asks for, shown under every map. */
export const MAP_CREDIT = {
  source: 'geoBoundaries; Open Development Mekong',
  sourceHref: 'https://www.geoboundaries.org/',
  licence: 'CC BY-SA 4.0',
  licenceHref: 'https://creativecommons.org/licenses/by-sa/4.0/deed.vi',
} as const;

export interface LegendItem {
  label: string;
  /** A fill colour, or null for the hatch of provinces without figures. */
  color: string | null;
  /** How many provinces of the map are in this class. */
  count: number;
}

export interface MapView {
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
): MapView {
  const bySlug = new Map(stats.map((s) => [s.unit.slug, s]));
  const areas: MapArea[] = regions.map((r) => ({
    key: r.key,
    name: r.name,
    value: bySlug.get(r.key)?.figures[measure].rate ?? null,
    feature: r.feature,
  }));
  const classes = mapClasses(
    areas.map((a) => a.value),
    measure,
  );
  const label = MEASURE_LABEL[measure].toLowerCase();
  const when = periodLabel(period).toLowerCase();
  const missing = areas.filter((a) => a.value === null).length;
  const caption = `Bản đồ tỷ lệ thi hành xong ${label}, ${when} (${regions.length} tỉnh, thành phố)`;
  const summary =
    (classes.length
      ? `${
          classes.length === 1
            ? `Mọi tỉnh, thành phố có số liệu cùng một màu, nhóm tỷ lệ thi hành xong ${label} ${classes[0]!.label}.`
            : `Màu càng đậm, tỷ lệ thi hành xong ${label} càng cao: nhóm nhạt nhất ${classes[0]!.label}, nhóm đậm nhất ${classes[classes.length - 1]!.label}.`
        }${extremes(areas)}`
      : `Chưa có tỉnh, thành phố nào có tỷ lệ thi hành xong ${label} trong kỳ này.`) +
    (missing ? ` ${formatCount(missing)} tỉnh, thành phố chưa có số liệu được gạch chéo.` : '');
  const title = (a: MapArea) => `${a.name}: ${a.value === null ? NO_DATA.label.toLowerCase() : formatPercent(a.value)}`;
  const svg = renderSvg(
    rateMap(areas, { measure, classes, title, shapes }),
    { title: caption, description: summary },
    { idPrefix: id, sharedIds: shapes.id },
  );
  const classLabel = (a: MapArea) => classes.find((c) => c.color === colorOf(a, classes))?.label ?? NO_DATA.label;
  const sorted = [...areas].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const onMap = new Set(areas.map((a) => a.key));
  const offMap = stats.filter((s) => !onMap.has(s.unit.slug));
  return {
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
      ...(missing ? [{ label: NO_DATA.label, color: null, count: missing }] : []),
    ],
    table: {
      caption: `Số liệu của bản đồ: ${caption}`,
      head: ['Tỉnh, thành phố', `Tỷ lệ ${label}`, 'Nhóm màu'],
      rowHeader: 0,
      rows: [
        ...sorted.map((a) => [{ text: a.name }, num(formatPercent(a.value)), { text: classLabel(a) }]),
        // A province of the data that no shape stands for is still listed.
        ...offMap.map((s) => [
          { text: s.unit.name },
          num(formatPercent(s.figures[measure].rate)),
          { text: 'Không có trên bản đồ' },
        ]),
      ],
    },
  };
}

const colorOf = (a: MapArea, classes: Parameters<typeof classOf>[1]) => classOf(a.value, classes)?.color;

/** " Thấp nhất: X (75,12%); cao nhất: Y (93,40%)." — the figures behind the lightest and darkest shapes. */
function extremes(areas: readonly MapArea[]): string {
  const known = areas
    .filter((a): a is MapArea & { value: number } => a.value !== null)
    .sort((a, b) => a.value - b.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (known.length < 2) return '';
  const [low, high] = [known[0]!, known[known.length - 1]!];
  return ` Thấp nhất: ${low.name} (${formatPercent(low.value)}); cao nhất: ${high.name} (${formatPercent(high.value)}).`;
}
