/**
 * Provinces coloured by a completion rate (a choropleth): Plot's geo mark
 * with a Mercator projection, drawn once at build time. Colours come in a few
 * classes of one hue whose lightness falls steadily as the rate rises, so the
 * order reads the same under every common colour-vision deficiency and in
 * greyscale; provinces without a rate are hatched, never coloured.
 */
import * as Plot from '@observablehq/plot';
import { type GeoProjection, type GeoStream, geoCentroid, geoMercator, geoPath } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { formatCount } from '../format';
import { FONT_SIZE, type Measure } from './palette';

export interface MapArea {
  key: string;
  name: string;
  /** Percent 0–100; null is drawn hatched. */
  value: number | null;
  feature: Feature<MultiPolygon | Polygon>;
}

/** A colour class of the legend: rates from `from` (inclusive) to `to` (exclusive, inclusive for the last). */
export interface MapClass {
  from: number;
  to: number;
  color: string;
  /** "từ 80% đến dưới 85%" */
  label: string;
}

/**
 * Sequential single-hue ramps, light to dark (ColorBrewer Blues and Oranges,
 * without their two palest steps, which are too close to the hatch and to
 * white). Blue for cases and orange for money, as in every other chart.
 */
export const MAP_RAMPS: Record<Measure, readonly string[]> = {
  cases: ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  money: ['#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#8c2d04'],
};

/** Fill of a province without a rate: grey hatching, named in the legend. */
export const NO_DATA = { background: '#f0f0f0', line: '#8a8a8a', label: 'Chưa có số liệu' } as const;

/**
 * Where a map's shapes are defined. Two maps of one page share one `id`: the
 * first (`define`) carries every province's path and the hatch once, in
 * `<defs>`, and both draw them with `<use>`. The ids must be unique on the page.
 */
export interface MapShapes {
  id: string;
  define: boolean;
}

/** Id of the hatch pattern defined with the shapes `id`, for a legend's swatch. */
export const hatchId = (shapesId: string): string => `${shapesId}-gach-cheo`;
// Shapes are numbered in the order of the areas, which both maps of a page share: shorter than names.
const shapeId = (shapesId: string, index: number) => `${shapesId}-${index + 1}`;

/** Where the archipelagos are (degrees) and where their names go. */
export const ARCHIPELAGOS: readonly { name: string; box: [number, number, number, number]; label: [number, number] }[] =
  [
    { name: 'Quần đảo Hoàng Sa', box: [110.5, 15.5, 113, 17.5], label: [111.9, 17.6] },
    { name: 'Quần đảo Trường Sa', box: [111, 6.5, 117.5, 12], label: [114.2, 12.3] },
  ];

/** The extent every map is fitted to: the mainland, the islands and the archipelagos. */
const EXTENT: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  // Clockwise, as d3-geo expects a small polygon.
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [102.1, 7.4],
        [102.1, 23.45],
        [117, 23.45],
        [117, 7.4],
        [102.1, 7.4],
      ],
    ],
  },
};

// Classes narrower than 5 points would make small differences look large.
const STEPS = [5, 10, 20, 25, 50];
const MAX_CLASSES = 5;

/**
 * Classes of equal width on round numbers that cover every value in at most
 * five classes ("from 80% to under 85%"), coloured from the ramp with the
 * widest contrast available. No values: no classes.
 */
export function mapClasses(values: readonly (number | null)[], measure: Measure): MapClass[] {
  const rated = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (rated.length === 0) return [];
  const min = Math.min(...rated);
  const max = Math.max(...rated);
  const { step, lo, count } = STEPS.map((step) => {
    let lo = Math.floor(min / step) * step;
    // The top class includes its upper bound, so a maximum on a boundary needs no class of its own.
    let hi = Math.max(lo + step, Math.ceil(max / step) * step);
    // A rate never exceeds 100%: all at 100% is the class up to 100%, not from it.
    if (lo >= 100 && max <= 100) [lo, hi] = [100 - step, 100];
    return { step, lo, count: Math.round((hi - lo) / step) };
  }).find((c) => c.count <= MAX_CLASSES)!;
  const ramp = MAP_RAMPS[measure];
  return Array.from({ length: count }, (_, i) => {
    const from = Math.round((lo + i * step) * 100) / 100;
    const to = Math.round((from + step) * 100) / 100;
    const last = i === count - 1;
    // Spread few classes over the whole ramp so neighbours stay distinct.
    const color = ramp[count === 1 ? 2 : Math.round((i * (ramp.length - 1)) / (count - 1))]!;
    const label = `từ ${pct(from)} đến ${last ? '' : 'dưới '}${pct(to)}`;
    return { from, to, color, label };
  });
}

const pct = (x: number) => `${Number.isInteger(x) ? formatCount(x) : String(x).replace('.', ',')}%`;

/** The class of a value, by its bounds. */
export function classOf(value: number | null, classes: readonly MapClass[]): MapClass | undefined {
  if (value === null || !Number.isFinite(value)) return undefined;
  return classes.find((c, i) => value >= c.from && (value < c.to || (i === classes.length - 1 && value <= c.to)));
}

/** Fill of an area: its class colour, or the hatch of the shapes `shapesId`. */
export const fillOf = (value: number | null, classes: readonly MapClass[], shapesId: string): string =>
  classOf(value, classes)?.color ?? `url(#${hatchId(shapesId)})`;

/**
 * Rounds projected points to whole pixels of the 420 px drawing and drops
 * repeats: on a phone (drawn smaller) and on a desktop the map looks the same,
 * and its paths weigh about half as much as with d3's three decimals.
 */
function rounded(projection: GeoProjection): { stream: (s: GeoStream) => GeoStream } {
  return {
    stream(output) {
      let px = Number.NaN;
      let py = Number.NaN;
      const inner: GeoStream = {
        point(x, y) {
          const rx = Math.round(x);
          const ry = Math.round(y);
          if (rx === px && ry === py) return;
          px = rx;
          py = ry;
          output.point(rx, ry);
        },
        lineStart() {
          px = py = Number.NaN;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(inner);
    },
  };
}

/** Islands of the archipelagos inside an area, as points to mark them: at map scale they are under a pixel. */
function islandPoints(area: MapArea): { x: number; y: number; key: string }[] {
  const g = area.feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flatMap((coordinates) => {
    const [x, y] = geoCentroid({ type: 'Polygon', coordinates });
    const inside = ARCHIPELAGOS.some(({ box: [x0, y0, x1, y1] }) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
    return inside ? [{ x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100, key: area.key }] : [];
  });
}

export interface RateMapOptions {
  measure: Measure;
  classes: readonly MapClass[];
  /** Title of each area, read as a tooltip: "Thành phố Hà Nội: 84,41%". */
  title: (area: MapArea) => string;
  width?: number;
  /** Shapes shared with another map of the page; by default the map defines its own (ids renumbered by renderSvg). */
  shapes?: MapShapes;
}

/**
 * Plot options of the map; render them with renderSvg. Long because it is
 * one Plot options object (projection, shared shapes, marks in drawing order).
 */
export function rateMap(areas: readonly MapArea[], opts: RateMapOptions): Plot.PlotOptions {
  const { classes, title, width = 420 } = opts;
  const projection = geoMercator().precision(0).fitWidth(width, EXTENT);
  const [[, y0], [, y1]] = geoPath(projection).bounds(EXTENT);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  const shapes = opts.shapes ?? { id: 'hinh', define: true };
  const fill = new Map(areas.map((a) => [a.key, fillOf(a.value, classes, shapes.id)]));
  const islands = areas.flatMap(islandPoints);

  // Plot's geo mark would draw each path in place; these are defined once and drawn with <use>.
  const provinces: Plot.RenderFunction = (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const path = geoPath(rounded(projection) as unknown as GeoProjection);
    const group = svgElement(doc, 'g', {
      'aria-label': 'geo',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'stroke-width': '0.6',
      stroke: 'white',
    });
    // One group per fill, so a colour is written once rather than on every shape.
    for (const color of new Set(fill.values())) {
      const same = svgElement(doc, 'g', { fill: color });
      for (const [i, a] of areas.entries()) {
        if (fill.get(a.key) !== color) continue;
        const use = svgElement(doc, 'use', { href: `#${shapeId(shapes.id, i)}` });
        const label = svgElement(doc, 'title', {});
        label.textContent = title(a);
        use.append(label);
        same.append(use);
      }
      group.append(same);
    }
    // A <use> inherits fill and stroke from its own parents, not from where its path is defined.
    if (shapes.define) group.prepend(definitions(doc, shapes.id, areas, (a) => path(a.feature) ?? ''));
    return group as unknown as SVGElement;
  };

  return {
    width,
    height,
    margin: 0,
    projection: rounded(projection) as unknown as Plot.ProjectionImplementation,
    marks: [
      provinces,
      // The archipelagos' islands as dots in their province's colour, outlined so a pale class still shows.
      Plot.dot(islands, {
        x: 'x',
        y: 'y',
        r: 1.6,
        fill: (p: { key: string }) => fill.get(p.key),
        stroke: '#333333',
        strokeWidth: 0.5,
      }),
      Plot.text(ARCHIPELAGOS, {
        x: (a: (typeof ARCHIPELAGOS)[number]) => a.label[0],
        y: (a: (typeof ARCHIPELAGOS)[number]) => a.label[1],
        text: 'name',
        fontSize: FONT_SIZE - 1,
        fill: '#333333',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(doc: Document, name: string, attributes: Record<string, string>): Element {
  const el = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

/** <defs> with the hatch of provinces without a rate and every province's path, drawn by <use>. */
function definitions(doc: Document, id: string, areas: readonly MapArea[], d: (a: MapArea) => string): Element {
  const defs = svgElement(doc, 'defs', {});
  const pattern = svgElement(doc, 'pattern', {
    id: hatchId(id),
    patternUnits: 'userSpaceOnUse',
    width: '4',
    height: '4',
  });
  pattern.append(
    svgElement(doc, 'rect', { width: '4', height: '4', fill: NO_DATA.background }),
    svgElement(doc, 'path', { d: 'M-1,1l2,-2M0,4l4,-4M3,5l2,-2', stroke: NO_DATA.line, 'stroke-width': '0.8' }),
  );
  defs.append(pattern);
  for (const [i, a] of areas.entries()) defs.append(svgElement(doc, 'path', { id: shapeId(id, i), d: d(a) }));
  return defs;
}
