/**
 * The line and quote rules every reader of a data file shares: how lines
 * are counted (the parser's record lines, the decoder's lines of a refused
 * byte, the cell columns of an annotation), and how one row is read where
 * papaparse cannot serve (the cell offsets an annotation needs, and rows
 * with a malformed quote, which papaparse recovers from differently from
 * how the data gate has always reported them).
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The text with every line break written as LF. A line ends at LF, CRLF or a
 * lone CR (old Mac exports), and a file may mix them (a row pasted from
 * another export); papaparse takes one line break, so it reads this form.
 * Each break stays one character, so the n-th LF is the n-th line break.
 */
export function normalizeBreaks(text: string): string {
  if (text.indexOf('\r') === -1) return text;
  // CRLF first, then any CR left alone: two searches for a string are faster than one for a pattern.
  const crlf = text.replaceAll('\r\n', '\n');
  return crlf.indexOf('\r') === -1 ? crlf : crlf.replaceAll('\r', '\n');
}

/**
 * Whether a text has line breaks and every one of them is CRLF (Excel on
 * Windows): each LF follows a CR, and there are as many CRs as LFs. Such a
 * text needs no copy with LF to be read (`normalizeBreaks`): papaparse reads
 * it with CRLF as its line break.
 */
export function onlyCrlf(text: string): boolean {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== CR) return false;
    breaks++;
  }
  if (breaks === 0) return false;
  let crs = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) crs++;
  return crs === breaks;
}

/** 1-based line of an offset in a text: one more than the line breaks (LF, CRLF, lone CR) before it. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
  }
  return line;
}

/** Offset where each line of a text starts (LF, CRLF and a lone CR end a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // Only LF breaks: let indexOf find them.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  // CRLF (Excel on Windows) or a mix: the next CR and the next LF are each found by indexOf, not character by character.
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr !== -1 || lf !== -1) {
    if (lf === -1 || (cr !== -1 && cr < lf)) {
      // A CR ends a line, with the LF right after it if there is one.
      const end = cr + 1 === lf ? lf : cr;
      starts.push(end + 1);
      cr = text.indexOf('\r', end + 1);
      if (end === lf) lf = text.indexOf('\n', end + 1);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return starts;
}

/** The 1-based line of a text without its line break, from `lineStarts(text)`, or undefined. */
export function lineText(text: string, starts: readonly number[], line: number): string | undefined {
  if (!Number.isInteger(line) || line < 1 || line > starts.length) return undefined;
  const from = starts[line - 1]!;
  let to = line < starts.length ? starts[line]! - 1 : text.length;
  // The break before the next line is CRLF, CR or LF: leave all of it out.
  if (line < starts.length && text.charCodeAt(to) === LF && text.charCodeAt(to - 1) === CR && to - 1 >= from) to--;
  return text.slice(from, to);
}

/** One row read from an offset by `readRow`. */
export interface Row {
  cells: string[];
  /** Offset in the text where each cell starts. */
  starts: number[];
  /** Offset just after the row's line break, or the end of the text. */
  end: number;
  /** Line breaks inside the row's quoted cells. */
  breaks: number;
  /** A quoted cell never closes: the line breaks before its opening quote; the row then runs to the end of the text. */
  open: number | null;
  /** For each closing quote followed by text (`"3"x`), the line breaks before it. */
  after: number[];
}

/**
 * The rows of a file's text read again from the line they start on, for the
 * messages that quote a cell as written and the annotations that place it:
 * the last row read is kept, since one row's problems come together (the two
 * carry warnings of a row, each placed), and where each line starts is found
 * once, on the first question. `release` lets the text go.
 */
export class RowsOfText {
  private text: string | null;
  private starts: number[] | null = null;
  private line = 0;
  private row: Row | null = null;

  constructor(
    text: string,
    private readonly delimiter: number,
  ) {
    this.text = text;
  }

  /** Whether the text is still held. */
  get held(): boolean {
    return this.text !== null;
  }

  /** The row starting on a 1-based line of the text, or undefined past its lines; throws once the text is let go. */
  rowAt(line: number): Row | undefined {
    if (this.text === null) throw new Error('The cells as written are read only while the data is loaded.');
    if (line !== this.line) {
      this.starts ??= lineStarts(this.text);
      const from = this.starts[line - 1];
      this.row = from === undefined ? null : readRow(this.text, from, this.delimiter);
      this.line = line;
    }
    return this.row ?? undefined;
  }

  /** The offset where a 1-based line starts (the line must exist: asked after `rowAt`). */
  lineStart(line: number): number {
    return this.starts![line - 1]!;
  }

  release(): void {
    this.text = null;
    this.starts = null;
    this.row = null;
    this.line = 0;
  }
}

/** The end of an unquoted stretch: the next delimiter or line break, or the end of the text. */
function unquotedEnd(text: string, from: number, delimiter: number): number {
  let k = from;
  while (k < text.length) {
    const d = text.charCodeAt(k);
    if (d === delimiter || d === LF || d === CR) break;
    k++;
  }
  return k;
}

/**
 * Reads one row from `from` with the quote rules of RFC 4180 as spreadsheets
 * write them: a quote opens a quoted cell only at the start of a cell, `""`
 * inside one is a quote, line breaks inside one are text; a quote inside an
 * unquoted cell is plain text. Where papaparse would search on for another
 * closing quote, text after a closing quote is kept in the cell up to the
 * next delimiter (and reported by the caller), so the rows after it still
 * read as written. LF, CRLF and a lone CR end the row.
 */
export function readRow(text: string, from: number, delimiter: number): Row {
  const n = text.length;
  const row: Row = { cells: [], starts: [], end: n, breaks: 0, open: null, after: [] };
  let i = from;
  for (;;) {
    row.starts.push(i);
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(text, i, delimiter, row);
      if (quoted === null) return row;
      cell = quoted.value;
      i = quoted.next;
    } else {
      const k = unquotedEnd(text, i, delimiter);
      cell = text.slice(i, k);
      i = k;
    }
    row.cells.push(cell);
    if (i >= n) return row;
    if (text.charCodeAt(i) === delimiter) {
      i++;
      // A delimiter at the very end of the text still ends an (empty) last cell.
      if (i >= n) {
        row.starts.push(i);
        row.cells.push('');
        return row;
      }
      continue;
    }
    row.end = i + (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1);
    return row;
  }
}

/**
 * The quoted cell opening at `at`: its value and where reading goes on, with
 * the row's line breaks counted and text after the closing quote noted in
 * `row.after`. Null when the quote never closes: the value read so far is the
 * row's last cell, and `row.open` says on which of its lines the quote opened.
 */
function readQuoted(text: string, at: number, delimiter: number, row: Row): { value: string; next: number } | null {
  const n = text.length;
  const opened = row.breaks;
  let value = '';
  let part = at + 1;
  let j = part;
  let closed = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      if (text.charCodeAt(j + 1) === QUOTE) {
        value += text.slice(part, j + 1);
        j += 2;
        part = j;
        continue;
      }
      closed = true;
      break;
    }
    if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) row.breaks++;
    j++;
  }
  value += text.slice(part, j);
  if (!closed) {
    row.cells.push(value);
    row.open = opened;
    return null;
  }
  let i = j + 1;
  const c = text.charCodeAt(i);
  if (i < n && c !== delimiter && c !== LF && c !== CR) {
    row.after.push(row.breaks);
    const k = unquotedEnd(text, i, delimiter);
    value += text.slice(i, k);
    i = k;
  }
  return { value, next: i };
}
