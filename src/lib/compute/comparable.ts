/**
 * Comparable series across a reorganisation (the 2025 merger): before a unit
 * formed by merger existed, its figures are the sums of its predecessors'
 * reported counts, recursively, with rates recomputed from the sums.
 */
import type { Result, Unit } from '../domain/types';
import { nextDay, type UnitRegistry } from '../domain/units';
import type { Period } from '../period';
import { type Figures, figuresOf, sumFigures } from './figures';

/** What a unit came from and why some of its earlier periods have no comparable figure. */
export interface Lineage {
  /** First day of the unit (the reform). */
  from: string;
  /** The predecessors it was formed from, as of its first day. */
  predecessors: readonly Unit[];
  /**
   * Predecessors (at any depth) whose caseload was divided among several
   * successors: their figures cannot be shared out, so there is no comparable series.
   */
  splits: readonly Unit[];
  /** Periods before the unit existed in which only some of the units to sum reported. */
  gaps: { period: Period; missing: readonly Unit[] }[];
}

/** A figure of a unit in a period before it existed, summed from the rows of `members`. */
export interface ComparableFigures {
  figures: Figures;
  /** The units whose reported rows were summed, in the order of units.csv. */
  members: readonly Unit[];
}

type Composed = { ok: true; rows: Result[] } | { ok: false; missing: Unit[] };

/** The predecessors a unit was formed from on its first day (not units absorbed later). */
export function foundingPredecessors(u: Unit, registry: UnitRegistry): readonly Unit[] {
  if (u.valid_from === null) return [];
  return registry.predecessorsOf(u).filter((p) => p.valid_to !== null && nextDay(p.valid_to) === u.valid_from);
}

/** Every predecessor, at any depth, whose caseload was divided: none means a comparable series can be built. */
export function splitAncestors(u: Unit, registry: UnitRegistry): Unit[] {
  const out: Unit[] = [];
  const visit = (x: Unit) => {
    for (const p of foundingPredecessors(x, registry)) {
      if (registry.isSplit(p) && !out.includes(p)) out.push(p);
      visit(p);
    }
  };
  visit(u);
  return out;
}

/**
 * The rows that make up unit `u` in `period`: its own row, or, for a period
 * that ended before `u` existed, its predecessors' (recursively). Every
 * predecessor must be accounted for, else the units without a figure.
 */
function compose(
  u: Unit,
  period: Period,
  rowOf: (u: Unit) => Result | undefined,
  founders: (u: Unit) => readonly Unit[],
): Composed {
  const own = rowOf(u);
  if (own) return { ok: true, rows: [own] };
  const predecessors = u.valid_from !== null && period.end < u.valid_from ? founders(u) : [];
  if (predecessors.length === 0) return { ok: false, missing: [u] };
  const rows: Result[] = [];
  const missing: Unit[] = [];
  for (const p of predecessors) {
    const part = compose(p, period, rowOf, founders);
    if (part.ok) rows.push(...part.rows);
    else missing.push(...part.missing);
  }
  return missing.length ? { ok: false, missing } : { ok: true, rows };
}

/**
 * The comparable figures of every unit formed by merger, for every period
 * that ended before it existed, and its lineage. Periods in which no unit to
 * sum reported are left out without a gap: there is nothing to compare.
 * Statistical year 2025 (1 Oct 2024 – 30 Sep 2025) ends after the reform, so
 * it is reported by the new unit for the whole year and is never summed here.
 */
export function comparableSeries(
  registry: UnitRegistry,
  periods: readonly Period[],
  rowAt: (u: Unit, period: Period) => Result | undefined,
): { figures: Map<Unit, Map<string, ComparableFigures>>; lineage: Map<Unit, Lineage> } {
  const figures = new Map<Unit, Map<string, ComparableFigures>>();
  const lineage = new Map<Unit, Lineage>();
  // Every period of every merged unit walks the same trees: look each unit's founders up once.
  const memo = new Map<Unit, readonly Unit[]>();
  const founders = (u: Unit): readonly Unit[] => {
    const known = memo.get(u);
    if (known) return known;
    const list = foundingPredecessors(u, registry);
    memo.set(u, list);
    return list;
  };
  for (const u of registry.units) {
    const predecessors = founders(u);
    if (predecessors.length === 0 || u.valid_from === null) continue;
    const splits = splitAncestors(u, registry);
    const info: Lineage = { from: u.valid_from, predecessors, splits, gaps: [] };
    lineage.set(u, info);
    if (splits.length) continue;
    const byPeriod = new Map<string, ComparableFigures>();
    for (const period of periods) {
      if (period.end >= u.valid_from) continue;
      const composed = compose(u, period, (x) => rowAt(x, period), founders);
      if (composed.ok) {
        byPeriod.set(period.key, {
          figures: sumFigures(composed.rows.map(figuresOf)),
          members: composed.rows.map((r) => r.unit),
        });
      } else if (composed.missing.length < countLeaves(u, period, founders)) {
        info.gaps.push({ period, missing: composed.missing });
      }
    }
    if (byPeriod.size) figures.set(u, byPeriod);
  }
  return { figures, lineage };
}

/** How many units would have to be summed at most, to tell "some reported" from "none reported". */
function countLeaves(u: Unit, period: Period, founders: (u: Unit) => readonly Unit[]): number {
  const predecessors = u.valid_from !== null && period.end < u.valid_from ? founders(u) : [];
  return predecessors.length === 0 ? 1 : predecessors.reduce((n, p) => n + countLeaves(p, period, founders), 0);
}
