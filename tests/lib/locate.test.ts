import { describe, expect, it } from 'vitest';
import { CellLocator } from '../../src/lib/locate';

describe('CellLocator', () => {
  const header = ['period', 'unit_code', 'note', 'cases_new'];

  it('gives the 1-based character column where a cell starts', () => {
    const at = new CellLocator('period,unit_code,note,cases_new\n2025,01,,12x\n', header, 1);
    expect(at.col(2, 'period')).toBe(1);
    expect(at.col(2, 'unit_code')).toBe(6);
    expect(at.col(2, 'note')).toBe(9);
    expect(at.col(2, 'cases_new')).toBe(10);
    expect(at.col(1, 'unit_code')).toBe(8);
  });

  it('counts characters, not bytes, steps over quoted commas and ignores a byte-order mark', () => {
    const text = '\uFEFFperiod,unit_code,note,cases_new\r\n2025,01,"Ghi chú, có dấu phẩy",12x\r\n';
    const at = new CellLocator(text, header, 1);
    expect(at.col(1, 'period')).toBe(1);
    expect(at.col(2, 'cases_new')).toBe(32);
  });

  it('reads semicolon files', () => {
    const at = new CellLocator('period;unit_code;note;cases_new\n2025;01;;7\n', header, 1);
    expect(at.col(2, 'cases_new')).toBe(10);
  });

  it('omits what it cannot tell: a cell after a line break inside quotes, a short row, an unknown column', () => {
    const text = 'period,unit_code,note,cases_new\n2025,01,"two\nlines",12x\n2025,01\n';
    const at = new CellLocator(text, header, 1);
    expect(at.col(2, 'note')).toBe(9);
    expect(at.col(2, 'cases_new')).toBeUndefined();
    expect(at.col(4, 'unit_code')).toBeUndefined();
    expect(at.col(2, 'money_new')).toBeUndefined();
    expect(at.col(99, 'period')).toBeUndefined();
  });

  it('gives up when the header line does not split into the parsed header', () => {
    const at = new CellLocator('period|unit_code|note|cases_new\n2025|01||1\n', header, 1);
    expect(at.col(2, 'period')).toBeUndefined();
  });
});
