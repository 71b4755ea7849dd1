import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../../src/lib/validate/units';
import { UNITS, unitTable, where } from '../helpers';

const HEADER = 'code,name,level,parent_code,valid_from,valid_to,successor_code';

/** Parses and checks a units.csv text; the table itself must be clean. */
function check(...lines: string[]) {
  const table = unitTable([HEADER, ...lines, ''].join('\n'));
  expect(table.problems).toEqual([]);
  return validateUnits(table.rows);
}

describe('validateUnits', () => {
  it('accepts the small fixture: a code reused after the merger, offices, successors', () => {
    const { registry, problems } = validateUnits(unitTable(UNITS).rows);
    expect(problems).toEqual([]);
    expect(registry.units).toHaveLength(11);
  });

  it('reports two units with one code in force at the same time, on the later row', () => {
    const { problems } = check('24,Tỉnh Bắc Giang,province,,,2025-06-30,', '24,Tỉnh Bắc Ninh,province,,2025-06-30,,');
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-code-overlap',
        file: 'units.csv',
        line: 3,
        column: 'code',
        value: '24',
        vi: 'Mã 24 được dùng cho hai đơn vị cùng có hiệu lực trong một khoảng thời gian ("Tỉnh Bắc Giang" dòng 2 và "Tỉnh Bắc Ninh"); một mã chỉ được chỉ một đơn vị vào mỗi ngày.',
        en: 'Code 24 names two units in force at the same time ("Tỉnh Bắc Giang" on line 2 and "Tỉnh Bắc Ninh"); a code may name only one unit on any date.',
        related: [{ file: 'units.csv', line: 2 }],
      },
    ]);
  });

  it('accepts one code reused from the day after the earlier unit ends', () => {
    const { problems } = check('24,Tỉnh Bắc Giang,province,,,2025-06-30,', '24,Tỉnh Bắc Ninh,province,,2025-07-01,,');
    expect(problems).toEqual([]);
  });

  it('reports an overlap whatever the row order (on the later line), and when both are open-ended', () => {
    const later = check('24,Tỉnh Bắc Ninh,province,,2025-07-01,,', '24,Tỉnh Bắc Giang,province,,,2025-07-01,');
    expect(where(later.problems)).toEqual([
      {
        file: 'units.csv',
        line: 3,
        column: 'code',
        value: '24',
        code: 'unit-code-overlap',
        related: [{ file: 'units.csv', line: 2 }],
      },
    ]);
    const open = check('01,Thành phố Hà Nội,province,,,,', '01,Thủ đô Hà Nội,province,,,,');
    expect(where(open.problems)).toEqual([
      {
        file: 'units.csv',
        line: 3,
        column: 'code',
        value: '01',
        code: 'unit-code-overlap',
        related: [{ file: 'units.csv', line: 2 }],
      },
    ]);
  });

  it('reports every unit that overlaps a long-lived one, not only its neighbour in date order', () => {
    // Line 2 is in force 2020–2030; lines 3 and 4 each fall inside it but not inside each other.
    const { problems } = check(
      '05,Tỉnh A,province,,2020-01-01,2030-12-31,',
      '05,Tỉnh B,province,,2021-01-01,2021-06-30,',
      '05,Tỉnh C,province,,2022-01-01,,',
    );
    expect(where(problems)).toEqual([
      {
        file: 'units.csv',
        line: 3,
        column: 'code',
        value: '05',
        code: 'unit-code-overlap',
        related: [{ file: 'units.csv', line: 2 }],
      },
      {
        file: 'units.csv',
        line: 4,
        column: 'code',
        value: '05',
        code: 'unit-code-overlap',
        related: [{ file: 'units.csv', line: 2 }],
      },
    ]);
  });

  it('reports validity dates out of order, on valid_to', () => {
    const { problems } = check('01,Thành phố Hà Nội,province,,2025-07-01,2025-06-30,');
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-dates-order',
        file: 'units.csv',
        line: 2,
        column: 'valid_to',
        value: '2025-06-30',
        vi: 'Ngày hết hiệu lực (2025-06-30) đứng trước ngày bắt đầu (2025-07-01).',
        en: 'The end date (2025-06-30) is before the start date (2025-07-01).',
      },
    ]);
  });

  it('accepts a unit in force for a single day', () => {
    expect(check('01,Thành phố Hà Nội,province,,2025-07-01,2025-07-01,').problems).toEqual([]);
  });

  it('reports a province with a parent', () => {
    const { problems } = check('01,Thành phố Hà Nội,province,,,,', '27,Tỉnh Bắc Ninh,province,01,,,');
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-province-parent',
        file: 'units.csv',
        line: 3,
        column: 'parent_code',
        value: '01',
        vi: 'Đơn vị cấp tỉnh không có đơn vị cấp trên: để trống parent_code.',
        en: 'A province has no parent: leave parent_code empty.',
      },
    ]);
  });

  it('reports an office without a parent', () => {
    const { problems } = check('01,Thành phố Hà Nội,province,,,,', '01-01,Chi cục THADS quận Ba Đình,office,,,,');
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-office-parent-missing',
        file: 'units.csv',
        line: 3,
        column: 'parent_code',
        value: '',
        vi: 'Đơn vị cấp huyện/khu vực phải có mã tỉnh (parent_code).',
        en: 'An office needs the code of its province (parent_code).',
      },
    ]);
  });

  it('reports an office that outlives its province', () => {
    // Bắc Ninh (27) ended on 2025-06-30; an office still open cannot belong to it.
    const { problems } = check(
      '27,Tỉnh Bắc Ninh,province,,,2025-06-30,',
      '27-01,Chi cục THADS thành phố Bắc Ninh,office,27,,,',
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-parent-not-in-force',
        file: 'units.csv',
        line: 3,
        column: 'parent_code',
        value: '27',
        vi: 'Mã tỉnh 27 không chỉ một tỉnh duy nhất có hiệu lực suốt thời gian hoạt động của đơn vị (từ khi bắt đầu có số liệu đến nay).',
        en: 'Parent code 27 does not name one province in force for the whole life of the office (from the beginning of the data to today).',
      },
    ]);
  });

  it('reports an office that starts before its province', () => {
    const { problems } = check(
      '24,Tỉnh Bắc Ninh,province,,2025-07-01,,',
      '24-KV01,Phòng THADS khu vực 1,office,24,2025-06-01,,',
    );
    expect(where(problems)).toEqual([
      { file: 'units.csv', line: 3, column: 'parent_code', value: '24', code: 'unit-parent-not-in-force' },
    ]);
  });

  it('reports an office whose parent code names two provinces during its life', () => {
    // Code 24 is Bắc Giang and then Bắc Ninh; the office would silently change province on 2025-07-01.
    const { problems } = check(
      '24,Tỉnh Bắc Giang,province,,,2025-06-30,24',
      '24,Tỉnh Bắc Ninh,province,,2025-07-01,,',
      '24-02,Chi cục THADS huyện Yên Dũng,office,24,2020-01-01,2025-12-31,',
    );
    expect(problems).toMatchObject([
      {
        code: 'unit-parent-not-in-force',
        line: 4,
        value: '24',
        en: 'Parent code 24 does not name one province in force for the whole life of the office (from 2020-01-01 to 2025-12-31).',
      },
    ]);
  });

  it('reports an office whose parent code names another office', () => {
    const { problems } = check(
      '01,Thành phố Hà Nội,province,,,,',
      '01-01,Chi cục THADS quận Ba Đình,office,01,,,',
      '01-02,Chi cục THADS quận Hoàn Kiếm,office,01-01,,,',
    );
    expect(where(problems)).toEqual([
      { file: 'units.csv', line: 4, column: 'parent_code', value: '01-01', code: 'unit-parent-not-in-force' },
    ]);
  });

  it('reports an office whose parent code is not in units.csv', () => {
    const { problems } = check('01-01,Chi cục THADS quận Ba Đình,office,01,,,');
    expect(where(problems)).toEqual([
      { file: 'units.csv', line: 2, column: 'parent_code', value: '01', code: 'unit-parent-not-in-force' },
    ]);
  });

  it('reports a successor not in force the day after valid_to', () => {
    const { problems } = check('27,Tỉnh Bắc Ninh,province,,,2025-06-30,24', '24,Tỉnh Bắc Ninh,province,,2025-07-02,,');
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-successor-unknown',
        file: 'units.csv',
        line: 2,
        column: 'successor_code',
        value: '24',
        vi: 'Không có đơn vị nào mang mã 24 có hiệu lực vào ngày 2025-07-01 (ngày sau valid_to).',
        en: 'No unit with code 24 is in force on 2025-07-01, the day after valid_to.',
      },
    ]);
  });

  it('reports a successor code that no unit has', () => {
    const { problems } = check('27,Tỉnh Bắc Ninh,province,,,2025-06-30,99');
    expect(where(problems)).toEqual([
      { file: 'units.csv', line: 2, column: 'successor_code', value: '99', code: 'unit-successor-unknown' },
    ]);
  });

  it('reports a successor on a unit still in force', () => {
    const { problems } = check('01,Thành phố Hà Nội,province,,,,24', '24,Tỉnh Bắc Ninh,province,,,,');
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-successor-without-end',
        file: 'units.csv',
        line: 2,
        column: 'successor_code',
        value: '24',
        vi: 'Đơn vị còn hiệu lực (valid_to trống) thì không có đơn vị kế thừa.',
        en: 'A unit still in force (empty valid_to) cannot have a successor.',
      },
    ]);
  });

  it('reports a successor of another level', () => {
    const { problems } = check(
      '01,Thành phố Hà Nội,province,,,,',
      '01-01,Chi cục THADS quận Ba Đình,office,01,,2025-06-30,01',
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unit-successor-level',
        file: 'units.csv',
        line: 3,
        column: 'successor_code',
        value: '01',
        vi: 'Đơn vị kế thừa "Thành phố Hà Nội" khác cấp (province, cần office).',
        en: 'The successor "Thành phố Hà Nội" is of another level (province, expected office).',
      },
    ]);
  });

  it('reports two units that would get the same page address', () => {
    // Codes differ only in case, so the slugs are equal.
    const { problems } = check(
      '01,Thành phố Hà Nội,province,,,,',
      '01-KV1,Phòng THADS khu vực 1,office,01,,,',
      '01-kv1,Phòng THADS khu vực 1,office,01,,,',
    );
    expect(problems).toMatchObject([
      {
        code: 'unit-slug-clash',
        file: 'units.csv',
        line: 4,
        column: 'name',
        value: 'Phòng THADS khu vực 1',
        related: [{ file: 'units.csv', line: 3 }],
      },
    ]);
  });

  it('reports every problem of the file in one run', () => {
    const { problems } = check(
      '01,Thành phố Hà Nội,province,,,,',
      '27,Tỉnh Bắc Ninh,province,01,,2025-06-30,24',
      '24,Tỉnh Bắc Ninh,province,,2025-07-01,2025-01-01,',
      '01-01,Chi cục THADS quận Ba Đình,office,,,,',
      '01-02,Chi cục THADS quận Hoàn Kiếm,office,01,,2025-06-30,01',
      '01,Thủ đô Hà Nội,province,,2025-07-01,,',
    );
    expect(where(problems).map((p) => `${p.line} ${p.column} ${p.code}`)).toEqual([
      '4 valid_to unit-dates-order',
      '7 code unit-code-overlap',
      '3 parent_code unit-province-parent',
      // 24 was dropped for its dates, so nothing succeeds 27.
      '3 successor_code unit-successor-unknown',
      '5 parent_code unit-office-parent-missing',
      '6 successor_code unit-successor-level',
    ]);
  });
});

describe('successor_code: one code, or several separated by | when the caseload was divided', () => {
  const OFFICES = [
    '27,Tỉnh Bắc Ninh,province,,,2025-06-30,24',
    '24,Tỉnh Bắc Ninh,province,,2025-07-01,,',
    '24-KV02,Phòng THADS khu vực 2,office,24,2025-07-01,,',
    '24-KV03,Phòng THADS khu vực 3,office,24,2025-07-01,,',
  ];

  it('accepts a split and reads it as a list; an empty cell is no successor', () => {
    const { registry, problems } = check(
      ...OFFICES,
      '27-02,Chi cục THADS huyện Tiên Du,office,27,,2025-06-30,24-KV02|24-KV03',
    );
    expect(problems).toEqual([]);
    const tienDu = registry.resolve('27-02', '2025-06-30')!;
    expect(tienDu.successor_code).toEqual(['24-KV02', '24-KV03']);
    expect(registry.resolve('24', '2025-07-01')!.successor_code).toEqual([]);
    expect(registry.successorsOf(tienDu).map((u) => u.code)).toEqual(['24-KV02', '24-KV03']);
    expect(registry.predecessorsOf(registry.resolve('24-KV03', '2025-07-01')!)).toEqual([tienDu]);
  });

  it('keeps a single code valid as before', () => {
    const { registry, problems } = check(...OFFICES, '27-03,Chi cục THADS huyện Quế Võ,office,27,,2025-06-30,24-KV02');
    expect(problems).toEqual([]);
    expect(registry.successorOf(registry.resolve('27-03', '2025-06-30')!)?.code).toBe('24-KV02');
  });

  it('explains how a list is written when a part is empty, spaced or uses another separator', () => {
    const { problems } = unitTable(
      [
        HEADER,
        '27-02,Chi cục THADS huyện Tiên Du,office,27,,2025-06-30,24-KV02|',
        '27-03,Chi cục THADS huyện Quế Võ,office,27,,2025-06-30,24-KV02 | 24-KV03',
        '27-04,Chi cục THADS huyện Yên Phong,office,27,,2025-06-30,"24-KV02,24-KV03"',
        '',
      ].join('\n'),
    );
    expect(where(problems)).toEqual([
      { file: 'units.csv', line: 2, column: 'successor_code', value: '24-KV02|', code: 'cell-successor-codes' },
      {
        file: 'units.csv',
        line: 3,
        column: 'successor_code',
        value: '24-KV02 | 24-KV03',
        code: 'cell-successor-codes',
      },
      { file: 'units.csv', line: 4, column: 'successor_code', value: '24-KV02,24-KV03', code: 'cell-successor-codes' },
    ]);
    expect(problems[0]).toMatchObject({
      vi: 'Nhiều mã đơn vị kế thừa viết liền nhau, cách nhau bằng dấu | (ví dụ 01-KV01|01-KV02), không có khoảng trắng hay ô con trống; mỗi mã chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang.',
      en: 'Several successor codes are written together, separated by | (e.g. 01-KV01|01-KV02), with no spaces or empty parts; each code consists of ASCII letters, digits and hyphens.',
    });
  });

  it('reports each successor of a list that is unknown or of another level, and a code listed twice', () => {
    const { problems } = check(
      ...OFFICES,
      '27-02,Chi cục THADS huyện Tiên Du,office,27,,2025-06-30,24-KV02|24-KV09|24',
      '27-03,Chi cục THADS huyện Quế Võ,office,27,,2025-06-30,24-KV02|24-KV02',
    );
    expect(problems.map((p) => [p.line, p.code, p.value, p.en])).toEqual([
      [
        6,
        'unit-successor-unknown',
        '24-KV09',
        'No unit with code 24-KV09 is in force on 2025-07-01, the day after valid_to.',
      ],
      [
        6,
        'unit-successor-level',
        '24',
        'The successor "Tỉnh Bắc Ninh" is of another level (province, expected office).',
      ],
      [
        7,
        'unit-successor-repeated',
        '24-KV02|24-KV02',
        'Code 24-KV02 appears more than once among the successors; list each successor once.',
      ],
    ]);
    expect(problems[2]!.vi).toBe(
      'Mã 24-KV02 được ghi hơn một lần trong danh sách đơn vị kế thừa; mỗi đơn vị kế thừa chỉ ghi một lần.',
    );
  });
});

describe('validateUnits: cross-row problems name every row involved', () => {
  it('names every earlier unit a code overlaps with, not only the first', () => {
    const { problems } = check(
      '24,Tỉnh Bắc Giang,province,,,2025-06-30,',
      '24,Tỉnh Bắc Ninh,province,,2025-07-01,,',
      '24,Tỉnh Bắc Ninh mới,province,,2020-01-01,,',
    );
    expect(where(problems).filter((p) => p.line === 4)).toEqual([
      {
        file: 'units.csv',
        line: 4,
        column: 'code',
        value: '24',
        code: 'unit-code-overlap',
        related: [
          { file: 'units.csv', line: 2 },
          { file: 'units.csv', line: 3 },
        ],
      },
    ]);
  });
});

describe('area (Địa bàn): where an office serves, optional, read like a name', () => {
  const AREA_HEADER = `${HEADER},area`;
  const table = (...lines: string[]) => unitTable([AREA_HEADER, ...lines, ''].join('\n'));

  it('reads an office area, empty as null, and a file without the column as no area', () => {
    const { rows, problems } = table(
      '01,Thành phố Hà Nội,province,,,,,',
      '01-KV01,Phòng THADS khu vực 1,office,01,2025-07-01,,,"quận Ba Đình, quận Hoàn Kiếm"',
      '01-KV02,Phòng THADS khu vực 2,office,01,2025-07-01,,,',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.area)).toEqual([null, 'quận Ba Đình, quận Hoàn Kiếm', null]);
    expect(validateUnits(rows).problems).toEqual([]);
    expect(unitTable([HEADER, '01,Thành phố Hà Nội,province,,,,', ''].join('\n')).rows[0]!.area).toBeNull();
  });

  it('accepts the Vietnamese column label "Địa bàn"', () => {
    const header =
      'Mã đơn vị,Tên đơn vị,Cấp,Mã tỉnh quản lý,Có hiệu lực từ ngày,Có hiệu lực đến ngày,Mã đơn vị kế thừa,Địa bàn';
    const { rows, problems } = unitTable(
      [
        header,
        '01,Thành phố Hà Nội,province,,,,,',
        '01-KV01,Phòng THADS khu vực 1,office,01,2025-07-01,,,quận Ba Đình',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(rows[1]!.area).toBe('quận Ba Đình');
  });

  it('refuses invisible characters and spaces at either end, naming the character, as for names', () => {
    const { problems } = table(
      '01,Thành phố Hà Nội,province,,,,,',
      '01-KV01,Phòng THADS khu vực 1,office,01,2025-07-01,,,quận Ba\u200bĐình',
      '01-KV02,Phòng THADS khu vực 2,office,01,2025-07-01,,,quận Tây Hồ\u00a0',
      '01-KV03,Phòng THADS khu vực 3,office,01,2025-07-01,,," quận Cầu Giấy"',
    );
    expect(problems.map((p) => `${p.line} ${p.column} ${p.code} ${JSON.stringify(p.value)}`)).toEqual([
      '3 area cell-invisible-200b "quận Ba\u200bĐình"',
      '4 area cell-invisible-00a0 "quận Tây Hồ\u00a0"',
      '5 area cell-text " quận Cầu Giấy"',
    ]);
  });

  it('refuses an area on a province row, at its cell', () => {
    const { rows, problems } = table('01,Thành phố Hà Nội,province,,,,,quận Ba Đình');
    expect(problems).toEqual([]);
    expect(validateUnits(rows).problems).toEqual([
      {
        severity: 'error',
        code: 'unit-area-province',
        file: 'units.csv',
        line: 2,
        column: 'area',
        value: 'quận Ba Đình',
        vi: 'Chỉ đơn vị cấp huyện/khu vực (level = office) mới ghi địa bàn (area); với một tỉnh, hãy để trống ô này.',
        en: 'Only an office (level = office) has an area; leave it empty for a province.',
      },
    ]);
  });
});
