import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/lib/domain/types';
import { type Period, periodOf, previousYearPeriod } from '../../../src/lib/period';
import { sameUnitLastYear } from '../../../src/lib/validate/last-year';
import { groupByProvince } from '../../../src/lib/validate/provinces';
import { numberRows, UnitPeriodTable } from '../../../src/lib/validate/unit-period-table';
import { registryOf } from '../helpers';

/** Rows of a few units over periods of a few years, one of them far from the others (a stray year). */
const rows = fc.array(
  fc.record({
    slug: fc.constantFrom('ha-noi-01', 'ba-dinh-01-01', 'bac-ninh-24'),
    year: fc.constantFrom(2023, 2024, 2025, 9024),
    months: fc.integer({ min: 1, max: 12 }),
  }),
  { maxLength: 80 },
);

const asResults = (rs: { slug: string; year: number; months: number }[]) =>
  rs.map((r, i) => ({ unit: { slug: r.slug }, period: periodOf(r.year, r.months), line: i + 2 }) as unknown as Result);

describe('UnitPeriodTable', () => {
  it('keeps a value per (unit, period) as a map keyed by both would, in an array or in a Map', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom([0, 0], [8, 4096]), (rs, [cellsPerRow, slack]) => {
        const results = asResults(rs);
        const numbered = numberRows(
          results,
          (r) => r.unit.slug,
          (r) => r.period.order,
        );
        const table = new UnitPeriodTable<number>(numbered, results.length, cellsPerRow, slack);
        // With no room for an array the cells go to a Map; with the defaults these few rows fit an array.
        expect(table.sparse).toBe(slack === 0 && numbered.units * numbered.periods.size > 0);
        const reference = new Map<string, number>();
        results.forEach((r, i) => {
          table.set(numbered.unit[i]!, numbered.period[i]!, i);
          reference.set(`${r.unit.slug} ${r.period.key}`, i);
        });
        results.forEach((r, i) => {
          expect(table.get(numbered.unit[i]!, numbered.period[i]!)).toBe(
            reference.get(`${r.unit.slug} ${r.period.key}`),
          );
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('sameUnitLastYear', () => {
  it('pairs each row with the last row of its unit for the same period a year before, by their keys', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const results = asResults(rs);
        const byKey = new Map<string, Result>();
        for (const r of results) byKey.set(`${r.unit.slug} ${r.period.key}`, r);
        const expected = results.map((r) => byKey.get(`${r.unit.slug} ${previousYearPeriod(r.period as Period).key}`));
        expect(sameUnitLastYear(results)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('groupByProvince', () => {
  it('groups rows by the province they count towards and period, as maps keyed by slug and period key do', () => {
    const registry = registryOf();
    const units = registry.units;
    const row = fc.record({
      unit: fc.integer({ min: 0, max: units.length - 1 }),
      year: fc.constantFrom(2024, 2025, 2026),
      months: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rs) => {
        const results = rs.map(
          (r, i) => ({ unit: units[r.unit]!, period: periodOf(r.year, r.months), line: i + 2 }) as unknown as Result,
        );
        // The groups as asked row by row: the province itself, or its parent on the period's last day.
        const reference = new Map<string, { code: string; period: string; province?: Result; offices: Result[] }>();
        for (const r of results) {
          const province = r.unit.level === 'province' ? r.unit : registry.parentOf(r.unit, r.period.end);
          if (!province) continue;
          const key = `${province.slug} ${r.period.key}`;
          let g = reference.get(key);
          if (!g) {
            g = { code: province.code, period: r.period.key, offices: [] };
            reference.set(key, g);
          }
          if (r.unit.level === 'province') g.province = r;
          else g.offices.push(r);
        }
        expect(groupByProvince(results, registry)).toEqual([...reference.values()]);
      }),
      { numRuns: 500 },
    );
  });
});
