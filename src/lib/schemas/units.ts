import { z } from 'zod';
import {
  type CELL_MESSAGES,
  codeCell,
  optionalCodeCell,
  optionalDateCell,
  optionalNameTextCell,
  requiredTextCell,
} from './cells';

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
/** `area` (Địa bàn): the former districts or communes an office serves, as readers know them. */
export const UNIT_OPTIONAL_COLUMNS = ['area'] as const;

export const LEVELS = ['province', 'office'] as const;

/** Separates the successors of a unit whose caseload was divided ("01-KV01|01-KV02"). */
export const SUCCESSOR_SEPARATOR = '|';

const levelCell = z.string().transform((s, ctx) => {
  if ((LEVELS as readonly string[]).includes(s)) return s as (typeof LEVELS)[number];
  ctx.addIssue({ code: 'custom', message: 'level' satisfies keyof typeof CELL_MESSAGES });
  return z.NEVER;
});

/**
 * One successor code, or several separated by "|" when the caseload was
 * divided (a split). Empty: no successor. A single bad code keeps the plain
 * code message; a bad list, or codes joined by another separator, says how a
 * list is written.
 */
const successorCodesCell = z.string().transform((s, ctx): readonly string[] => {
  if (!s.includes(SUCCESSOR_SEPARATOR)) {
    const single = optionalCodeCell.safeParse(s);
    if (single.success) return single.data === null ? [] : [single.data];
    // Codes separated by a comma, a semicolon or a slash are a list written the wrong way.
    const message = /[,;/]/.test(s) ? 'successor-codes' : 'code';
    ctx.addIssue({ code: 'custom', message: message satisfies keyof typeof CELL_MESSAGES });
    return z.NEVER;
  }
  const parts = s.split(SUCCESSOR_SEPARATOR);
  if (parts.every((p) => /^[A-Za-z0-9-]+$/.test(p))) return parts;
  ctx.addIssue({ code: 'custom', message: 'successor-codes' satisfies keyof typeof CELL_MESSAGES });
  return z.NEVER;
});

export const UnitRowSchema = z.object({
  code: codeCell,
  name: requiredTextCell,
  level: levelCell,
  parent_code: optionalCodeCell,
  valid_from: optionalDateCell,
  valid_to: optionalDateCell,
  /** Empty when the unit has no successor; several codes when its caseload was divided. */
  successor_code: successorCodesCell,
  /** Địa bàn: where an office serves ("quận Ba Đình, quận Hoàn Kiếm"); null when not given, never on a province. */
  area: optionalNameTextCell,
});

export type UnitRow = z.output<typeof UnitRowSchema>;
export type Level = UnitRow['level'];
