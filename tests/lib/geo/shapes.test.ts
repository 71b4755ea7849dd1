/**
 * The 63 shapes of src/lib/geo/provinces-63.topo.json are the 63 former
 * provinces of data/units.csv, each exactly once, and the name table that
 * produced them matches every geoBoundaries name to the right code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchShapes } from '../../../scripts/geo/prepare';
import { SHAPE_CODES } from '../../../scripts/geo/shape-codes';
import { TOPOLOGY } from '../../../src/lib/geo/regions';
import type { Unit } from '../../../src/lib/units';
import { registryOf } from '../helpers';

const registry = registryOf(readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8'));
const formerProvinces = registry.inForceOn('2025-06-30', 'province');
const shapes = TOPOLOGY.objects.provinces.geometries.map((g) => g.properties as Record<string, string>);

/** "Tỉnh Bà Rịa - Vũng Tàu" → "Ba Ria - Vung Tau", as geoBoundaries writes names. */
const plain = (name: string) =>
  name
    .replace(/^(Tỉnh|Thành phố)\s+/u, '')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

// geoBoundaries' names that differ from the plain official name, and why.
const RENAMED: Record<string, string> = {
  // The 2016 name, before Thừa Thiên Huế became a centrally run city in 2025.
  'Thua Thien - Hue': 'Hue',
  'TP. Ho Chi Minh': 'Ho Chi Minh',
};

describe('the shape name table (scripts/geo/shape-codes.ts)', () => {
  it('names 63 shapes with 63 different codes', () => {
    const codes = Object.values(SHAPE_CODES);
    expect(codes).toHaveLength(63);
    expect(new Set(codes).size).toBe(63);
  });

  it('matches each code to the province of data/units.csv in force on 30 June 2025', () => {
    expect(formerProvinces).toHaveLength(63);
    const byCode = new Map(formerProvinces.map((u) => [u.code, u]));
    expect([...byCode.keys()].sort()).toEqual(Object.values(SHAPE_CODES).sort());
    for (const [shapeName, code] of Object.entries(SHAPE_CODES)) {
      expect(plain(byCode.get(code)!.name), `${shapeName} → ${code}`).toBe(RENAMED[shapeName] ?? shapeName);
    }
  });

  it('refuses shapes it cannot match, every miss listed', () => {
    const merger = formerProvinces.map((u) => ({ oldCode: u.code, oldName: u.name, newCode: '', newName: '' }));
    const shape = (shapeName: string) => ({ type: null, properties: { shapeName } }) as never;
    const names = Object.keys(SHAPE_CODES);
    const all = names.map(shape);
    expect(matchShapes(all, merger).size).toBe(63);
    const withoutHaGiang = names.filter((n) => n !== 'Ha Giang').map(shape);
    expect(() => matchShapes([...withoutHaGiang, shape('Sai Gon')], merger)).toThrow(
      /shape "Sai Gon" is not in scripts\/geo\/shape-codes.ts\n {2}no shape for 02 Tỉnh Hà Giang/,
    );
    expect(() => matchShapes([...all, shape('Ha Noi')], merger)).toThrow(
      /shapes "Ha Noi" and "Ha Noi" both have code 01/,
    );
  });
});

describe('the prepared shapes (src/lib/geo/provinces-63.topo.json)', () => {
  it('are the 63 former provinces, each exactly once, with their names', () => {
    expect(shapes).toHaveLength(63);
    expect(shapes.map((s) => s.code)).toEqual(formerProvinces.map((u) => u.code).sort());
    const byCode = new Map(formerProvinces.map((u) => [u.code, u]));
    for (const s of shapes) expect(s.name).toBe(byCode.get(s.code!)!.name);
  });

  it('record the province each became part of as data/units.csv does', () => {
    for (const s of shapes) {
      const former = registry.resolve(s.code!, '2025-06-30')!;
      const successor: Unit = registry.successorOf(former) ?? former;
      expect({ code: s.code, to: s.mergedInto, name: s.mergedIntoName }).toEqual({
        code: s.code,
        to: successor.code,
        name: successor.name,
      });
    }
    expect(new Set(shapes.map((s) => s.mergedInto)).size).toBe(34);
  });
});
