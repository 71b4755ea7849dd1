import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkProvinces, PROVINCES_2025 } from '../../../src/lib/validate/official-provinces';
import { registryOf, UNITS, where } from '../helpers';

const HEADER = 'code,name,level,parent_code,valid_from,valid_to,successor_code';
const check = (...rows: string[]) => checkProvinces(registryOf([HEADER, ...rows, ''].join('\n')).units).problems;

describe('the official list of provinces', () => {
  it('is the verified reference table, row for row', () => {
    const csv = readFileSync(new URL('../../fixtures/reference/provinces-2025-merger.csv', import.meta.url), 'utf8');
    const reference = Papa.parse<string[]>(csv.trim(), { header: false }).data.slice(1);
    expect(PROVINCES_2025.map((r) => [...r])).toEqual(reference);
    expect(new Set(PROVINCES_2025.map((r) => r[2])).size).toBe(34);
  });
});

describe('checkProvinces', () => {
  it('accepts the provinces of the fixtures, before and after the merger', () => {
    expect(checkProvinces(registryOf(UNITS).units)).toEqual({ problems: [], meant: new Set() });
  });

  it('names the official name of a code, on the name', () => {
    expect(where(check('24,Tỉnh Bắc Ninh,province,,,2025-06-30,'))).toEqual([
      { file: 'units.csv', line: 2, column: 'name', value: 'Tỉnh Bắc Ninh', code: 'province-reference' },
    ]);
    // Code 24 is Bắc Ninh from 1 July 2025, not Bắc Giang.
    const [after] = check('24,Tỉnh Bắc Giang,province,,2025-07-01,,');
    expect(after?.en).toBe(
      'Code 24 is Tỉnh Bắc Ninh in the list of 34 provinces from 1 July 2025, not "Tỉnh Bắc Giang". Correct the name (or the code) to match the official list.',
    );
  });

  it('names the official code of a name, and says when Excel dropped its leading zero', () => {
    const [zeros] = check('1,Thành phố Hà Nội,province,,,,');
    expect(checkProvinces(registryOf([HEADER, '1,Thành phố Hà Nội,province,,,,', ''].join('\n')).units).meant).toEqual(
      new Set(['01']),
    );
    expect(zeros?.column).toBe('code');
    expect(zeros?.en).toContain('Thành phố Hà Nội has code 01. The leading zero was lost');
    const [other] = check('99,Tỉnh Không Có,province,,,,');
    expect(other?.en).toBe('Province code 99 (Tỉnh Không Có) is not in the list of 63 provinces until 30 June 2025.');
  });

  it('leaves offices and provinces in force on neither day to the other rules', () => {
    expect(check('99,Tỉnh Cũ,province,,,2020-12-31,', '01,Thành phố Hà Nội,province,,,,')).toEqual([]);
  });
});
