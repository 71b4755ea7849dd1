import { z } from 'zod';
import { type CELL_MESSAGES, optionalCodeCell, optionalDateCell, optionalTextCell, requiredTextCell } from './cells';

/** data/changelog.csv: one row per change of a publication; the diff command drafts them. */
export const CHANGELOG_COLUMNS = ['version', 'kind', 'unit_code', 'period', 'description'] as const;
export const CHANGELOG_OPTIONAL_COLUMNS = [] as const;

/** revision: a published figure changed; period: a new period; unit, target: units.csv, targets.csv; note: anything else. */
export const CHANGE_KINDS = ['revision', 'period', 'unit', 'target', 'note'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const kindCell = z.string().transform((s, ctx) => {
  if ((CHANGE_KINDS as readonly string[]).includes(s)) return s as ChangeKind;
  ctx.addIssue({ code: 'custom', message: 'change-kind' satisfies keyof typeof CELL_MESSAGES });
  return z.NEVER;
});

/** The version is the publication's date, `updated` in dataset.json. */
const versionCell = optionalDateCell.refine((v) => v !== null, 'required' satisfies keyof typeof CELL_MESSAGES);

export const ChangelogRowSchema = z.object({
  version: versionCell,
  kind: kindCell,
  unit_code: optionalCodeCell,
  period: optionalTextCell,
  description: requiredTextCell,
});

export type ChangelogRow = z.output<typeof ChangelogRowSchema>;
