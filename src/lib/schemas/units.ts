import { z } from 'zod';
import { type CELL_MESSAGES, codeCell, optionalCodeCell, optionalDateCell, requiredTextCell } from './cells';

/** data/units.csv: every reporting unit that ever existed. */
export const UNIT_COLUMNS = [
  'code',
  'name',
  'level',
  'parent_code',
  'valid_from',
  'valid_to',
  'successor_code',
] as const;
export const UNIT_OPTIONAL_COLUMNS = [] as const;

export const LEVELS = ['province', 'office'] as const;

const levelCell = z.string().transform((s, ctx) => {
  if ((LEVELS as readonly string[]).includes(s)) return s as (typeof LEVELS)[number];
  ctx.addIssue({ code: 'custom', message: 'level' satisfies keyof typeof CELL_MESSAGES });
  return z.NEVER;
});

export const UnitRowSchema = z.object({
  code: codeCell,
  name: requiredTextCell,
  level: levelCell,
  parent_code: optionalCodeCell,
  valid_from: optionalDateCell,
  valid_to: optionalDateCell,
  successor_code: optionalCodeCell,
});

export type UnitRow = z.output<typeof UnitRowSchema>;
export type Level = UnitRow['level'];
