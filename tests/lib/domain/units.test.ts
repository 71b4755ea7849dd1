import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inForce, nextDay, unitSlug } from '../../../src/lib/domain/units';
import { registryOf, SMALL_DIR, UNITS } from '../helpers';

const registry = registryOf();
const byName = (name: string, validTo: string | null = null) =>
  registry.units.find((u) => u.name === name && u.valid_to === validTo)!;

describe('UnitRegistry', () => {
  it('is built from the same units.csv as the small fixture', async () => {
    expect(UNITS).toBe(await readFile(path.join(SMALL_DIR, 'units.csv'), 'utf8'));
  });

  it('resolves a code only at a date: 24 is Bắc Giang until 2025-06-30, Bắc Ninh from 2025-07-01', () => {
    expect(registry.resolve('24', '2024-09-30')?.name).toBe('Tỉnh Bắc Giang');
    expect(registry.resolve('24', '2025-06-30')?.name).toBe('Tỉnh Bắc Giang');
    expect(registry.resolve('24', '2025-07-01')?.name).toBe('Tỉnh Bắc Ninh');
    expect(registry.resolve('27', '2025-06-30')?.name).toBe('Tỉnh Bắc Ninh');
    expect(registry.resolve('27', '2025-07-01')).toBeUndefined();
    expect(registry.resolve('99', '2025-07-01')).toBeUndefined();
    expect(registry.withCode('24').map((u) => u.line)).toEqual([3, 5]);
  });

  it('finds the parent province at a date, and the successor the day after valid_to', () => {
    const bacGiangOffice = registry.resolve('24-01', '2024-09-30')!;
    expect(registry.parentOf(bacGiangOffice, '2024-09-30')?.name).toBe('Tỉnh Bắc Giang');
    expect(registry.successorOf(bacGiangOffice)?.code).toBe('24-KV01');
    expect(registry.successorOf(byName('Tỉnh Bắc Giang', '2025-06-30'))).toBe(byName('Tỉnh Bắc Ninh'));
    expect(registry.successorOf(byName('Tỉnh Bắc Ninh'))).toBeUndefined();
  });

  it('lists the predecessors of a merged unit', () => {
    expect(registry.predecessorsOf(byName('Tỉnh Bắc Ninh')).map((u) => u.name)).toEqual([
      'Tỉnh Bắc Giang',
      'Tỉnh Bắc Ninh',
    ]);
    expect(registry.predecessorsOf(registry.resolve('01-KV01', '2025-07-01')!).map((u) => u.code)).toEqual([
      '01-01',
      '01-02',
      '01-03',
    ]);
  });

  it('lists the units in force on a date, by level', () => {
    expect(registry.inForceOn('2024-09-30', 'province').map((u) => u.name)).toEqual([
      'Thành phố Hà Nội',
      'Tỉnh Bắc Giang',
      'Tỉnh Bắc Ninh',
    ]);
    expect(registry.inForceOn('2025-09-30', 'province').map((u) => u.name)).toEqual([
      'Thành phố Hà Nội',
      'Tỉnh Bắc Ninh',
    ]);
    expect(registry.inForceOn('2025-09-30').map((u) => u.code)).toEqual(['01', '24', '01-KV01', '24-KV01']);
  });
});

describe('inForce and nextDay', () => {
  it('treats validity bounds as inclusive', () => {
    const u = byName('Tỉnh Bắc Ninh');
    expect(inForce(u, '2025-06-30')).toBe(false);
    expect(inForce(u, '2025-07-01')).toBe(true);
    expect(inForce(byName('Tỉnh Bắc Giang', '2025-06-30'), '2025-06-30')).toBe(true);
  });

  it('steps over month, year and leap-day boundaries', () => {
    expect(nextDay('2025-06-30')).toBe('2025-07-01');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-02-28')).toBe('2023-03-01');
  });
});

describe('unitSlug', () => {
  it('drops the administrative prefix, keeps the code and marks a former unit with its end date', () => {
    expect(registry.units.map((u) => u.slug)).toEqual([
      'ha-noi-01',
      'bac-giang-24-den-2025-06-30',
      'bac-ninh-27-den-2025-06-30',
      'bac-ninh-24',
      'quan-ba-dinh-01-01-den-2025-06-30',
      'quan-hoan-kiem-01-02-den-2025-06-30',
      'quan-tay-ho-01-03-den-2025-06-30',
      'khu-vuc-1-01-kv01',
      'thanh-pho-bac-giang-24-01-den-2025-06-30',
      'thanh-pho-bac-ninh-27-01-den-2025-06-30',
      'khu-vuc-1-24-kv01',
    ]);
  });

  it('spells đ as d and removes tone marks', () => {
    expect(
      unitSlug({
        code: '48',
        name: 'Thành phố Đà Nẵng',
        level: 'province',
        parent_code: null,
        valid_from: null,
        valid_to: null,
        successor_code: [],
      }),
    ).toBe('da-nang-48');
  });

  it('shortens a very long name at a word, so the page directory stays under the 255-byte file name limit', () => {
    const row = {
      code: '24-KV01',
      name: `Phòng THADS khu vực 1 ${'rất dài '.repeat(60)}`.trim(),
      level: 'office' as const,
      parent_code: '24',
      valid_from: null,
      valid_to: '2025-06-30',
      successor_code: [],
    };
    const slug = unitSlug(row);
    expect(slug).toMatch(/^khu-vuc-1-(rat-dai-)+24-kv01-den-2025-06-30$/);
    expect(slug.length).toBeLessThanOrEqual(60 + '-24-kv01-den-2025-06-30'.length);
    expect(unitSlug({ ...row, name: 'x'.repeat(300) })).toBe(`${'x'.repeat(60)}-24-kv01-den-2025-06-30`);
  });
});
