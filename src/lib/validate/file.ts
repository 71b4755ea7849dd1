import type { z } from 'zod';
import type { RowsOfText } from '../csv-lines';
import type { Located } from '../domain/types';
import { CellLocator } from '../locate';
import { type CsvRecord, readCsv } from '../parse';
import type { Problem, ProblemSink } from '../problems';
import type { SourceFile } from '../read';
import { headerNotFirst } from './header-position';
import { startTable, type TableSpec, type TableStart } from './table';
import { writtenRows } from './written';

/** One CSV file read against its contract, with what is needed to avoid cascades and to place cells. */
export interface Table<T> {
  rows: Located<T>[];
  /** Records that did not pass their own checks, with the cells asked for, as written (none when `onFailed` took them). */
  failed: CsvRecord[];
  /** Lines of errors that no record of the file stands for (a row the parser could not split, a bad header). */
  unplaced: number[];
  /** The file's problems (without its bad cells' when `onCellProblem` took them). */
  problems: Problem[];
  locator: CellLocator;
  records: number;
  /** Lets the file's text go once its problems are placed: the rows' cells as written can no longer be read. */
  release: () => void;
}

/** A file not read at all: its problems stand for every line of it. */
const unread = <T>(problems: Problem[], line: number): Table<T> => ({
  rows: [],
  failed: [],
  unplaced: [line],
  problems,
  locator: CellLocator.none,
  records: 0,
  release: () => {},
});

/** Where a table's records and problems go, besides the table itself. */
export interface ReadOptions {
  /** Columns whose cells a failed record keeps, as written (whatever its header calls each). */
  keep?: readonly string[];
  /** Takes each bad cell's problem, placed at its character column, as the records come; by default the table holds them. */
  onCellProblem?: ProblemSink;
  /** Takes each failed record with its kept cells; by default the table holds them in `failed`. */
  onFailed?: (record: CsvRecord) => void;
}

/**
 * A CSV file read against its contract record by record: each record is
 * checked as the parser yields it, a valid one kept as its row (numbers, its
 * cells read again from the text when a message needs them), a failed one
 * with the cells of the columns named in `keep`. With `onCellProblem` and
 * `onFailed`, a file of a million bad rows leaves nothing per row behind.
 * Longer than 60 lines because the header's columns, the record callback and
 * the locator that places each bad cell are set up together around one scan.
 */
export function readTable<S extends z.ZodType<unknown, Record<string, string>>>(
  src: SourceFile,
  spec: TableSpec<S>,
  options: ReadOptions = {},
): Table<z.output<S>> {
  // Bytes that could not be decoded were refused by the reader; its problem says why, and nothing is read.
  if (src.problems?.length) {
    return unread([...src.problems], 0);
  }
  // Column names below a title or group labels: one problem says so, and no column or cell is read wrongly.
  const misplaced = headerNotFirst(src.file, src.text, spec.required);
  if (misplaced) return unread([misplaced], misplaced.line!);
  const failed: CsvRecord[] = [];
  const onFailed = options.onFailed ?? ((r: CsvRecord) => failed.push(r));
  // A million failed rows name a few hundred codes and periods: each is held once.
  const seen = new Map<string, string>();
  const interned = (s: string) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
  let locator = CellLocator.none;
  const onCellProblem = options.onCellProblem;
  const placed: ProblemSink | undefined = onCellProblem
    ? (p) => {
        const col = locator.col(p.line!, p.column!);
        if (col !== undefined) p.col = col;
        onCellProblem(p);
      }
    : undefined;
  let table: TableStart<z.output<S>> | null = null;
  let release = () => {};
  let rows: RowsOfText | undefined;
  const scan = readCsv(src.file, src.text, (head, delimiter) => {
    // Kept by the column each header was matched to, so that "Mã đơn vị" or "Code" keeps the code as "code" does.
    let kept: (readonly [string, number])[] = [];
    const start: TableStart<z.output<S>> = startTable(head, spec, {
      rawOf: (columns) => {
        const written = writtenRows(src.text, delimiter, columns);
        release = written.release;
        rows = written.rows;
        return written.rowOf;
      },
      onFailed: (cells, line) => {
        const named: Record<string, string> = {};
        for (const [name, i] of kept) named[name] = interned(cells[i]!);
        onFailed({ line, cells: named });
      },
      ...(placed ? { onCellProblem: placed } : {}),
    });
    // The locator places a problem's cell from the row its message read, when it can.
    locator = new CellLocator(src.text, delimiter, start.columns, head.header.length, rows);
    kept = (options.keep ?? []).flatMap((name) => {
      const i = start.cellOf.get(name);
      return i === undefined ? [] : [[name, i] as const];
    });
    table = start;
    return start.onRecord;
  });
  const read: TableStart<z.output<S>> = table ?? {
    rows: [],
    problems: [],
    columns: new Map(),
    cellOf: new Map(),
    onRecord: null,
  };
  const problems = [...scan.problems, ...read.problems];
  // A cell's problem is on its record's line; the parser's are on a record's line only when the row was still read.
  const unplaced = [
    ...scan.problems.filter((p) => p.severity === 'error' && !scan.onRecords.has(p)),
    ...read.problems.filter((p) => p.severity === 'error' && !p.code.startsWith('cell-')),
  ];
  return {
    rows: read.rows,
    failed,
    // An unknown column still lets every row be read; any other header or parser problem may hide rows.
    unplaced: unplaced.filter((p) => p.code !== 'unknown-column').map((p) => p.line ?? 0),
    problems,
    locator,
    records: scan.records,
    release,
  };
}
