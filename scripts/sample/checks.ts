import { MEASURES } from '../../src/lib/schemas/results';
import { assertTally, carryOf, type Tally } from './caseload';
import type { Geography } from './geography';
import type { SampleRow } from './simulate';

const fail = (message: string): never => {
  throw new Error(`Sample data check failed: ${message}`);
};

/**
 * Checks the rows as a whole, so that a bug in the generator can never ship:
 * every row obeys the form identities; each (unit, period) appears once; a
 * province is more than the sum of its offices; carried_over continues from
 * the previous year, across the reform through the predecessors.
 */
export function checkRows(rows: readonly SampleRow[], geo: Geography): void {
  const byKey = new Map<string, SampleRow>();
  for (const r of rows) {
    for (const m of MEASURES) assertTally(r[m], `${r.unit} ${r.period.key} ${m}`);
    const key = `${r.unit}|${r.period.key}`;
    if (byKey.has(key)) fail(`duplicate row ${key}`);
    byKey.set(key, r);
  }
  const get = (unit: string, period: string): SampleRow =>
    byKey.get(`${unit}|${period}`) ?? fail(`missing row ${unit} ${period}`);

  checkProvinceSums(rows, get);
  const carryAll = (units: readonly string[], period: string, m: (typeof MEASURES)[number]) =>
    units.reduce((s, u) => s + carryOf(get(u, period)[m]), 0);
  for (const m of MEASURES) {
    // Same unit, consecutive years (2019–2024 and 2025–2026).
    for (const r of rows) {
      const year = r.period.year;
      if (year === 2019 || year === 2025) continue;
      const prev = carryOf(get(r.unit, String(year - 1))[m]);
      if (r[m].carried_over !== prev)
        fail(`${r.unit} ${r.period.key} ${m}: carried_over ${r[m].carried_over} ≠ ${prev}`);
    }
    // Across the reform: a regional office continues its districts, a province its predecessors.
    for (const o of geo.regionalOffices) {
      const expected = carryAll(o.predecessors, '2024', m);
      if (get(o.code, '2025')[m].carried_over !== expected) fail(`${o.code} 2025 ${m}: carried_over ≠ ${expected}`);
    }
    for (const p of geo.newProvinces) {
      const expected = carryAll(p.predecessors, '2024', m);
      if (get(p.code, '2025')[m].carried_over !== expected) fail(`${p.code} 2025 ${m}: carried_over ≠ ${expected}`);
    }
  }
}

/** The province row counts its own caseload plus all its offices: strictly more than the offices alone. */
function checkProvinceSums(rows: readonly SampleRow[], get: (unit: string, period: string) => SampleRow): void {
  const offices = new Map<string, Tally[][]>();
  for (const r of rows) {
    const dash = r.unit.indexOf('-');
    if (dash < 0) continue;
    const key = `${r.unit.slice(0, dash)}|${r.period.key}`;
    offices.set(key, [...(offices.get(key) ?? []), [r.cases, r.money]]);
  }
  for (const [key, list] of offices) {
    const [unit, period] = key.split('|') as [string, string];
    const province = get(unit, period);
    MEASURES.forEach((m, i) => {
      for (const f of ['new', 'enforceable'] as const) {
        const sum = list.reduce((s, t) => s + t[i]![f], 0);
        if (sum >= province[m][f]) fail(`${unit} ${period} ${m}_${f}: offices ${sum} ≥ province ${province[m][f]}`);
      }
    });
  }
}
