/**
 * The provinces as shapes on a date: the 63 shapes of the prepared topology
 * (src/lib/geo/provinces-63.topo.json, see README.md beside it) as they are
 * until 30 June 2025, and after that dissolved into the provinces that
 * units.csv says they became. The dissolve runs at build time from the
 * registry's successor codes, so a maintainer's units.csv drives the map;
 * the merger table kept in the topology only places shapes whose province
 * the dataset does not list (a small test dataset), which have no figures.
 */
import type { Feature, MultiPolygon } from 'geojson';
import * as topojson from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { inForce, type Unit, type UnitRegistry } from '../units';
import source from './provinces-63.topo.json';

/** Properties of each of the 63 shapes (written by scripts/geo/prepare.ts). */
export interface ShapeProperties {
  code: string;
  name: string;
  mergedInto: string;
  mergedIntoName: string;
}

export type ProvinceTopology = Topology<{ provinces: GeometryCollection<ShapeProperties> }>;

export const TOPOLOGY = source as unknown as ProvinceTopology;

/** The 63 shapes, each with its properties (the prepared file always has them). */
const SHAPES = TOPOLOGY.objects.provinces.geometries as (GeometryObject & { properties: ShapeProperties })[];

/**
 * The last day the 63 shapes are the provinces in force (their borders were
 * unchanged from 1 August 2008 until the merger of 1 July 2025).
 */
export const SHAPES_VALID_TO = '2025-06-30';

/** A province as drawn on the map of one date. */
export interface Region {
  /** The unit's slug, or `ma-<code>` for a province the dataset does not list. */
  key: string;
  /** The province in force on the date; null when the dataset does not list it. */
  unit: Unit | null;
  name: string;
  /** Codes of the shapes (of the 63) it is made of, sorted. */
  shapes: string[];
  feature: Feature<MultiPolygon>;
}

const MAX_SUCCESSION = 10;

/** The province a former province's caseload went to, followed until one in force on the date. */
function successorOn(u: Unit, date: string, registry: UnitRegistry): Unit | undefined {
  let current: Unit | undefined = u;
  for (let step = 0; current && step < MAX_SUCCESSION; step++) {
    if (inForce(current, date)) return current;
    const next = registry.successorOf(current);
    current = next === current ? undefined : next;
  }
  return undefined;
}

const provinceAt = (registry: UnitRegistry, code: string, date: string): Unit | undefined => {
  const u = registry.resolve(code, date);
  return u?.level === 'province' ? u : undefined;
};

/** Which province each shape belongs to on the date. */
function ownerOf(shape: ShapeProperties, date: string, registry: UnitRegistry): { unit: Unit | null; name: string } {
  if (date <= SHAPES_VALID_TO) {
    const unit = provinceAt(registry, shape.code, date);
    return { unit: unit ?? null, name: unit?.name ?? shape.name };
  }
  const former = provinceAt(registry, shape.code, SHAPES_VALID_TO);
  const unit = (former && successorOn(former, date, registry)) ?? provinceAt(registry, shape.mergedInto, date) ?? null;
  return { unit, name: unit?.name ?? shape.mergedIntoName };
}

const merged = new Map<string, Feature<MultiPolygon>>();

/** The shapes dissolved into one (shared borders removed); memoised, as many periods share a geography. */
function dissolve(codes: readonly string[]): Feature<MultiPolygon> {
  const key = codes.join(',');
  let feature = merged.get(key);
  if (!feature) {
    const wanted = new Set(codes);
    const geometries = SHAPES.filter((g) => wanted.has(g.properties.code));
    feature = { type: 'Feature', properties: {}, geometry: topojson.merge(TOPOLOGY, geometries as never) };
    merged.set(key, feature);
  }
  return feature;
}

/**
 * The provinces in force on `date` as map regions, sorted by key. Every shape
 * belongs to exactly one region, so the regions always cover the country.
 */
export function regionsOn(date: string, registry: UnitRegistry): Region[] {
  const groups = new Map<string, { unit: Unit | null; name: string; shapes: string[] }>();
  for (const { properties: shape } of SHAPES) {
    const owner = ownerOf(shape, date, registry);
    const key = owner.unit?.slug ?? `ma-${date <= SHAPES_VALID_TO ? shape.code : shape.mergedInto}`;
    const group = groups.get(key) ?? { ...owner, shapes: [] };
    group.shapes.push(shape.code);
    groups.set(key, group);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => {
      const shapes = [...g.shapes].sort();
      return { key, unit: g.unit, name: g.name, shapes, feature: dissolve(shapes) };
    });
}
