/**
 * Where a cell starts on its line, for the annotations of a pull request
 * (`col=`). Computed from the file's text and the parsed header, with the
 * parser's own line and quote rules (`csv-lines.ts`); undefined whenever it
 * cannot be told for sure (a record spread over several lines, a column not
 * in the header).
 */
import { lineStarts, lineText, type RowsOfText, readRow } from './csv-lines';

/**
 * How many characters (code points, as `[...text.slice(from, end)].length`
 * counts them) the UTF-16 units of the text from `from` to `end` hold: a
 * surrogate pair is one, a lone surrogate is one too.
 */
function codePoints(text: string, from: number, end: number): number {
  let n = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Character columns of the cells of a text, line by line, once per file. */
export class CellLocator {
  /** For a file that was not read (refused bytes): no cell can be placed. */
  static readonly none = new CellLocator('', null, new Map(), 0);

  private readonly text: string;
  /** The rows the messages read from the same text, when they may be shared (see `fromShared`). */
  private readonly rows: RowsOfText | null;
  /** Offset in `text` where each line starts, found on the first question: most files are never asked. */
  private lineStarts: number[] | null = null;

  /**
   * @param delimiter the delimiter the parser found in the header row
   * @param columns each contract column's 0-based position in the header, whatever the header calls it
   * @param width the number of cells of the header row
   * @param rows the rows read again from the same text for the cells as written (`writtenRows`), if any
   */
  constructor(
    text: string,
    private readonly delimiter: string | null,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly width: number,
    rows?: RowsOfText,
  ) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // Shared only over the very same text: a byte-order mark left out here moves every offset of the first line.
    this.rows = rows !== undefined && this.text === text ? rows : null;
  }

  /** The line last read, with where its cells start: problems come a row at a time, often several on one row. */
  private last: { line: number; text: string; starts: number[]; open: number | null } | null = null;

  /** The 1-based line of the text and where its cells start, or undefined. */
  private rowAt(line: number): { text: string; starts: number[]; open: number | null } | undefined {
    if (this.last?.line === line) return this.last;
    const text = this.lineAt(line);
    if (text === undefined || this.delimiter === null) return undefined;
    const { starts, open } = readRow(text, 0, this.delimiter.charCodeAt(0));
    this.last = { line, text, starts, open };
    return this.last;
  }

  /** The 1-based line of the text, as splitting at CRLF, CR or LF would give it, or undefined. */
  private lineAt(line: number): string | undefined {
    this.lineStarts ??= lineStarts(this.text);
    return lineText(this.text, this.lineStarts, line);
  }

  /**
   * 1-based character column where `column`'s cell starts on the 1-based
   * `line`, or undefined. `column` is a contract name, or a problem's column
   * as shown for a Vietnamese header ("Thụ lý mới (việc) = cases_new").
   */
  col(line: number, column: string): number | undefined {
    const shown = column.lastIndexOf(' = ');
    const index = this.columns.get(shown >= 0 ? column.slice(shown + 3) : column);
    if (index === undefined || this.delimiter === null) return undefined;
    const shared = this.fromShared(line, index);
    if (shared !== null) return shared;
    const read = this.rowAt(line);
    if (read === undefined) return undefined;
    const { text, starts, open } = read;
    // An open quote means the record goes on over the next line: cells after it start on later lines.
    const start = starts[index];
    if (start === undefined) return undefined;
    // A complete line with another number of cells than the header cannot be matched to columns.
    if (open === null && starts.length !== this.width) return undefined;
    // Characters, not UTF-16 units: a Vietnamese letter outside the BMP is rare but counts as one.
    return codePoints(text, 0, start) + 1;
  }

  /**
   * The column as `col` gives it, from the row the messages read of the line
   * (its cell as written comes just before its place: the row is read once):
   * a row that lies on its line alone, no line break in its quotes and no
   * quote left open, has the cells and starts reading the line alone gives.
   * Null when that cannot be told here, and `col` reads the line itself.
   */
  private fromShared(line: number, index: number): number | undefined | null {
    const rows = this.rows;
    if (rows === null || !rows.held || !Number.isInteger(line) || line < 1) return null;
    const row = rows.rowAt(line);
    if (row === undefined || row.breaks !== 0 || row.open !== null) return null;
    const start = row.starts[index];
    if (start === undefined || row.starts.length !== this.width) return undefined;
    return codePoints(this.text, rows.lineStart(line), start) + 1;
  }
}
