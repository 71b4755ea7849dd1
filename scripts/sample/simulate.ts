import { type Period, periodOf } from '../../src/lib/period';
import type { Measure } from '../../src/lib/schemas/results';
import {
  addTallies,
  assertCumulative,
  assertTally,
  carryOf,
  type Plan,
  progressCurve,
  type Tally,
  tallyAt,
} from './caseload';
import type { Geography, Office, Province } from './geography';
import { isContinuous } from './merger';
import {
  type Climate,
  caseTrend,
  combinedProfile,
  districtProfile,
  FIRST_YEAR,
  formerClimates,
  LAST_OLD_YEAR,
  mergedClimate,
  moneyTrend,
  type Profile,
} from './profiles';
import { clamp, Rng } from './random';

type Pair<T> = Record<Measure, T>;

/** One row of a results file before it is written. */
export interface SampleRow {
  period: Period;
  unit: string;
  cases: Tally;
  money: Tally;
  /** Whether the in_progress/postponed/suspended columns are published (empty otherwise). */
  breakdown: boolean;
  note: string | null;
}

/** A unit that carries a caseload from year to year. */
interface Entity {
  key: string;
  profile: Profile;
  climate: Climate;
}

/** The share of its offices' caseload that a provincial department handles itself. */
const OWN_SHARE = [0.1, 0.25] as const;

/** Months reported per statistical year: the sample's last year is published month by month. */
const monthsOf = (year: number): number[] => (year === 2026 ? Array.from({ length: 12 }, (_, i) => i + 1) : [12]);

/**
 * Runs the sample from 2019 to 2026: district offices and provincial
 * departments until the 2024 year, then regional offices and merged
 * provinces, each carrying its caseload over from its predecessors.
 */
export function simulate(geo: Geography): SampleRow[] {
  const climates = formerClimates();
  const carry = new Map<string, Pair<number>>();
  const rows: SampleRow[] = [];

  const officeEntities = new Map<string, Entity>();
  const ownEntities = new Map<string, Entity>();
  for (const p of geo.oldProvinces) {
    const climate = climates.get(p.code)!;
    const offices = geo.districtOffices.filter((o) => o.province === p.code);
    for (const o of offices) {
      officeEntities.set(o.code, { key: o.code, profile: districtProfile(o.code, o.district, climate), climate });
    }
    const share = Rng.for('own-share', p.code).uniform(...OWN_SHARE);
    const profile = combinedProfile(
      `own|${p.code}`,
      offices.map((o) => officeEntities.get(o.code)!.profile),
      share,
    );
    ownEntities.set(p.code, { key: `own|${p.code}`, profile, climate });
  }
  for (let year = FIRST_YEAR; year <= LAST_OLD_YEAR; year++) {
    for (const p of geo.oldProvinces) {
      const offices = geo.districtOffices.filter((o) => o.province === p.code);
      rows.push(...provinceYear(p, offices, officeEntities, ownEntities.get(p.code)!, year, carry));
    }
  }

  // From the 2025 year on: regional offices take over their districts' caseload,
  // the merged provincial departments the caseload of the departments they replace.
  const regionalEntities = new Map<string, Entity>();
  const newOwn = new Map<string, Entity>();
  for (const p of geo.newProvinces) {
    const climate = mergedClimate(p.predecessors.map((c) => climates.get(c)!));
    for (const o of geo.regionalOffices.filter((r) => r.province === p.code)) {
      const parts = o.predecessors.map((c) => officeEntities.get(c)!);
      const entity = {
        key: o.code,
        profile: combinedProfile(
          o.code,
          parts.map((e) => e.profile),
        ),
        climate,
      };
      regionalEntities.set(o.code, entity);
      carry.set(
        o.code,
        sumCarry(
          parts.map((e) => e.key),
          carry,
        ),
      );
    }
    if (isContinuous(p.code)) {
      newOwn.set(p.code, ownEntities.get(p.code)!);
    } else {
      const parts = p.predecessors.map((c) => ownEntities.get(c)!);
      const key = `own|${p.code}|${p.name}`;
      newOwn.set(p.code, {
        key,
        profile: combinedProfile(
          key,
          parts.map((e) => e.profile),
        ),
        climate,
      });
      carry.set(
        key,
        sumCarry(
          parts.map((e) => e.key),
          carry,
        ),
      );
    }
  }
  for (const year of [2025, 2026]) {
    for (const p of geo.newProvinces) {
      const offices = geo.regionalOffices.filter((o) => o.province === p.code);
      rows.push(...provinceYear(p, offices, regionalEntities, newOwn.get(p.code)!, year, carry));
    }
  }
  return rows;
}

const sumCarry = (keys: readonly string[], carry: Map<string, Pair<number>>): Pair<number> => ({
  cases: keys.reduce((s, k) => s + carry.get(k)!.cases, 0),
  money: keys.reduce((s, k) => s + carry.get(k)!.money, 0),
});

/** Rows of one province and its offices for every period of one year; the province adds its own caseload. */
function provinceYear(
  province: Province,
  offices: readonly Office[],
  entities: Map<string, Entity>,
  own: Entity,
  year: number,
  carry: Map<string, Pair<number>>,
): SampleRow[] {
  const officeRuns = offices.map((o) => ({ code: o.code, run: runYear(entities.get(o.code)!, year, carry) }));
  const ownRun = runYear(own, year, carry);
  const published = breakdownPublished(province.code, offices, year);
  const rows: SampleRow[] = [];
  monthsOf(year).forEach((months, i) => {
    const period = periodOf(year, months);
    const row = (unit: string, t: Pair<Tally>): SampleRow => ({
      period,
      unit,
      ...t,
      breakdown: published.get(unit) ?? true,
      note: null,
    });
    const parts = [...officeRuns.map((o) => o.run[i]!), ownRun[i]!];
    rows.push(
      row(province.code, {
        cases: addTallies(parts.map((t) => t.cases)),
        money: addTallies(parts.map((t) => t.money)),
      }),
    );
    for (const o of officeRuns) rows.push(row(o.code, o.run[i]!));
  });
  return rows;
}

/**
 * Most units report the breakdown of the enforceable caseload; a few whole
 * provinces and a few single offices leave it empty in some years.
 */
function breakdownPublished(province: string, offices: readonly Office[], year: number): Map<string, boolean> {
  const rng = Rng.for('breakdown', province, year);
  const wholeProvince = rng.chance(0.07);
  const out = new Map<string, boolean>([[province, !wholeProvince]]);
  for (const o of offices) out.set(o.code, !wholeProvince && !rng.chance(0.04));
  return out;
}

/** One entity's tallies for every reported period of a year; updates its carry for the next year. */
function runYear(entity: Entity, year: number, carry: Map<string, Pair<number>>): Pair<Tally>[] {
  const rng = Rng.for('year', entity.key, year);
  const carried = carry.get(entity.key) ?? initialCarry(entity);
  const plans = plansFor(entity, year, carried, rng);
  const progress = progressCurve(rng);
  const out: Pair<Tally>[] = [];
  for (const months of monthsOf(year)) {
    const t = { cases: tallyAt(plans.cases, progress, months), money: tallyAt(plans.money, progress, months) };
    const where = `${entity.key} ${periodOf(year, months).key}`;
    assertTally(t.cases, `${where} cases`);
    assertTally(t.money, `${where} money`);
    const prev = out.at(-1);
    if (prev) {
      assertCumulative(prev.cases, t.cases, `${where} cases`);
      assertCumulative(prev.money, t.money, `${where} money`);
    }
    out.push(t);
  }
  const last = out.at(-1)!;
  carry.set(entity.key, { cases: carryOf(last.cases), money: carryOf(last.money) });
  return out;
}

/** The backlog at 1 October 2018, near the level the yearly flows settle at. */
function initialCarry(entity: Entity): Pair<number> {
  const rng = Rng.for('initial', entity.key);
  const { newCases, moneyPerCase } = entity.profile;
  return {
    cases: Math.round(newCases * rng.uniform(0.5, 0.7)),
    money: Math.round(newCases * moneyPerCase * rng.uniform(1.4, 1.9)),
  };
}

function plansFor(entity: Entity, year: number, carried: Pair<number>, rng: Rng): Pair<Plan> {
  const { profile, climate } = entity;
  const newCases = Math.round(profile.newCases * caseTrend(year) * rng.uniform(0.9, 1.1));
  const newMoney = Math.round(newCases * profile.moneyPerCase * moneyTrend(year) * rng.factor(0.2));
  const casesRate = clamp(climate.cases[year]! + profile.casesOffset + rng.normal(0, 1.5), 55, 98);
  const moneyRate = clamp(climate.money[year]! + profile.moneyOffset + rng.normal(0, 4), 12, 92);
  const plan = (carriedOver: number, fresh: number, rate: number, unenforceable: number): Plan => ({
    carried: carriedOver,
    fresh,
    entrusted: Math.round(fresh * rng.uniform(0.015, 0.05)),
    unenforceable: clamp(unenforceable, 0.15, 0.35),
    rate: rate / 100,
    terminated: rng.uniform(0.01, 0.05),
    inProgress: rng.uniform(0.8, 0.92),
    postponed: rng.uniform(0.02, 0.06),
    suspended: rng.uniform(0.003, 0.02),
  });
  return {
    cases: plan(carried.cases, newCases, casesRate, profile.unenforceable + rng.normal(0, 0.02)),
    money: plan(carried.money, newMoney, moneyRate, profile.unenforceable + 0.03 + rng.normal(0, 0.03)),
  };
}
