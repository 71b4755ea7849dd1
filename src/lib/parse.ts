import Papa from 'papaparse';
import { lineStarts, normalizeBreaks, onlyCrlf, readRow } from './csv-lines';
import { error, type Problem } from './problems';

/** One data row of a CSV file, its cells keyed by header name. */
export interface CsvRecord {
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

/** The delimiters a spreadsheet writes: comma, semicolon (Vietnamese Windows), tab (Excel's "Unicode text"). */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A file's header row, as the parser found it. */
export interface CsvHead {
  file: string;
  header: string[];
  /** Line of the header row (blank lines may come first). */
  headerLine: number;
}

/** Takes each record of a file as the parser yields it: its cells in header order and the line it starts on. */
export type RecordSink = (cells: string[], line: number) => void;

/** What reading a file record by record leaves: its header, its parser problems, how many records it had. */
export interface CsvScan extends CsvHead {
  /** The delimiter found in the header row; null when none could be found. */
  delimiter: Delimiter | null;
  problems: Problem[];
  /** Number of records handed to the sink. */
  records: number;
  /** The problems above that fall on the first line of a record (a quote in a row that was still read). */
  onRecords: ReadonlySet<Problem>;
}

export interface ParsedCsv extends CsvHead {
  /** The delimiter found in the header row; null when none could be found. */
  delimiter: Delimiter | null;
  records: CsvRecord[];
  problems: Problem[];
}

/** A delimiter's name in a message. */
const DELIMITER_NAME: Record<Delimiter, { vi: string; en: string }> = {
  ',': { vi: 'dấu phẩy ","', en: 'comma ","' },
  ';': { vi: 'dấu chấm phẩy ";"', en: 'semicolon ";"' },
  '\t': { vi: 'dấu tab', en: 'tab' },
};
/** The short form used in the cell-count hint, kept as it always read for commas. */
const DELIMITER_WORD: Record<Delimiter, { vi: string; en: string }> = {
  ',': { vi: 'dấu phẩy', en: 'comma' },
  ';': { vi: 'dấu chấm phẩy', en: 'semicolon' },
  '\t': { vi: 'dấu tab', en: 'tab' },
};

const BOM = '\uFEFF';

/** One physical row as read. */
interface RawRow {
  cells: string[];
  line: number;
  /** The line after the row: more than one further when quoted cells hold line breaks. */
  next: number;
  /** A quote was never closed: the row swallowed the rest of the file and is not read. */
  broken: boolean;
}

/**
 * How a file is read: its text as written; the text papaparse reads, which
 * is the text as written when every line break is CRLF, else the same with
 * LF for every line break; the line break papaparse reads; and the delimiter.
 */
interface Source {
  written: string;
  text: string;
  newline: '\n' | '\r\n';
  delimiter: Delimiter;
}

/** White space but LF, as the pattern `[^\S\n]` reads it: the ASCII blanks asked first, the rest by the pattern. */
const OTHER_BLANK = /[^\S\n]/;
const isBlankChar = (c: number) =>
  c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || (c > 127 && OTHER_BLANK.test(String.fromCharCode(c)));

/**
 * Where the first closing quote at or after `from` is followed by blanks and
 * then a delimiter, a line break or the end of the text, or the text's
 * length: what the pattern `"[^\S\n]+(?=<delimiter>|\n|$)` finds, each quote
 * found by indexOf and its next characters looked at (a pattern run over the
 * whole text costs several times as much). papaparse drops such blanks
 * silently, the data gate reports them as text after the quote: where this
 * can occur, the row is read by `readRow`. In a text whose every line break
 * is CRLF, `newline` is CRLF and its CR starts a line break, not a blank:
 * the same places as in the text with LF for each CRLF.
 */
export function blanksAfterQuote(
  text: string,
  from: number,
  delimiter: Delimiter,
  newline: '\n' | '\r\n' = '\n',
): number {
  const d = delimiter.charCodeAt(0);
  const lineBreak = newline.charCodeAt(0);
  for (let i = text.indexOf('"', from); i !== -1; i = text.indexOf('"', i + 1)) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) !== lineBreak && isBlankChar(text.charCodeAt(j))) {
      // A blank that is the delimiter (a tab) ends a run of at least one blank before it.
      if (j > i + 1 && text.charCodeAt(j) === d) return i;
      j++;
    }
    if (j > i + 1 && (j === text.length || text.charCodeAt(j) === d || text.charCodeAt(j) === lineBreak)) return i;
  }
  return text.length;
}

/**
 * The cells of a row whose quoted cells hold line breaks, as written: a text
 * that mixes line breaks or has a lone CR is read by papaparse with LF for
 * every break, so such a row is read again from the text as written (rare: a
 * note over two lines in a file that mixes breaks). A text whose every break
 * is CRLF is read as written, and needs none of this.
 */
function writtenCells(src: Source): (cells: string[], line: number) => string[] {
  if (src.text === src.written) return (cells) => cells;
  let starts: number[] | null = null;
  return (_, line) => {
    starts ??= lineStarts(src.written);
    return readRow(src.written, starts[line - 1]!, src.delimiter.charCodeAt(0)).cells;
  };
}

/**
 * Splits text into rows of cells with papaparse row by row (its step mode),
 * numbering their lines: each row ends with one line break, and a row's
 * quoted cells hold the others. Only the row at hand is held. A row
 * papaparse reports (a quote never closed, text after a closing quote) is
 * read again by `readRow` from its start, and papaparse resumes after it:
 * the data gate keeps reading the rows after a malformed quote, where
 * papaparse would search on for another closing quote.
 */
function readRowByRow(src: Source, file: string, problems: Problem[], onRow: (row: RawRow) => void): void {
  const { text, delimiter, newline } = src;
  const code = delimiter.charCodeAt(0);
  let suspect = blanksAfterQuote(text, 0, delimiter, newline);
  const written = writtenCells(src);
  let line = 1;
  let start = 0;
  const emit = (cells: string[], end: number, broken: boolean) => {
    // The line after the row: one more than its line breaks inside quotes, whether or not a break ends it.
    let next = text.charCodeAt(end - 1) === 10 ? line : line + 1;
    for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) next++;
    onRow({ cells: next - line > 1 ? written(cells, line) : cells, line, next, broken });
    line = next;
    start = end;
  };
  /** Reads the row at `start` with `readRow`, reporting its quotes; returns where it ends. */
  const readOwn = () => {
    const row = readRow(text, start, code);
    for (const breaks of row.after) problems.push(quoteProblem(file, line + breaks, 'after'));
    if (row.open !== null) {
      const last = line + row.breaks - (text.endsWith('\n') ? 1 : 0);
      problems.push(quoteProblem(file, line + row.open, 'open', last));
    }
    emit(row.cells, row.end, row.open !== null);
    return row.end;
  };
  while (start < text.length) {
    // papaparse drops a byte-order mark at the start of what it reads: a row starting with one is read here.
    if (text.charCodeAt(start) === 0xfeff) {
      readOwn();
      continue;
    }
    const base = start;
    let resume = false;
    Papa.parse<string[]>(base === 0 ? text : text.slice(base), {
      delimiter,
      newline,
      quoteChar: '"',
      step: (result, parser) => {
        const end = base + result.meta.cursor;
        if (end === start) return;
        while (suspect < start) suspect = blanksAfterQuote(text, suspect + 1, delimiter, newline);
        if (result.errors.length === 0 && suspect >= end) return emit(result.data, end, false);
        if (readOwn() !== end) {
          resume = true;
          parser.abort();
        }
      },
    });
    if (!resume) break;
  }
}

function quoteProblem(file: string, line: number, kind: 'open' | 'after', lastLine = line): Problem {
  const rest =
    lastLine > line
      ? {
          vi: ` Mọi thứ từ đó đến hết tệp (dòng ${line}–${lastLine}) bị đọc thành một ô, nên các dòng này không được kiểm tra.`,
          en: ` Everything from there to the end of the file (lines ${line}–${lastLine}) reads as one cell, so these lines are not checked.`,
        }
      : { vi: '', en: '' };
  return kind === 'open'
    ? error({
        code: 'csv-quotes',
        file,
        line,
        vi: `Dấu ngoặc kép không khớp: một ô bắt đầu bằng " nhưng không được đóng lại.${rest.vi}`,
        en: `Unbalanced quotes: a cell opens with " but is never closed.${rest.en}`,
      })
    : error({
        code: 'csv-quotes',
        file,
        line,
        vi: 'Dấu ngoặc kép không khớp: có chữ ngay sau dấu " đóng ô (ô có ngoặc kép phải kết thúc bằng " rồi đến dấu phân cách).',
        en: 'Unbalanced quotes: text follows the closing " of a cell (a quoted cell must end with " followed by the delimiter).',
      });
}

/** How often each delimiter occurs outside quotes in one line of text. */
function delimiterCounts(line: string): Record<Delimiter, number> {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  return counts;
}

/**
 * The first line with something on it, and its 1-based number, in a text
 * whose line breaks are all `newline`: LF, or CRLF (then the CR before each LF
 * is no part of the line).
 */
function firstNonBlankLine(text: string, newline: '\n' | '\r\n'): { text: string; line: number } | null {
  for (let from = 0, line = 1; from < text.length; line++) {
    const to = text.indexOf('\n', from);
    const l = text.slice(from, to === -1 ? text.length : to - newline.length + 1);
    if (l.trim() !== '' && !/^[\s,;]*$/.test(l)) return { text: l, line };
    if (to === -1) break;
    from = to + 1;
  }
  return null;
}

/** Quoted for a message, shortened so that a long header stays readable. */
const shown = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}…` : s);

/**
 * The delimiter of a file, from its header row: the one that occurs there
 * outside quotes. A header holding none, or two equally often, is refused:
 * guessing would misread every row.
 */
function detectDelimiter(file: string, header: { text: string; line: number }): Delimiter | Problem {
  const counts = delimiterCounts(header.text);
  const found = DELIMITERS.filter((d) => counts[d] > 0).sort((a, b) => counts[b] - counts[a]);
  if (found.length === 0) {
    return error({
      code: 'no-delimiter',
      file,
      line: header.line,
      value: header.text,
      vi: `Không tìm thấy dấu phân cách cột trong dòng tiêu đề ${shown(header.text)}. Các cột phải được ngăn bằng dấu phẩy ",", dấu chấm phẩy ";" hoặc dấu tab.`,
      en: `No column delimiter was found in the header row ${shown(header.text)}. Columns must be separated by commas ",", semicolons ";" or tabs.`,
    });
  }
  const [first, second] = found as [Delimiter, Delimiter | undefined];
  if (second !== undefined && counts[second] === counts[first]) {
    const names = found.filter((d) => counts[d] === counts[first]).map((d) => DELIMITER_NAME[d]);
    return error({
      code: 'ambiguous-delimiter',
      file,
      line: header.line,
      value: header.text,
      vi: `Dòng tiêu đề có số lần xuất hiện bằng nhau của ${names.map((x) => x.vi).join(' và ')} (${counts[first]} lần mỗi loại), nên không biết dấu nào ngăn các cột. Hãy dùng một loại dấu phân cách cho cả tệp.`,
      en: `The header row holds as many ${names.map((x) => x.en).join(' as ')} characters (${counts[first]} each), so the column delimiter cannot be told. Use one delimiter for the whole file.`,
    });
  }
  return first;
}

/**
 * Reads CSV text record by record, keeping the line each record starts on so
 * that every later problem can name its line. The delimiter (comma,
 * semicolon or tab) is found in the header row; `onHead` is given the header
 * and returns where the records go (null: only counted). Blank lines are
 * skipped; a row whose cell count differs from the header is an error. Only
 * the row at hand is held. A text whose every line break is CRLF is read as
 * written; `asWritten` false reads it with LF for each CRLF, as any other
 * text (the same records and problems, a copy of the text more: for tests).
 * Longer than 60 lines because the row callback that papaparse drives closes
 * over the header it finds first; the reading itself is readRowByRow.
 */
export function readCsv(
  file: string,
  text: string,
  onHead: (head: CsvHead, delimiter: Delimiter) => RecordSink | null,
  asWritten = true,
): CsvScan {
  const problems: Problem[] = [];
  const onRecords = new Set<Problem>();
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const empty = (delimiter: Delimiter | null, headerLine = 1): CsvScan => ({
    file,
    header: [],
    headerLine,
    delimiter,
    records: 0,
    problems,
    onRecords,
  });

  const emptyFile = () => {
    problems.push(
      error({
        code: 'empty-file',
        file,
        vi: 'Tệp trống, không có dòng tiêu đề.',
        en: 'The file is empty: no header row.',
      }),
    );
    return empty(null);
  };
  // papaparse takes one line break. A text whose every line break is CRLF (Excel on Windows) is read as written, with
  // CRLF, and no copy of it with LF is made (that copy was about a third of the time papaparse took to read the text).
  // Any other is read with LF for every line break, so that LF, CRLF and a lone CR all end a row, even mixed in one file.
  const newline = asWritten && onlyCrlf(body) ? '\r\n' : '\n';
  const read = newline === '\r\n' ? body : normalizeBreaks(body);
  const headerText = firstNonBlankLine(read, newline);
  if (!headerText) return emptyFile();
  const delimiter = detectDelimiter(file, headerText);
  if (typeof delimiter !== 'string') {
    problems.push(delimiter);
    return empty(null, headerText.line);
  }

  let header: string[] | null = null;
  let headerLine = 1;
  let sink: RecordSink | null = null;
  let records = 0;
  // Problems before this index have been compared with the line of a record.
  let seen = 0;
  const src: Source = { written: body, text: read, newline, delimiter };
  let starts: number[] | null = null;
  const rowText = (row: RawRow) => {
    starts ??= lineStarts(src.text);
    return src.text.slice(starts[row.line - 1], starts[row.next - 1]);
  };
  const onRow = (row: RawRow) => {
    if (header === null) {
      if (isBlank(row.cells)) return;
      header = row.cells.map((h) => h.trim());
      headerLine = row.line;
      checkHeader(file, header, headerLine, problems);
      sink = onHead({ file, header, headerLine }, delimiter);
      return;
    }
    if (row.broken) return;
    const cells = row.cells;
    const width: number = header.length;
    if (cells.length !== width) {
      if (!isBlank(cells)) problems.push(cellCountProblem(file, row, width, delimiter, rowText(row)));
      return;
    }
    if (isBlank(cells)) return;
    // A problem about a row that is still read was reported just before the row is handed on.
    for (; seen < problems.length; seen++) if (problems[seen]!.line === row.line) onRecords.add(problems[seen]!);
    records++;
    sink?.(cells, row.line);
  };
  readRowByRow(src, file, problems, onRow);
  // Only quotes around nothing: no header after all.
  if (header === null) return emptyFile();
  return { file, header, headerLine, delimiter, records, problems, onRecords };
}

/**
 * Splits CSV text into a header and all its records at once, each keyed by
 * header name (`readCsv` for a file too large to hold as records).
 */
export function parseCsv(file: string, text: string): ParsedCsv {
  const records: CsvRecord[] = [];
  const {
    onRecords: _,
    records: __,
    ...scan
  } = readCsv(file, text, ({ header }) => {
    const keyed = keyedBy(header);
    return (cells, line) => records.push({ line, cells: keyed(cells) });
  });
  return { ...scan, records };
}

/**
 * A function that keys a row's cells by header name, written once per file
 * as one object literal, as d3-dsv's `csvParse` does: every record gets the
 * same shape at once, the cheapest object V8 can build. A name written twice
 * keeps its last cell, as assigning key by key would; `__proto__` is left
 * out, as assigning it would have been.
 */
function keyedBy(header: readonly string[]): (cells: string[]) => Record<string, string> {
  const fields = header.flatMap((h, i) => (h === '__proto__' ? [] : [`${JSON.stringify(h)}: cells[${i}]`]));
  return new Function('cells', `return { ${fields.join(', ')} };`) as (cells: string[]) => Record<string, string>;
}

/** Empty and repeated header names, reported on the header line. */
function checkHeader(file: string, header: string[], headerLine: number, problems: Problem[]): void {
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') {
      // An empty last column is usually a delimiter left at the end of every line.
      const last = i === header.length - 1 && i > 0;
      problems.push(
        error({
          code: 'empty-header',
          file,
          line: headerLine,
          vi: `Cột thứ ${i + 1} không có tên.${last ? ' Có thể dòng tiêu đề (và các dòng số liệu) thừa một dấu phân cách ở cuối dòng.' : ''}`,
          en: `Column ${i + 1} has no name.${last ? ' The header (and the data rows) may end with one delimiter too many.' : ''}`,
        }),
      );
    } else if (seen.has(h)) {
      problems.push(
        error({
          code: 'duplicate-column',
          file,
          line: headerLine,
          column: h,
          vi: `Cột "${h}" xuất hiện hai lần (cột ${seen.get(h)! + 1} và ${i + 1}).`,
          en: `Column "${h}" appears twice (columns ${seen.get(h)! + 1} and ${i + 1}).`,
        }),
      );
    } else seen.set(h, i);
  });
}

/**
 * A row with too few or too many cells. When the row would fit the header
 * with another delimiter, say so: a line pasted from another export is the
 * usual cause, and "extra cells" alone would not tell the maintainer.
 */
function cellCountProblem(file: string, row: RawRow, width: number, delimiter: Delimiter, text: string): Problem {
  const counts = delimiterCounts(text);
  const other = DELIMITERS.find((d) => d !== delimiter && width > 1 && counts[d] === width - 1);
  if (other) {
    return error({
      code: 'mixed-delimiter',
      file,
      line: row.line,
      vi: `Dòng này dùng ${DELIMITER_NAME[other].vi} để ngăn các ô, còn dòng tiêu đề dùng ${DELIMITER_NAME[delimiter].vi} (đọc được ${row.cells.length} ô thay vì ${width}). Cả tệp phải dùng một loại dấu phân cách.`,
      en: `This row separates its cells with a ${DELIMITER_NAME[other].en} but the header uses a ${DELIMITER_NAME[delimiter].en} (${row.cells.length} cell(s) read instead of ${width}). The whole file must use one delimiter.`,
    });
  }
  const word = DELIMITER_WORD[delimiter];
  // In a comma file, a number written with a decimal comma and no quotes is the usual extra cell.
  const decimal =
    delimiter === ',' && row.cells.length > width
      ? {
          vi: ' Số có dấu phẩy thập phân (83,25) phải đặt trong ngoặc kép ("83,25") hoặc viết bằng dấu chấm (83.25).',
          en: ' A number with a decimal comma (83,25) must be quoted ("83,25") or written with a point (83.25).',
        }
      : { vi: '', en: '' };
  return error({
    code: 'cell-count',
    file,
    line: row.line,
    vi: `Dòng có ${row.cells.length} ô nhưng tiêu đề có ${width} cột (thiếu hoặc thừa ${word.vi}?).${decimal.vi}`,
    en: `The row has ${row.cells.length} cells but the header has ${width} columns (a missing or extra ${word.en}?).${decimal.en}`,
  });
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
