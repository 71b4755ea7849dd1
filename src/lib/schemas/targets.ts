import { z } from 'zod';
import { optionalCodeCell, optionalPercentCell, yearCell } from './cells';

/** data/targets.csv: the completion-rate targets (chỉ tiêu) per statistical year. */
export const TARGET_COLUMNS = ['year', 'unit_code', 'cases_rate', 'money_rate'] as const;
export const TARGET_OPTIONAL_COLUMNS = [] as const;

export const TargetRowSchema = z.object({
  year: yearCell,
  /** Empty: the national target, applying to every unit without its own. */
  unit_code: optionalCodeCell,
  cases_rate: optionalPercentCell,
  money_rate: optionalPercentCell,
});

export type TargetRow = z.output<typeof TargetRowSchema>;
