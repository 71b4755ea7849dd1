import { carryNext, completionRate, done } from '../domain/formulas';
import {
  BREAKDOWN_FIELDS,
  COUNT_FIELDS,
  type Counts,
  countsOf,
  MEASURES,
  type Measure,
  type ResultRow,
} from '../schemas/results';

/** The reported counts of one measure plus what is derived from them. */
export interface MeasureFigures extends Counts {
  /** thi hành xong + đình chỉ (`done` of domain/formulas.ts) */
  done: number;
  /** chuyển kỳ sau (`carryNext` of domain/formulas.ts) */
  carriedNext: number;
  /** Completion rate in percent (`completionRate`), null when nothing was enforceable. */
  rate: number | null;
}

export type Figures = Record<Measure, MeasureFigures>;

function derive(c: Counts): MeasureFigures {
  const finished = done(c.completed, c.terminated);
  return {
    ...c,
    done: finished,
    carriedNext: carryNext(c.carried_over, c.new, c.entrusted, c.completed, c.terminated),
    rate: completionRate(finished, c.enforceable),
  };
}

/** The figures of one reported row. */
export function figuresOf(row: ResultRow): Figures {
  return { cases: derive(countsOf(row, 'cases')), money: derive(countsOf(row, 'money')) };
}

/**
 * Figures of a group (a province's offices, the nation) from summed counts,
 * never from averaged rates. A breakdown field is summed only when every
 * member reported it; otherwise it is unknown (null).
 */
export function sumFigures(members: readonly Figures[]): Figures {
  const out = {} as Figures;
  for (const m of MEASURES) {
    const c = {} as Record<string, number | null>;
    for (const f of COUNT_FIELDS) c[f] = members.reduce((s, x) => s + x[m][f], 0);
    for (const f of BREAKDOWN_FIELDS) {
      c[f] = members.every((x) => x[m][f] !== null) ? members.reduce((s, x) => s + (x[m][f] ?? 0), 0) : null;
    }
    out[m] = derive(c as Counts);
  }
  return out;
}
