/**
 * Where a cell starts on its line, for the annotations of a pull request
 * (`col=`). Computed from the file's text and the parsed header, with the
 * same quote rules as the parser; undefined whenever it cannot be told for
 * sure (a record spread over several lines, a column not in the header).
 */

/** Splits one line into cells with their 0-based start offsets, honouring quotes. */
function splitLine(line: string, delimiter: string): { starts: number[]; cells: string[]; closed: boolean } {
  const starts = [0];
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && cellStart) {
      quoted = true;
      cellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      starts.push(i + 1);
      cellStart = true;
    } else {
      cell += ch;
      cellStart = false;
    }
  }
  cells.push(cell);
  return { starts, cells, closed: !quoted };
}

/** Character columns of the cells of a text, line by line, once per file. */
export class CellLocator {
  /** For a file that was not read (refused bytes): no cell can be placed. */
  static readonly none = new CellLocator('', null, new Map(), 0);

  private lines: string[];

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
    this.lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  }

  /**
   * 1-based character column where `column`'s cell starts on the 1-based
   * `line`, or undefined. `column` is a contract name, or a problem's column
   * as shown for a Vietnamese header ("Thụ lý mới (việc) = cases_new").
   */
  col(line: number, column: string): number | undefined {
    const shown = column.lastIndexOf(' = ');
    const index = this.columns.get(shown >= 0 ? column.slice(shown + 3) : column);
    const text = this.lines[line - 1];
    if (index === undefined || text === undefined || this.delimiter === null) return undefined;
    const { starts, closed } = splitLine(text, this.delimiter);
    // An open quote means the record goes on over the next line: cells after it start on later lines.
    const start = starts[index];
    if (start === undefined) return undefined;
    // A complete line with another number of cells than the header cannot be matched to columns.
    if (closed && starts.length !== this.width) return undefined;
    // Characters, not UTF-16 units: a Vietnamese letter outside the BMP is rare but counts as one.
    return [...text.slice(0, start)].length + 1;
  }
}
