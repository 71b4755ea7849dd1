import { z } from 'zod';
import type { Located } from '../domain/types';
import type { ParsedCsv } from '../parse';
import { error, type Problem } from '../problems';
import { CELL_MESSAGES, CellFailure, type CellMessage, type CellParse, cellParser, debrisOf } from '../schemas/cells';
import { HeaderLookup } from '../schemas/headers';
import { type HeaderOf, matchHeaders, missingColumns } from './headers';

export interface TableSpec<S extends z.ZodType> {
  schema: S;
  required: readonly string[];
  optional: readonly string[];
}

/** What is worked out once per schema: the header lookup and a parse function per column. */
interface Compiled {
  columns: readonly string[];
  lookup: HeaderLookup;
  /** Per column, in schema order; null when the schema is not a plain object of columns. */
  parsers: { column: string; parse: CellParse<unknown> }[] | null;
}

const COMPILED = new WeakMap<z.ZodType, Compiled>();

/**
 * The parse function of one column: the cell's own when it was made by
 * `schemas/cells.ts`, else the column's zod schema itself (slower, same result).
 */
function columnParser(schema: z.ZodType): CellParse<unknown> {
  const own = cellParser(schema);
  if (own) return own;
  return (s) => {
    const r = schema.safeParse(s);
    if (r.success) return r.data;
    const debris = debrisOf(s);
    return new CellFailure(debris ?? r.error.issues[0]?.message ?? 'invalid');
  };
}

function compile(spec: TableSpec<z.ZodType>): Compiled {
  const cached = COMPILED.get(spec.schema);
  if (cached) return cached;
  const columns = [...spec.required, ...spec.optional];
  const { schema } = spec;
  // The fast path parses column by column; an object-level rule would need zod itself.
  const plain = schema instanceof z.ZodObject && !(schema._zod.def.checks?.length ?? 0);
  const parsers = plain
    ? Object.entries((schema as z.ZodObject).shape).map(([column, s]) => ({
        column,
        parse: columnParser(s as z.ZodType),
      }))
    : null;
  const compiled = { columns, lookup: new HeaderLookup(columns), parsers };
  COMPILED.set(spec.schema, compiled);
  return compiled;
}

/**
 * Checks a parsed CSV against its column contract and row schema. Headers
 * are matched to columns by name or Vietnamese label (`schemas/headers.ts`).
 * Unknown columns are errors (a typo must not be silently ignored), with the
 * nearest known name when one is plausible; a missing optional column reads
 * as empty cells.
 */
export function validateTable<S extends z.ZodType<unknown, Record<string, string>>>(
  parsed: ParsedCsv,
  spec: TableSpec<S>,
): { rows: Located<z.output<S>>[]; problems: Problem[]; columns: Map<string, number> } {
  if (parsed.header.length === 0) return { rows: [], problems: [], columns: new Map() };
  const compiled = compile(spec);
  const { headerOf, problems } = matchHeaders(parsed, compiled.columns, compiled.lookup);
  const missing = missingColumns(parsed, spec.required, headerOf);
  problems.push(...missing);
  // Column name → its 0-based position in the header, whatever the header calls it.
  const columns = new Map([...headerOf].map(([column, { index }]) => [column, index]));
  if (missing.length > 0) return { rows: [], problems, columns };
  const rows = readRows(parsed, spec, compiled, headerOf, problems);
  return { rows, problems, columns };
}

/** Reports a bad cell: a problem names the column as the file writes it, and the contract's name when that differs. */
type CellProblem = (line: number, column: string, value: string, message: string) => void;

function cellProblems(file: string, headerOf: HeaderOf, problems: Problem[]): CellProblem {
  const shownColumn = (column: string) => {
    const header = headerOf.get(column)?.header;
    return header === undefined || header === column ? column : `${header} = ${column}`;
  };
  return (line, column, value, message) => {
    const known = message in CELL_MESSAGES;
    const text = known ? CELL_MESSAGES[message as CellMessage] : { vi: message, en: message };
    problems.push(
      error({
        code: `cell-${known ? message : 'invalid'}`,
        file,
        line,
        column: shownColumn(column),
        value,
        vi: text.vi,
        en: text.en,
      }),
    );
  };
}

/**
 * Every record checked against the row schema: the rows that pass, and one
 * problem per bad cell added to `problems`. The loop runs for every record of
 * every file, so the fast path stays inline, with nothing allocated per
 * record that a template can give.
 */
function readRows<S extends z.ZodType<unknown, Record<string, string>>>(
  parsed: ParsedCsv,
  spec: TableSpec<S>,
  { columns, parsers }: Compiled,
  headerOf: HeaderOf,
  problems: Problem[],
): Located<z.output<S>>[] {
  const { file } = parsed;
  const place = columns.map((c) => ({ column: c, header: headerOf.get(c)?.header }));
  const cellProblem = cellProblems(file, headerOf, problems);

  // When every column is written by its own name the parsed cells are already keyed by column.
  const byName = place.every((p) => p.header === undefined || p.header === p.column);
  const inputOf = byName ? null : inputMaker(place);
  const read = parsers ? rowReader(parsers, file, cellProblem) : null;
  const rows: Located<z.output<S>>[] = [];
  for (const record of parsed.records) {
    const input = inputOf === null ? record.cells : inputOf(record.cells);
    if (read) {
      // Fast path: the cells' own parse functions, straight into the row; a problem is built only for a bad cell.
      const row = read(input, record.line);
      if (row !== null) rows.push(row as Located<z.output<S>>);
      continue;
    }
    const row = readBySchema(spec.schema, columns, input, file, record.line, cellProblem);
    if (row) rows.push(row);
  }
  return rows;
}

/** A property name as written in generated code; `__proto__` is spelt as a computed key, which defines it as any other. */
const key = (name: string) => (name === '__proto__' ? `[${JSON.stringify(name)}]` : JSON.stringify(name));

/**
 * A function that keys a record's cells by column name, when the file
 * writes some columns under another header (a Vietnamese label): written
 * once per file as one object literal, as `parse.ts` keys records, so that
 * every input has one shape and no property is looked up by a name held
 * in a variable.
 */
function inputMaker(
  place: readonly { column: string; header: string | undefined }[],
): (cells: Record<string, string>) => Record<string, string> {
  const fields = place.flatMap((p) =>
    p.header === undefined ? [] : [`${key(p.column)}: cells[${JSON.stringify(p.header)}] ?? ''`],
  );
  return new Function('cells', `return { ${fields.join(', ')} };`) as (
    cells: Record<string, string>,
  ) => Record<string, string>;
}

/**
 * The fast path of one record, written once per file as code: each column's
 * cell read and parsed by name, and the row built as one object literal
 * (the columns in schema order, then file, line and the input as written),
 * or null after reporting each bad cell. Per row this does no look-up by a
 * column name held in a variable, which is what made the loop slow.
 */
function rowReader(
  parsers: readonly { column: string; parse: CellParse<unknown> }[],
  file: string,
  cellProblem: CellProblem,
): (input: Record<string, string>, line: number) => Record<string, unknown> | null {
  const body = parsers.map(
    ({ column }, i) =>
      `const v${i} = input[${JSON.stringify(column)}] ?? ''; const r${i} = parse[${i}](v${i});` +
      ` if (r${i} instanceof CellFailure) { ok = false; cellProblem(line, columns[${i}], v${i}, r${i}.message); }`,
  );
  const fields = [...parsers.map(({ column }, i) => `${key(column)}: r${i}`), 'file', 'line', 'raw: input'];
  const make = new Function(
    'parse',
    'columns',
    'CellFailure',
    'cellProblem',
    'file',
    `return (input, line) => { let ok = true; ${body.join('\n')}\n if (!ok) return null; return { ${fields.join(', ')} }; };`,
  );
  return make(
    parsers.map((p) => p.parse),
    parsers.map((p) => p.column),
    CellFailure,
    cellProblem,
    file,
  );
}

/** One record through the zod schema itself, for a schema with rules across columns (slower, same result). */
function readBySchema<S extends z.ZodType<unknown, Record<string, string>>>(
  schema: S,
  columns: readonly string[],
  input: Readonly<Record<string, string>>,
  file: string,
  line: number,
  cellProblem: CellProblem,
): Located<z.output<S>> | null {
  const full: Record<string, string> = {};
  for (const c of columns) full[c] = input[c] ?? '';
  const result = schema.safeParse(full);
  if (result.success) return { ...(result.data as object), file, line, raw: input } as Located<z.output<S>>;
  for (const issue of result.error.issues) {
    const column = String(issue.path[0] ?? '');
    cellProblem(line, column, full[column] ?? '', issue.message);
  }
  return null;
}
