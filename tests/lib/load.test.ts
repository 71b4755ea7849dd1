import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { formatProblem } from '../../src/lib/problems';
import { type DataFiles, readDataFiles, type SourceFile } from '../../src/lib/read';
import { SMALL_DIR } from './helpers';

const small = await readDataFiles(SMALL_DIR);

/** One thing broken in the small fixture: `from` must occur exactly once in `file`. */
interface Breakage {
  file: string;
  from: string;
  to: string;
}

function broken({ file, from, to }: Breakage): DataFiles {
  const edit = (src: SourceFile | null): SourceFile | null => {
    if (src === null || src.file !== file) return src;
    const count = src.text.split(from).length - 1;
    if (count !== 1) throw new Error(`"${from}" occurs ${count} times in ${file}; the breakage must be unambiguous`);
    return { file, text: src.text.replace(from, to) };
  };
  const files = {
    dataset: edit(small.dataset),
    units: edit(small.units),
    targets: edit(small.targets),
    results: small.results.map((r) => edit(r)!),
  };
  const all = [files.dataset, files.units, files.targets, ...files.results];
  if (!all.some((f) => f?.file === file)) throw new Error(`no file ${file} in the small fixture`);
  return files;
}

/**
 * Every error as a maintainer reads it, after checking that nothing half-valid
 * comes back. The small fixture's own warnings (its carry-over does not
 * continue from 2024 to 2025, see below) would repeat in every report, so the
 * reports here hold the errors; the warnings are locked in their own tests.
 */
function report(files: DataFiles): string {
  const outcome = loadDataset(files);
  expect(outcome.dataset).toBeNull();
  return outcome.problems
    .filter((p) => p.severity === 'error')
    .map(formatProblem)
    .join('\n');
}

/**
 * The broken datasets: each is the small fixture with one thing wrong. The
 * exact report for each is locked below with an inline snapshot.
 */
const BROKEN = {
  'units: one code for two units at once': {
    file: 'units.csv',
    from: '24,Tỉnh Bắc Ninh,province,,2025-07-01,,',
    to: '24,Tỉnh Bắc Ninh,province,,2025-06-01,,',
  },
  'units: dates out of order': {
    file: 'units.csv',
    from: '01-KV01,Phòng THADS khu vực 1,office,01,2025-07-01,,',
    to: '01-KV01,Phòng THADS khu vực 1,office,01,2025-07-01,2025-01-01,',
  },
  'units: province with a parent': {
    file: 'units.csv',
    from: '27,Tỉnh Bắc Ninh,province,,,2025-06-30,24',
    to: '27,Tỉnh Bắc Ninh,province,01,,2025-06-30,24',
  },
  'units: office without a parent': {
    file: 'units.csv',
    from: '01-02,Chi cục THADS quận Hoàn Kiếm,office,01,',
    to: '01-02,Chi cục THADS quận Hoàn Kiếm,office,,',
  },
  'units: parent not in force for the whole life of the office': {
    file: 'units.csv',
    from: '24-KV01,Phòng THADS khu vực 1,office,24,',
    to: '24-KV01,Phòng THADS khu vực 1,office,27,',
  },
  'units: successor unknown': {
    file: 'units.csv',
    from: '01-03,Chi cục THADS quận Tây Hồ,office,01,,2025-06-30,01-KV01',
    to: '01-03,Chi cục THADS quận Tây Hồ,office,01,,2025-06-30,01-KV1',
  },
  'units: successor on a unit still in force': {
    file: 'units.csv',
    from: '24,Tỉnh Bắc Ninh,province,,2025-07-01,,',
    to: '24,Tỉnh Bắc Ninh,province,,2025-07-01,,01',
  },
  'units: successor of another level': {
    file: 'units.csv',
    from: '27-01,Chi cục THADS thành phố Bắc Ninh,office,27,,2025-06-30,24-KV01',
    to: '27-01,Chi cục THADS thành phố Bắc Ninh,office,27,,2025-06-30,24',
  },
  'results: unknown column': {
    file: 'results/2024.csv',
    from: ',source,note\n',
    to: ',source,ghi_chu\n',
  },
  'results: misspelt required column': {
    file: 'results/2025.csv',
    from: ',money_terminated,',
    to: ',money_terminate,',
  },
  'results: leading zero lost in a spreadsheet': {
    file: 'results/2025.csv',
    from: '\n2025,01,929,',
    to: '\n2025,1,929,',
  },
  'results: thousands comma, ambiguous': {
    file: 'results/2025.csv',
    from: '2025,01-KV01,529,1400,',
    to: '2025,01-KV01,529,"1,400",',
  },
  'results: decimal comma without quotes': {
    file: 'results/2025.csv',
    from: '2025,24-KV01,265,700,',
    to: '2025,24-KV01,265,7,00,',
  },
  'results: empty required cell': {
    file: 'results/2024.csv',
    from: '2024,27-01,80,320,',
    to: '2024,27-01,80,,',
  },
  'results: negative count': {
    file: 'results/2024.csv',
    from: '2024,24-01,100,400,0,',
    to: '2024,24-01,100,400,-3,',
  },
  'results: bad period': {
    file: 'results/2025.csv',
    from: '2025,24-KV01,',
    to: '2025-13,24-KV01,',
  },
  'results: unit code unknown': {
    file: 'results/2024.csv',
    from: '2024,01-02,',
    to: '2024,01-20,',
  },
  'results: unit not in force at the end of the period': {
    file: 'results/2025.csv',
    from: '2025,24-KV01,',
    to: '2025,27-01,',
  },
  'results: 2024-09 in the 2025 file (where 2024 rows do not belong)': {
    file: 'results/2025.csv',
    from: '2025,24-KV01,',
    to: '2024-09,01-03,5,0,0,0,5,0,0,0,0,0,0,0,0,0,,,,,,,,\n2025,24-KV01,',
  },
  'results: one unit twice in a file': {
    file: 'results/2024.csv',
    from: '2024,01-02,',
    to: '2024,01-01,',
  },
  'results: cases to enforce do not add up': {
    file: 'results/2025.csv',
    from: ',4991,805,',
    to: ',4991,806,',
  },
  'results: breakdown above the enforceable count': {
    file: 'results/2025.csv',
    from: ',500,100,50,',
    to: ',900,100,50,',
  },
  'results: offices add up to more than the province': {
    // Identity kept: 450 + 750 − 20 = 1000 + 180.
    file: 'results/2024.csv',
    from: '2024,01-01,300,900,',
    to: '2024,01-01,450,750,',
  },
  'results: office rows without a province row': {
    file: 'results/2024.csv',
    from: '2024,27,100,400,0,440,60,380,16,10000000,40000000,0,40000000,10000000,20000000,0,,,,,,,,\n',
    to: '',
  },
  'results: unbalanced quote': {
    file: 'results/2024.csv',
    from: '"Không có việc có điều kiện thi hành"',
    to: '"Không có việc có điều kiện thi hành',
  },
  'targets: unit not in force at the end of the year': {
    file: 'targets.csv',
    from: '2025,01,84.17,58.00',
    to: '2025,27,84.17,58.00',
  },
  'targets: two national targets for one year': {
    file: 'targets.csv',
    from: '2025,01,84.17,58.00',
    to: '2025,,84.17,58.00',
  },
  'targets: percent above 100': {
    file: 'targets.csv',
    from: '2025,01,84.17,58.00',
    to: '2025,01,184.17,58.00',
  },
  'targets: thousands dot and decimal comma': {
    file: 'targets.csv',
    from: '2025,01,84.17,58.00',
    to: '2025,01,"1.084,17","58,00"',
  },
  'dataset.json: wrong field type': {
    file: 'dataset.json',
    from: '"sample": true',
    to: '"sample": "có"',
  },
} satisfies Record<string, Breakage>;

type Name = keyof typeof BROKEN;
const problemsOf = (name: Name) => report(broken(BROKEN[name]));

describe('loadDataset on the small fixture', () => {
  it('loads with no errors, warning only that two 2025 backlogs do not continue from 2024', () => {
    const outcome = loadDataset(small);
    // Hà Nội 2025 carries the seeds' real figures; its invented 2024 row does not lead to them,
    // nor do Bắc Giang and the old Bắc Ninh lead to the merged Bắc Ninh's cases (money does).
    expect(outcome.problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.column} ${p.code}`)).toEqual([
      'warning results/2025.csv:2 cases_carried_over carried-over-mismatch',
      'warning results/2025.csv:2 money_carried_over carried-over-mismatch',
      'warning results/2025.csv:4 cases_carried_over carried-over-mismatch',
    ]);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.dataset?.files).toEqual([
      { file: 'units.csv', rows: 11 },
      { file: 'results/2024.csv', rows: 8 },
      { file: 'results/2025.csv', rows: 4 },
      { file: 'targets.csv', rows: 3 },
    ]);
    expect(outcome.dataset?.info).toMatchObject({
      title: 'Bộ dữ liệu kiểm thử nhỏ',
      sample: true,
      updated: '2026-01-15',
    });
    expect(outcome.dataset?.results).toHaveLength(12);
  });

  it('loads the same data saved with a byte-order mark and CRLF line ends', () => {
    const windows = (f: SourceFile): SourceFile => ({ file: f.file, text: `\uFEFF${f.text.replace(/\n/g, '\r\n')}` });
    const outcome = loadDataset({
      dataset: small.dataset,
      units: windows(small.units!),
      targets: windows(small.targets!),
      results: small.results.map(windows),
    });
    expect(outcome.problems).toEqual(loadDataset(small).problems);
    const summary = (o: typeof outcome) =>
      o.dataset?.results.map(
        (r) => `${r.file}:${r.line} ${r.unit.slug} ${r.period.key} ${r.cases_enforceable} ${r.note}`,
      );
    expect(summary(outcome)).toEqual(summary(loadDataset(small)));
  });

  it("lets the files' text go once the problems are placed: a row's cells as written are not read after loading", () => {
    const { dataset } = loadDataset(small);
    const message = 'The cells as written are read only while the data is loaded.';
    expect(() => dataset!.results[0]!.raw.period).toThrow(message);
    expect(() => dataset!.registry.units[0]!.raw.code).toThrow(message);
    expect(() => dataset!.targets[0]!.raw.unit_code).toThrow(message);
  });
});

describe('loadDataset on broken data', () => {
  it.each(Object.keys(BROKEN) as Name[])('%s: returns no dataset and at least one error', (name) => {
    const outcome = loadDataset(broken(BROKEN[name]));
    expect(outcome.dataset).toBeNull();
    expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
  });

  it('units: one code for two units at once', () => {
    expect(problemsOf('units: one code for two units at once')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:5 (cột/column code) [giá trị/value: "24"] {unit-code-overlap}
          Mã 24 được dùng cho hai đơn vị cùng có hiệu lực trong một khoảng thời gian ("Tỉnh Bắc Giang" dòng 3 và "Tỉnh Bắc Ninh"); một mã chỉ được chỉ một đơn vị vào mỗi ngày.
          Code 24 names two units in force at the same time ("Tỉnh Bắc Giang" on line 3 and "Tỉnh Bắc Ninh"); a code may name only one unit on any date.
          liên quan/related: units.csv:3"
    `);
  });

  it('units: dates out of order', () => {
    expect(problemsOf('units: dates out of order')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:9 (cột/column valid_to) [giá trị/value: "2025-01-01"] {unit-dates-order}
          Ngày hết hiệu lực (2025-01-01) đứng trước ngày bắt đầu (2025-07-01).
          The end date (2025-01-01) is before the start date (2025-07-01)."
    `);
  });

  it('units: province with a parent', () => {
    expect(problemsOf('units: province with a parent')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:4 (cột/column parent_code) [giá trị/value: "01"] {unit-province-parent}
          Đơn vị cấp tỉnh không có đơn vị cấp trên: để trống parent_code.
          A province has no parent: leave parent_code empty."
    `);
  });

  it('units: office without a parent', () => {
    expect(problemsOf('units: office without a parent')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:7 (cột/column parent_code) [giá trị/value: ""] {unit-office-parent-missing}
          Đơn vị cấp huyện/khu vực phải có mã tỉnh (parent_code).
          An office needs the code of its province (parent_code)."
    `);
  });

  it('units: parent not in force for the whole life of the office', () => {
    expect(problemsOf('units: parent not in force for the whole life of the office')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:12 (cột/column parent_code) [giá trị/value: "27"] {unit-parent-not-in-force}
          Mã tỉnh 27 không chỉ một tỉnh duy nhất có hiệu lực suốt thời gian hoạt động của đơn vị (từ 2025-07-01 đến nay).
          Parent code 27 does not name one province in force for the whole life of the office (from 2025-07-01 to today)."
    `);
  });

  it('units: successor unknown', () => {
    expect(problemsOf('units: successor unknown')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:8 (cột/column successor_code) [giá trị/value: "01-KV1"] {unit-successor-unknown}
          Không có đơn vị nào mang mã 01-KV1 có hiệu lực vào ngày 2025-07-01 (ngày sau valid_to).
          No unit with code 01-KV1 is in force on 2025-07-01, the day after valid_to."
    `);
  });

  it('units: successor on a unit still in force', () => {
    expect(problemsOf('units: successor on a unit still in force')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:5 (cột/column successor_code) [giá trị/value: "01"] {unit-successor-without-end}
          Đơn vị còn hiệu lực (valid_to trống) thì không có đơn vị kế thừa.
          A unit still in force (empty valid_to) cannot have a successor."
    `);
  });

  it('units: successor of another level', () => {
    expect(problemsOf('units: successor of another level')).toMatchInlineSnapshot(`
      "LỖI/ERROR units.csv:11 (cột/column successor_code) [giá trị/value: "24"] {unit-successor-level}
          Đơn vị kế thừa "Tỉnh Bắc Ninh" khác cấp (province, cần office).
          The successor "Tỉnh Bắc Ninh" is of another level (province, expected office)."
    `);
  });

  it('results: unknown column', () => {
    expect(problemsOf('results: unknown column')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:1 (cột/column ghi_chu) {unknown-column}
          Cột "ghi_chu" không có trong quy ước dữ liệu. Có phải là "Ghi chú" (note)? Các cột được phép: period, unit_code, cases_carried_over, cases_new, cases_entrusted, cases_enforceable, cases_unenforceable, cases_completed, cases_terminated, money_carried_over, money_new, money_entrusted, money_enforceable, money_unenforceable, money_completed, money_terminated, cases_in_progress, cases_postponed, cases_suspended, money_in_progress, money_postponed, money_suspended, source, note.
          Column "ghi_chu" is not part of the data contract. Did you mean "Ghi chú" (note)? Allowed columns: period, unit_code, cases_carried_over, cases_new, cases_entrusted, cases_enforceable, cases_unenforceable, cases_completed, cases_terminated, money_carried_over, money_new, money_entrusted, money_enforceable, money_unenforceable, money_completed, money_terminated, cases_in_progress, cases_postponed, cases_suspended, money_in_progress, money_postponed, money_suspended, source, note."
    `);
  });

  it('results: misspelt required column', () => {
    expect(problemsOf('results: misspelt required column')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:1 (cột/column money_terminate) {unknown-column}
          Cột "money_terminate" không có trong quy ước dữ liệu. Có phải là "money_terminated"? Các cột được phép: period, unit_code, cases_carried_over, cases_new, cases_entrusted, cases_enforceable, cases_unenforceable, cases_completed, cases_terminated, money_carried_over, money_new, money_entrusted, money_enforceable, money_unenforceable, money_completed, money_terminated, cases_in_progress, cases_postponed, cases_suspended, money_in_progress, money_postponed, money_suspended, source, note.
          Column "money_terminate" is not part of the data contract. Did you mean "money_terminated"? Allowed columns: period, unit_code, cases_carried_over, cases_new, cases_entrusted, cases_enforceable, cases_unenforceable, cases_completed, cases_terminated, money_carried_over, money_new, money_entrusted, money_enforceable, money_unenforceable, money_completed, money_terminated, cases_in_progress, cases_postponed, cases_suspended, money_in_progress, money_postponed, money_suspended, source, note.
      LỖI/ERROR results/2025.csv:1 (cột/column money_terminated) {missing-column}
          Thiếu cột bắt buộc "money_terminated" (tiếng Việt: "Đình chỉ thi hành (tiền)").
          The required column "money_terminated" is missing (in Vietnamese: "Đình chỉ thi hành (tiền)")."
    `);
  });

  it('results: leading zero lost in a spreadsheet', () => {
    expect(problemsOf('results: leading zero lost in a spreadsheet')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:2 (cột/column unit_code) [giá trị/value: "1"] {unit-unknown}
          Không có đơn vị nào mang mã 1 trong units.csv.
          No unit in units.csv has code 1."
    `);
  });

  it('results: thousands comma, ambiguous', () => {
    expect(problemsOf('results: thousands comma, ambiguous')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:3 (cột/column cases_new) [giá trị/value: "1,400"] {cell-count-comma}
          Số đếm không được có dấu phẩy: theo cách viết Việt Nam dấu phẩy là dấu thập phân (1,5 là một số lẻ), theo cách viết tiếng Anh nó ngăn cách hàng nghìn (1,525 là 1525); không thể biết chắc, nên không đoán. Hãy ghi 1525 hoặc 1.525.
          A count must not hold a comma: in Vietnamese it is the decimal mark (1,5 is a fraction), in English it separates thousands (1,525 is 1525); it cannot be told which, so it is not guessed. Write 1525 or 1.525."
    `);
  });

  it('results: decimal comma without quotes', () => {
    expect(problemsOf('results: decimal comma without quotes')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:5 {cell-count}
          Dòng có 25 ô nhưng tiêu đề có 24 cột (thiếu hoặc thừa dấu phẩy?). Số có dấu phẩy thập phân (83,25) phải đặt trong ngoặc kép ("83,25") hoặc viết bằng dấu chấm (83.25).
          The row has 25 cells but the header has 24 columns (a missing or extra comma?). A number with a decimal comma (83,25) must be quoted ("83,25") or written with a point (83.25)."
    `);
  });

  it('results: empty required cell', () => {
    expect(problemsOf('results: empty required cell')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:9 (cột/column cases_new) [giá trị/value: ""] {cell-required}
          Ô này không được để trống.
          This cell must not be empty."
    `);
  });

  it('results: negative count', () => {
    expect(problemsOf('results: negative count')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:7 (cột/column cases_entrusted) [giá trị/value: "-3"] {cell-count}
          Cần một số nguyên không âm, viết bằng chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm hoặc khoảng trắng (ví dụ 1525, 1.525 hoặc 1 525).
          Expected a non-negative whole number written with digits, optionally with a dot or a space between thousands (e.g. 1525, 1.525 or 1 525)."
    `);
  });

  it('results: bad period', () => {
    expect(problemsOf('results: bad period')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:5 (cột/column period) [giá trị/value: "2025-13"] {cell-period}
          Kỳ báo cáo phải có dạng YYYY (năm thống kê) hoặc YYYY-MM (lũy kế từ 1/10 đến hết tháng MM).
          The period must be YYYY (a statistical year) or YYYY-MM (cumulative from 1 October to the end of month MM)."
    `);
  });

  it('results: unit code unknown', () => {
    expect(problemsOf('results: unit code unknown')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:4 (cột/column unit_code) [giá trị/value: "01-20"] {unit-unknown}
          Không có đơn vị nào mang mã 01-20 trong units.csv.
          No unit in units.csv has code 01-20."
    `);
  });

  it('results: unit not in force at the end of the period', () => {
    expect(problemsOf('results: unit not in force at the end of the period')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:5 (cột/column unit_code) [giá trị/value: "27-01"] {unit-not-in-force}
          Mã 27-01 không chỉ đơn vị nào có hiệu lực vào ngày 2025-09-30 (ngày cuối kỳ 2025). Mã này từng dùng cho: "Chi cục THADS thành phố Bắc Ninh" … → 2025-06-30.
          Code 27-01 names no unit in force on 2025-09-30, the last day of period 2025. It was used for: "Chi cục THADS thành phố Bắc Ninh" … → 2025-06-30."
    `);
  });

  it('results: 2024-09 in the 2025 file (where 2024 rows do not belong)', () => {
    // The value is the cell as written in the file (2024-09), so that a search for it finds the row.
    expect(problemsOf('results: 2024-09 in the 2025 file (where 2024 rows do not belong)')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:5 (cột/column period) [giá trị/value: "2024-09"] {period-wrong-file}
          Kỳ "2024-09" (= 2024) thuộc năm thống kê 2024 (2023-10-01 – 2024-09-30) nhưng nằm trong tệp của năm 2025; chuyển sang results/2024.csv.
          Period "2024-09" (= 2024) belongs to statistical year 2024 (2023-10-01 – 2024-09-30) but is in the file of year 2025; move it to results/2024.csv."
    `);
  });

  it('results: one unit twice in a file', () => {
    expect(problemsOf('results: one unit twice in a file')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:4 (cột/column period) [giá trị/value: "2024"] {duplicate-row}
          Đơn vị 01-01 đã có số liệu kỳ 2024 ở results/2024.csv dòng 3.
          Unit 01-01 already has figures for period 2024 in results/2024.csv line 3.
          liên quan/related: results/2024.csv:3"
    `);
  });

  it('results: cases to enforce do not add up', () => {
    expect(problemsOf('results: cases to enforce do not add up')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:2 (cột/column cases_enforceable) [giá trị/value: "4991"] {identity-to-enforce}
          Số phải thi hành về việc không khớp: năm trước chuyển sang + thụ lý mới − ủy thác = 5796, nhưng có điều kiện + chưa có điều kiện = 5797.
          The cases to enforce do not add up: carried_over + new − entrusted = 5796, but enforceable + unenforceable = 5797."
    `);
  });

  it('results: breakdown above the enforceable count', () => {
    expect(problemsOf('results: breakdown above the enforceable count')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2025.csv:2 (cột/column cases_in_progress) [giá trị/value: "900"] {identity-breakdown-exceeds}
          Thi hành xong + đình chỉ + đang thi hành + hoãn + tạm đình chỉ về việc (5263) vượt quá số có điều kiện thi hành (4991).
          Completed + terminated + in progress + postponed + suspended cases (5263) exceed the enforceable cases (4991)."
    `);
  });

  it('results: offices add up to more than the province', () => {
    expect(problemsOf('results: offices add up to more than the province')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:2 (cột/column cases_carried_over) [giá trị/value: "605"] {offices-exceed-province}
          Tổng của 3 đơn vị trực thuộc lớn hơn số của toàn tỉnh kỳ 2024 (tổng các đơn vị > toàn tỉnh): cases_carried_over 655 > 605. Số của toàn tỉnh gồm số của chính Cục THADS tỉnh cộng mọi đơn vị trực thuộc.
          The 3 office(s) add up to more than the province total for period 2024 (offices > province): cases_carried_over 655 > 605. The province figure is the provincial department's own caseload plus all its offices.
          liên quan/related: results/2024.csv:3, results/2024.csv:4, results/2024.csv:5"
    `);
  });

  it('results: office rows without a province row', () => {
    expect(problemsOf('results: office rows without a province row')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:8 (cột/column unit_code) [giá trị/value: "27-01"] {province-row-missing}
          Có số liệu của 1 đơn vị thuộc tỉnh mã 27 cho kỳ 2024 nhưng không có dòng của tỉnh.
          1 office(s) of province 27 report for period 2024, but the province has no row."
    `);
  });

  it('results: unbalanced quote', () => {
    expect(problemsOf('results: unbalanced quote')).toMatchInlineSnapshot(`
      "LỖI/ERROR results/2024.csv:5 {csv-quotes}
          Dấu ngoặc kép không khớp: một ô bắt đầu bằng " nhưng không được đóng lại. Mọi thứ từ đó đến hết tệp (dòng 5–9) bị đọc thành một ô, nên các dòng này không được kiểm tra.
          Unbalanced quotes: a cell opens with " but is never closed. Everything from there to the end of the file (lines 5–9) reads as one cell, so these lines are not checked."
    `);
  });

  it('targets: unit not in force at the end of the year', () => {
    expect(problemsOf('targets: unit not in force at the end of the year')).toMatchInlineSnapshot(`
      "LỖI/ERROR targets.csv:4 (cột/column unit_code) [giá trị/value: "27"] {target-unit-unknown}
          Không có đơn vị nào mang mã 27 có hiệu lực vào ngày 2025-09-30 (cuối năm thống kê 2025).
          No unit with code 27 is in force on 2025-09-30, the end of statistical year 2025."
    `);
  });

  it('targets: two national targets for one year', () => {
    expect(problemsOf('targets: two national targets for one year')).toMatchInlineSnapshot(`
      "LỖI/ERROR targets.csv:4 (cột/column unit_code) [giá trị/value: ""] {target-duplicate}
          Chỉ tiêu năm 2025 của toàn quốc đã có ở dòng 3.
          The 2025 target of the nation is already given on line 3.
          liên quan/related: targets.csv:3"
    `);
  });

  it('targets: percent above 100', () => {
    expect(problemsOf('targets: percent above 100')).toMatchInlineSnapshot(`
      "LỖI/ERROR targets.csv:4 (cột/column cases_rate) [giá trị/value: "184.17"] {cell-percent}
          Cần một tỷ lệ phần trăm từ 0 đến 100, dấu thập phân là dấu phẩy hoặc dấu chấm, không ngăn cách hàng nghìn (ví dụ 83,25 hoặc 83.25).
          Expected a percentage from 0 to 100 with a decimal comma or point and no thousands separator (e.g. 83,25 or 83.25)."
    `);
  });

  it('targets: thousands dot and decimal comma', () => {
    expect(problemsOf('targets: thousands dot and decimal comma')).toMatchInlineSnapshot(`
      "LỖI/ERROR targets.csv:4 (cột/column cases_rate) [giá trị/value: "1.084,17"] {cell-percent}
          Cần một tỷ lệ phần trăm từ 0 đến 100, dấu thập phân là dấu phẩy hoặc dấu chấm, không ngăn cách hàng nghìn (ví dụ 83,25 hoặc 83.25).
          Expected a percentage from 0 to 100 with a decimal comma or point and no thousands separator (e.g. 83,25 or 83.25)."
    `);
  });

  it('dataset.json: wrong field type', () => {
    expect(problemsOf('dataset.json: wrong field type')).toMatchInlineSnapshot(`
      "LỖI/ERROR dataset.json (cột/column sample) {dataset-field}
          Trường "sample" không hợp lệ (Invalid input: expected boolean, received string). Xem các trường bắt buộc trong data/README.md.
          Field "sample" is invalid: Invalid input: expected boolean, received string."
    `);
  });

  it('dataset.json: not JSON', () => {
    const text = report(broken({ file: 'dataset.json', from: '"sample": true,', to: '"sample": true,,' }));
    // Placed where the parser stopped (the second comma), in our words rather than the engine's.
    expect(text).toMatchInlineSnapshot(`
      "LỖI/ERROR dataset.json:7 {json-syntax}
          Tệp không phải JSON hợp lệ ở dòng này ("sample": true,,): kiểm tra dấu phẩy giữa các trường, dấu ngoặc kép thẳng " quanh mỗi tên và chuỗi, và các dấu { } cân nhau.
          The file is not valid JSON on this line ("sample": true,,): check the commas between fields, the straight quotes " around every name and string, and that { and } match."
    `);
  });

  it('dataset.json: a trailing comma is placed at the comma, not at the closing brace', () => {
    const outcome = loadDataset(
      broken({
        file: 'dataset.json',
        from: '"description": "Dữ liệu kiểm thử, số liệu được tính tay."',
        to: '"description": "x",',
      }),
    );
    const errors = outcome.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.line, p.col])).toEqual([['json-syntax', 11, 21]]);
    expect(errors[0]?.en).toContain('trailing comma');
  });

  it('dataset.json: a key written twice is an error, not a silently kept value', () => {
    const files = broken({ file: 'dataset.json', from: '"sample": true,', to: '"sample": true,\n  "sample": false,' });
    expect(report(files)).toMatchInlineSnapshot(`
      "LỖI/ERROR dataset.json:8 {json-duplicate-key}
          Trường "sample" được ghi hai lần (lần đầu ở dòng 7); JSON chỉ giữ một giá trị nên một giá trị bị mất âm thầm. Giữ một dòng đúng, xóa dòng kia.
          The field "sample" is written twice (first on line 7); JSON keeps only one value, so one is silently lost. Keep the right line and delete the other."
    `);
  });

  it('dataset.json: curly quotes from a word processor are named', () => {
    const outcome = loadDataset(broken({ file: 'dataset.json', from: '"sample": true', to: '“sample”: true' }));
    const errors = outcome.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.line, p.col])).toEqual([['json-syntax', 7, 3]]);
    expect(errors[0]?.vi).toContain('Dấu ngoặc kép cong');
  });

  it('combines problems of every file into one report, sorted by file and line', () => {
    const results = broken(BROKEN['results: negative count']);
    const targets = broken(BROKEN['targets: percent above 100']);
    const outcome = loadDataset({ ...results, targets: targets.targets });
    expect(outcome.dataset).toBeNull();
    expect(outcome.problems.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([
      'results/2024.csv:7 cell-count',
      'results/2025.csv:2 carried-over-mismatch',
      'results/2025.csv:2 carried-over-mismatch',
      'results/2025.csv:4 carried-over-mismatch',
      'targets.csv:4 cell-percent',
    ]);
  });
});

describe('loadDataset with files missing', () => {
  it('reports a missing units.csv once and says which checks it skipped (no error per results row)', () => {
    const outcome = loadDataset({ ...small, units: null });
    expect(outcome.dataset).toBeNull();
    const missing = outcome.problems.filter((p) => p.code === 'file-missing').map(formatProblem);
    expect(missing).toMatchInlineSnapshot(`
      [
        "LỖI/ERROR units.csv {file-missing}
          Không tìm thấy tệp units.csv trong thư mục dữ liệu.
          The file units.csv was not found in the data directory.",
      ]
    `);
    expect(outcome.problems.map((p) => p.code)).toEqual(['file-missing']);
    expect(outcome.skipped.map((s) => s.en)).toEqual([
      'units.csv is missing, so 12 results row(s) and 1 target row(s) were not checked against the units (code in force, province totals, per-unit comparisons, units missing from the latest period).',
    ]);
  });

  it('reports that there are no results files', () => {
    const outcome = loadDataset({ ...small, results: [] });
    expect(outcome.dataset).toBeNull();
    expect(outcome.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "LỖI/ERROR results/*.csv {file-missing}
          Không tìm thấy tệp results/*.csv trong thư mục dữ liệu.
          The file results/*.csv was not found in the data directory.",
      ]
    `);
  });

  it('reports a missing dataset.json and targets.csv', () => {
    const outcome = loadDataset({ ...small, dataset: null, targets: null });
    expect(outcome.dataset).toBeNull();
    const errors = outcome.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.file])).toEqual([
      ['file-missing', 'dataset.json'],
      ['file-missing', 'targets.csv'],
    ]);
  });

  it('reads a data directory with only dataset.json and reports the three missing files', async () => {
    const dir = fileURLToPath(new URL('../fixtures/broken/missing-files/', import.meta.url));
    const outcome = loadDataset(await readDataFiles(dir));
    expect(outcome.dataset).toBeNull();
    expect(outcome.problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['file-missing', 'results/*.csv', undefined],
      ['file-missing', 'targets.csv', undefined],
      ['file-missing', 'units.csv', undefined],
    ]);
  });
});

describe('loadDataset with very many problems', () => {
  it('reports 150.000 bad cells, one per cell, without overflowing the call stack', () => {
    const file = small.results.find((f) => f.file === 'results/2025.csv')!;
    const [header, row] = file.text.split('\n') as [string, string];
    const names = header.split(',');
    // Every count of a Hà Nội row is a spreadsheet error, repeated over thousands of rows.
    const broken = row
      .split(',')
      .map((cell, i) => (/^(cases|money)_/.test(names[i]!) && cell !== '' ? '#REF!' : cell))
      .join(',');
    const perRow = broken.split('#REF!').length - 1;
    const rows = Math.ceil(150_000 / perRow);
    const text = [header, ...Array.from({ length: rows }, () => broken), ''].join('\n');
    const outcome = loadDataset({ ...small, results: [{ file: 'results/2025.csv', text }] });
    expect(outcome.dataset).toBeNull();
    expect(outcome.problems.filter((p) => p.code === 'cell-excel-ref').length).toBe(rows * perRow);
  });
});
