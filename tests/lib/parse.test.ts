import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blanksAfterQuote, DELIMITERS, parseCsv, readCsv } from '../../src/lib/parse';

const lines = (text: string) => parseCsv('f.csv', text).records.map((r) => r.line);
const codes = (text: string) => parseCsv('f.csv', text).problems.map((p) => [p.code, p.line]);

describe('parseCsv', () => {
  it('keys cells by header name and numbers records from line 2', () => {
    const parsed = parseCsv('results/2024.csv', 'period,unit_code\n2024,01\n2024,24\n');
    expect(parsed).toEqual({
      file: 'results/2024.csv',
      headerLine: 1,
      header: ['period', 'unit_code'],
      delimiter: ',',
      records: [
        { line: 2, cells: { period: '2024', unit_code: '01' } },
        { line: 3, cells: { period: '2024', unit_code: '24' } },
      ],
      problems: [],
    });
  });

  it('keeps leading zeros and spaces inside cells as written', () => {
    const [record] = parseCsv('f.csv', 'code,name\n01, Hà Nội\n').records;
    expect(record?.cells).toEqual({ code: '01', name: ' Hà Nội' });
  });

  it('reads the last row without a final newline', () => {
    expect(lines('a,b\n1,2\n3,4')).toEqual([2, 3]);
  });

  it('reads a last row that ends with a delimiter and no line break as an empty last cell', () => {
    const parsed = parseCsv('f.csv', 'a,note\n1,x\n2,');
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual([
      { line: 2, cells: { a: '1', note: 'x' } },
      { line: 3, cells: { a: '2', note: '' } },
    ]);
  });

  it('counts a quoted cell that spans two lines, so the next record starts on the right line', () => {
    const parsed = parseCsv('f.csv', 'a,note\n1,"dòng một\ndòng hai"\n2,x\n3,y\n');
    expect(parsed.records).toEqual([
      { line: 2, cells: { a: '1', note: 'dòng một\ndòng hai' } },
      { line: 4, cells: { a: '2', note: 'x' } },
      { line: 5, cells: { a: '3', note: 'y' } },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('counts escaped quotes inside a quoted cell as text', () => {
    const parsed = parseCsv('f.csv', 'a,note\n1,"theo ""Báo cáo"", trang 2"\n2,x\n');
    expect(parsed.records).toEqual([
      { line: 2, cells: { a: '1', note: 'theo "Báo cáo", trang 2' } },
      { line: 3, cells: { a: '2', note: 'x' } },
    ]);
  });

  it('keeps line numbers right after a stray quote inside an unquoted cell', () => {
    // A quote in the middle of an unquoted cell is ordinary text (spreadsheets read `5"` as is),
    // so it must not be taken as the start of a quoted cell when counting lines.
    const parsed = parseCsv('f.csv', 'a,note\n1,màn hình 5"\n2,x\n3,y\n');
    expect(parsed.records.map((r) => r.cells.note)).toEqual(['màn hình 5"', 'x', 'y']);
    expect(parsed.records.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('strips a UTF-8 byte-order mark from the first header name', () => {
    const parsed = parseCsv('f.csv', '\uFEFFperiod,unit_code\n2024,01\n');
    expect(parsed.header).toEqual(['period', 'unit_code']);
    expect(parsed.records[0]?.cells).toEqual({ period: '2024', unit_code: '01' });
  });

  it('reads CRLF line ends without leaving \\r in the last cell', () => {
    const parsed = parseCsv('f.csv', 'a,b\r\n1,2\r\n3,"x\r\ny"\r\n5,6\r\n');
    expect(parsed.records).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 3, cells: { a: '3', b: 'x\r\ny' } },
      { line: 5, cells: { a: '5', b: '6' } },
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(lines('a,b\n1,2\n\n3,4\n\r\n   \n5,6\n\n')).toEqual([2, 4, 7]);
  });

  it('skips a row of empty cells, as a spreadsheet writes for an empty line', () => {
    expect(lines('a,b\n1,2\n,\n3,4\n')).toEqual([2, 4]);
  });

  it('finds the header after leading blank lines', () => {
    const parsed = parseCsv('f.csv', '\n\na,b\n1,2\n');
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.records).toEqual([{ line: 4, cells: { a: '1', b: '2' } }]);
  });

  it('trims spaces around header names', () => {
    expect(parseCsv('f.csv', ' a , b\n1,2\n').header).toEqual(['a', 'b']);
  });

  it('reports a row with too few or too many cells, with its line, and drops it', () => {
    const parsed = parseCsv('f.csv', 'a,b,c\n1,2,3\n4,5\n\n6,7,8,9\n10,11,12\n');
    expect(parsed.records.map((r) => r.line)).toEqual([2, 6]);
    expect(parsed.problems).toEqual([
      {
        severity: 'error',
        code: 'cell-count',
        file: 'f.csv',
        line: 3,
        vi: 'Dòng có 2 ô nhưng tiêu đề có 3 cột (thiếu hoặc thừa dấu phẩy?).',
        en: 'The row has 2 cells but the header has 3 columns (a missing or extra comma?).',
      },
      {
        severity: 'error',
        code: 'cell-count',
        file: 'f.csv',
        line: 5,
        vi: 'Dòng có 4 ô nhưng tiêu đề có 3 cột (thiếu hoặc thừa dấu phẩy?). Số có dấu phẩy thập phân (83,25) phải đặt trong ngoặc kép ("83,25") hoặc viết bằng dấu chấm (83.25).',
        en: 'The row has 4 cells but the header has 3 columns (a missing or extra comma?). A number with a decimal comma (83,25) must be quoted ("83,25") or written with a point (83.25).',
      },
    ]);
  });

  it('reads a decimal comma written without quotes as an extra cell', () => {
    expect(codes('year,unit_code,cases_rate,money_rate\n2025,01,84,17,58.00\n')).toEqual([['cell-count', 2]]);
  });

  it('reports a duplicate header name with both positions', () => {
    const parsed = parseCsv('f.csv', 'period,unit_code,period\n2024,01,2025\n');
    expect(parsed.problems).toEqual([
      {
        severity: 'error',
        code: 'duplicate-column',
        file: 'f.csv',
        line: 1,
        column: 'period',
        vi: 'Cột "period" xuất hiện hai lần (cột 1 và 3).',
        en: 'Column "period" appears twice (columns 1 and 3).',
      },
    ]);
  });

  it('reports an empty header name by its position, on the header line', () => {
    const parsed = parseCsv('f.csv', '\na,,b, \n1,2,3,4\n');
    expect(parsed.problems).toEqual([
      {
        severity: 'error',
        code: 'empty-header',
        file: 'f.csv',
        line: 2,
        vi: 'Cột thứ 2 không có tên.',
        en: 'Column 2 has no name.',
      },
      {
        severity: 'error',
        code: 'empty-header',
        file: 'f.csv',
        line: 2,
        vi: 'Cột thứ 4 không có tên. Có thể dòng tiêu đề (và các dòng số liệu) thừa một dấu phân cách ở cuối dòng.',
        en: 'Column 4 has no name. The header (and the data rows) may end with one delimiter too many.',
      },
    ]);
  });

  it('reports an unclosed quote on the line where the cell opens', () => {
    const parsed = parseCsv('f.csv', 'a,note\n1,x\n2,y\n3,"chưa đóng\n4,z\n');
    expect(parsed.problems.map((p) => [p.code, p.line])).toEqual([['csv-quotes', 4]]);
    expect(parsed.problems[0]).toMatchObject({
      vi: 'Dấu ngoặc kép không khớp: một ô bắt đầu bằng " nhưng không được đóng lại. Mọi thứ từ đó đến hết tệp (dòng 4–5) bị đọc thành một ô, nên các dòng này không được kiểm tra.',
      en: 'Unbalanced quotes: a cell opens with " but is never closed. Everything from there to the end of the file (lines 4–5) reads as one cell, so these lines are not checked.',
    });
    // The rows before the broken cell are still read; the row that swallowed the rest is not.
    expect(parsed.records.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reports text after a closing quote as a quote problem on its line', () => {
    const problems = parseCsv('f.csv', 'a,b\n1,2\n"3"x,4\n').problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'csv-quotes', line: 3 }));
    expect(problems.every((p) => p.line === 3)).toBe(true);
  });

  it('reports an empty file', () => {
    for (const text of ['', '\n\n', '\uFEFF', ' , \n']) {
      expect(parseCsv('units.csv', text)).toEqual({
        file: 'units.csv',
        headerLine: 1,
        header: [],
        delimiter: null,
        records: [],
        problems: [
          {
            severity: 'error',
            code: 'empty-file',
            file: 'units.csv',
            vi: 'Tệp trống, không có dòng tiêu đề.',
            en: 'The file is empty: no header row.',
          },
        ],
      });
    }
  });

  it('reads a header-only file as no records and no problems', () => {
    expect(parseCsv('f.csv', 'a,b\n')).toEqual({
      file: 'f.csv',
      headerLine: 1,
      header: ['a', 'b'],
      delimiter: ',',
      records: [],
      problems: [],
    });
  });
});

describe('parseCsv: delimiters', () => {
  const SAMPLE = (d: string) => [
    `period${d}unit_code${d}note`,
    `2024${d}01${d}"một${d} hai"`,
    `2024${d}24${d}"dòng một`,
    `dòng hai"`,
    '',
    `2025${d}01${d}x`,
    '',
  ];

  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('finds the %j delimiter (%s) in the header and keeps every line number exact', (d) => {
    for (const eol of ['\n', '\r\n']) {
      const parsed = parseCsv('f.csv', SAMPLE(d).join(eol));
      expect(parsed.delimiter).toBe(d);
      expect(parsed.problems).toEqual([]);
      expect(parsed.header).toEqual(['period', 'unit_code', 'note']);
      expect(parsed.records).toEqual([
        { line: 2, cells: { period: '2024', unit_code: '01', note: `một${d} hai` } },
        { line: 3, cells: { period: '2024', unit_code: '24', note: `dòng một${eol}dòng hai` } },
        { line: 6, cells: { period: '2025', unit_code: '01', note: 'x' } },
      ]);
    }
  });

  it('reads commas inside cells of a semicolon file as text (a decimal comma, a note)', () => {
    const parsed = parseCsv('targets.csv', 'year;unit_code;cases_rate\n2025;01;83,25\n');
    expect(parsed.records[0]?.cells).toEqual({ year: '2025', unit_code: '01', cases_rate: '83,25' });
  });

  it('takes the delimiter that occurs most in the header, outside quotes', () => {
    expect(parseCsv('f.csv', '"Ủy thác, rút quyết định";b;c\n1;2;3\n').delimiter).toBe(';');
    expect(parseCsv('f.csv', 'a\tb;c\td\n1\t2;3\t4\n').delimiter).toBe('\t');
  });

  it('reads a lone CR as a line break, as old Mac exports write', () => {
    expect(lines('a,b\r1,2\r\r3,4\r')).toEqual([2, 4]);
  });

  it('refuses a header without any known delimiter, showing it', () => {
    const parsed = parseCsv('results/2024.csv', '\nperiod|unit_code|cases_new\n2024|01|5\n');
    expect(parsed.header).toEqual([]);
    expect(parsed.records).toEqual([]);
    expect(parsed.problems).toEqual([
      {
        severity: 'error',
        code: 'no-delimiter',
        file: 'results/2024.csv',
        line: 2,
        value: 'period|unit_code|cases_new',
        vi: 'Không tìm thấy dấu phân cách cột trong dòng tiêu đề "period|unit_code|cases_new". Các cột phải được ngăn bằng dấu phẩy ",", dấu chấm phẩy ";" hoặc dấu tab.',
        en: 'No column delimiter was found in the header row "period|unit_code|cases_new". Columns must be separated by commas ",", semicolons ";" or tabs.',
      },
    ]);
  });

  it('refuses a header with as many commas as semicolons', () => {
    const parsed = parseCsv('f.csv', 'a,b;c\n1,2;3\n');
    expect(parsed.problems.map((p) => [p.code, p.line])).toEqual([['ambiguous-delimiter', 1]]);
    expect(parsed.problems[0]?.en).toBe(
      'The header row holds as many comma "," as semicolon ";" characters (1 each), so the column delimiter cannot be told. Use one delimiter for the whole file.',
    );
  });

  it('names the other delimiter when a row uses it (a line pasted from another export)', () => {
    const parsed = parseCsv('f.csv', 'a;b;c\n1;2;3\n4,5,6\n7;8;9\n');
    expect(parsed.records.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.problems).toEqual([
      {
        severity: 'error',
        code: 'mixed-delimiter',
        file: 'f.csv',
        line: 3,
        vi: 'Dòng này dùng dấu phẩy "," để ngăn các ô, còn dòng tiêu đề dùng dấu chấm phẩy ";" (đọc được 1 ô thay vì 3). Cả tệp phải dùng một loại dấu phân cách.',
        en: 'This row separates its cells with a comma "," but the header uses a semicolon ";" (1 cell(s) read instead of 3). The whole file must use one delimiter.',
      },
    ]);
  });

  it('words the cell-count problem with the delimiter of the file', () => {
    const parsed = parseCsv('f.csv', 'a;b;c\n1;2\n');
    expect(parsed.problems[0]?.vi).toBe('Dòng có 2 ô nhưng tiêu đề có 3 cột (thiếu hoặc thừa dấu chấm phẩy?).');
    expect(parsed.problems[0]?.en).toBe(
      'The row has 2 cells but the header has 3 columns (a missing or extra semicolon?).',
    );
  });

  it('keeps line numbers after an unbalanced quote in a tab file', () => {
    const parsed = parseCsv('f.csv', 'a\tb\n1\t2\n3\t"x"y\n5\t6\n');
    expect(parsed.problems.map((p) => [p.code, p.line])).toEqual([['csv-quotes', 3]]);
    expect(parsed.records.map((r) => r.line)).toEqual([2, 3, 4]);
  });
});

describe('blanksAfterQuote', () => {
  it('finds, one after another, the places the pattern "[^\\S\\n]+(?=<delimiter>|\\n|$) finds', () => {
    const text = fc
      .array(fc.constantFrom('"', ' ', '\t', '\r', '\n', ',', ';', 'a', '\u00a0', '\u3000', '\u200b', '\ufeff'), {
        maxLength: 40,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...DELIMITERS), (t, delimiter) => {
        const pattern = new RegExp(`"[^\\S\\n]+(?=${delimiter === '\t' ? '\\t' : delimiter}|\\n|$)`, 'g');
        const expected = [...t.matchAll(pattern)].map((m) => m.index);
        const found: number[] = [];
        for (let at = blanksAfterQuote(t, 0, delimiter); at < t.length; at = blanksAfterQuote(t, at + 1, delimiter)) {
          found.push(at);
        }
        expect(found).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('readCsv of a text whose every line break is CRLF', () => {
  /** Everything a read leaves: the scan, which of its problems fall on a record, and each record with its line. */
  const read = (text: string, asWritten: boolean) => {
    const records: [string[], number][] = [];
    const { onRecords, ...scan } = readCsv(
      'f.csv',
      text,
      () => (cells, line) => records.push([cells, line]),
      asWritten,
    );
    return { scan, onRecords: scan.problems.map((p) => onRecords.has(p)), records };
  };
  it('reads as written, with CRLF, what it reads with LF for each CRLF', () => {
    // Rows of cells that stress the reader: quotes that close early or never, blanks after a closing quote, line breaks
    // inside quotes, blank rows, byte-order marks, other delimiters, rows of another width.
    const piece = fc.constantFrom('"', '""', ' ', '\t', ',', ';', 'a', 'ệ', '1', '\u00a0', '\u3000', '\ufeff', '\n');
    const cell = fc.array(piece, { maxLength: 5 }).map((p) => p.join(''));
    const text = fc
      .record({
        delimiter: fc.constantFrom(...DELIMITERS),
        // A header of names, or a row like the others (none to two delimiters, blank, a title above it).
        header: fc.oneof(fc.constant(['h1', 'h2', 'h3']), fc.array(cell, { maxLength: 3 })),
        rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        end: fc.boolean(),
      })
      .map(({ delimiter, header, rows, end }) => {
        const lines = [header.join(delimiter), ...rows.map((r) => r.join(delimiter))];
        return `${lines.join('\n')}${end ? '\n' : ''}`.replaceAll('\n', '\r\n');
      });
    fc.assert(
      fc.property(text, (t) => {
        expect(read(t, true)).toEqual(read(t, false));
      }),
      { numRuns: 5000 },
    );
  });
});
