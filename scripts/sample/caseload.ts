import { carryNext } from '../../src/lib/domain/formulas';
import { BREAKDOWN_FIELDS, type BreakdownField, COUNT_FIELDS, type CountField } from '../../src/lib/schemas/results';
import type { Rng } from './random';

/** Every quantity of one measure; the breakdown is always computed, publishing it is decided later. */
export type Tally = Record<CountField | BreakdownField, number>;

const FIELDS = [...COUNT_FIELDS, ...BREAKDOWN_FIELDS] as const;

/** What one unit does in one statistical year, for one measure (cases or money). */
export interface Plan {
  carried: number;
  /** New cases (or money) over the full year. */
  fresh: number;
  /** Entrusted to other agencies over the full year, part of `fresh`. */
  entrusted: number;
  /** Share of the total to enforce that is not enforceable yet ("chưa có điều kiện"). */
  unenforceable: number;
  /** Full-year completion rate, 0–1. */
  rate: number;
  /** Share of the done that is terminated (đình chỉ) rather than completed. */
  terminated: number;
  /** Shares of what remains enforceable: in progress, postponed, suspended (sum < 1). */
  inProgress: number;
  postponed: number;
  suspended: number;
}

/** How far through the year a unit is after each month; index 12 is the full year (both 1). */
export interface Progress {
  /** Share of the year's new cases received by the end of month 1..12. */
  intake: number[];
  /** Completion rate reached, as a share of the full-year rate. */
  pace: number[];
}

/** The curve of a full-year report: only index 12 is ever read. */
export const FULL_YEAR: Progress = { intake: Array<number>(13).fill(1), pace: Array<number>(13).fill(1) };

/**
 * A cumulative progress curve from 1 October: intake grows month by month
 * with some unevenness, and the rate starts low (the first month settles
 * little) and climbs to the full-year level.
 */
export function progressCurve(rng: Rng): Progress {
  const steps = Array.from({ length: 12 }, () => rng.uniform(0.75, 1.25));
  const total = steps.reduce((s, x) => s + x, 0);
  const intake = [0];
  let acc = 0;
  for (const step of steps) {
    acc += step;
    intake.push(acc / total);
  }
  const start = rng.uniform(0.13, 0.22);
  const pace = [0, ...Array.from({ length: 12 }, (_, i) => start + (1 - start) * (i / 11) ** 1.15)];
  intake[12] = 1;
  pace[12] = 1;
  return { intake, pace };
}

/**
 * The figures of a plan after `months` months (12: the full year). Every
 * cumulative quantity is a rounded product of non-decreasing factors, so it
 * never decreases from one month to the next, and the identities hold by
 * construction: total = enforceable + unenforceable, done ≤ enforceable.
 */
export function tallyAt(plan: Plan, progress: Progress, months: number): Tally {
  const intake = progress.intake[months]!;
  const entrusted = Math.round(plan.entrusted * intake);
  const net = Math.round((plan.fresh - plan.entrusted) * intake);
  const toEnforce = plan.carried + net;
  const enforceable = Math.round(toEnforce * (1 - plan.unenforceable));
  const done = Math.round(enforceable * plan.rate * progress.pace[months]!);
  const terminated = Math.round(done * plan.terminated);
  const remaining = enforceable - done;
  return {
    carried_over: plan.carried,
    new: entrusted + net,
    entrusted,
    enforceable,
    unenforceable: toEnforce - enforceable,
    completed: done - terminated,
    terminated,
    in_progress: Math.floor(remaining * plan.inProgress),
    postponed: Math.floor(remaining * plan.postponed),
    suspended: Math.floor(remaining * plan.suspended),
  };
}

/** Carried to the next period, by the one definition the site itself uses. */
export const carryOf = (t: Tally): number => carryNext(t.carried_over, t.new, t.entrusted, t.completed, t.terminated);

/** A tally of zeros, the start of a sum. */
export const zeroTally = (): Tally => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Tally;

/** Field-by-field sum. */
export function addTallies(tallies: readonly Tally[]): Tally {
  const out = zeroTally();
  for (const t of tallies) for (const f of FIELDS) out[f] += t[f];
  return out;
}

/**
 * Throws unless the tally satisfies the rules of the "về việc"/"về tiền"
 * forms: carried_over + new − entrusted = enforceable + unenforceable;
 * completed + terminated ≤ enforceable; the breakdown fits in what remains;
 * every figure a non-negative safe integer.
 */
export function assertTally(t: Tally, where: string): void {
  for (const f of FIELDS) {
    if (!Number.isSafeInteger(t[f]) || t[f] < 0) throw new Error(`${where}: ${f} = ${t[f]} is not a count`);
  }
  if (t.carried_over + t.new - t.entrusted !== t.enforceable + t.unenforceable) {
    throw new Error(`${where}: carried_over + new − entrusted ≠ enforceable + unenforceable`);
  }
  const done = t.completed + t.terminated;
  if (done > t.enforceable) throw new Error(`${where}: completed + terminated > enforceable`);
  if (t.in_progress + t.postponed + t.suspended > t.enforceable - done) {
    throw new Error(`${where}: in_progress + postponed + suspended > enforceable − done`);
  }
}

/** Throws if a cumulative quantity went down from one month to the next, or carried_over changed. */
export function assertCumulative(prev: Tally, cur: Tally, where: string): void {
  if (cur.carried_over !== prev.carried_over) throw new Error(`${where}: carried_over changed within the year`);
  for (const f of ['new', 'entrusted', 'enforceable', 'completed', 'terminated'] as const) {
    if (cur[f] < prev[f]) throw new Error(`${where}: ${f} decreased (${prev[f]} → ${cur[f]})`);
  }
}
