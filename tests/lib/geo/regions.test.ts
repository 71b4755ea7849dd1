/**
 * The map's provinces on a date: the 63 shapes until 30 June 2025, then
 * dissolved along units.csv's successor codes into the 34.
 */
import { readFileSync } from 'node:fs';
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { regionsOn } from '../../../src/lib/geo/regions';
import { registryOf, UNITS } from '../helpers';

const shipped = registryOf(readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8'));
const small = registryOf(UNITS);

/** Every shape code, across the regions, in order. */
const allShapes = (regions: ReturnType<typeof regionsOn>) => regions.flatMap((r) => r.shapes).sort();
const polygons = (r: ReturnType<typeof regionsOn>[number]) => r.feature.geometry.coordinates.length;

describe('regionsOn with the shipped units', () => {
  const before = regionsOn('2025-06-30', shipped);
  const after = regionsOn('2025-09-30', shipped);

  it('draws the 63 provinces until 30 June 2025, one shape each, keyed by their units', () => {
    const units = shipped.inForceOn('2025-06-30', 'province');
    expect(before).toHaveLength(63);
    expect(before.map((r) => r.unit)).toEqual(expect.arrayContaining(units));
    for (const r of before) {
      expect(r.shapes).toEqual([r.unit!.code]);
      expect(r.key).toBe(r.unit!.slug);
      expect(r.name).toBe(r.unit!.name);
    }
    expect(regionsOn('2019-09-30', shipped).map((r) => r.key)).toEqual(before.map((r) => r.key));
  });

  it('draws the 34 provinces from 1 July 2025, each the union of its predecessors', () => {
    const units = shipped.inForceOn('2025-09-30', 'province');
    expect(units).toHaveLength(34);
    expect(after).toHaveLength(34);
    expect(new Set(after.map((r) => r.unit))).toEqual(new Set(units));
    expect(allShapes(after)).toEqual(allShapes(before));
    for (const r of after) {
      const predecessors = shipped.predecessorsOf(r.unit!).map((u) => u.code);
      // A province that was not merged is its own shape; a merged one is the union of the former provinces.
      const expected = predecessors.length ? predecessors : [r.unit!.code];
      expect(r.shapes, r.name).toEqual(expected.sort());
    }
  });

  it('removes the shared borders: a merged province is one piece of land, not one per predecessor', () => {
    const bacNinh = after.find((r) => r.name === 'Tỉnh Bắc Ninh')!;
    expect(bacNinh.shapes).toEqual(['24', '27']);
    expect(polygons(bacNinh)).toBe(1);
    const sum = before.filter((r) => ['24', '27'].includes(r.shapes[0]!)).reduce((a, r) => a + geoArea(r.feature), 0);
    expect(geoArea(bacNinh.feature)).toBeCloseTo(sum, 8);
  });

  it('keeps the archipelagos with the provinces that govern them', () => {
    const islandsOf = (name: string, x0: number) => {
      const r = after.find((a) => a.name === name)!;
      return r.feature.geometry.coordinates.filter((p) => p[0]!.every(([x]) => x! > x0)).length;
    };
    expect(islandsOf('Thành phố Đà Nẵng', 110.5)).toBeGreaterThanOrEqual(5); // Hoàng Sa
    expect(islandsOf('Tỉnh Khánh Hòa', 111)).toBeGreaterThanOrEqual(10); // Trường Sa
  });
});

describe('regionsOn with the small fixture (4 provinces)', () => {
  it('still draws every province: those the data does not list have no unit', () => {
    const before = regionsOn('2024-09-30', small);
    expect(before).toHaveLength(63);
    expect(before.filter((r) => r.unit).map((r) => r.unit!.name)).toEqual([
      'Tỉnh Bắc Giang',
      'Tỉnh Bắc Ninh',
      'Thành phố Hà Nội',
    ]);
    const after = regionsOn('2025-09-30', small);
    expect(after).toHaveLength(34);
    expect(after.filter((r) => r.unit).map((r) => [r.unit!.name, r.shapes])).toEqual([
      ['Tỉnh Bắc Ninh', ['24', '27']],
      ['Thành phố Hà Nội', ['01']],
    ]);
    // Unlisted provinces fall back to the merger table and keep its names.
    expect(after.find((r) => r.key === 'ma-79')).toMatchObject({ unit: null, name: 'Thành phố Hồ Chí Minh' });
    expect(after.find((r) => r.key === 'ma-79')!.shapes).toEqual(['74', '77', '79']);
  });

  it('follows units.csv, not the merger table: a maintainer’s successor code redraws the map', () => {
    // Bắc Ninh (27) joins Hà Nội instead: Hà Nội's row ends and a merged Hà Nội begins, as a merger is written.
    const edited = registryOf(
      UNITS.replace('27,Tỉnh Bắc Ninh,province,,,2025-06-30,24', '27,Tỉnh Bắc Ninh,province,,,2025-06-30,01').replace(
        '01,Thành phố Hà Nội,province,,,,',
        '01,Thành phố Hà Nội,province,,,2025-06-30,01,\n01,Thành phố Hà Nội,province,,2025-07-01,,',
      ),
    );
    const after = regionsOn('2025-09-30', edited);
    expect(after.find((r) => r.name === 'Thành phố Hà Nội')!.shapes).toEqual(['01', '27']);
    expect(after.find((r) => r.name === 'Tỉnh Bắc Ninh')!.shapes).toEqual(['24']);
  });
});
