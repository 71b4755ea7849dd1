/**
 * Where a cell starts on its line, for the annotations of a pull request
 * (`col=`). Computed from the file's text and the parsed header, with the
 * same quote rules as the parser; undefined whenever it cannot be told for
 * sure (a record spread over several lines, a column not in the header).
 */

/** Where the cells of one line start (0-based offsets), honouring quotes, and whether its quotes are closed. */
function cellStarts(line: string, delimiter: string): { starts: number[]; closed: boolean } {
  const starts = [0];
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"' && cellStart) {
      quoted = true;
      cellStart = false;
    } else if (ch === delimiter) {
      starts.push(i + 1);
      cellStart = true;
    } else cellStart = false;
  }
  return { starts, closed: !quoted };
}

/**
 * How many characters (code points, as `[...text.slice(0, end)].length`
 * counts them) the first `end` UTF-16 units of the text hold: a surrogate
 * pair is one, a lone surrogate is one too.
 */
function codePoints(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
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
  /** Offset in `text` where each line starts, found on the first question: most files are never asked. */
  private lineStarts: number[] | null = null;

  /**
   * @param delimiter the delimiter the parser found in the header row
   * @param columns each contract column's 0-based position in the header, whatever the header calls it
   * @param width the number of cells of the header row
   */
  constructor(
    text: string,
    private readonly delimiter: string | null,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly width: number,
  ) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** The 1-based line of the text, as splitting at CRLF, CR or LF would give it, or undefined. */
  private lineAt(line: number): string | undefined {
    const text = this.text;
    if (this.lineStarts === null) {
      const starts = [0];
      if (text.indexOf('\r') === -1) {
        // Only LF breaks: let indexOf find them.
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      } else {
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 13) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          } else if (c === 10) starts.push(i + 1);
        }
      }
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    if (!Number.isInteger(line) || line < 1 || line > starts.length) return undefined;
    const from = starts[line - 1]!;
    let to = line < starts.length ? starts[line]! - 1 : text.length;
    // The break before the next line is CRLF, CR or LF: leave all of it out.
    if (line < starts.length && text.charCodeAt(to) === 10 && text.charCodeAt(to - 1) === 13 && to - 1 >= from) to--;
    return text.slice(from, to);
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
    const text = this.lineAt(line);
    if (text === undefined) return undefined;
    const { starts, closed } = cellStarts(text, this.delimiter);
    // An open quote means the record goes on over the next line: cells after it start on later lines.
    const start = starts[index];
    if (start === undefined) return undefined;
    // A complete line with another number of cells than the header cannot be matched to columns.
    if (closed && starts.length !== this.width) return undefined;
    // Characters, not UTF-16 units: a Vietnamese letter outside the BMP is rare but counts as one.
    return codePoints(text, start) + 1;
  }
}
