import type { z } from 'zod';
import type { Located } from '../domain/types';
import { CellLocator } from '../locate';
import { type CsvRecord, parseCsv } from '../parse';
import type { Problem } from '../problems';
import type { SourceFile } from '../read';
import { headerNotFirst } from './header-position';
import { type TableSpec, validateTable } from './table';

/** One CSV file read against its contract, with what is needed to avoid cascades and to place cells. */
export interface Table<T> {
  rows: Located<T>[];
  /** Records that did not pass their own checks, as written. */
  failed: CsvRecord[];
  /** Lines of errors that no record of the file stands for (a row the parser could not split, a bad header). */
  unplaced: number[];
  problems: Problem[];
  locator: CellLocator;
  records: number;
}

/** A file not read at all: its problems stand for every line of it. */
const unread = <T>(problems: Problem[], line: number): Table<T> => ({
  rows: [],
  failed: [],
  unplaced: [line],
  problems,
  locator: CellLocator.none,
  records: 0,
});

export function readTable<S extends z.ZodType<unknown, Record<string, string>>>(
  src: SourceFile,
  spec: TableSpec<S>,
): Table<z.output<S>> {
  // Bytes that could not be decoded were refused by the reader; its problem says why, and nothing is read.
  if (src.problems?.length) {
    return unread([...src.problems], 0);
  }
  // Column names below a title or group labels: one problem says so, and no column or cell is read wrongly.
  const misplaced = headerNotFirst(src.file, src.text, spec.required);
  if (misplaced) return unread([misplaced], misplaced.line!);
  const parsed = parseCsv(src.file, src.text);
  const table = validateTable(parsed, spec);
  const problems = [...parsed.problems, ...table.problems];
  // Each row stands for a record of its own line: when every record gave a row, none failed.
  let failed: CsvRecord[] = [];
  if (table.rows.length < parsed.records.length) {
    const valid = new Set(table.rows.map((r) => r.line));
    failed = parsed.records.filter((r) => !valid.has(r.line));
  }
  // The lines of the records are looked up only when there are problems to place.
  const errors = problems.filter((p) => p.severity === 'error');
  const recordLines = errors.length > 0 ? new Set(parsed.records.map((r) => r.line)) : new Set<number>();
  return {
    rows: table.rows,
    failed,
    // An unknown column still lets every row be read; any other header or parser problem may hide rows.
    unplaced: errors
      .filter((p) => !(p.line !== undefined && recordLines.has(p.line)))
      .filter((p) => p.code !== 'unknown-column')
      .map((p) => p.line ?? 0),
    problems,
    locator: new CellLocator(src.text, parsed.delimiter, table.columns, parsed.header.length),
    records: parsed.records.length,
  };
}
