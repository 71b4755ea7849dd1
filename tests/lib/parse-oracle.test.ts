/**
 * Our CSV reader (papaparse and the layer that counts lines and reports
 * problems) against d3-dsv, an independent RFC 4180 reader, as the oracle:
 * any well-formed table, written with any of the three delimiters and any
 * line ending, with cells holding delimiters, quotes, line breaks and
 * Vietnamese text, must read to the same cells with both. Our reader also
 * keeps the line each row starts on, which d3-dsv does not give: that is
 * checked against the line breaks actually written. Seeded, so every run is
 * the same; FC_SEED and FC_RUNS explore further.
 */
import { dsvFormat } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIMITERS, parseCsv } from '../../src/lib/parse';

/** Characters that stress a CSV reader, plus ordinary ones. */
const CELL_CHARS = [',', ';', '\t', '"', '\n', '\r\n', ' ', 'a', 'Z', '0', '7', '.', 'ệ', 'Đ', 'ủ', '#', '='];
const cell = fc.array(fc.constantFrom(...CELL_CHARS), { maxLength: 8 }).map((parts) => parts.join(''));

/** RFC 4180 as spreadsheets write it: quote a cell only when it must be. */
const quote = (value: string, delimiter: string) =>
  value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')
    ? `"${value.replaceAll('"', '""')}"`
    : value;

const table = fc.integer({ min: 2, max: 6 }).chain((width) =>
  fc.record({
    delimiter: fc.constantFrom(...DELIMITERS),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    // A row of empty (or blank) cells is skipped by our reader by design: keep one cell with a letter.
    rows: fc.array(
      fc
        .tuple(fc.array(cell, { minLength: width, maxLength: width }), fc.nat({ max: width - 1 }))
        .map(([cells, at]) => {
          const row = [...cells];
          row[at] = `x${row[at]}`;
          return row;
        }),
      { maxLength: 8 },
    ),
    width: fc.constant(width),
  }),
);

describe('parseCsv against d3-dsv', () => {
  it('reads every well-formed table to the same cells, and each row starts on the line it was written on', () => {
    fc.assert(
      fc.property(table, ({ delimiter, newline, rows, width }) => {
        const header = Array.from({ length: width }, (_, i) => `col${i}`);
        const lines = [header, ...rows].map((r) => r.map((c) => quote(c, delimiter)).join(delimiter));
        const text = `${lines.join(newline)}${newline}`;

        const ours = parseCsv('t.csv', text);
        expect(ours.problems).toEqual([]);
        expect(ours.delimiter).toBe(delimiter);
        const expected = dsvFormat(delimiter).parseRows(text);
        expect([ours.header, ...ours.records.map((r) => header.map((h) => r.cells[h]))]).toEqual(expected);

        // Line of each row: 1 + the line breaks written before it (CRLF counts once, a lone CR once).
        let line = 1 + (lines[0]!.match(/\r\n|\n|\r/g)?.length ?? 0) + 1;
        ours.records.forEach((record, i) => {
          expect(record.line).toBe(line);
          line += (lines[i + 1]!.match(/\r\n|\n|\r/g)?.length ?? 0) + 1;
        });
      }),
      { seed: Number(process.env.FC_SEED ?? 2025), numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
