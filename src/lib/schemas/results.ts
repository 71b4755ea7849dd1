import { z } from 'zod';
import { codeCell, countCell, optionalCountCell, optionalSourceCell, optionalTextCell, periodCell } from './cells';

/** The two measures every figure exists in: cases (việc) and money (tiền, thousand đồng). */
export const MEASURES = ['cases', 'money'] as const;
export type Measure = (typeof MEASURES)[number];

/** Required quantities of the "về việc" / "về tiền" forms, per measure. */
export const COUNT_FIELDS = [
  'carried_over',
  'new',
  'entrusted',
  'enforceable',
  'unenforceable',
  'completed',
  'terminated',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Optional breakdown of the enforceable caseload. */
export const BREAKDOWN_FIELDS = ['in_progress', 'postponed', 'suspended'] as const;
export type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];

type Column<F extends string> = `${Measure}_${F}`;
const columns = <F extends string>(fields: readonly F[]) =>
  MEASURES.flatMap((m) => fields.map((f) => `${m}_${f}` as Column<F>));

export const RESULT_COUNT_COLUMNS = columns(COUNT_FIELDS);
export const RESULT_BREAKDOWN_COLUMNS = columns(BREAKDOWN_FIELDS);
export const RESULT_COLUMNS = ['period', 'unit_code', ...RESULT_COUNT_COLUMNS] as const;
export const RESULT_OPTIONAL_COLUMNS = [...RESULT_BREAKDOWN_COLUMNS, 'source', 'note'] as const;

export const ResultRowSchema = z.object({
  period: periodCell,
  unit_code: codeCell,
  ...(Object.fromEntries(RESULT_COUNT_COLUMNS.map((c) => [c, countCell])) as Record<
    Column<CountField>,
    typeof countCell
  >),
  ...(Object.fromEntries(RESULT_BREAKDOWN_COLUMNS.map((c) => [c, optionalCountCell])) as Record<
    Column<BreakdownField>,
    typeof optionalCountCell
  >),
  source: optionalSourceCell,
  note: optionalTextCell,
});

export type ResultRow = z.output<typeof ResultRowSchema>;

/** The quantities of one measure, as reported. */
export type Counts = Record<CountField, number> & Record<BreakdownField, number | null>;

/** Picks the counts of one measure out of a flat row. */
export function countsOf(row: ResultRow, measure: Measure): Counts {
  const out = {} as Record<string, number | null>;
  for (const f of COUNT_FIELDS) out[f] = row[`${measure}_${f}`];
  for (const f of BREAKDOWN_FIELDS) out[f] = row[`${measure}_${f}`];
  return out as Counts;
}
