import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/parse';
import { CELL_MESSAGES } from '../../../src/lib/schemas/cells';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS, ResultRowSchema } from '../../../src/lib/schemas/results';
import { UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS, UnitRowSchema } from '../../../src/lib/schemas/units';
import { readTable } from '../../../src/lib/validate/file';
import { validateTable } from '../../../src/lib/validate/table';
import { RESULT_HEADER, resultCsv, resultLine, resultTable, targetTable, unitTable, where } from '../helpers';

const ALLOWED = [...RESULT_COLUMNS, ...RESULT_OPTIONAL_COLUMNS].join(', ');

describe('validateTable: a valid file', () => {
  it('returns typed rows with their file and line', () => {
    const { rows, problems } = resultTable(resultCsv(resultLine('2024-03', '01'), '', resultLine('2024', '24-01')));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      file: 'results/2024.csv',
      line: 2,
      unit_code: '01',
      period: { key: '2024-03', months: 6, end: '2024-03-31' },
      cases_enforceable: 10,
      money_enforceable: 1200,
      note: null,
    });
    expect(rows[1]).toMatchObject({ line: 4, unit_code: '24-01', period: { key: '2024' } });
  });

  it('reads a missing optional column, and an empty optional cell, as "not reported" (null), never 0', () => {
    const { rows, problems } = resultTable(resultCsv(resultLine('2024', '01', { cases_in_progress: 7 })));
    expect(problems).toEqual([]);
    // cases_in_progress is in the file; money_in_progress and source are not.
    expect(rows[0]).toMatchObject({
      cases_in_progress: 7,
      cases_postponed: null,
      money_in_progress: null,
      source: null,
    });
  });
});

describe('validateTable: cells', () => {
  it('reports a problem with file, line, column, value and a bilingual message', () => {
    const { rows, problems } = resultTable(
      resultCsv(resultLine('2024', '01', { cases_new: '-5' })),
      'results/2024.csv',
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'cell-count',
        file: 'results/2024.csv',
        line: 2,
        column: 'cases_new',
        value: '-5',
        vi: CELL_MESSAGES.count.vi,
        en: CELL_MESSAGES.count.en,
      },
    ]);
  });

  it.each([
    ['negative', '-5', 'cell-count'],
    ['decimal point', '12.5', 'cell-count-decimal'],
    ['decimal comma', '"12,5"', 'cell-count-comma'],
    ['thousands comma, ambiguous', '"1,525"', 'cell-count-comma'],
    ['dot groups not of three digits', '1.2345', 'cell-count-decimal'],
    ['thousands dot with a leading zero', '0.525', 'cell-count-decimal'],
    ['thousands separators mixed', '"1.525 000"', 'cell-count'],
    ["leading space (Excel's Accounting format)", '" 5"', 'cell-count-accounting'],
    ['words', 'năm', 'cell-count'],
    ['exponent', '1e3', 'cell-count-scientific'],
    ['empty', '', 'cell-required'],
    ['beyond 2^53', '9007199254740993', 'cell-count-too-large'],
  ])('rejects a required count that is %s', (_, cell, code) => {
    const { rows, problems } = resultTable(resultCsv(resultLine('2024', '01', { money_completed: cell })));
    expect(rows).toEqual([]);
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'money_completed', value: cell.replace(/"/g, ''), code },
    ]);
  });

  it.each([
    ['thousands dot, as Vietnamese write it', '1.525', 1525],
    ['two thousands dots', '1.234.567', 1234567],
    ['thousands space', '1 525', 1525],
    ['thousands no-break space', '1\u00A0525', 1525],
    ['thousands narrow no-break space', '1\u202F234\u202F567', 1234567],
  ])('reads a required count with a %s', (_, cell, value) => {
    const { rows, problems } = resultTable(resultCsv(resultLine('2024', '01', { money_carried_over: cell })));
    expect(problems).toEqual([]);
    expect(rows[0]?.money_carried_over).toBe(value);
  });

  it('accepts the largest safe integer and leading zeros', () => {
    const { rows, problems } = resultTable(
      resultCsv(resultLine('2024', '01', { money_carried_over: '9007199254740991', cases_new: '005' })),
    );
    // The identity check is not part of the table contract.
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ money_carried_over: 9007199254740991, cases_new: 5 });
  });

  it('rejects an optional breakdown count that is not a whole number, but not an empty one', () => {
    const { problems } = resultTable(
      resultCsv(resultLine('2024', '01', { cases_postponed: '2.0', cases_suspended: '' })),
    );
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'cases_postponed', value: '2.0', code: 'cell-count-decimal' },
    ]);
  });

  it.each(['2024-13', '2024-3', '24', '2024-00', ' 2024', '2024/09', 'Q3-2024'])('rejects the period %j', (cell) => {
    const { problems } = resultTable(resultCsv(resultLine(`"${cell}"`, '01')));
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'period', value: cell, code: 'cell-period' },
    ]);
    expect(problems[0]).toMatchObject(CELL_MESSAGES.period);
  });

  it('requires a period and a unit code', () => {
    const { problems } = resultTable(resultCsv(resultLine('', '')));
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'period', value: '', code: 'cell-required' },
      { file: 'results/2024.csv', line: 2, column: 'unit_code', value: '', code: 'cell-required' },
    ]);
  });

  it('rejects a unit code with a space and a note with surrounding white space', () => {
    const { problems } = resultTable(resultCsv(resultLine('2024', '"01 "', { note: '" ghi chú"' })));
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'unit_code', value: '01 ', code: 'cell-code' },
      { file: 'results/2024.csv', line: 2, column: 'note', value: ' ghi chú', code: 'cell-text' },
    ]);
  });

  it('reports every problem of the file in one run, row by row, not only the first', () => {
    const text = resultCsv(
      resultLine('2024', '01', { cases_new: '1.80', money_new: '' }),
      resultLine('2024', '01-01'),
      resultLine('2024-13', '01-02', { cases_completed: 'x' }),
      '2024,01-03,1,2',
      resultLine('2024', '01-03', { cases_terminated: '-1' }),
    );
    const { rows, problems } = resultTable(text);
    expect(rows.map((r) => r.line)).toEqual([3]);
    // The cell-count problem is the parser's; validateTable reports the cells it can read.
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'cases_new', value: '1.80', code: 'cell-count-decimal' },
      { file: 'results/2024.csv', line: 2, column: 'money_new', value: '', code: 'cell-required' },
      { file: 'results/2024.csv', line: 4, column: 'period', value: '2024-13', code: 'cell-period' },
      { file: 'results/2024.csv', line: 4, column: 'cases_completed', value: 'x', code: 'cell-count' },
      { file: 'results/2024.csv', line: 6, column: 'cases_terminated', value: '-1', code: 'cell-count' },
    ]);
  });
});

describe('validateTable: columns', () => {
  it('reports an unknown column, listing the allowed ones, and still checks the rows', () => {
    const text = [`${RESULT_HEADER},notes`, `${resultLine('2024', '01', { cases_new: 'x' })},ghi chú`, ''].join('\n');
    const { rows, problems } = resultTable(text);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unknown-column',
        file: 'results/2024.csv',
        line: 1,
        column: 'notes',
        vi: `Cột "notes" không có trong quy ước dữ liệu. Có phải là "note"? Các cột được phép: ${ALLOWED}.`,
        en: `Column "notes" is not part of the data contract. Did you mean "note"? Allowed columns: ${ALLOWED}.`,
      },
      expect.objectContaining({ code: 'cell-count', line: 2, column: 'cases_new', value: 'x' }),
    ]);
  });

  it('reports a missing required column and no row problems, since no row can be read', () => {
    const header = RESULT_HEADER.replace('cases_entrusted,', '');
    const line = resultLine('2024', '01', { cases_new: 'x' }).split(',');
    line.splice(4, 1);
    const { rows, problems } = resultTable([header, line.join(','), ''].join('\n'));
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'missing-column',
        file: 'results/2024.csv',
        line: 1,
        column: 'cases_entrusted',
        vi: 'Thiếu cột bắt buộc "cases_entrusted" (tiếng Việt: "Ủy thác (việc)").',
        en: 'The required column "cases_entrusted" is missing (in Vietnamese: "Ủy thác (việc)").',
      },
    ]);
  });

  it('reports a misspelt column as unknown and the intended one as missing', () => {
    const { problems } = resultTable(resultCsv(resultLine('2024', '01')).replace('money_new', 'money_neww'));
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 1, column: 'money_neww', value: undefined, code: 'unknown-column' },
      { file: 'results/2024.csv', line: 1, column: 'money_new', value: undefined, code: 'missing-column' },
    ]);
  });

  it('reads a semicolon-delimited file like a comma-delimited one', () => {
    const semicolons = resultCsv(resultLine('2024', '01'), resultLine('2024', '01-01')).replaceAll(',', ';');
    const a = resultTable(semicolons);
    const b = resultTable(resultCsv(resultLine('2024', '01'), resultLine('2024', '01-01')));
    expect(a.problems).toEqual([]);
    expect(a.rows).toEqual(b.rows);
  });

  it('puts column problems on the header line when blank lines come first', () => {
    // parseCsv skips leading blank lines, so the header may be on line 2.
    const { problems } = resultTable(`\n${resultCsv(resultLine('2024', '01'))}`.replace(',note', ',notes'));
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'notes', value: undefined, code: 'unknown-column' },
    ]);
  });

  it('adds nothing to an empty file, which the parser already reports as empty', () => {
    // Without a header there is nothing to compare; "column missing" ×16 would bury "file empty".
    expect(resultTable('')).toEqual({ rows: [], problems: [], columns: new Map() });
  });
});

describe('validateTable: units.csv and targets.csv cells', () => {
  it('checks level, dates, names and codes', () => {
    const { rows, problems } = unitTable(
      [
        'code,name,level,parent_code,valid_from,valid_to,successor_code',
        '01,Thành phố Hà Nội,tinh,,,,',
        '02,,province,,2025-02-30,01/07/2025,',
        '03,Tỉnh Cao Bằng ,province,,,,0 4',
        '04,Tỉnh Hà Giang,province,,2025-07-01,,',
        '',
      ].join('\n'),
    );
    expect(rows.map((r) => r.code)).toEqual(['04']);
    expect(where(problems)).toEqual([
      { file: 'units.csv', line: 2, column: 'level', value: 'tinh', code: 'cell-level' },
      { file: 'units.csv', line: 3, column: 'name', value: '', code: 'cell-required' },
      { file: 'units.csv', line: 3, column: 'valid_from', value: '2025-02-30', code: 'cell-date' },
      { file: 'units.csv', line: 3, column: 'valid_to', value: '01/07/2025', code: 'cell-date' },
      { file: 'units.csv', line: 4, column: 'name', value: 'Tỉnh Cao Bằng ', code: 'cell-text' },
      { file: 'units.csv', line: 4, column: 'successor_code', value: '0 4', code: 'cell-code' },
    ]);
    expect(problems[0]).toMatchObject(CELL_MESSAGES.level);
    expect(problems[2]).toMatchObject(CELL_MESSAGES.date);
  });

  it('checks target years and percentages 0–100 with a decimal comma or point', () => {
    const { rows, problems } = targetTable(
      [
        'year,unit_code,cases_rate,money_rate',
        '2025,,82.60,45.60',
        '2025,01,100,0',
        '2025,24,100.01,45',
        '2025,27,"84,17",-1',
        '2025,04,"83,25 %",5',
        '2025,11,"8.417,5",45',
        '25,01,,',
        '2025,15,1000,45.',
        '2025,26,0.83,45',
        '',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.line, r.unit_code, r.cases_rate, r.money_rate])).toEqual([
      [2, null, 82.6, 45.6],
      [3, '01', 100, 0],
      [6, '04', 83.25, 5],
    ]);
    expect(where(problems)).toEqual([
      { file: 'targets.csv', line: 4, column: 'cases_rate', value: '100.01', code: 'cell-percent' },
      { file: 'targets.csv', line: 5, column: 'money_rate', value: '-1', code: 'cell-percent' },
      { file: 'targets.csv', line: 7, column: 'cases_rate', value: '8.417,5', code: 'cell-percent' },
      { file: 'targets.csv', line: 8, column: 'year', value: '25', code: 'cell-year' },
      { file: 'targets.csv', line: 9, column: 'cases_rate', value: '1000', code: 'cell-percent' },
      { file: 'targets.csv', line: 9, column: 'money_rate', value: '45.', code: 'cell-percent' },
      { file: 'targets.csv', line: 10, column: 'cases_rate', value: '0.83', code: 'cell-percent-fraction' },
    ]);
    expect(problems[0]).toMatchObject(CELL_MESSAGES.percent);
  });
});

describe('validateTable: Vietnamese headers', () => {
  const VI = RESULT_HEADER.split(',').map(
    (c) =>
      ({
        period: 'Kỳ báo cáo',
        unit_code: 'Mã đơn vị',
        cases_new: 'Thụ lý mới (việc)',
        money_new: 'THỤ LÝ MỚI (TIỀN)',
        cases_entrusted: 'Uỷ thác (việc)',
        money_entrusted: 'Ủy thác (nghìn đồng)',
        cases_completed: 'Thi hành xong (việc)'.normalize('NFD'),
        note: 'Ghi chú',
      })[c] ?? c,
  );
  const viCsv = (...lines: string[]) => [VI.join(','), ...lines, ''].join('\n');

  it('reads a file whose headers are Vietnamese labels exactly like one with column names', () => {
    const body = [resultLine('2024', '01', { note: 'x' }), resultLine('2024-03', '24-01')];
    const vi = resultTable(viCsv(...body));
    const en = resultTable(resultCsv(...body));
    expect(vi.problems).toEqual([]);
    expect(vi.rows).toEqual(en.rows);
    // The cells as written stay reachable by column name for the cross-row checks.
    expect(vi.rows[0]?.raw.cases_new).toBe('5');
  });

  it('names a bad cell by the header as written and by its column name', () => {
    const { problems } = resultTable(viCsv(resultLine('2024', '01', { cases_new: '"1,5"', cases_carried_over: 'x' })));
    expect(where(problems)).toEqual([
      { file: 'results/2024.csv', line: 2, column: 'cases_carried_over', value: 'x', code: 'cell-count' },
      {
        file: 'results/2024.csv',
        line: 2,
        column: 'Thụ lý mới (việc) = cases_new',
        value: '1,5',
        code: 'cell-count-comma',
      },
    ]);
  });

  it('reports two headers naming one column, with both', () => {
    const text = resultCsv(resultLine('2024', '01')).replace(',note\n', ',Thụ lý mới (việc)\n').replace(/,\n/, ',5\n');
    const { problems } = resultTable(text);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'duplicate-column',
        file: 'results/2024.csv',
        line: 1,
        column: 'Thụ lý mới (việc)',
        vi: 'Cột "cases_new" (cột 4) và cột "Thụ lý mới (việc)" (cột 20) cùng chỉ cột cases_new; mỗi cột chỉ được có một lần.',
        en: 'Columns "cases_new" (column 4) and "Thụ lý mới (việc)" (column 20) both name cases_new; each column may appear once.',
      },
    ]);
  });

  it('suggests the label meant by a misspelt Vietnamese header', () => {
    const text = viCsv(resultLine('2024', '01')).replace('Kỳ báo cáo', 'Kỳ bao cáo');
    const { problems } = resultTable(text);
    expect(problems[0]?.vi).toContain('Có phải là "Kỳ báo cáo" (period)?');
    expect(problems[1]).toMatchObject({
      code: 'missing-column',
      column: 'period',
      en: 'The required column "period" is missing (in Vietnamese: "Kỳ báo cáo").',
    });
  });
});

describe('validateTable: a schema with an object-level rule', () => {
  it('falls back to zod for the whole row and gives the same rows and problems', () => {
    const checked = ResultRowSchema.refine(() => true);
    const text = resultCsv(resultLine('2024', '01'), resultLine('2024', '01-01', { cases_new: '1.5', note: '#REF!' }));
    const slow = validateTable(parseCsv('results/2024.csv', text), {
      schema: checked,
      required: RESULT_COLUMNS,
      optional: RESULT_OPTIONAL_COLUMNS,
    });
    expect(slow).toEqual(resultTable(text));
    expect(where(slow.problems).map((p) => p.code)).toEqual(['cell-count-decimal', 'cell-excel-ref']);
  });
});

describe('readTable: the cells a failed row keeps', () => {
  const spec = { schema: UnitRowSchema, required: UNIT_COLUMNS, optional: UNIT_OPTIONAL_COLUMNS };
  const failedOf = (header: string) =>
    readTable({ file: 'units.csv', text: `${header}\n01-KV01,Phòng THADS khu vực 1,office,01,2025-07-32,,\n` }, spec, {
      keep: ['code'],
    }).failed;

  it('keeps the code whatever the header calls the column, as with its name', () => {
    const named = failedOf('code,name,level,parent_code,valid_from,valid_to,successor_code');
    expect(named).toEqual([{ line: 2, cells: { code: '01-KV01' } }]);
    expect(
      failedOf('Mã đơn vị,Tên đơn vị,Cấp,Mã tỉnh quản lý,Có hiệu lực từ ngày,Có hiệu lực đến ngày,Mã đơn vị kế thừa'),
    ).toEqual(named);
    expect(failedOf('Code,Name,Level,Parent_code,Valid_from,Valid_to,Successor_code')).toEqual(named);
  });
});

describe('validateTable: the generated row reader against zod itself', () => {
  // A schema with a rule across columns is read through zod (schemaReader); the same rule that accepts every row
  // leaves the result to the cell schemas alone, so both readers must agree on every row and every problem.
  const throughZod = ResultRowSchema.refine(() => true);
  // The count columns of the test rows: the required ones and three optional breakdowns (the money ones absent).
  const counts = RESULT_HEADER.split(',').filter((c) => c.startsWith('cases_') || c.startsWith('money_'));
  const countCell = fc.oneof(
    fc.nat({ max: 10_000 }).map(String),
    fc.constantFrom('1.525', '1 525', '12.345.678', '9007199254740991', '9007199254740992', '0012', '1,525'),
    fc.constantFrom('', ' 7', '7 ', '1.5', '#REF!', '=A1', '-', '4.7106E+08', '12%', '١٢'),
    fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String),
  );

  it('reads the same rows and reports the same problems, whatever the count cells hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom(...counts), countCell), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (edits, dropOptional) => {
          const lines = edits.map((e, i) => resultLine('2024', `0${i + 1}`, e));
          let text = resultCsv(...lines);
          // Without an optional column at all, which both read as empty cells.
          if (dropOptional) {
            const header = text.split('\n')[0]!.split(',');
            const at = header.indexOf('cases_in_progress');
            text = text
              .split('\n')
              .map((l) =>
                l === ''
                  ? l
                  : l
                      .split(',')
                      .filter((_, j) => j !== at)
                      .join(','),
              )
              .join('\n');
          }
          const parsed = parseCsv('results/2024.csv', text);
          const spec = { required: RESULT_COLUMNS, optional: RESULT_OPTIONAL_COLUMNS };
          const fast = validateTable(parsed, { ...spec, schema: ResultRowSchema });
          const zod = validateTable(parsed, { ...spec, schema: throughZod });
          expect(fast.problems).toEqual(zod.problems);
          expect(fast.rows).toEqual(zod.rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
