/**
 * Turns the detailed geoBoundaries topology of the 63 provinces into the
 * small one the site draws: each shape matched to its statistical code by
 * name, simplified, tiny islets dropped (except the islands that matter),
 * quantised. Pure and deterministic: the same input gives the same bytes.
 */
import type { Polygon, Position } from 'geojson';
import * as topojson from 'topojson-client';
import { filter, planarRingArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { SHAPE_CODES } from './shape-codes';

/** One row of the merger table: a former province and the province it became part of on 1 July 2025. */
export interface MergerRow {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
}

/** Properties of each shape in the prepared topology. */
export interface ShapeProperties {
  /** Statistical code of the province (of the 63) the shape is. */
  code: string;
  /** Its Vietnamese name, from the merger table. */
  name: string;
  /** The province of the 34 it became part of, per Resolution 202/2025/QH15. */
  mergedInto: string;
  mergedIntoName: string;
}

/**
 * Islands kept whatever their size, each as a box in degrees and how many of
 * its largest rings to keep: island districts and the two archipelagos are part
 * of the map a Vietnamese reader expects, though most are under a pixel.
 */
export const KEEP_ISLANDS: readonly { name: string; box: [number, number, number, number]; rings: number }[] = [
  { name: 'Quần đảo Hoàng Sa', box: [110.5, 15.5, 113, 17.5], rings: 10 },
  { name: 'Quần đảo Trường Sa', box: [111, 6.5, 117.5, 12], rings: 12 },
  { name: 'Côn Đảo', box: [106.4, 8.5, 106.8, 8.85], rings: 1 },
  { name: 'Phú Quốc', box: [103.8, 9.9, 104.2, 10.5], rings: 1 },
  { name: 'Thổ Chu', box: [103.3, 9.2, 103.6, 9.4], rings: 1 },
  { name: 'Bạch Long Vĩ', box: [107.6, 20.05, 107.8, 20.2], rings: 1 },
  { name: 'Cô Tô', box: [107.7, 20.9, 107.85, 21.05], rings: 1 },
  { name: 'Cồn Cỏ', box: [107.3, 17.1, 107.4, 17.2], rings: 1 },
  { name: 'Lý Sơn', box: [109.05, 15.3, 109.2, 15.45], rings: 1 },
  { name: 'Phú Quý', box: [108.85, 10.4, 109, 10.6], rings: 1 },
];

export interface PrepareOptions {
  /** Points whose triangle (Visvalingam) is smaller than this, in square degrees, are removed. */
  minWeight: number;
  /** Rings smaller than this, in square degrees, are dropped, except KEEP_ISLANDS. */
  minRingArea: number;
  /** Quantisation of the output (topojson-client quantize). */
  quantization: number;
}

export const DEFAULT_OPTIONS: PrepareOptions = { minWeight: 4e-4, minRingArea: 2e-3, quantization: 1e4 };

type Geometry = GeometryObject<{ shapeName?: string; shapeISO?: string }>;

/** The geoBoundaries name of a shape. */
const nameOf = (g: Geometry): string | undefined => (g.properties as { shapeName?: string } | undefined)?.shapeName;

/** The coordinates of one ring given as arc indices. */
const ringCoordinates = (topology: Topology, arcs: readonly number[]): Position[] =>
  (topojson.feature(topology as never, { type: 'Polygon', arcs: [arcs] } as never).geometry as unknown as Polygon)
    .coordinates[0]!;

const ringArea = (ring: Position[]): number => planarRingArea(ring as never);

/** Checks that every shape has a code and every former province has exactly one shape; throws listing every miss. */
export function matchShapes(geometries: readonly Geometry[], merger: readonly MergerRow[]): Map<Geometry, MergerRow> {
  const problems: string[] = [];
  const byCode = new Map(merger.map((r) => [r.oldCode, r]));
  const matched = new Map<Geometry, MergerRow>();
  const seen = new Map<string, string>();
  for (const g of geometries) {
    const shapeName = nameOf(g) ?? '(no shapeName)';
    const code = SHAPE_CODES[shapeName];
    const row = code === undefined ? undefined : byCode.get(code);
    if (code === undefined) problems.push(`shape "${shapeName}" is not in scripts/geo/shape-codes.ts`);
    else if (!row) problems.push(`shape "${shapeName}" has code ${code}, which is not in the merger table`);
    else if (seen.has(code)) problems.push(`shapes "${seen.get(code)}" and "${shapeName}" both have code ${code}`);
    else {
      seen.set(code, shapeName);
      matched.set(g, row);
    }
  }
  for (const r of merger) if (!seen.has(r.oldCode)) problems.push(`no shape for ${r.oldCode} ${r.oldName}`);
  if (problems.length) throw new Error(`The shapes do not match the 63 provinces:\n  ${problems.join('\n  ')}`);
  return matched;
}

const ringKey = (ring: readonly number[]): string => ring.join(',');

function centroid(ring: readonly Position[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const [a = 0, b = 0] of ring) {
    x += a;
    y += b;
  }
  return [x / ring.length, y / ring.length];
}

/** The rings (as arc lists) of the islands in KEEP_ISLANDS, the largest first in each box. */
function islandRings(topology: Topology, geometries: readonly Geometry[]): Set<string> {
  const keep = new Set<string>();
  const candidates = KEEP_ISLANDS.map(() => [] as { key: string; area: number }[]);
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer) continue;
      const ring = ringCoordinates(topology, outer);
      const [x, y] = centroid(ring);
      KEEP_ISLANDS.forEach((island, i) => {
        const [x0, y0, x1, y1] = island.box;
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1)
          candidates[i]!.push({ key: ringKey(outer), area: ringArea(ring) });
      });
    }
  }
  KEEP_ISLANDS.forEach((island, i) => {
    const found = candidates[i]!;
    if (found.length === 0) throw new Error(`no island found for ${island.name}`);
    found.sort((a, b) => b.area - a.area || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const c of found.slice(0, island.rings)) keep.add(c.key);
  });
  return keep;
}

/**
 * A small kept island is one closed arc whose interior points would all fall
 * under the simplification threshold, leaving a ring of one point: keep its
 * three most significant points so it stays a (tiny) triangle.
 */
function protectIslands(presimplified: Topology, keep: Set<string>): void {
  for (const key of keep) {
    const arcs = key.split(',').map(Number);
    if (arcs.length !== 1) continue;
    const index = arcs[0]! < 0 ? ~arcs[0]! : arcs[0]!;
    const arc = presimplified.arcs[index] as unknown as number[][];
    const interior = arc.slice(1, -1).sort((a, b) => b[2]! - a[2]!);
    for (const p of interior.slice(0, 3)) p[2] = Number.POSITIVE_INFINITY;
  }
}

/** The prepared topology, with one object `provinces` of 63 shapes sorted by code. */
export function prepareTopology(
  source: Topology,
  merger: readonly MergerRow[],
  options: PrepareOptions = DEFAULT_OPTIONS,
): Topology<{ provinces: GeometryCollection<ShapeProperties> }> {
  const names = Object.keys(source.objects);
  if (names.length !== 1) throw new Error(`expected one object in the topology, found ${names.join(', ')}`);
  const object = source.objects[names[0]!] as GeometryCollection;
  const matched = matchShapes(object.geometries, merger);
  const rowByShapeName = new Map([...matched].map(([g, row]) => [nameOf(g), row]));
  const keep = islandRings(source, object.geometries);

  const presimplified = presimplify(source as never);
  protectIslands(presimplified, keep);
  const simplified = simplify(presimplified, options.minWeight);
  // The ring filter reads the simplified arcs, so the areas are those of the drawn shapes.
  const filtered = filter(
    simplified,
    (ring) =>
      keep.has(ringKey(ring as unknown as number[])) ||
      ringArea(ringCoordinates(simplified, ring as unknown as number[])) >= options.minRingArea,
  );

  const kept = (filtered.objects[names[0]!] as GeometryCollection).geometries;
  if (kept.length !== matched.size) throw new Error(`simplification lost ${matched.size - kept.length} province(s)`);
  const provinces = kept
    .map((g) => {
      const row = rowByShapeName.get(nameOf(g))!;
      const properties: ShapeProperties = {
        code: row.oldCode,
        name: row.oldName,
        mergedInto: row.newCode,
        mergedIntoName: row.newName,
      };
      const { properties: _source, ...shape } = g;
      return { ...shape, properties } as GeometryObject<ShapeProperties>;
    })
    .sort((a, b) => {
      const [x, y] = [(a.properties as ShapeProperties).code, (b.properties as ShapeProperties).code];
      return x < y ? -1 : x > y ? 1 : 0;
    });

  const quantized = topojson.quantize(
    {
      type: 'Topology',
      arcs: filtered.arcs,
      objects: { provinces: { type: 'GeometryCollection', geometries: provinces } },
    },
    options.quantization,
  );
  const { bbox: _bbox, ...rest } = quantized;
  return rest as Topology<{ provinces: GeometryCollection<ShapeProperties> }>;
}
