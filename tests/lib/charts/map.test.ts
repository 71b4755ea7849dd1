import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARCHIPELAGOS,
  classOf,
  hatchId,
  MAP_RAMPS,
  type MapArea,
  type MapShapes,
  mapClasses,
  NO_DATA,
  rateMap,
} from '../../../src/lib/charts/map';
import { renderSvg } from '../../../src/lib/charts/render';
import { formatPercent } from '../../../src/lib/format';
import { regionsOn } from '../../../src/lib/geo/regions';
import { registryOf } from '../helpers';
import { idsOf, textsOf } from './svg-snapshot';

const registry = registryOf(readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8'));
const a11y = { title: 'Bản đồ tỷ lệ thi hành xong về việc', description: 'Màu càng đậm, tỷ lệ càng cao.' };
/** The map's size limit: a page carries two maps, on a phone. */
const MAX_MAP_BYTES = 40 * 1024;

/** Every province with a rate spread over 60–100%, one without. */
function areasOn(date: string): MapArea[] {
  return regionsOn(date, registry).map((r, i) => ({
    key: r.key,
    name: r.name,
    value: i === 3 ? null : 60 + ((i * 37) % 39) + 0.4567,
    feature: r.feature,
  }));
}

function draw(areas: MapArea[], measure: 'cases' | 'money' = 'cases', shapes?: MapShapes): string {
  const classes = mapClasses(
    areas.map((a) => a.value),
    measure,
  );
  // The longest title the site writes: the full name, a rate with two decimals.
  const title = (a: MapArea) => `${a.name}: ${a.value === null ? 'chưa có số liệu' : formatPercent(a.value)}`;
  return shapes
    ? renderSvg(rateMap(areas, { measure, classes, title, shapes }), a11y, { sharedIds: shapes.id })
    : renderSvg(rateMap(areas, { measure, classes, title }), a11y);
}

/** Relative luminance (WCAG 2) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('mapClasses', () => {
  it('covers the rates in at most five classes of 5, 10, 20… points on round numbers', () => {
    expect(mapClasses([71.2, 84.41, 92.5], 'cases').map((c) => c.label)).toEqual([
      'từ 70% đến dưới 75%',
      'từ 75% đến dưới 80%',
      'từ 80% đến dưới 85%',
      'từ 85% đến dưới 90%',
      'từ 90% đến 95%',
    ]);
    expect(mapClasses([22.5, 79.9], 'money').map((c) => [c.from, c.to])).toEqual([
      [20, 40],
      [40, 60],
      [60, 80],
    ]);
    expect(mapClasses([80, 84.41], 'cases').map((c) => c.label)).toEqual(['từ 80% đến 85%']);
  });

  it('puts a rate on a boundary in the upper class, and 100% in the last one', () => {
    const classes = mapClasses([72, 85, 100], 'cases');
    expect(classes.map((c) => c.label)).toEqual(['từ 70% đến dưới 80%', 'từ 80% đến dưới 90%', 'từ 90% đến 100%']);
    expect(classOf(80, classes)?.label).toBe('từ 80% đến dưới 90%');
    expect(classOf(100, classes)?.label).toBe('từ 90% đến 100%');
    expect(classOf(null, classes)).toBeUndefined();
    expect(mapClasses([100, 100], 'cases').map((c) => c.label)).toEqual(['từ 95% đến 100%']);
  });

  it('has no class without a rate', () => {
    expect(mapClasses([null, null], 'cases')).toEqual([]);
  });

  it('darkens steadily as the rate rises, in both ramps, so order reads without hue', () => {
    for (const ramp of Object.values(MAP_RAMPS)) {
      const l = ramp.map(luminance);
      for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]!);
      // Neighbouring classes differ clearly in lightness (a contrast ratio of at least 1.2).
      for (let i = 1; i < l.length; i++) expect((l[i - 1]! + 0.05) / (l[i]! + 0.05)).toBeGreaterThan(1.2);
    }
    const classes = mapClasses([60, 99], 'cases');
    const l = classes.map((c) => luminance(c.color));
    expect([...l].sort((a, b) => b - a)).toEqual(l);
  });
});

describe('rateMap', () => {
  for (const [date, count] of [
    ['2025-06-30', 63],
    ['2025-09-30', 34],
  ] as const) {
    it(`draws the ${count} provinces within 40 kB, each with its name and rate as its title`, () => {
      const areas = areasOn(date);
      const svg = draw(areas);
      expect(areas).toHaveLength(count);
      expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(MAX_MAP_BYTES);
      const titles = [...svg.matchAll(/<use[^>]*><title>([^<]*)<\/title><\/use>/g)].map((m) => m[1]);
      expect(titles).toHaveLength(count);
      expect(titles).toContain(`${areas[0]!.name}: ${formatPercent(areas[0]!.value)}`);
      expect(titles).toContain(`${areas[3]!.name}: chưa có số liệu`);
    });
  }

  it('is deterministic, accessible and free of NaN', () => {
    const svg = draw(areasOn('2025-09-30'));
    expect(draw(areasOn('2025-09-30'))).toBe(svg);
    const root = /^<svg[^>]*>/.exec(svg)![0];
    expect(root).toContain('role="img"');
    const [, prefix] = /aria-labelledby="(c[0-9a-f]{8})-title"/.exec(root)!;
    expect(root).toContain(`aria-describedby="${prefix}-desc"`);
    expect(idsOf(svg).slice(0, 2)).toEqual([`${prefix}-title`, `${prefix}-desc`]);
    expect(svg).toContain(`<title id="${prefix}-title">${a11y.title}</title>`);
    expect(svg).toContain(`<desc id="${prefix}-desc">${a11y.description}</desc>`);
    expect(svg).not.toMatch(/NaN|Infinity/);
    // Whole pixels: no decimals in the shapes.
    for (const [, d] of svg.matchAll(/<path[^>]* d="([^"]*)"/g)) expect(d).not.toMatch(/\d\.\d/);
  });

  it('hatches provinces without a rate, and only those', () => {
    const areas = areasOn('2025-09-30');
    const svg = draw(areas);
    const [, hatch] = /<pattern [^>]*id="([^"]+)"/.exec(svg)!;
    expect(svg).toContain(`fill="${NO_DATA.background}"`);
    const titlesFilled = (markup: string, fill: string) =>
      [
        ...(new RegExp(`<g fill="${fill.replace(/[()]/g, '\\$&')}">(.*?)</g>`).exec(markup)?.[1] ?? '').matchAll(
          /<use [^>]*><title>([^<]*)<\/title><\/use>/g,
        ),
      ].map((m) => m[1]);
    expect(titlesFilled(svg, `url(#${hatch})`)).toEqual([`${areas[3]!.name}: chưa có số liệu`]);
    const none = draw(areas.map((a) => ({ ...a, value: null })));
    const [, noneHatch] = /<pattern [^>]*id="([^"]+)"/.exec(none)!;
    expect(titlesFilled(none, `url(#${noneHatch})`)).toHaveLength(34);
    expect(none.match(/<g fill="/g)).toHaveLength(1);
  });

  it('keeps and names the Hoàng Sa and Trường Sa archipelagos', () => {
    const svg = draw(areasOn('2025-09-30'));
    expect(textsOf(svg)).toEqual(ARCHIPELAGOS.map((a) => a.name));
    // Their islands are marked with dots, at least one per archipelago.
    expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(15);
  });

  it('lets two maps of a page share one definition of each shape and of the hatch', () => {
    const areas = areasOn('2025-09-30');
    const first = draw(areas, 'cases', { id: 'ban-do-hinh', define: true });
    const second = draw(areas, 'money', { id: 'ban-do-hinh', define: false });
    const defined = idsOf(first).filter((id) => id.startsWith('ban-do-hinh-'));
    expect(defined).toEqual([hatchId('ban-do-hinh'), ...areas.map((_, i) => `ban-do-hinh-${i + 1}`)]);
    expect(idsOf(second).filter((id) => id.startsWith('ban-do-hinh-'))).toEqual([]);
    expect(second).not.toMatch(/<path [^>]*id=|<pattern/);
    for (const svg of [first, second]) {
      const used = [...svg.matchAll(/<use [^>]*href="#([^"]+)"[^>]*><title>([^<]*)<\/title><\/use>/g)];
      expect(used.map((m) => m[1]).sort()).toEqual(areas.map((_, i) => `ban-do-hinh-${i + 1}`).sort());
      expect(used.map((m) => m[2])).toContain(`${areas[0]!.name}: ${formatPercent(areas[0]!.value)}`);
      expect(svg).toContain(`fill="url(#${hatchId('ban-do-hinh')})"`);
    }
    // The second map weighs a fraction of the first: its shapes are not repeated.
    expect(Buffer.byteLength(second)).toBeLessThan(Buffer.byteLength(first) / 3);
  });
});
