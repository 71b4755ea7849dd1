import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowsOfText } from '../../src/lib/csv-lines';
import { CellLocator } from '../../src/lib/locate';

describe('CellLocator', () => {
  const columns = new Map([
    ['period', 0],
    ['unit_code', 1],
    ['note', 2],
    ['cases_new', 3],
  ]);
  const at = (text: string, delimiter: string | null = ',') => new CellLocator(text, delimiter, columns, 4);

  it('gives the 1-based character column where a cell starts', () => {
    const locator = at('period,unit_code,note,cases_new\n2025,01,,12x\n');
    expect(locator.col(2, 'period')).toBe(1);
    expect(locator.col(2, 'unit_code')).toBe(6);
    expect(locator.col(2, 'note')).toBe(9);
    expect(locator.col(2, 'cases_new')).toBe(10);
    expect(locator.col(1, 'unit_code')).toBe(8);
  });

  it('counts characters, not bytes, steps over quoted commas and ignores a byte-order mark', () => {
    const locator = at('\uFEFFperiod,unit_code,note,cases_new\r\n2025,01,"Ghi chú, có dấu phẩy",12x\r\n');
    expect(locator.col(1, 'period')).toBe(1);
    expect(locator.col(2, 'cases_new')).toBe(32);
  });

  it('counts a character outside the BMP as one, and finds lines after CRLF, CR and LF alike', () => {
    const locator = at(
      'period,unit_code,note,cases_new\r\n2025,01,\u{1F600}\u{1F600},12x\r2025,01,\uD83D,7\n\n2025,02,x,1',
    );
    expect(locator.col(2, 'cases_new')).toBe(12);
    expect(locator.col(3, 'cases_new')).toBe(11);
    expect(locator.col(4, 'period')).toBeUndefined();
    expect(locator.col(5, 'unit_code')).toBe(6);
    expect(locator.col(6, 'period')).toBeUndefined();
  });

  it('reads semicolon and tab files with the delimiter the parser found', () => {
    expect(at('period;unit_code;note;cases_new\n2025;01;;7\n', ';').col(2, 'cases_new')).toBe(10);
    expect(at('period\tunit_code\tnote\tcases_new\r2025\t01\t\t7\r', '\t').col(2, 'cases_new')).toBe(10);
  });

  it('places a cell of a Vietnamese header by its contract name or as a problem shows it', () => {
    const vi = new CellLocator(
      'Kỳ báo cáo;Mã đơn vị;Thụ lý mới (việc)\n2025;01;12x\n',
      ';',
      new Map([
        ['period', 0],
        ['unit_code', 1],
        ['cases_new', 2],
      ]),
      3,
    );
    expect(vi.col(2, 'cases_new')).toBe(9);
    expect(vi.col(2, 'Thụ lý mới (việc) = cases_new')).toBe(9);
  });

  it('omits what it cannot tell: a cell after a line break inside quotes, a short row, an unknown column', () => {
    const locator = at('period,unit_code,note,cases_new\n2025,01,"two\nlines",12x\n2025,01\n');
    expect(locator.col(2, 'note')).toBe(9);
    expect(locator.col(2, 'cases_new')).toBeUndefined();
    expect(locator.col(4, 'unit_code')).toBeUndefined();
    expect(locator.col(2, 'money_new')).toBeUndefined();
    expect(locator.col(99, 'period')).toBeUndefined();
  });

  it('gives up when the parser found no delimiter, or the file was not read', () => {
    expect(at('period|unit_code|note|cases_new\n2025|01||1\n', null).col(2, 'period')).toBeUndefined();
    expect(CellLocator.none.col(1, 'period')).toBeUndefined();
  });
});

describe('CellLocator with the rows the messages read', () => {
  it('places every cell where it places it reading each line alone', () => {
    const piece = fc.constantFrom('a', 'ệ', '😀', ',', ';', '"', '""', ' ', '\n', '\r\n', '\r', '\ufeff');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    const columns = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), fc.integer({ min: 1, max: 4 }), (t, delimiter, width) => {
        const alone = new CellLocator(t, delimiter, columns, width);
        const rows = new RowsOfText(t, delimiter.charCodeAt(0));
        const shared = new CellLocator(t, delimiter, columns, width, rows);
        for (let line = 0; line <= t.length + 2; line++) {
          // Messages read rows in any order: now the line, now another one.
          if (line % 3 === 0) rows.rowAt(line + 1);
          for (const column of ['a', 'b', 'c', 'x', 'Mã đơn vị = b']) {
            expect(shared.col(line, column)).toBe(alone.col(line, column));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
