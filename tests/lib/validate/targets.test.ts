import { describe, expect, it } from 'vitest';
import { validateTargets } from '../../../src/lib/validate/targets';
import { registryOf, targetTable, where } from '../helpers';

const registry = registryOf();

function check(...lines: string[]) {
  const table = targetTable(['year,unit_code,cases_rate,money_rate', ...lines, ''].join('\n'));
  expect(table.problems).toEqual([]);
  return validateTargets(table.rows, registry);
}

describe('validateTargets', () => {
  it('accepts the national target and own targets, resolving codes at the end of the statistical year', () => {
    const { targets, problems } = check('2024,,82.00,45.00', '2024,24,80,', '2025,24,81.5,44', '2025,,82.60,45.60');
    expect(problems).toEqual([]);
    expect(targets.map((t) => [t.line, t.year, t.unit?.name ?? null, t.cases_rate, t.money_rate])).toEqual([
      [2, 2024, null, 82, 45],
      [3, 2024, 'Tỉnh Bắc Giang', 80, null],
      [4, 2025, 'Tỉnh Bắc Ninh', 81.5, 44],
      [5, 2025, null, 82.6, 45.6],
    ]);
  });

  it('reports a target for a unit not in force on 30 September of its year', () => {
    const { targets, problems } = check('2025,27,90,50');
    expect(targets).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'target-unit-unknown',
        file: 'targets.csv',
        line: 2,
        column: 'unit_code',
        value: '27',
        vi: 'Không có đơn vị nào mang mã 27 có hiệu lực vào ngày 2025-09-30 (cuối năm thống kê 2025).',
        en: 'No unit with code 27 is in force on 2025-09-30, the end of statistical year 2025.',
      },
    ]);
  });

  it('reports a target for a code no unit has', () => {
    const { problems } = check('2024,1,90,50');
    expect(where(problems)).toEqual([
      { file: 'targets.csv', line: 2, column: 'unit_code', value: '1', code: 'target-unit-unknown' },
    ]);
  });

  it('reports a second target for the same unit and year, keeping the first', () => {
    const { targets, problems } = check('2025,01,84.17,58.00', '2024,01,84,57', '2025,01,85,59');
    expect(targets.map((t) => t.line)).toEqual([2, 3]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'target-duplicate',
        file: 'targets.csv',
        line: 4,
        column: 'unit_code',
        value: '01',
        vi: 'Chỉ tiêu năm 2025 của 01 đã có ở dòng 2.',
        en: 'The 2025 target of 01 is already given on line 2.',
        related: [{ file: 'targets.csv', line: 2 }],
      },
    ]);
  });

  it('reports a second national target for a year', () => {
    const { problems } = check('2025,,82.60,45.60', '2025,,83,46');
    expect(problems).toMatchObject([
      {
        code: 'target-duplicate',
        line: 3,
        value: '',
        vi: 'Chỉ tiêu năm 2025 của toàn quốc đã có ở dòng 2.',
        en: 'The 2025 target of the nation is already given on line 2.',
      },
    ]);
  });

  it('rejects a target above 100% as a cell problem before these checks', () => {
    const table = targetTable('year,unit_code,cases_rate,money_rate\n2025,01,100.5,58\n');
    expect(table.rows).toEqual([]);
    expect(where(table.problems)).toEqual([
      { file: 'targets.csv', line: 2, column: 'cases_rate', value: '100.5', code: 'cell-percent' },
    ]);
  });

  it('reports every problem of the file in one run', () => {
    const { problems } = check('2025,27,90,50', '2025,,82,45', '2024,99,1,1', '2025,,83,46');
    expect(where(problems).map((p) => `${p.line} ${p.code}`)).toEqual([
      '2 target-unit-unknown',
      '4 target-unit-unknown',
      '5 target-duplicate',
    ]);
  });
});

describe('validateTargets: one cause, one problem', () => {
  it('names every other line of a target given three times', () => {
    const { problems } = check('2025,,82,45', '2025,,83,45', '2025,,82,46');
    expect(where(problems)).toEqual([
      {
        file: 'targets.csv',
        line: 3,
        column: 'unit_code',
        value: '',
        code: 'target-duplicate',
        related: [
          { file: 'targets.csv', line: 2 },
          { file: 'targets.csv', line: 4 },
        ],
      },
      {
        file: 'targets.csv',
        line: 4,
        column: 'unit_code',
        value: '',
        code: 'target-duplicate',
        related: [
          { file: 'targets.csv', line: 2 },
          { file: 'targets.csv', line: 3 },
        ],
      },
    ]);
  });

  it('does not look up a code units.csv cannot vouch for, and counts it', () => {
    const table = targetTable(
      ['year,unit_code,cases_rate,money_rate', '2025,99,80,40', '2025,24,80,40', ''].join('\n'),
    );
    const { targets, problems, unchecked } = validateTargets(table.rows, registry, (code) => code !== '99');
    expect(problems).toEqual([]);
    expect(unchecked).toBe(1);
    expect(targets.map((t) => t.unit_code)).toEqual(['24']);
  });
});
