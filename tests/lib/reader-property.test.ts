/**
 * Whatever happens to a valid file on its way from a spreadsheet (a byte
 * flipped, a delimiter or quote lost or added, a line break in the wrong
 * place, truncation, another encoding, a byte-order mark too many, a cell
 * replaced by spreadsheet debris) or in Excel's hands (leading zeros of codes
 * dropped in every file, text decomposed to NFD, an invisible character in a
 * cell, a code or period shown as a date, a report title above the header),
 * the reader and the loader never throw:
 * the outcome is a dataset, or problems that each name a file and, when they
 * are about a row, a line that exists. Seeded, so every run is the same;
 * FC_SEED and FC_RUNS explore further (FC_SEED=2 FC_RUNS=5000 npx vitest run …).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { type DataFiles, sourceOf } from '../../src/lib/read';
import { SMALL_DIR } from './helpers';

const CSV_FILES = ['units.csv', 'targets.csv', 'results/2024.csv', 'results/2025.csv'] as const;
type CsvFile = (typeof CSV_FILES)[number];
const ORIGINAL = Object.fromEntries(
  [...CSV_FILES, 'dataset.json'].map((f) => [f, new Uint8Array(readFileSync(path.join(SMALL_DIR, f)))]),
) as Record<CsvFile | 'dataset.json', Uint8Array>;

/** Problems about a whole file, which have no line to name. */
const FILE_LEVEL = new Set([
  'file-missing',
  'empty-file',
  'encoding-xlsx',
  'encoding-xls',
  'encoding-utf16-no-bom',
  'encoding-utf16-truncated',
  'encoding-utf16-invalid',
]);

const DEBRIS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '###', '=B2+C2', '102 tỷ', '1.525 việc', '45%', '1,5'];
const INVISIBLE = ['\u200B', '\u00A0', '\uFEFF', '\u202E'];
const TITLES = [
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025\n',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025,,,,\n',
  'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2025,,,,\r\n,,,,\r\n',
  ',,Về việc,,,,,,,Về tiền,,,,\n',
];
const INSERTS = [',', ';', '\t', '"', '""', '\n', '\r\n', '\r', '\uFEFF', '\u0000', ' ', '1.5', 'é'];

type Edit =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'encode'; as: 'utf16le' | 'utf16be' | 'utf16le-no-bom' | 'latin1' | 'utf8-bom' | 'double-bom' }
  | { kind: 'debris'; row: number; cell: number; text: string }
  | { kind: 'invisible'; row: number; cell: number; at: number; char: string }
  | { kind: 'excel-date'; nth: number; month: number; style: 'mon-yy' | 'm/d/yyyy' }
  | { kind: 'nfd' }
  | { kind: 'title'; text: string }
  /** Applied to every CSV file at once, as Excel drops them wherever it opens a file. */
  | { kind: 'zeros' };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position.map((x) => x), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('encode' as const),
    as: fc.constantFrom('utf16le', 'utf16be', 'utf16le-no-bom', 'latin1', 'utf8-bom', 'double-bom'),
  }),
  fc.record({
    kind: fc.constant('debris' as const),
    row: fc.nat(20),
    cell: fc.nat(30),
    text: fc.constantFrom(...DEBRIS),
  }),
  fc.record({
    kind: fc.constant('invisible' as const),
    row: fc.nat(20),
    cell: fc.nat(30),
    at: position,
    char: fc.constantFrom(...INVISIBLE),
  }),
  fc.record({
    kind: fc.constant('excel-date' as const),
    nth: fc.nat(40),
    month: fc.integer({ min: 1, max: 12 }),
    style: fc.constantFrom('mon-yy', 'm/d/yyyy'),
  }),
  fc.record({ kind: fc.constant('nfd' as const) }),
  fc.record({ kind: fc.constant('title' as const), text: fc.constantFrom(...TITLES) }),
  fc.record({ kind: fc.constant('zeros' as const) }),
) as fc.Arbitrary<Edit>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const CODE_COLUMNS = new Set(['code', 'parent_code', 'successor_code', 'unit_code']);

/** A code or period cell as Excel shows it once it took it for a date (its US display formats), or null. */
function asExcelDate(column: string, cell: string, month: number, style: 'mon-yy' | 'm/d/yyyy'): string | null {
  const code = CODE_COLUMNS.has(column) ? /^(\d{2})-(\d{2})$/.exec(cell) : null;
  if (code) {
    // 01-02 is 2 January (month first); 24-01 has no month 24, so it is 24 January.
    const [a, b] = [Number(code[1]), Number(code[2])];
    if (a >= 1 && a <= 12 && b >= 1) return `${b}-${MONTHS[a - 1]}`;
    if (b >= 1 && b <= 12 && a >= 1 && a <= 31) return `${a}-${MONTHS[b - 1]}`;
    return null;
  }
  // A period: YYYY-MM as written; the fixture's periods are years, so a year stands for one of its months.
  const period = column === 'period' ? /^(\d{4})(?:-(\d{2}))?$/.exec(cell) : null;
  if (!period) return null;
  const [year, m] = [period[1]!, period[2] ? Number(period[2]) : month];
  return style === 'mon-yy' ? `${MONTHS[m - 1]}-${year.slice(2)}` : `${m}/1/${year}`;
}

/** The cells of a comma file's lines, edited in place by `f`, and the text again. */
function editCells(b: Buffer, f: (lines: string[][]) => void): Buffer {
  const lines = b
    .toString('utf8')
    .split('\n')
    .map((l) => l.split(','));
  f(lines);
  return Buffer.from(lines.map((cells) => cells.join(',')).join('\n'), 'utf8');
}

/** Every code written with only digits loses its leading zeros (01 → 1), as Excel reads it as a number. */
const dropZeros = (bytes: Uint8Array): Uint8Array =>
  Buffer.from(
    Buffer.from(bytes)
      .toString('utf8')
      .replace(/(^|[,;\t\r\n])0+(\d+)(?=[,;\t\r\n]|$)/g, '$1$2'),
    'utf8',
  );

const swap16 = (b: Buffer) => {
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
};

/** Applies one edit to a file's bytes; positions are fractions of the length, so any edit fits any file. */
function apply(bytes: Uint8Array, e: Edit): Uint8Array {
  const b = Buffer.from(bytes);
  const at = (x: number) => Math.floor(x * (b.length + 1));
  switch (e.kind) {
    case 'flip': {
      if (b.length === 0) return b;
      const i = Math.min(at(e.at), b.length - 1);
      b[i] = e.byte;
      return b;
    }
    case 'delete':
      return Buffer.concat([b.subarray(0, at(e.at)), b.subarray(at(e.at) + e.length)]);
    case 'insert':
      return Buffer.concat([b.subarray(0, at(e.at)), Buffer.from(e.text, 'utf8'), b.subarray(at(e.at))]);
    case 'truncate':
      return b.subarray(0, at(e.at));
    case 'encode': {
      const text = b.toString('utf8');
      if (e.as === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      if (e.as === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), swap16(Buffer.from(text, 'utf16le'))]);
      if (e.as === 'utf16le-no-bom') return Buffer.from(text, 'utf16le');
      if (e.as === 'latin1') return Buffer.from(text, 'latin1');
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      return Buffer.concat(e.as === 'utf8-bom' ? [bom, b] : [bom, bom, b]);
    }
    case 'debris': {
      const lines = b.toString('utf8').split('\n');
      const row = lines[e.row % lines.length]!;
      const cells = row.split(',');
      cells[e.cell % cells.length] = e.text;
      lines[e.row % lines.length] = cells.join(',');
      return Buffer.from(lines.join('\n'), 'utf8');
    }
    case 'invisible':
      return editCells(b, (lines) => {
        const cells = lines[e.row % lines.length]!;
        const i = e.cell % cells.length;
        const cell = cells[i]!;
        const k = Math.floor(e.at * (cell.length + 1));
        cells[i] = cell.slice(0, k) + e.char + cell.slice(k);
      });
    case 'excel-date':
      return editCells(b, (lines) => {
        // The nth code or period cell (counting round) that Excel would take for a date; none in a file without one.
        const header = lines[0]!;
        const dateOf = (r: number, i: number) => asExcelDate(header[i] ?? '', lines[r]![i]!, e.month, e.style);
        const dates = lines.flatMap((cells, r) =>
          r === 0 ? [] : cells.flatMap((_, i) => (dateOf(r, i) ? [[r, i] as const] : [])),
        );
        if (dates.length === 0) return;
        const [r, i] = dates[e.nth % dates.length]!;
        lines[r]![i] = dateOf(r, i)!;
      });
    case 'nfd':
      return Buffer.from(b.toString('utf8').normalize('NFD'), 'utf8');
    case 'title': {
      // After a byte-order mark, where a spreadsheet writes its first row.
      const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
      return Buffer.concat([b.subarray(0, bom), Buffer.from(e.text, 'utf8'), b.subarray(bom)]);
    }
    case 'zeros':
      return dropZeros(b);
  }
}

function load(bytes: Record<string, Uint8Array>): DataFiles {
  const src = (f: string) => sourceOf(f, bytes[f]!);
  return {
    dataset: src('dataset.json'),
    units: src('units.csv'),
    targets: src('targets.csv'),
    results: [src('results/2024.csv'), src('results/2025.csv')],
  };
}

describe('the reader and loader on randomly corrupted files', () => {
  it('never throw, and every problem names a file and, for a row, a line that exists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ file: fc.constantFrom(...CSV_FILES), edit }), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const bytes: Record<string, Uint8Array> = { ...ORIGINAL };
          for (const { file, edit: e } of edits) {
            for (const f of e.kind === 'zeros' ? CSV_FILES : [file]) bytes[f] = apply(bytes[f]!, e);
          }
          const files = load(bytes);
          const outcome = loadDataset(files);
          if (outcome.dataset === null) expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
          const texts = new Map([files.units, files.targets, ...files.results].map((f) => [f!.file, f!.text]));
          for (const p of outcome.problems) {
            expect(texts.has(p.file) || p.file === 'dataset.json', `unknown file ${p.file}`).toBe(true);
            expect(p.vi).toMatch(/\S/);
            expect(p.en).toMatch(/\S/);
            if (FILE_LEVEL.has(p.code)) continue;
            expect(p.line, `${p.code} in ${p.file} has no line`).toBeTypeOf('number');
            // A refused file has no text: its problem counts lines in the bytes as found.
            const text = p.code.startsWith('encoding-')
              ? Buffer.from(bytes[p.file]!).toString('latin1')
              : (texts.get(p.file) ?? '');
            const lines = text.split(/\r\n|\n|\r/).length;
            expect(p.line!, `${p.code} in ${p.file}`).toBeGreaterThanOrEqual(1);
            expect(p.line!, `${p.code} in ${p.file}`).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { seed: Number(process.env.FC_SEED ?? 1525), numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('damages codes and periods the way Excel shows them as dates, so the property exercises them', () => {
    const text = (file: CsvFile, e: Edit) => Buffer.from(apply(ORIGINAL[file], e)).toString('utf8');
    const date = (nth: number, style: 'mon-yy' | 'm/d/yyyy') => ({ kind: 'excel-date' as const, nth, month: 3, style });
    expect(text('units.csv', date(0, 'mon-yy'))).toContain('\n1-Jan,Chi cục THADS quận Ba Đình');
    expect(text('units.csv', date(1, 'mon-yy'))).toContain('\n2-Jan,Chi cục THADS quận Hoàn Kiếm');
    expect(text('units.csv', date(3, 'mon-yy'))).toContain('\n24-Jan,Chi cục THADS thành phố Bắc Giang');
    expect(text('results/2025.csv', date(0, 'mon-yy'))).toMatch(/\nMar-25,01,/);
    expect(text('results/2025.csv', date(0, 'm/d/yyyy'))).toMatch(/\n3\/1\/2025,01,/);
  });

  it('reads every code whose leading zeros Excel dropped in every file as a province-reference error', () => {
    const bytes = Object.fromEntries(
      Object.entries(ORIGINAL).map(([f, b]) => [f, f.endsWith('.csv') ? dropZeros(b) : b]),
    );
    expect(Buffer.from(bytes['units.csv']!).toString('utf8')).toContain('\n1,Thành phố Hà Nội');
    const outcome = loadDataset(load(bytes));
    expect(outcome.dataset).toBeNull();
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'province-reference', file: 'units.csv', value: '1' }),
    );
  });

  it('loads text that Excel decomposed to NFD as exactly the dataset of the NFC text', () => {
    const nfd = Object.fromEntries(Object.entries(ORIGINAL).map(([f, b]) => [f, apply(b, { kind: 'nfd' })]));
    expect(Buffer.from(nfd['units.csv']!).equals(Buffer.from(ORIGINAL['units.csv']))).toBe(false);
    const [a, b] = [loadDataset(load(ORIGINAL)), loadDataset(load(nfd))];
    expect(b.dataset).not.toBeNull();
    expect(b.dataset!.registry.units.map((u) => u.slug)).toEqual(a.dataset!.registry.units.map((u) => u.slug));
    expect(b.dataset!.files).toEqual(a.dataset!.files);
    expect(b.dataset).toEqual(a.dataset);
    expect(b.problems).toEqual(a.problems);
  });

  it.each(CSV_FILES)('reads a title above the header of %s as one header-not-first error, nothing else', (file) => {
    for (const text of TITLES) {
      const outcome = loadDataset(load({ ...ORIGINAL, [file]: apply(ORIGINAL[file], { kind: 'title', text }) }));
      const errors = outcome.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => `${p.code} ${p.file}:${p.line}`)).toEqual([
        `header-not-first ${file}:${text.split('\n').length}`,
      ]);
    }
  });

  it('reads the untouched files as a valid dataset, so the corruptions are what the test exercises', () => {
    const outcome = loadDataset(load(ORIGINAL));
    expect(outcome.dataset).not.toBeNull();
    // The small fixture's only remarks are three carry-over warnings: its 2025 backlogs do not follow from 2024.
    expect(outcome.problems.map((p) => `${p.severity} ${p.code} ${p.file}:${p.line}`)).toEqual([
      'warning carried-over-mismatch results/2025.csv:2',
      'warning carried-over-mismatch results/2025.csv:2',
      'warning carried-over-mismatch results/2025.csv:4',
    ]);
  });
});
