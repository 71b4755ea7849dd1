/**
 * Re-exports data files the way Excel on Vietnamese Windows writes them, to
 * check that the reader accepts what maintainers will really send: semicolons
 * or tabs, a byte-order mark, CRLF, "1.525" thousands, Vietnamese headers,
 * UTF-16 "Unicode text". Used by the round-trip test and `npm run bench:validate`.
 *
 * Usage: tsx scripts/excel-export.ts <data dir> <out dir> [--utf16]
 *   copies dataset.json and re-exports every CSV file of the data directory.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../src/lib/parse';
import { COLUMN_LABELS } from '../src/lib/schemas/headers';
import { RESULT_BREAKDOWN_COLUMNS, RESULT_COUNT_COLUMNS } from '../src/lib/schemas/results';

export interface ExcelStyle {
  /** "semicolon": CSV from Vietnamese regional settings; "utf16": Excel's "Unicode text" (tab, UTF-16 LE). */
  format: 'semicolon' | 'utf16';
  /** Write the Vietnamese labels of `COLUMN_LABELS` instead of the column names. */
  vietnameseHeaders: boolean;
  /** Which file of the contract, for its labels. */
  kind: keyof typeof COLUMN_LABELS;
}

const COUNTS = new Set<string>([...RESULT_COUNT_COLUMNS, ...RESULT_BREAKDOWN_COLUMNS]);
const PERCENTS = new Set(['cases_rate', 'money_rate']);

/** 1525 → "1.525", as a Vietnamese spreadsheet displays and exports a count. */
const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One canonical CSV file (comma, UTF-8) as Excel would save it: bytes. */
export function exportLikeExcel(text: string, style: ExcelStyle): Uint8Array {
  const parsed = parseCsv('export.csv', text);
  if (parsed.problems.length) throw new Error(`cannot re-export a file with problems: ${parsed.problems[0]!.en}`);
  const labels = COLUMN_LABELS[style.kind] as Record<string, readonly string[]>;
  const delimiter = style.format === 'semicolon' ? ';' : '\t';
  const header = parsed.header.map((h) => (style.vietnameseHeaders ? (labels[h]?.[0] ?? h) : h));
  const lines = [header.map((h) => quote(h, delimiter)).join(delimiter)];
  for (const record of parsed.records) {
    const cells = parsed.header.map((h) => {
      const v = record.cells[h] ?? '';
      if (COUNTS.has(h) && /^\d+$/.test(v)) return groupThousands(v);
      if (PERCENTS.has(h)) return v.replace('.', ',');
      return v;
    });
    lines.push(cells.map((c) => quote(c, delimiter)).join(delimiter));
  }
  const body = `${lines.join('\r\n')}\r\n`;
  if (style.format === 'semicolon') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
}

/** The contract kind of a data file by its path. */
export const kindOf = (file: string): ExcelStyle['kind'] =>
  file === 'units.csv' ? 'units' : file === 'targets.csv' ? 'targets' : 'results';

if (import.meta.url === `file://${process.argv[1]}`) {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error('usage: tsx scripts/excel-export.ts <data dir> <out dir> [--utf16]');
    process.exit(2);
  }
  const format = process.argv.includes('--utf16') ? 'utf16' : 'semicolon';
  mkdirSync(path.join(to, 'results'), { recursive: true });
  copyFileSync(path.join(from, 'dataset.json'), path.join(to, 'dataset.json'));
  const files = [
    'units.csv',
    'targets.csv',
    ...readdirSync(path.join(from, 'results'))
      .filter((n) => n.endsWith('.csv'))
      .map((n) => `results/${n}`),
  ];
  for (const file of files) {
    const style: ExcelStyle = { format, vietnameseHeaders: true, kind: kindOf(file) };
    writeFileSync(path.join(to, file), exportLikeExcel(readFileSync(path.join(from, file), 'utf8'), style));
  }
  console.log(`${files.length} files re-exported (${format}, Vietnamese headers) from ${from} to ${to}`);
}
