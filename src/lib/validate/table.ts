import { z } from 'zod';
import type { Located } from '../domain/types';
import type { CsvHead, ParsedCsv, RecordSink } from '../parse';
import type { Problem, ProblemSink } from '../problems';
import {
  CELL_MESSAGES,
  CellFailure,
  type CellMessage,
  type CellParse,
  cellFastPath,
  cellParser,
  debrisOf,
} from '../schemas/cells';
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
  parsers: ColumnParser[] | null;
}

/** A column's parse function, and the fast path its cell schema may have (`cellFastPath`). */
interface ColumnParser {
  column: string;
  parse: CellParse<unknown>;
  fast: ((s: string) => number) | null;
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
        fast: cellFastPath(s as z.ZodType) ?? null,
      }))
    : null;
  const compiled = { columns, lookup: new HeaderLookup(columns), parsers };
  COMPILED.set(spec.schema, compiled);
  return compiled;
}

/** A row's cells as written, from its cells as read and its line. */
export type RawOf = (cells: readonly string[], line: number) => Readonly<Record<string, string>>;

/** What reading a table record by record fills, and where its records go. */
export interface TableStart<T> {
  rows: Located<T>[];
  /** The header's problems, then one per bad cell as the records come (unless `onCellProblem` takes those). */
  problems: Problem[];
  /** Column name → its 0-based position in the header, whatever the header calls it. */
  columns: Map<string, number>;
  /** Column name → the position of the cell a record's value is read from (the last of a header written twice). */
  cellOf: ReadonlyMap<string, number>;
  /** Null when a required column is missing: then no record is read. */
  onRecord: RecordSink | null;
}

export interface TableOptions {
  /** How a valid row keeps its cells as written, given each column's cell position; by default an object of them. */
  rawOf?: (cellOf: ReadonlyMap<string, number>) => RawOf;
  /** Takes a record that did not pass, with its cells as read. */
  onFailed?: RecordSink;
  /** Takes each bad cell's problem as it is found; by default `problems` holds them. */
  onCellProblem?: ProblemSink;
}

/** Each column's cells as an object keyed by column name, for a row held whole. */
const keptCells =
  (cellOf: ReadonlyMap<string, number>): RawOf =>
  (cells) =>
    Object.fromEntries([...cellOf].map(([column, i]) => [column, cells[i]!]));

/**
 * Starts checking a CSV file against its column contract and row schema,
 * given its header: the returned sink checks each record as the parser
 * yields it. Headers are matched to columns by name or Vietnamese label
 * (`schemas/headers.ts`). Unknown columns are errors (a typo must not be
 * silently ignored), with the nearest known name when one is plausible; a
 * missing optional column reads as empty cells.
 */
export function startTable<S extends z.ZodType<unknown, Record<string, string>>>(
  head: CsvHead,
  spec: TableSpec<S>,
  options: TableOptions = {},
): TableStart<z.output<S>> {
  const compiled = compile(spec);
  const { headerOf, problems } = matchHeaders(head, compiled.columns, compiled.lookup);
  const missing = missingColumns(head, spec.required, headerOf);
  problems.push(...missing);
  const columns = new Map([...headerOf].map(([column, { index }]) => [column, index]));
  // A header written twice the same way: its last cell is read, as keying the cells by header name always did.
  const cellOf = new Map([...headerOf].map(([column, { header }]) => [column, head.header.lastIndexOf(header)]));
  const rows: Located<z.output<S>>[] = [];
  if (missing.length > 0) return { rows, problems, columns, cellOf, onRecord: null };
  const rawOf = (options.rawOf ?? keptCells)(cellOf);
  const onFailed = options.onFailed ?? (() => {});
  const cellProblem = cellProblems(head.file, headerOf, options.onCellProblem ?? ((p) => problems.push(p)));
  const read = compiled.parsers
    ? rowReader(compiled.parsers, cellOf, head.file, cellProblem, rawOf)
    : schemaReader(spec.schema, compiled.columns, cellOf, head.file, cellProblem, rawOf);
  const onRecord: RecordSink = (cells, line) => {
    const row = read(cells, line);
    if (row === null) onFailed(cells, line);
    else rows.push(row as Located<z.output<S>>);
  };
  return { rows, problems, columns, cellOf, onRecord };
}

/**
 * Checks a parsed CSV, held whole, against its column contract and row
 * schema (`startTable` record by record).
 */
export function validateTable<S extends z.ZodType<unknown, Record<string, string>>>(
  parsed: ParsedCsv,
  spec: TableSpec<S>,
): { rows: Located<z.output<S>>[]; problems: Problem[]; columns: Map<string, number> } {
  if (parsed.header.length === 0) return { rows: [], problems: [], columns: new Map() };
  const { rows, problems, columns, onRecord } = startTable(parsed, spec);
  if (onRecord)
    for (const r of parsed.records)
      onRecord(
        parsed.header.map((h) => r.cells[h] ?? ''),
        r.line,
      );
  return { rows, problems, columns };
}

/** Reports a bad cell: a problem names the column as the file writes it, and the contract's name when that differs. */
type CellProblem = (line: number, column: string, value: string, message: string) => void;

function cellProblems(file: string, headerOf: HeaderOf, onProblem: ProblemSink): CellProblem {
  const shownColumn = (column: string) => {
    const header = headerOf.get(column)?.header;
    return header === undefined || header === column ? column : `${header} = ${column}`;
  };
  // A file of a million bad cells repeats a few columns, messages and values: each string is made and held once.
  const shared = new Map<string, string>();
  const once = (s: string) => {
    const known = shared.get(s);
    if (known !== undefined) return known;
    shared.set(s, s);
    return s;
  };
  return (line, column, value, message) => {
    const known = message in CELL_MESSAGES;
    const text = known ? CELL_MESSAGES[message as CellMessage] : { vi: message, en: message };
    // Written out as `error()` makes it, in one object literal of one shape: a million of them stay small.
    onProblem({
      severity: 'error',
      code: once(`cell-${known ? message : 'invalid'}`),
      file,
      line,
      column: once(shownColumn(column)),
      value: once(value),
      vi: text.vi,
      en: text.en,
    });
  };
}

/** A property name as written in generated code; `__proto__` is spelt as a computed key, which defines it as any other. */
const key = (name: string) => (name === '__proto__' ? `[${JSON.stringify(name)}]` : JSON.stringify(name));

/** Reads one record into a row, or returns null having reported each bad cell. */
type RowRead = (cells: readonly string[], line: number) => Record<string, unknown> | null;

/**
 * The fast path of one record, written once per file as code: each column's
 * cell read by its position and parsed, and the row built as one object
 * literal (the columns in schema order, then file, line and the cells as
 * written), or null after reporting each bad cell. Per row this does no
 * look-up by a column name held in a variable, and builds nothing for the
 * cells: a problem is built only for a bad cell.
 */
function rowReader(
  parsers: readonly ColumnParser[],
  cellOf: ReadonlyMap<string, number>,
  file: string,
  cellProblem: CellProblem,
  rawOf: RawOf,
): RowRead {
  const body = parsers.map(({ column, fast }, i) => {
    const at = cellOf.get(column);
    // A missing optional column reads as empty cells.
    const cell = at === undefined ? "''" : `cells[${at}]`;
    const parse =
      `r${i} = parse[${i}](v${i});` +
      ` if (r${i} instanceof CellFailure) { ok = false; cellProblem(line, columns[${i}], v${i}, r${i}.message); }`;
    // A column with a fast path (a count) asks it first, and its parser only for a cell the fast path does not read.
    return fast
      ? `const v${i} = ${cell}; let r${i} = fast[${i}](v${i}); if (r${i} < 0) { ${parse} }`
      : `const v${i} = ${cell}; let ${parse}`;
  });
  const fields = [
    ...parsers.map(({ column }, i) => `${key(column)}: r${i}`),
    'file',
    'line',
    'raw: rawOf(cells, line)',
  ];
  // One row of the same shape with no values is made first: V8 then holds every column as any value from the start.
  // Else a count column starts as a small integer, and the first amount of 2^31 or more makes V8 move every row read
  // before it to a new layout when it is next touched (hundreds of thousands of moves for a large dataset).
  const blank = [...parsers.map(({ column }) => `${key(column)}: null`), 'file', 'line', 'raw: null'];
  const make = new Function(
    'parse',
    'fast',
    'columns',
    'CellFailure',
    'cellProblem',
    'file',
    'rawOf',
    `const blank = (line) => ({ ${blank.join(', ')} }); blank(0);\n` +
      `return (cells, line) => { let ok = true; ${body.join('\n')}\n if (!ok) return null; return { ${fields.join(', ')} }; };`,
  );
  return make(
    parsers.map((p) => p.parse),
    parsers.map((p) => p.fast),
    parsers.map((p) => p.column),
    CellFailure,
    cellProblem,
    file,
    rawOf,
  );
}

/** One record through the zod schema itself, for a schema with rules across columns (slower, same result). */
function schemaReader(
  schema: z.ZodType,
  columns: readonly string[],
  cellOf: ReadonlyMap<string, number>,
  file: string,
  cellProblem: CellProblem,
  rawOf: RawOf,
): RowRead {
  return (cells, line) => {
    const full: Record<string, string> = {};
    for (const c of columns) {
      const at = cellOf.get(c);
      full[c] = at === undefined ? '' : cells[at]!;
    }
    const result = schema.safeParse(full);
    if (result.success) return { ...(result.data as object), file, line, raw: rawOf(cells, line) };
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      cellProblem(line, column, full[column] ?? '', issue.message);
    }
    return null;
  };
}
