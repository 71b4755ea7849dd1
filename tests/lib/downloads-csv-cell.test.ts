import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/lib/downloads';

describe('csvCell: what a spreadsheet would run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['@SUM(1)', "'@SUM(1)"],
    ['-2+3', "'-2+3"],
    ['+cmd', "'+cmd"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['-', "'-"],
    ['--1', "'--1"],
    ['-1e5', "'-1e5"],
  ])('prefixes %j with an apostrophe', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers, negative ones too, as numbers', () => {
    expect(csvCell(-2.6)).toBe('-2.6');
    expect(csvCell(-0.6578)).toBe('-0.6578');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+5')).toBe('+5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
  });

  it('quotes a cell with a semicolon, so a spreadsheet that splits on ";" keeps it whole', () => {
    expect(csvCell('x;=1+1')).toBe('"x;=1+1"');
    expect(csvCell('Báo cáo 1; Báo cáo 2')).toBe('"Báo cáo 1; Báo cáo 2"');
  });

  it('leaves other text as written', () => {
    expect(csvCell('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(csvCell('Thành phố Hà Nội')).toBe('Thành phố Hà Nội');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
  });
});

describe('the semicolon dialect, for Excel on Vietnamese Windows', () => {
  it('writes numbers with a decimal comma, unquoted, and negative ones as numbers', () => {
    expect(csvCell(84.41, ';')).toBe('84,41');
    expect(csvCell(-0.6578, ';')).toBe('-0,6578');
    expect(csvCell(1525, ';')).toBe('1525');
    expect(csvCell(null, ';')).toBe('');
  });

  it('still quotes text with a delimiter of either dialect and neutralises formulas', () => {
    expect(csvCell('Báo cáo 1; Báo cáo 2', ';')).toBe('"Báo cáo 1; Báo cáo 2"');
    expect(csvCell('Hà Nội, Việt Nam', ';')).toBe('"Hà Nội, Việt Nam"');
    expect(csvCell('=1+1', ';')).toBe("'=1+1");
  });
});
