import { describe, expect, it } from 'vitest';
import { RESULT_COLUMNS } from '../../../src/lib/schemas/results';
import { TARGET_COLUMNS } from '../../../src/lib/schemas/targets';
import { headerNotFirst } from '../../../src/lib/validate/header-position';

const HEADER = 'year,unit_code,cases_rate,money_rate';
const ROW = '2025,,82.60,45.60';
const at = (text: string) => headerNotFirst('targets.csv', text, TARGET_COLUMNS)?.line ?? null;

describe('column names below the first line', () => {
  it('finds them under a title, a title and empty rows, or group labels, with any line break', () => {
    expect(at(`BÁO CÁO CHỈ TIÊU NĂM 2025\n${HEADER}\n${ROW}\n`)).toBe(2);
    expect(at(`BÁO CÁO CHỈ TIÊU NĂM 2025,,,\r\n,,,\r\n${HEADER}\r\n${ROW}\r\n`)).toBe(3);
    expect(at(`\uFEFF;;Chỉ tiêu;\rNăm;Mã đơn vị;Chỉ tiêu (việc);Chỉ tiêu (tiền)\r${ROW}`)).toBe(2);
    // Blank lines before the title are no part of what is deleted, but the lines are counted as in the file.
    expect(at(`\n\nTITLE\n${HEADER}\n`)).toBe(4);
  });

  it('says which lines to delete and quotes what they hold', () => {
    const p = headerNotFirst('targets.csv', `"BÁO CÁO, 2025",,,\n,,,\n${HEADER}\n`, TARGET_COLUMNS)!;
    expect(p).toMatchObject({ severity: 'error', code: 'header-not-first', file: 'targets.csv', line: 3 });
    expect(p.vi).toContain('Hãy xóa các dòng 1–2');
    expect(p.en).toContain('line 1 reads "BÁO CÁO | 2025"');
  });

  it('is quiet when the first line is the header, even with a few typos', () => {
    expect(at(`${HEADER}\n${ROW}\n`)).toBeNull();
    expect(at(`\n,,,\n${HEADER}\n${ROW}\n`)).toBeNull();
    expect(at(`yaer,unit_code,cases_rate,money_rate\n${ROW}\n`)).toBeNull();
  });

  it('is quiet when no line below names most columns: the header checks report what is wrong', () => {
    expect(at(`nam,ma,viec,tien\n${ROW}\n${ROW}\n`)).toBeNull();
    expect(at('TITLE\n')).toBeNull();
    expect(at('')).toBeNull();
    // Half the columns is not most of them.
    expect(at(`TITLE\nyear,unit_code,x,y\n${ROW}\n`)).toBeNull();
  });

  it('looks no further than ten lines below the first', () => {
    expect(at(`TITLE\n${'note\n'.repeat(9)}${HEADER}\n`)).toBe(11);
    expect(at(`TITLE\n${'note\n'.repeat(10)}${HEADER}\n`)).toBeNull();
  });

  it('reads Vietnamese labels of a results header', () => {
    const labels = 'Kỳ báo cáo,Mã đơn vị,Năm trước chuyển sang (việc),Thụ lý mới (việc),Ủy thác (việc)';
    const rest = RESULT_COLUMNS.slice(5).join(',');
    expect(headerNotFirst('results/2025.csv', `,,Về việc,,\n${labels},${rest}\n`, RESULT_COLUMNS)?.line).toBe(2);
  });
});
