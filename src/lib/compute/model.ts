import { group, index } from 'd3';
import type { Dataset } from '../domain/dataset';
import { percentChange, pointsDifference } from '../domain/formulas';
import { latestCompletePeriod } from '../domain/periods';
import type { Basis, Result, Target, Unit } from '../domain/types';
import { inForce, type UnitRegistry } from '../domain/units';
import { type Period, previousYearPeriod } from '../period';
import { MEASURES, type Measure } from '../schemas/results';
import { type ComparableFigures, comparableSeries, type Lineage } from './comparable';
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

/** Provinces reporting and provinces in force at a period's end. */
export interface Coverage {
  reporting: number;
  inForce: number;
}

/** What the site shows about one scope (a unit or the nation) in one period. */
interface StatBase {
  period: Period;
  figures: Figures;
  /** Whether the figures are a reported row or the sum of the predecessors' rows (before the unit existed). */
  basis: Basis;
  /** The units whose reported rows make the figures: the unit itself, or its predecessors; the provinces for the nation. */
  members: readonly Unit[];
  /**
   * The same period of the previous year for the same scope, reported or, across a
   * merger, the sum of its predecessors (see previousBasis).
   */
  previous: Figures | null;
  previousBasis: Basis | null;
  change: Record<Measure, MeasureChange>;
  target: TargetsFor;
  /** Rate minus target, percentage points. */
  gap: Record<Measure, number | null>;
}

/** A province or an office in one period. */
export interface UnitStat extends StatBase {
  kind: 'unit';
  unit: Unit;
  /** Province: rank among the provinces in force; office: among its province's offices. Null for a sum. */
  rank: Ranks;
  /** How many units were ranked with it. */
  rankOf: number;
  /** The row the figures come from; null for a sum of predecessors. */
  row: Result | null;
  /**
   * Set on every period of a unit formed by merger whose series reaches back
   * before it as sums of the former units: where those units reported no
   * figure for the same period of last year, it is missing as for any unit.
   */
  summedBefore?: true;
}

/** The nation in one period: the sum of the provinces in force that reported. */
export interface NationStat extends StatBase {
  kind: 'nation';
  coverage: Coverage;
}

export type Stat = UnitStat | NationStat;

export interface SiteModel {
  /** Every period with data, oldest first. */
  periods: Period[];
  /** The newest period that every province in force reported (else the newest period). */
  latest: Period;
  national: Map<string, NationStat>;
  /**
   * Every unit's stats, oldest period first, keyed by unit slug: its reported rows
   * and, for a unit formed by merger, the sums of its predecessors before it existed.
   */
  byUnit: Map<string, UnitStat[]>;
  /**
   * The reported stats of the units in force at the end of each period (what
   * rankings and maps use), keyed by period key. Sums of predecessors are never here.
   */
  byPeriod: Map<string, UnitStat[]>;
  /** The provinces of byPeriod, in the same order, keyed by period key. */
  provincesByPeriod: Map<string, UnitStat[]>;
  /** The offices of byPeriod grouped by their province's slug, keyed by period key. */
  officesByPeriod: Map<string, Map<string, UnitStat[]>>;
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
  const { periods, rowsByPeriod } = groupByPeriod(results);
  const byPeriod = reportedStats(periods, rowsByPeriod, targets);
  const { provincesByPeriod, officesByPeriod } = rankStats(byPeriod, registry);
  const comparable = comparableSeries(registry, periods, rowLookup(results));
  const byUnit = unitSeries(periods, byPeriod, comparableStats(periods, comparable.figures));
  for (const series of byUnit.values()) previousYear(series);
  for (const u of comparable.figures.keys()) for (const s of byUnit.get(u.slug) ?? []) s.summedBefore = true;
  const national = nationalStats(periods, provincesByPeriod, registry, targets);
  const latest = headlinePeriod(periods, national);
  const lineage = new Map([...comparable.lineage].map(([u, l]) => [u.slug, l]));
  return { periods, latest, national, byUnit, byPeriod, provincesByPeriod, officesByPeriod, lineage };
}

/** Every period with data, oldest first, and the rows of each in file order. */
function groupByPeriod(results: readonly Result[]): { periods: Period[]; rowsByPeriod: Map<string, Result[]> } {
  const rowsByPeriod = group(results, (r) => r.period.key);
  const periods = [...rowsByPeriod.values()].map((rows) => rows[0]!.period).sort((a, b) => a.order - b.order);
  return { periods, rowsByPeriod };
}

/** A unit's reported row of a period, for the comparable sums. */
function rowLookup(results: readonly Result[]): (u: Unit, p: Period) => Result | undefined {
  const rows = index(
    results,
    (r) => r.unit.slug,
    (r) => r.period.key,
  );
  return (u, p) => rows.get(u.slug)?.get(p.key);
}

/** The reported stats of each period, unranked and without their change on the year. */
function reportedStats(
  periods: readonly Period[],
  rowsByPeriod: Map<string, Result[]>,
  targets: readonly Target[],
): Map<string, UnitStat[]> {
  const byPeriod = new Map<string, UnitStat[]>();
  for (const period of periods) {
    // Validation resolves every code on the period's last day, so these are the units in force then;
    // a row that is not would be a validation bug, and is never dropped silently.
    const rows = rowsByPeriod.get(period.key)!;
    const stray = rows.find((r) => !inForce(r.unit, period.end));
    if (stray) throw new Error(`${stray.file}:${stray.line}: ${stray.unit.slug} is not in force on ${period.end}`);
    byPeriod.set(
      period.key,
      rows.map((row) => reportedStat(row, targetFor(targets, period.year, row.unit))),
    );
  }
  return byPeriod;
}

function reportedStat(row: Result, target: TargetsFor): UnitStat {
  const figures = figuresOf(row);
  return {
    kind: 'unit',
    unit: row.unit,
    period: row.period,
    figures,
    basis: 'reported',
    members: [row.unit],
    previous: null,
    previousBasis: null,
    change: noChange(),
    target,
    gap: gapOf(figures, target, row.period),
    rank: { cases: null, money: null },
    rankOf: 0,
    row,
  };
}

/**
 * Ranks provinces nationally and offices within their province, and returns
 * those groups, which the pages show as rankings.
 */
function rankStats(
  byPeriod: Map<string, UnitStat[]>,
  registry: UnitRegistry,
): Pick<SiteModel, 'provincesByPeriod' | 'officesByPeriod'> {
  const provincesByPeriod = new Map<string, UnitStat[]>();
  const officesByPeriod = new Map<string, Map<string, UnitStat[]>>();
  for (const [key, stats] of byPeriod) {
    const provinces = stats.filter((s) => s.unit.level === 'province');
    const offices = group(
      stats.filter((s) => s.unit.level === 'office'),
      (s) => parentOf(s, registry).slug,
    );
    assignRanks(provinces);
    for (const members of offices.values()) assignRanks(members);
    provincesByPeriod.set(key, provinces);
    officesByPeriod.set(key, offices);
  }
  return { provincesByPeriod, officesByPeriod };
}

/** The province of an office on the period's last day; validation guarantees there is one. */
function parentOf(s: UnitStat, registry: UnitRegistry): Unit {
  const parent = registry.parentOf(s.unit, s.period.end);
  if (!parent) throw new Error(`No province for office ${s.unit.slug} on ${s.period.end}`);
  return parent;
}

function assignRanks(stats: UnitStat[]): void {
  const ranks = rankByRate(stats, (s) => s.figures);
  for (const s of stats) {
    s.rank = ranks.get(s)!;
    s.rankOf = stats.length;
  }
}

/** The sums of predecessors of the units formed by merger, per period in order. */
function comparableStats(
  periods: readonly Period[],
  figures: Map<Unit, Map<string, ComparableFigures>>,
): Map<string, UnitStat[]> {
  const byPeriod = new Map<string, UnitStat[]>();
  for (const period of periods) {
    const stats: UnitStat[] = [];
    for (const [unit, series] of figures) {
      const sum = series.get(period.key);
      if (!sum) continue;
      stats.push({
        kind: 'unit',
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
    byPeriod.set(period.key, stats);
  }
  return byPeriod;
}

/** Every unit's series, oldest period first: in each period its sum of predecessors or its reported stat. */
function unitSeries(
  periods: readonly Period[],
  reported: Map<string, UnitStat[]>,
  sums: Map<string, UnitStat[]>,
): Map<string, UnitStat[]> {
  const byUnit = new Map<string, UnitStat[]>();
  for (const period of periods) {
    for (const s of [...sums.get(period.key)!, ...reported.get(period.key)!]) {
      const list = byUnit.get(s.unit.slug);
      if (list) list.push(s);
      else byUnit.set(s.unit.slug, [s]);
    }
  }
  for (const stats of byUnit.values()) stats.sort((a, b) => a.period.order - b.period.order);
  return byUnit;
}

/**
 * Fills in the change on the same period of the previous year of one series.
 * Across the reform it compares with the sum of the predecessors: the same territory.
 */
function previousYear(series: readonly Stat[]): void {
  const byKey = new Map(series.map((s) => [s.period.key, s]));
  for (const s of series) {
    const prev = byKey.get(previousYearPeriod(s.period).key);
    s.previous = prev?.figures ?? null;
    s.previousBasis = prev?.basis ?? null;
    s.change = changeOf(s.figures, s.previous);
  }
}

/** The nation is the sum of the provinces in force, each of which already includes its offices. */
function nationalStats(
  periods: readonly Period[],
  provincesByPeriod: Map<string, UnitStat[]>,
  registry: UnitRegistry,
  targets: readonly Target[],
): Map<string, NationStat> {
  const national = new Map<string, NationStat>();
  for (const period of periods) {
    const provinces = provincesByPeriod.get(period.key)!;
    const figures = sumFigures(provinces.map((s) => s.figures));
    const target = targetFor(targets, period.year, null);
    national.set(period.key, {
      kind: 'nation',
      period,
      figures,
      basis: 'reported',
      members: provinces.map((s) => s.unit),
      previous: null,
      previousBasis: null,
      change: noChange(),
      target,
      gap: gapOf(figures, target, period),
      coverage: { reporting: provinces.length, inForce: registry.inForceOn(period.end, 'province').length },
    });
  }
  previousYear([...national.values()]);
  return national;
}

/**
 * The headline period is the newest one every province in force reported, so that one early
 * report cannot turn the national figures into a partial total.
 */
function headlinePeriod(periods: readonly Period[], national: Map<string, NationStat>): Period {
  return latestCompletePeriod(periods, (p) => {
    const c = national.get(p.key)!.coverage;
    return c.reporting === c.inForce;
  });
}
