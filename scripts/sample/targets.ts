import type { Geography } from './geography';
import { LAST_OLD_YEAR, YEARS } from './profiles';
import { clamp, Rng } from './random';

/** One row of targets.csv; a null unit is the national target. */
export interface TargetRecord {
  year: number;
  unit: string | null;
  cases: string;
  money: string;
}

/** National targets per statistical year, percent (cases, money). */
const NATIONAL: Record<number, [number, number]> = {
  2019: [80, 36],
  2020: [80.5, 37],
  2021: [81, 38],
  2022: [81.5, 39.5],
  2023: [82, 41],
  2024: [82.5, 42.5],
  2025: [83, 44],
  2026: [83, 45.5],
};

/**
 * The national target of every year, plus own targets for about a third of
 * the provinces in force on 30 September of that year (a code resolves to
 * that province). Sorted by year, the national target first, then by code.
 */
export function buildTargets(geo: Geography): TargetRecord[] {
  const out: TargetRecord[] = [];
  for (const year of YEARS) {
    const [cases, money] = NATIONAL[year]!;
    out.push({ year, unit: null, cases: cases.toFixed(2), money: money.toFixed(2) });
    const codes = (year <= LAST_OLD_YEAR ? geo.oldProvinces : geo.newProvinces).map((p) => p.code);
    const rng = Rng.for('targets', year);
    const chosen = rng.shuffle(codes).slice(0, Math.round(codes.length / 3));
    for (const code of chosen.sort()) {
      out.push({
        year,
        unit: code,
        cases: clamp(cases + rng.normal(0, 1.5), 75, 90).toFixed(2),
        money: clamp(money + rng.normal(0, 4), 28, 65).toFixed(2),
      });
    }
  }
  return out;
}
