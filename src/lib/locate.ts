/**
 * Where a cell starts on its line, for the annotations of a pull request
 * (`col=`). Computed from the file's text and the parsed header, with the
 * same quote rules as the parser; undefined whenever it cannot be told for
 * sure (a record spread over several lines, a column not in the header).
 */

const DELIMITERS = [',', ';', '\t'] as const;

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
  private lines: string[];
  private delimiter: string | undefined;

  constructor(
    text: string,
    private readonly header: readonly string[],
    headerLine: number,
  ) {
    this.lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const head = this.lines[headerLine - 1] ?? '';
    // The delimiter is the one that splits the header line into the parsed header.
    this.delimiter = DELIMITERS.find((d) => {
      const { cells } = splitLine(head, d);
      return cells.length === header.length && cells.every((c, i) => c.trim() === header[i]);
    });
  }

  /** 1-based character column where `column`'s cell starts on the 1-based `line`, or undefined. */
  col(line: number, column: string): number | undefined {
    const index = this.header.indexOf(column);
    const text = this.lines[line - 1];
    if (index < 0 || text === undefined || this.delimiter === undefined) return undefined;
    const { starts, closed } = splitLine(text, this.delimiter);
    // An open quote means the record goes on over the next line: cells after it start on later lines.
    const start = starts[index];
    if (start === undefined) return undefined;
    // A complete line with another number of cells than the header cannot be matched to columns.
    if (closed && starts.length !== this.header.length) return undefined;
    // Characters, not UTF-16 units: a Vietnamese letter outside the BMP is rare but counts as one.
    return [...text.slice(0, start)].length + 1;
  }
}
