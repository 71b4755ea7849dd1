/**
 * The cells of a valid row as written, read again from the file's text when
 * a message asks for one: a row keeps its numbers, not its cells, so that a
 * large file is held once, as its text, and only until its problems are
 * placed (`release`).
 */
import { RowsOfText } from '../csv-lines';

const LINE = Symbol('line');

/** Each row's cells as written, and the release of the text they are read from. */
export interface WrittenRows {
  /** A row's cells as written, keyed by column name. */
  rowOf: (cells: readonly string[], line: number) => Readonly<Record<string, string>>;
  /** The rows read again from the text, which the cell locator may share (`CellLocator`). */
  rows: RowsOfText;
  /** Lets the file's text go: reading a cell of any of its rows afterwards throws. */
  release: () => void;
}

/**
 * A maker of each row's cells as written, keyed by column name, for a file
 * whose text is `text` (as decoded: a byte-order mark and any line breaks)
 * and whose `column` is its `cellOf.get(column)`-th cell. Reading a row
 * costs a `readRow` of its line; the last row read is kept, since messages
 * ask for several cells of one row.
 */
export function writtenRows(text: string, delimiter: string, cellOf: ReadonlyMap<string, number>): WrittenRows {
  const rows = new RowsOfText(text, delimiter.charCodeAt(0));
  class Written {
    readonly [LINE]: number;
    constructor(line: number) {
      this[LINE] = line;
    }
  }
  for (const [column, i] of cellOf) {
    Object.defineProperty(Written.prototype, column, {
      enumerable: true,
      get(this: Written) {
        return rows.rowAt(this[LINE])!.cells[i];
      },
    });
  }
  return {
    rowOf: (_, line) => new Written(line) as unknown as Readonly<Record<string, string>>,
    rows,
    release: () => rows.release(),
  };
}
