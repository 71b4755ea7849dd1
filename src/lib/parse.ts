import Papa from 'papaparse';
import { error, type Problem } from './problems';

/** One data row of a CSV file, its cells keyed by header name. */
export interface CsvRecord {
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

export interface ParsedCsv {
  file: string;
  header: string[];
  /** Line of the header row (blank lines may come first). */
  headerLine: number;
  records: CsvRecord[];
  problems: Problem[];
}

const BOM = '\uFEFF';

/**
 * Splits CSV text into a header and records, keeping the line each record
 * starts on so that every later problem can name its line. Blank lines are
 * skipped; a row whose cell count differs from the header is an error.
 */
export function parseCsv(file: string, text: string): ParsedCsv {
  const problems: Problem[] = [];
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const result = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });

  for (const e of result.errors) {
    // Papaparse reports a missing closing quote per row; the line tells where.
    if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') {
      problems.push(
        error({
          code: 'csv-quotes',
          file,
          line: lineAt(body, e.index ?? 0),
          vi: 'Dấu ngoặc kép không khớp: một ô bắt đầu bằng " nhưng không được đóng lại.',
          en: 'Unbalanced quotes: a cell opens with " but is never closed.',
        }),
      );
    }
  }

  const rows = result.data;
  const starts = rowStartLines(body, rows);
  const headerIndex = rows.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) {
    problems.push(
      error({
        code: 'empty-file',
        file,
        vi: 'Tệp trống, không có dòng tiêu đề.',
        en: 'The file is empty: no header row.',
      }),
    );
    return { file, header: [], headerLine: 1, records: [], problems };
  }

  const header = rows[headerIndex]!.map((h) => h.trim());
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') {
      problems.push(
        error({
          code: 'empty-header',
          file,
          line: starts[headerIndex]!,
          vi: `Cột thứ ${i + 1} không có tên.`,
          en: `Column ${i + 1} has no name.`,
        }),
      );
    } else if (seen.has(h)) {
      problems.push(
        error({
          code: 'duplicate-column',
          file,
          line: starts[headerIndex]!,
          column: h,
          vi: `Cột "${h}" xuất hiện hai lần (cột ${seen.get(h)! + 1} và ${i + 1}).`,
          en: `Column "${h}" appears twice (columns ${seen.get(h)! + 1} and ${i + 1}).`,
        }),
      );
    } else seen.set(h, i);
  });

  const records: CsvRecord[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const line = starts[i]!;
    if (row.length !== header.length) {
      problems.push(
        error({
          code: 'cell-count',
          file,
          line,
          vi: `Dòng có ${row.length} ô nhưng tiêu đề có ${header.length} cột (thiếu hoặc thừa dấu phẩy?).`,
          en: `The row has ${row.length} cells but the header has ${header.length} columns (a missing or extra comma?).`,
        }),
      );
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, j) => {
      cells[h] = row[j]!;
    });
    records.push({ line, cells });
  }
  return { file, header, headerLine: starts[headerIndex]!, records, problems };
}

const isBlank = (row: string[]) => row.every((c) => c.trim() === '');

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line each parsed row starts on, walking the text with the same quote
 * rules as the parser: a quote opens a quoted cell only at the start of a
 * cell, `""` inside one is an escaped quote, and only a line break outside
 * quotes ends a row. A stray quote inside an unquoted cell is plain text.
 */
function rowStartLines(text: string, rows: string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  let i = 0;
  for (let r = 0; r < rows.length; r++) {
    starts.push(line);
    let quoted = false;
    let cellStart = true;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') i++;
          else quoted = false;
        } else if (ch === '\n') line++;
        continue;
      }
      if (ch === '"' && cellStart) {
        quoted = true;
        cellStart = false;
      } else if (ch === ',') cellStart = true;
      else if (ch === '\n') {
        line++;
        i++;
        break;
      } else if (ch !== '\r') cellStart = false;
    }
  }
  return starts;
}
