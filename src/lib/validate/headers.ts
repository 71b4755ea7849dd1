/** The header row of a CSV file against its column contract: each header matched to a column, the required ones present. */

import type { CsvHead } from '../parse';
import { error, type Problem } from '../problems';
import { invisibleCharIn } from '../schemas/cells';
import { COLUMN_LABELS, type HeaderLookup } from '../schemas/headers';

/** Column name → the header that names it, as written, and its 0-based position. */
export type HeaderOf = Map<string, { header: string; index: number }>;

/** The Vietnamese label of a column, for a message, if it has one. */
function labelOf(column: string): string | undefined {
  for (const labels of Object.values(COLUMN_LABELS) as Record<string, readonly string[]>[]) {
    const l = labels[column]?.[0];
    if (l) return l;
  }
  return undefined;
}

/**
 * What an unknown header probably meant: a results label written without its
 * measure ("Thụ lý mới" for "Thụ lý mới (việc)" or "(tiền)"), or the nearest
 * known name.
 */
function hintFor(lookup: HeaderLookup, header: string): { vi: string; en: string } | null {
  const cases = lookup.match(`${header} (việc)`);
  const money = lookup.match(`${header} (tiền)`);
  if (cases && money) {
    const both = (or: string) => `"${header} (việc)" (${cases.column}) ${or} "${header} (tiền)" (${money.column})`;
    return { vi: both('hoặc'), en: both('or') };
  }
  const near = lookup.suggest(header);
  if (!near) return null;
  const named = near.name === near.column ? `"${near.name}"` : `"${near.name}" (${near.column})`;
  return { vi: named, en: named };
}

/** Each header matched to its column; an unknown header or a column named twice is a problem. */
export function matchHeaders(
  parsed: CsvHead,
  columns: readonly string[],
  lookup: HeaderLookup,
): { headerOf: HeaderOf; problems: Problem[] } {
  const { file, headerLine } = parsed;
  const allowed = columns.join(', ');
  const headerOf: HeaderOf = new Map();
  const problems: Problem[] = [];
  parsed.header.forEach((header, index) => {
    if (header === '') return;
    const match = lookup.match(header);
    if (!match) {
      const hint = hintFor(lookup, header);
      // A name that looks right but holds an invisible character says which one.
      const hidden = invisibleCharIn(header);
      const seen = hidden
        ? {
            vi: ` Tên cột có ký tự vô hình ${hidden.code} (${hidden.vi}): hãy gõ lại tên cột.`,
            en: ` The name holds the invisible character ${hidden.code} (${hidden.en}): retype it.`,
          }
        : { vi: '', en: '' };
      problems.push(
        error({
          code: 'unknown-column',
          file,
          line: headerLine,
          column: header,
          vi: `Cột "${header}" không có trong quy ước dữ liệu.${seen.vi}${hint ? ` Có phải là ${hint.vi}?` : ''} Các cột được phép: ${allowed}.`,
          en: `Column "${header}" is not part of the data contract.${seen.en}${hint ? ` Did you mean ${hint.en}?` : ''} Allowed columns: ${allowed}.`,
        }),
      );
      return;
    }
    const first = headerOf.get(match.column);
    if (!first) {
      headerOf.set(match.column, { header, index });
      return;
    }
    // The parser already reported a header written twice the same way.
    if (first.header === header) return;
    problems.push(
      error({
        code: 'duplicate-column',
        file,
        line: headerLine,
        column: header,
        vi: `Cột "${first.header}" (cột ${first.index + 1}) và cột "${header}" (cột ${index + 1}) cùng chỉ cột ${match.column}; mỗi cột chỉ được có một lần.`,
        en: `Columns "${first.header}" (column ${first.index + 1}) and "${header}" (column ${index + 1}) both name ${match.column}; each column may appear once.`,
      }),
    );
  });
  return { headerOf, problems };
}

/** A required column no header names, with its Vietnamese label. */
export function missingColumns(parsed: CsvHead, required: readonly string[], headerOf: HeaderOf): Problem[] {
  return required
    .filter((c) => !headerOf.has(c))
    .map((column) => {
      const label = labelOf(column);
      return error({
        code: 'missing-column',
        file: parsed.file,
        line: parsed.headerLine,
        column,
        vi: `Thiếu cột bắt buộc "${column}"${label ? ` (tiếng Việt: "${label}")` : ''}.`,
        en: `The required column "${column}" is missing${label ? ` (in Vietnamese: "${label}")` : ''}.`,
      });
    });
}
