import type { Stat, UnitStat } from '../compute/model';
import type { Dataset } from '../domain/dataset';
import { BREAKDOWN_FIELDS, COUNT_FIELDS, MEASURES, type Measure } from '../schemas/results';
import type { SiteData } from '../site-data';
import type { Unit } from '../units';

/**
 * What a new version of the data changes, computed from the figures (two
 * loaded and computed datasets), never from the bytes: a file re-saved with
 * other delimiters or Vietnamese headers changes nothing here.
 */

/** A unit as the diff names it: the code alone does not identify a unit (24 is Bắc Giang, then Bắc Ninh). */
export interface UnitRef {
  code: string;
  name: string;
  level: Unit['level'];
  validFrom: string | null;
}

/** The figures of one measure that a reader compares: done / enforceable and the rate. */
export interface MeasureValue {
  done: number;
  enforceable: number;
  rate: number | null;
}

/** A figure of a period already published that is different in the new data. */
export interface Revision {
  unit: UnitRef;
  period: string;
  /** null when the row is new in a published period (before) or withdrawn (after). */
  before: Record<Measure, MeasureValue> | null;
  after: Record<Measure, MeasureValue> | null;
  /** The reported columns that differ, e.g. "cases_completed". */
  fields: string[];
}

export interface UnitChange {
  unit: UnitRef;
  /** ended: the end date (valid_to) before and after; renamed: the name before. */
  validToBefore?: string | null;
  validTo?: string | null;
  nameBefore?: string;
}

export interface TargetValue {
  cases: number | null;
  money: number | null;
}

export interface TargetChange {
  year: number;
  /** null: the national target. */
  unit: UnitRef | null;
  before: TargetValue | null;
  after: TargetValue | null;
}

export interface DataDiff {
  version: { before: string; after: string };
  periods: { added: { key: string; units: number }[]; removed: string[] };
  revisions: Revision[];
  units: { added: UnitChange[]; ended: UnitChange[]; renamed: UnitChange[]; removed: UnitChange[] };
  targets: { added: TargetChange[]; changed: TargetChange[]; removed: TargetChange[] };
}

const unitKey = (u: { code: string; valid_from: string | null }): string => `${u.code}@${u.valid_from ?? ''}`;

export const unitRef = (u: Unit): UnitRef => ({
  code: u.code,
  name: u.name,
  level: u.level,
  validFrom: u.valid_from,
});

/** The reported figures of every unit and period, keyed "unit@from|period". */
function reportedStats(data: SiteData): Map<string, UnitStat> {
  const out = new Map<string, UnitStat>();
  for (const stats of data.model.byUnit.values()) {
    for (const s of stats) if (s.basis === 'reported') out.set(`${unitKey(s.unit)}|${s.period.key}`, s);
  }
  return out;
}

const measureValues = (s: Stat): Record<Measure, MeasureValue> => {
  const pick = (m: Measure): MeasureValue => ({
    done: s.figures[m].done,
    enforceable: s.figures[m].enforceable,
    rate: s.figures[m].rate,
  });
  return { cases: pick('cases'), money: pick('money') };
};

/** The reported columns whose values differ between two stats of the same unit and period. */
function changedFields(a: Stat, b: Stat): string[] {
  const fields: string[] = [];
  for (const m of MEASURES) {
    for (const f of [...COUNT_FIELDS, ...BREAKDOWN_FIELDS]) {
      if (a.figures[m][f] !== b.figures[m][f]) fields.push(`${m}_${f}`);
    }
  }
  return fields;
}

const byUnitThenPeriod = (a: { unit: UnitRef; period: string }, b: { unit: UnitRef; period: string }): number =>
  a.unit.code.localeCompare(b.unit.code) ||
  (a.unit.validFrom ?? '').localeCompare(b.unit.validFrom ?? '') ||
  a.period.localeCompare(b.period);

/** Figures of periods present on both sides that differ, or appear or disappear within such a period. */
function revisionsOf(before: SiteData, after: SiteData): Revision[] {
  const old = reportedStats(before);
  const now = reportedStats(after);
  const shared = new Set(before.model.periods.map((p) => p.key));
  for (const p of [...shared]) if (!after.model.periods.some((q) => q.key === p)) shared.delete(p);
  const out: Revision[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    const s = (b ?? a)!;
    if (!shared.has(s.period.key)) continue;
    const fields = a && b ? changedFields(a, b) : [];
    if (a && b && fields.length === 0) continue;
    out.push({
      unit: unitRef(s.unit),
      period: s.period.key,
      before: a ? measureValues(a) : null,
      after: b ? measureValues(b) : null,
      fields,
    });
  }
  return out.sort(byUnitThenPeriod);
}

function unitChanges(before: Dataset, after: Dataset): DataDiff['units'] {
  const old = new Map(before.registry.units.map((u) => [unitKey(u), u]));
  const now = new Map(after.registry.units.map((u) => [unitKey(u), u]));
  const out: DataDiff['units'] = { added: [], ended: [], renamed: [], removed: [] };
  for (const [key, u] of now) {
    const was = old.get(key);
    if (!was) out.added.push({ unit: unitRef(u) });
    else {
      if (was.valid_to !== u.valid_to)
        out.ended.push({ unit: unitRef(u), validToBefore: was.valid_to, validTo: u.valid_to });
      if (was.name !== u.name) out.renamed.push({ unit: unitRef(u), nameBefore: was.name });
    }
  }
  for (const [key, u] of old) if (!now.has(key)) out.removed.push({ unit: unitRef(u) });
  return out;
}

function targetChanges(before: Dataset, after: Dataset): DataDiff['targets'] {
  const keyed = (d: Dataset) =>
    new Map(d.targets.map((t) => [`${t.year}|${t.unit ? unitKey(t.unit) : ''}`, t] as const));
  const old = keyed(before);
  const now = keyed(after);
  const value = (t: { cases_rate: number | null; money_rate: number | null }): TargetValue => ({
    cases: t.cases_rate,
    money: t.money_rate,
  });
  const out: DataDiff['targets'] = { added: [], changed: [], removed: [] };
  for (const [key, t] of now) {
    const was = old.get(key);
    const change = {
      year: t.year,
      unit: t.unit ? unitRef(t.unit) : null,
      before: was ? value(was) : null,
      after: value(t),
    };
    if (!was) out.added.push(change);
    else if (was.cases_rate !== t.cases_rate || was.money_rate !== t.money_rate) out.changed.push(change);
  }
  for (const [key, t] of old) {
    if (!now.has(key))
      out.removed.push({ year: t.year, unit: t.unit ? unitRef(t.unit) : null, before: value(t), after: null });
  }
  return out;
}

/** Everything the new data changes in the published figures. Pure: both sides already loaded and computed. */
export function compareData(before: SiteData, after: SiteData): DataDiff {
  const oldPeriods = new Set(before.model.periods.map((p) => p.key));
  const newPeriods = new Set(after.model.periods.map((p) => p.key));
  return {
    version: { before: before.dataset.info.updated, after: after.dataset.info.updated },
    periods: {
      added: after.model.periods
        .filter((p) => !oldPeriods.has(p.key))
        .map((p) => ({ key: p.key, units: after.dataset.results.filter((r) => r.period.key === p.key).length })),
      removed: before.model.periods.filter((p) => !newPeriods.has(p.key)).map((p) => p.key),
    },
    revisions: revisionsOf(before, after),
    units: unitChanges(before.dataset, after.dataset),
    targets: targetChanges(before.dataset, after.dataset),
  };
}

/** Whether the new data changes any figure, unit or target (a new version alone is not a change). */
export const isEmptyDiff = (d: DataDiff): boolean =>
  d.periods.added.length + d.periods.removed.length + d.revisions.length === 0 &&
  Object.values(d.units).every((l) => l.length === 0) &&
  Object.values(d.targets).every((l) => l.length === 0);
