import type { Dataset } from '../domain/dataset';
import { percentChange, pointsDifference } from '../domain/formulas';
import type { Basis, Result, Unit } from '../domain/types';
import { inForce } from '../domain/units';
import { type Period, previousYearPeriod } from '../period';
import { MEASURES, type Measure } from '../schemas/results';
import { comparableSeries, type Lineage } from './comparable';
import { type Figures, figuresOf, sumFigures } from './figures';
import { type Ranks, rankByRate } from './rank';
import { type TargetsFor, targetFor } from './targets';

/** Change against the same period of the previous year. */
export interface MeasureChange {
  /** Completion rate difference, percentage points. */
  rate: number | null;
  /** Relative change of the counts, percent. */
  enforceable: number | null;
  done: number | null;
}

/** Everything the site shows about one unit (or the nation) in one period. */
export interface Stat {
  /** null for the nation. */
  unit: Unit | null;
  period: Period;
  figures: Figures;
  /** Whether the figures are a reported row or the sum of the predecessors' rows (before the unit existed). */
  basis: Basis;
  /** The units whose reported rows make the figures: the unit itself, or its predecessors. */
  members: readonly Unit[];
  /**
   * The same period of the previous year for the same unit, reported or, across a
   * merger, the sum of its predecessors (see previousBasis).
   */
  previous: Figures | null;
  previousBasis: Basis | null;
  change: Record<Measure, MeasureChange>;
  target: TargetsFor;
  /** Rate minus target, percentage points. */
  gap: Record<Measure, number | null>;
  /** Province: rank among the provinces in force; office: among its province's offices. Null for a sum. */
  rank: Ranks;
  /** How many units were ranked with it. */
  rankOf: number;
  /** The row the figures come from; null for computed totals. */
  row: Result | null;
  /** For the nation: provinces reporting and provinces in force at the period's end. */
  coverage?: { reporting: number; inForce: number };
}

export interface SiteModel {
  /** Every period with data, oldest first. */
  periods: Period[];
  /** The newest period that every province in force reported (else the newest period). */
  latest: Period;
  national: Map<string, Stat>;
  /**
   * Every unit's stats, oldest period first, keyed by unit slug: its reported rows
   * and, for a unit formed by merger, the sums of its predecessors before it existed.
   */
  byUnit: Map<string, Stat[]>;
  /**
   * The reported stats of the units in force at the end of each period (what
   * rankings and maps use), keyed by period key. Sums of predecessors are never here.
   */
  byPeriod: Map<string, Stat[]>;
  /** Units formed by merger, keyed by slug: their predecessors, and why a comparable figure is missing. */
  lineage: Map<string, Lineage>;
}

const noChange = (): Record<Measure, MeasureChange> => ({
  cases: { rate: null, enforceable: null, done: null },
  money: { rate: null, enforceable: null, done: null },
});

function changeOf(cur: Figures, prev: Figures | null): Record<Measure, MeasureChange> {
  if (!prev) return noChange();
  const out = noChange();
  for (const m of MEASURES) {
    out[m] = {
      rate: pointsDifference(cur[m].rate, prev[m].rate),
      enforceable: percentChange(cur[m].enforceable, prev[m].enforceable),
      done: percentChange(cur[m].done, prev[m].done),
    };
  }
  return out;
}

/**
 * Targets are set for the whole statistical year: a cumulative month is not
 * measured against them (its gap is null), only the full year is.
 */
function gapOf(figures: Figures, target: TargetsFor, period: Period): Record<Measure, number | null> {
  if (period.months < 12) return { cases: null, money: null };
  return {
    cases: pointsDifference(figures.cases.rate, target.cases?.value),
    money: pointsDifference(figures.money.rate, target.money?.value),
  };
}

/**
 * Computes every figure the site shows, once per build: rates, changes on the
 * year, gaps to target, rankings and national totals. Pure: no I/O.
 */
export function computeModel(dataset: Dataset): SiteModel {
  const { registry, results, targets } = dataset;
  const periodsByKey = new Map<string, Period>();
  const rowsByPeriod = new Map<string, Result[]>();
  for (const r of results) {
    periodsByKey.set(r.period.key, r.period);
    const list = rowsByPeriod.get(r.period.key);
    if (list) list.push(r);
    else rowsByPeriod.set(r.period.key, [r]);
  }
  const periods = [...periodsByKey.values()].sort((a, b) => a.order - b.order);

  const rowIndex = new Map<string, Result>();
  for (const r of results) rowIndex.set(`${r.unit.slug}|${r.period.key}`, r);

  // Reported stats first; changes on the year are filled in once the comparable sums exist.
  const byPeriod = new Map<string, Stat[]>();
  for (const period of periods) {
    // Validation resolves every code on the period's last day, so these are the units in force then;
    // a row that is not would be a validation bug, and is never dropped silently.
    const rows = rowsByPeriod.get(period.key)!;
    const stray = rows.find((r) => !inForce(r.unit, period.end));
    if (stray) throw new Error(`${stray.file}:${stray.line}: ${stray.unit.slug} is not in force on ${period.end}`);
    const stats = rows.map((row): Stat => {
      const figures = figuresOf(row);
      const target = targetFor(targets, period.year, row.unit);
      return {
        unit: row.unit,
        period,
        figures,
        basis: 'reported',
        members: [row.unit],
        previous: null,
        previousBasis: null,
        change: noChange(),
        target,
        gap: gapOf(figures, target, period),
        rank: { cases: null, money: null },
        rankOf: 0,
        row,
      };
    });
    // Provinces are ranked nationally, offices within their province.
    assignRanks(stats.filter((s) => s.unit!.level === 'province'));
    const officesByProvince = new Map<Unit, Stat[]>();
    for (const s of stats) {
      if (s.unit!.level !== 'office') continue;
      const parent = registry.parentOf(s.unit!, period.end)!;
      officesByProvince.set(parent, [...(officesByProvince.get(parent) ?? []), s]);
    }
    for (const group of officesByProvince.values()) assignRanks(group);
    byPeriod.set(period.key, stats);
  }

  const comparable = comparableSeries(registry, periods, (u, p) => rowIndex.get(`${u.slug}|${p.key}`));
  const byUnit = new Map<string, Stat[]>();
  const add = (s: Stat) => {
    const list = byUnit.get(s.unit!.slug);
    if (list) list.push(s);
    else byUnit.set(s.unit!.slug, [s]);
  };
  for (const period of periods) {
    for (const [unit, series] of comparable.figures) {
      const sum = series.get(period.key);
      if (!sum) continue;
      add({
        unit,
        period,
        figures: sum.figures,
        basis: 'sum_of_predecessors',
        members: sum.members,
        previous: null,
        previousBasis: null,
        change: noChange(),
        // The unit had no target of its own before it existed.
        target: { cases: null, money: null },
        gap: { cases: null, money: null },
        rank: { cases: null, money: null },
        rankOf: 0,
        row: null,
      });
    }
    for (const s of byPeriod.get(period.key)!) add(s);
  }
  const previousKey = new Map(periods.map((p) => [p.key, previousYearPeriod(p).key]));
  for (const stats of byUnit.values()) {
    stats.sort((a, b) => a.period.order - b.period.order);
    // Across the reform the change compares with the sum of the predecessors: the same territory.
    const byKey = new Map(stats.map((s) => [s.period.key, s]));
    for (const s of stats) {
      const prev = byKey.get(previousKey.get(s.period.key)!);
      s.previous = prev?.figures ?? null;
      s.previousBasis = prev?.basis ?? null;
      s.change = changeOf(s.figures, s.previous);
    }
  }

  // The nation is the sum of the provinces in force, each of which already includes its offices.
  const national = new Map<string, Stat>();
  for (const period of periods) {
    const provinces = byPeriod.get(period.key)!.filter((s) => s.unit!.level === 'province');
    const figures = sumFigures(provinces.map((s) => s.figures));
    const prevNational = national.get(previousKey.get(period.key)!);
    const target = targetFor(targets, period.year, null);
    national.set(period.key, {
      unit: null,
      period,
      figures,
      basis: 'reported',
      members: provinces.map((s) => s.unit!),
      previous: prevNational?.figures ?? null,
      previousBasis: prevNational ? 'reported' : null,
      change: changeOf(figures, prevNational?.figures ?? null),
      target,
      gap: gapOf(figures, target, period),
      rank: { cases: null, money: null },
      rankOf: 0,
      row: null,
      coverage: { reporting: provinces.length, inForce: registry.inForceOn(period.end, 'province').length },
    });
  }

  // The headline period is the newest one every province in force reported, so that one early
  // report cannot turn the national figures into a partial total.
  const complete = periods.filter((p) => {
    const c = national.get(p.key)!.coverage!;
    return c.reporting === c.inForce;
  });
  const latest = complete[complete.length - 1] ?? periods[periods.length - 1]!;
  const lineage = new Map([...comparable.lineage].map(([u, l]) => [u.slug, l]));
  return { periods, latest, national, byUnit, byPeriod, lineage };
}

function assignRanks(stats: Stat[]): void {
  const ranks = rankByRate(stats, (s) => s.figures);
  for (const s of stats) {
    s.rank = ranks.get(s)!;
    s.rankOf = stats.length;
  }
}
