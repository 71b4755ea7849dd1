import { describe, expect, it } from 'vitest';
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
