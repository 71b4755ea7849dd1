/**
 * Whatever happens to a valid file on its way from a spreadsheet (a byte
 * flipped, a delimiter or quote lost or added, a line break in the wrong
 * place, truncation, another encoding, a byte-order mark too many, a cell
 * replaced by spreadsheet debris), the reader and the loader never throw:
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
const INSERTS = [',', ';', '\t', '"', '""', '\n', '\r\n', '\r', '\uFEFF', '\u0000', ' ', '1.5', 'é'];

type Edit =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'encode'; as: 'utf16le' | 'utf16be' | 'utf16le-no-bom' | 'latin1' | 'utf8-bom' | 'double-bom' }
  | { kind: 'debris'; row: number; cell: number; text: string };

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
) as fc.Arbitrary<Edit>;

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
          for (const { file, edit: e } of edits) bytes[file] = apply(bytes[file]!, e);
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
