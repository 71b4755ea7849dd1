import type { Target, Unit } from '../domain/types';
import type { Measure } from '../schemas/results';

export interface AppliedTarget {
  /** Target rate in percent. */
  value: number;
  /** Whether the unit has its own target or falls back on the national one. */
  source: 'own' | 'national';
}

export type TargetsFor = Record<Measure, AppliedTarget | null>;

/**
 * The target (chỉ tiêu) that applies to a unit in a statistical year, per
 * measure: its own where one is set, else the national one. `unit` null asks
 * for the national target.
 */
export function targetFor(targets: readonly Target[], year: number, unit: Unit | null): TargetsFor {
  const own = unit ? targets.find((t) => t.year === year && t.unit === unit) : undefined;
  const national = targets.find((t) => t.year === year && t.unit === null);
  const pick = (m: Measure): AppliedTarget | null => {
    const column = `${m}_rate` as const;
    if (own && own[column] !== null) return { value: own[column], source: 'own' };
    if (national && national[column] !== null) return { value: national[column], source: 'national' };
    return null;
  };
  return { cases: pick('cases'), money: pick('money') };
}
