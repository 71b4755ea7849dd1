/**
 * A sheet exported with its report title ("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN
 * SỰ NĂM 2025") or the form's row of merged group labels ("Về việc,,,Về
 * tiền,,,") above the column names: the first line is then read as the
 * header, and every column and every cell is reported wrong. Found here
 * before the file is parsed, so that one problem names the line the column
 * names are on and says what to delete.
 */
import { readRow } from '../csv-lines';
import { error, type Problem } from '../problems';
import { HeaderLookup } from '../schemas/headers';

/** How many lines below the first one the column names are looked for. */
export const HEADER_SEARCH_LINES = 10;

/** How many lines above the column names a message quotes. */
const QUOTED_LINES = 3;

const DELIMITER_CODES = [',', ';', '\t'].map((d) => d.charCodeAt(0));

/** A line with nothing on it but blanks and delimiters, as the parser skips it before the header. */
const isBlankLine = (line: string) => /^[\s,;]*$/.test(line);

const LOOKUPS = new WeakMap<readonly string[], HeaderLookup>();

function lookupOf(columns: readonly string[]): HeaderLookup {
  let lookup = LOOKUPS.get(columns);
  if (!lookup) {
    lookup = new HeaderLookup(columns);
    LOOKUPS.set(columns, lookup);
  }
  return lookup;
}

/** The lines of a text one by one (LF, CRLF or CR breaks), read no further than asked. */
function* linesOf(text: string): Generator<string> {
  // A byte-order mark is no part of the first line.
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (from < text.length) {
    // Char by char: indexOf('\r') would scan a whole file that has none.
    let end = from;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    yield text.slice(from, end);
    from = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** How many of the required columns a line names, by name or Vietnamese label, with its best delimiter. */
function recognised(line: string, required: readonly string[], lookup: HeaderLookup): number {
  let best = 0;
  for (const code of DELIMITER_CODES) {
    const named = new Set<string>();
    for (const cell of readRow(line, 0, code).cells) {
      const column = lookup.match(cell)?.column;
      if (column !== undefined && required.includes(column)) named.add(column);
    }
    best = Math.max(best, named.size);
  }
  return best;
}

/** A line above the column names as a message quotes it: its cells that hold something. */
function quoted(line: string): string {
  const cells = line
    .split(/[,;\t]/)
    .map((c) => c.trim().replace(/^"|"$/g, ''))
    .filter((c) => c !== '');
  const text = cells.join(' | ');
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

/**
 * The problem of a file whose column names are not on its first line: when
 * the first line that holds anything names fewer than half of the required
 * columns and one of the `HEADER_SEARCH_LINES` lines below it names more than
 * half, that line is the header, and the lines above it are a title or group
 * labels to delete. Null when the first line is the header, or when no line
 * below looks more like one (then the header checks report what is wrong).
 */
export function headerNotFirst(file: string, text: string, required: readonly string[]): Problem | null {
  const lookup = lookupOf(required);
  const above: string[] = [];
  let first: number | null = null;
  for (const line of linesOf(text)) {
    const n = above.length + 1;
    if (first === null && !isBlankLine(line)) {
      if (recognised(line, required, lookup) * 2 >= required.length) return null;
      first = n;
    } else if (first !== null) {
      if (n > first + HEADER_SEARCH_LINES) return null;
      if (!isBlankLine(line) && recognised(line, required, lookup) * 2 > required.length) {
        return misplacedHeader(file, n, above);
      }
    }
    above.push(line);
  }
  return null;
}

function misplacedHeader(file: string, line: number, above: readonly string[]): Problem {
  const shown = above
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l }) => !isBlankLine(l))
    .slice(0, QUOTED_LINES)
    .map(({ l, n }) => ({ vi: `dòng ${n} ghi ${quoted(l)}`, en: `line ${n} reads ${quoted(l)}` }));
  const lines =
    line === 2 ? { vi: 'dòng 1', en: 'line 1' } : { vi: `các dòng 1–${line - 1}`, en: `lines 1–${line - 1}` };
  return error({
    code: 'header-not-first',
    file,
    line,
    vi:
      `Tên cột nằm ở dòng ${line}, không phải dòng đầu tiên của tệp: phía trên, ${shown.map((s) => s.vi).join('; ')}. ` +
      `Hãy xóa ${lines.vi} để dòng tên cột là dòng đầu tiên (tệp dữ liệu không có tiêu đề báo cáo hay dòng nhóm cột gộp ô). Các dòng còn lại của tệp chưa được kiểm tra.`,
    en:
      `The column names are on line ${line}, not on the first line of the file: above them, ${shown.map((s) => s.en).join('; ')}. ` +
      `Delete ${lines.en} so that the column names are the first line (a data file has no report title nor row of merged group labels). The rest of the file was not checked.`,
  });
}
