import type { z } from 'zod';
import type { ParsedCsv } from '../parse';
import { error, type Problem } from '../problems';
import { CELL_MESSAGES, type CellMessage } from '../schemas/cells';

/** A validated row with the place it came from and its cells as written. */
export type Located<T> = T & { file: string; line: number; raw: Readonly<Record<string, string>> };

export interface TableSpec<S extends z.ZodType> {
  schema: S;
  required: readonly string[];
  optional: readonly string[];
}

/**
 * Checks a parsed CSV against its column contract and row schema. Unknown
 * columns are errors (a typo must not be silently ignored); a missing
 * optional column reads as empty cells.
 */
export function validateTable<S extends z.ZodType<unknown, Record<string, string>>>(
  parsed: ParsedCsv,
  spec: TableSpec<S>,
): { rows: Located<z.output<S>>[]; problems: Problem[] } {
  const { file, headerLine } = parsed;
  const problems: Problem[] = [];
  if (parsed.header.length === 0) return { rows: [], problems };
  const known = new Set([...spec.required, ...spec.optional]);

  for (const column of parsed.header) {
    if (column !== '' && !known.has(column)) {
      problems.push(
        error({
          code: 'unknown-column',
          file,
          line: headerLine,
          column,
          vi: `Cột "${column}" không có trong quy ước dữ liệu. Các cột được phép: ${[...known].join(', ')}.`,
          en: `Column "${column}" is not part of the data contract. Allowed columns: ${[...known].join(', ')}.`,
        }),
      );
    }
  }
  const missing = spec.required.filter((c) => !parsed.header.includes(c));
  for (const column of missing) {
    problems.push(
      error({
        code: 'missing-column',
        file,
        line: headerLine,
        column,
        vi: `Thiếu cột bắt buộc "${column}".`,
        en: `The required column "${column}" is missing.`,
      }),
    );
  }
  if (missing.length > 0) return { rows: [], problems };

  const rows: Located<z.output<S>>[] = [];
  for (const record of parsed.records) {
    const input: Record<string, string> = {};
    for (const c of known) input[c] = record.cells[c] ?? '';
    const result = spec.schema.safeParse(input);
    if (result.success) {
      rows.push({ ...(result.data as object), file, line: record.line, raw: record.cells } as Located<z.output<S>>);
      continue;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      const text = CELL_MESSAGES[issue.message as CellMessage] ?? { vi: issue.message, en: issue.message };
      problems.push(
        error({
          code: `cell-${issue.message in CELL_MESSAGES ? issue.message : 'invalid'}`,
          file,
          line: record.line,
          column,
          value: input[column] ?? '',
          vi: text.vi,
          en: text.en,
        }),
      );
    }
  }
  return { rows, problems };
}
