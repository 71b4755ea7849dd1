import { z } from 'zod';
import { type Period, parsePeriod } from '../period';

/**
 * Characters that a cell shows as nothing or as a plain space, named for the
 * message: a value that looks right but is refused must say what is in it.
 * Pasted from web pages, Word or chat programs.
 */
const INVISIBLE = {
  '00a0': { vi: 'dấu cách không ngắt dòng', en: 'no-break space' },
  '00ad': { vi: 'gạch nối mềm', en: 'soft hyphen' },
  '200b': { vi: 'dấu cách độ rộng 0', en: 'zero-width space' },
  '200c': { vi: 'ký tự không nối độ rộng 0', en: 'zero-width non-joiner' },
  '200d': { vi: 'ký tự nối độ rộng 0', en: 'zero-width joiner' },
  '200e': { vi: 'dấu chiều trái sang phải', en: 'left-to-right mark' },
  '200f': { vi: 'dấu chiều phải sang trái', en: 'right-to-left mark' },
  '202a': { vi: 'ký tự điều khiển chiều viết', en: 'left-to-right embedding' },
  '202b': { vi: 'ký tự điều khiển chiều viết', en: 'right-to-left embedding' },
  '202c': { vi: 'ký tự điều khiển chiều viết', en: 'pop directional formatting' },
  '202d': { vi: 'ký tự điều khiển chiều viết', en: 'left-to-right override' },
  '202e': { vi: 'ký tự điều khiển chiều viết', en: 'right-to-left override' },
  '2060': { vi: 'ký tự nối từ', en: 'word joiner' },
  '2066': { vi: 'ký tự điều khiển chiều viết', en: 'left-to-right isolate' },
  '2067': { vi: 'ký tự điều khiển chiều viết', en: 'right-to-left isolate' },
  '2068': { vi: 'ký tự điều khiển chiều viết', en: 'first strong isolate' },
  '2069': { vi: 'ký tự điều khiển chiều viết', en: 'pop directional isolate' },
  feff: { vi: 'dấu thứ tự byte (BOM)', en: 'byte-order mark' },
} as const;
type InvisibleKey = `invisible-${keyof typeof INVISIBLE}`;

function invisibleMessages() {
  const out = {} as Record<InvisibleKey | 'invisible', { vi: string; en: string }>;
  const text = (code: string, name: { vi: string; en: string }) => ({
    vi: `Ô có ký tự vô hình U+${code} (${name.vi}), thường do chép từ trang web, Word hoặc tin nhắn: giá trị nhìn đúng nhưng không đọc được. Hãy gõ lại ô này.`,
    en: `The cell holds the invisible character U+${code} (${name.en}), usually pasted from a web page, Word or a chat: the value looks right but cannot be read. Retype the cell.`,
  });
  for (const [hex, name] of Object.entries(INVISIBLE))
    out[`invisible-${hex as keyof typeof INVISIBLE}`] = text(hex.toUpperCase(), name);
  out.invisible = text('…', { vi: 'ký tự định dạng vô hình', en: 'an invisible format character' });
  return out;
}

/** The first invisible character of a text, by code point and name ("U+200B", zero-width space); null when none. */
export function invisibleCharIn(s: string): { code: string; vi: string; en: string } | null {
  const m = /[\p{Cf}\u00A0\u2028\u2029]/u.exec(s);
  if (!m) return null;
  const hex = m[0].charCodeAt(0).toString(16).padStart(4, '0');
  const name = INVISIBLE[hex as keyof typeof INVISIBLE] ?? {
    vi: 'ký tự định dạng vô hình',
    en: 'an invisible format character',
  };
  return { code: `U+${hex.toUpperCase()}`, vi: name.vi, en: name.en };
}

/** The message naming the first invisible character of a cell, or null when it has none. */
function invisibleIn(s: string): CellMessage | null {
  const m = /[\p{Cf}\u00A0\u2028\u2029]/u.exec(s);
  if (!m) return null;
  const hex = m[0].charCodeAt(0).toString(16).padStart(4, '0');
  return hex in INVISIBLE ? (`invisible-${hex}` as CellMessage) : 'invisible';
}

/**
 * Cell parsers shared by the file schemas. Each failure carries a message key
 * from `CELL_MESSAGES`, so that the validator can word it in Vietnamese and
 * English with the file, line and column it happened at.
 */
export const CELL_MESSAGES = {
  required: {
    vi: 'Ô này không được để trống.',
    en: 'This cell must not be empty.',
  },
  count: {
    vi: 'Cần một số nguyên không âm, viết bằng chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm hoặc khoảng trắng (ví dụ 1525, 1.525 hoặc 1 525).',
    en: 'Expected a non-negative whole number written with digits, optionally with a dot or a space between thousands (e.g. 1525, 1.525 or 1 525).',
  },
  'count-comma': {
    vi: 'Số đếm không được có dấu phẩy: theo cách viết Việt Nam dấu phẩy là dấu thập phân (1,5 là một số lẻ), theo cách viết tiếng Anh nó ngăn cách hàng nghìn (1,525 là 1525); không thể biết chắc, nên không đoán. Hãy ghi 1525 hoặc 1.525.',
    en: 'A count must not hold a comma: in Vietnamese it is the decimal mark (1,5 is a fraction), in English it separates thousands (1,525 is 1525); it cannot be told which, so it is not guessed. Write 1525 or 1.525.',
  },
  'count-decimal': {
    vi: 'Dấu chấm chỉ được dùng để ngăn cách hàng nghìn, mỗi nhóm sau dấu chấm đúng 3 chữ số (1.525; 1.234.567). Ở đây dấu chấm đứng chỗ khác, nên đây là số lẻ hoặc số viết sai, không phải số đếm nguyên; không làm tròn.',
    en: 'A dot may only separate thousands, with exactly 3 digits in each group after it (1.525; 1.234.567). Here it stands elsewhere, so this is a fraction or a mistyped number, not a whole count; it is not rounded.',
  },
  'count-percent': {
    vi: 'Cột này cần một số đếm (số việc hoặc số nghìn đồng), không phải tỷ lệ phần trăm.',
    en: 'This column needs a count (cases or thousand đồng), not a percentage.',
  },
  'count-unit': {
    vi: 'Chỉ ghi con số, không ghi đơn vị (việc, đồng, triệu, tỷ…) trong ô. Tiền tính bằng nghìn đồng: 102 tỷ đồng ghi là 102000000.',
    en: 'Write the number alone, without a unit (việc, đồng, triệu, tỷ…) in the cell. Money is in thousand đồng: 102 billion đồng is written 102000000.',
  },
  'count-scientific': {
    vi: 'Số viết dạng khoa học (ví dụ 4.7106E+08): Excel hiển thị như vậy khi cột để định dạng General và số dài, và đã xuất nguyên như thế; các chữ số cuối đã mất. Trong Excel chọn cột, Format Cells → Number, 0 chữ số thập phân, rồi xuất lại.',
    en: 'The number is in scientific notation (e.g. 4.7106E+08): Excel shows long numbers so in a column formatted General, and exported it that way; the last digits are lost. In Excel select the column, Format Cells → Number with 0 decimal places, and export again.',
  },
  'count-accounting': {
    vi: 'Số có khoảng trắng ở đầu hoặc cuối, hoặc nằm trong ngoặc: đó là định dạng Kế toán (Accounting) của Excel. Trong Excel chọn cột, Format Cells → Number, 0 chữ số thập phân, rồi xuất lại; hoặc xóa khoảng trắng.',
    en: 'The number has spaces before or after it, or stands in parentheses: that is Excel’s Accounting format. In Excel select the column, Format Cells → Number with 0 decimal places, and export again; or delete the spaces.',
  },
  'count-dash': {
    vi: 'Ô chỉ có dấu gạch ngang: định dạng Kế toán (Accounting) của Excel hiển thị số 0 như vậy và đã xuất nguyên như thế. Ghi 0, hoặc trong Excel chọn cột, Format Cells → Number rồi xuất lại.',
    en: 'The cell holds only a dash: Excel’s Accounting format shows zero that way and exported it so. Write 0, or in Excel select the column, Format Cells → Number, and export again.',
  },
  'count-too-large': {
    vi: 'Số quá lớn để tính chính xác.',
    en: 'The number is too large to compute exactly.',
  },
  'excel-na': {
    vi: 'Ô chứa lỗi #N/A của Excel: công thức tra cứu (VLOOKUP…) không tìm thấy giá trị. Hãy điền số liệu thật.',
    en: 'The cell holds the Excel error #N/A: a lookup formula (VLOOKUP…) found no value. Enter the real figure.',
  },
  'excel-ref': {
    vi: 'Ô chứa lỗi #REF! của Excel: công thức tham chiếu đến ô hoặc trang đã bị xóa. Hãy điền số liệu thật.',
    en: 'The cell holds the Excel error #REF!: a formula refers to a deleted cell or sheet. Enter the real figure.',
  },
  'excel-div0': {
    vi: 'Ô chứa lỗi #DIV/0! của Excel: công thức chia cho 0. Hãy điền số liệu thật (tỷ lệ không được ghi vào tệp kết quả; trang web tự tính).',
    en: 'The cell holds the Excel error #DIV/0!: a formula divides by zero. Enter the real figure (rates are not written in the results file; the site computes them).',
  },
  'excel-value': {
    vi: 'Ô chứa lỗi #VALUE! của Excel: công thức tính trên một ô không phải số. Hãy điền số liệu thật.',
    en: 'The cell holds the Excel error #VALUE!: a formula computed with a cell that is not a number. Enter the real figure.',
  },
  'excel-name': {
    vi: 'Ô chứa lỗi #NAME? của Excel: công thức dùng tên hàm hoặc tên vùng không tồn tại. Hãy điền số liệu thật.',
    en: 'The cell holds the Excel error #NAME?: a formula uses an unknown function or range name. Enter the real figure.',
  },
  'excel-error': {
    vi: 'Ô chứa một mã lỗi của Excel (bắt đầu bằng #) thay cho số liệu. Hãy sửa công thức trong bảng tính gốc rồi xuất lại, hoặc điền số liệu thật.',
    en: 'The cell holds an Excel error code (starting with #) instead of a figure. Fix the formula in the original workbook and export again, or enter the real figure.',
  },
  'excel-narrow': {
    vi: 'Ô chỉ gồm các dấu #: Excel hiển thị như vậy khi cột quá hẹp, và đã xuất nguyên như thế thay cho giá trị. Hãy nới rộng cột trong Excel rồi xuất lại.',
    en: 'The cell holds only # signs: Excel shows this when a column is too narrow, and exported it instead of the value. Widen the column in Excel and export again.',
  },
  formula: {
    vi: 'Ô chứa công thức (bắt đầu bằng =), không phải giá trị. Hãy xuất bảng tính ra CSV từ Excel (Excel ghi kết quả của công thức) thay vì chép công thức.',
    en: 'The cell holds a formula (starting with =), not a value. Export the sheet to CSV from Excel (Excel writes the formula results) instead of copying formulas.',
  },
  period: {
    vi: 'Kỳ báo cáo phải có dạng YYYY (năm thống kê) hoặc YYYY-MM (lũy kế từ 1/10 đến hết tháng MM).',
    en: 'The period must be YYYY (a statistical year) or YYYY-MM (cumulative from 1 October to the end of month MM).',
  },
  code: {
    vi: 'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, không có khoảng trắng.',
    en: 'A unit code consists of ASCII letters, digits and hyphens, with no spaces.',
  },
  'code-date': {
    vi: 'Mã đơn vị trông như một ngày (ví dụ 2-Jan thay cho 01-02): Excel đã tự đổi mã thành ngày khi mở tệp. Trong Excel chọn cột mã, Format Cells → Text rồi gõ lại mã (hoặc nhập tệp bằng Data → From Text/CSV và chọn kiểu Text cho cột mã), rồi xuất lại.',
    en: 'The unit code looks like a date (e.g. 2-Jan for 01-02): Excel turned the code into a date when it opened the file. In Excel select the code column, Format Cells → Text and retype the codes (or import the file with Data → From Text/CSV and set the code column to Text), then export again.',
  },
  'successor-codes': {
    vi: 'Nhiều mã đơn vị kế thừa viết liền nhau, cách nhau bằng dấu | (ví dụ 01-KV01|01-KV02), không có khoảng trắng hay ô con trống; mỗi mã chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang.',
    en: 'Several successor codes are written together, separated by | (e.g. 01-KV01|01-KV02), with no spaces or empty parts; each code consists of ASCII letters, digits and hyphens.',
  },
  date: {
    vi: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.',
    en: 'A date must be written YYYY-MM-DD and exist in the calendar.',
  },
  level: {
    vi: 'Cấp đơn vị phải là "province" (tỉnh) hoặc "office" (chi cục/phòng khu vực).',
    en: 'The level must be "province" or "office".',
  },
  percent: {
    vi: 'Cần một tỷ lệ phần trăm từ 0 đến 100, dấu thập phân là dấu phẩy hoặc dấu chấm, không ngăn cách hàng nghìn (ví dụ 83,25 hoặc 83.25).',
    en: 'Expected a percentage from 0 to 100 with a decimal comma or point and no thousands separator (e.g. 83,25 or 83.25).',
  },
  'percent-fraction': {
    vi: 'Chỉ tiêu nhỏ hơn 1 trông như một phân số: Excel định dạng General ghi 83% thành 0,83. Chỉ tiêu ghi theo phần trăm (ví dụ 83 hoặc 83%); giá trị lớn hơn 0 và nhỏ hơn 1 không được nhận.',
    en: 'A target below 1 looks like a fraction: Excel’s General format writes 83% as 0.83. Targets are written in percent (e.g. 83 or 83%); a value above 0 and below 1 is refused.',
  },
  year: {
    vi: 'Năm phải gồm 4 chữ số (ví dụ 2024).',
    en: 'The year must have four digits (e.g. 2024).',
  },
  text: {
    vi: 'Văn bản không được bắt đầu hoặc kết thúc bằng khoảng trắng.',
    en: 'Text must not start or end with white space.',
  },
  'change-kind': {
    vi: 'Loại thay đổi phải là một trong: revision (sửa số liệu), period (kỳ mới), unit (đơn vị), target (chỉ tiêu), note (ghi chú).',
    en: 'The kind of change must be one of: revision, period, unit, target, note.',
  },
  'source-url': {
    vi: 'Nguồn là địa chỉ web thì phải bắt đầu bằng http:// hoặc https://, có tên miền và không chứa khoảng trắng hay ký tự điều khiển; không nhận địa chỉ loại khác (javascript:, data:, //…). Tên văn bản không được bắt đầu bằng một từ liền dấu hai chấm (ví dụ "BC:12").',
    en: 'A source that is a web address must start with http:// or https://, name a host and contain no white space or control characters; other addresses (javascript:, data:, //…) are refused. A document name must not start with a word followed directly by a colon (e.g. "BC:12").',
  },
  ...invisibleMessages(),
} as const;

export type CellMessage = keyof typeof CELL_MESSAGES;

/** A cell that could not be read, with the message that says why. */
export class CellFailure {
  constructor(readonly message: string) {}
}

// One failure per message, so that the fast path allocates nothing for a bad cell.
const FAILURES = Object.fromEntries(Object.keys(CELL_MESSAGES).map((k) => [k, new CellFailure(k)])) as Record<
  CellMessage,
  CellFailure
>;
const failure = (m: CellMessage) => FAILURES[m];

/** A cell parser as a plain function: the value, or why it is not one. */
export type CellParse<T> = (s: string) => T | CellFailure;

const EXCEL_ERRORS: Record<string, CellMessage> = {
  '#N/A': 'excel-na',
  '#REF!': 'excel-ref',
  '#DIV/0!': 'excel-div0',
  '#VALUE!': 'excel-value',
  '#NAME?': 'excel-name',
};
const OTHER_EXCEL_ERROR = /^#(NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/**
 * Spreadsheet debris: what Excel writes in place of a value (an error code,
 * "###" for a column too narrow) or a formula pasted as text. Checked for
 * every cell of every column, so that the message names the real cause.
 */
export function debrisOf(s: string): CellMessage | null {
  const first = s.charCodeAt(0);
  if (first === 61 /* = */) return s.length > 1 ? 'formula' : null;
  if (first !== 35 /* # */) return null;
  const upper = s.toUpperCase();
  if (upper in EXCEL_ERRORS) return EXCEL_ERRORS[upper]!;
  if (OTHER_EXCEL_ERROR.test(s)) return 'excel-error';
  if (/^#+$/.test(s)) return 'excel-narrow';
  return null;
}

/** Text cells kept so far, each once (a source is written on every row of a report). */
const TEXTS = new Map<string, string>();
/** The last text cell kept. */
const lastText = { own: '' };

/**
 * A text cell as a string of its own. As read, a cell of 13 characters or
 * more is a slice of its whole file's text and would keep all of it alive as
 * long as the row: a source on every row would hold every results file for
 * the whole build. The copy is made once per distinct text.
 */
function ownText(s: string): string {
  if (s.length < 13) return s;
  // The same text as the row before (a source on every row of a report): compared, not hashed again.
  if (s === lastText.own) return lastText.own;
  let own = TEXTS.get(s);
  if (own === undefined) {
    // A string made anew from its JSON form shares no storage with the file's text.
    own = JSON.parse(JSON.stringify(s)) as string;
    TEXTS.set(own, own);
  }
  // Its own copy is kept, not the cell: a slice would hold the file's text.
  lastText.own = own;
  return own;
}

/** Compiled cell parsers by schema, for the validator's fast path. */
const PARSERS = new WeakMap<z.ZodType, CellParse<unknown>>();

/**
 * A cell schema from a plain parse function. The zod schema is the contract
 * (the row types come from it); the same function is kept for the table
 * validator, which calls it directly instead of building zod issues for
 * every valid cell. Debris is reported instead of the parser's own message.
 */
function defineCell<T>(parse: CellParse<T>, kind: 'value' | 'text' = 'value') {
  // Free text may start with "=" (the downloads neutralise it), but never holds an Excel error code.
  const debrisIn = (s: string) => {
    const d = debrisOf(s);
    return kind === 'text' && d === 'formula' ? null : d;
  };
  const run = (s: string): T | CellFailure => {
    const r = parse(s);
    if (r instanceof CellFailure) {
      // A value (count, code, date…) with an invisible character says which; free text keeps its own message.
      const debris = debrisIn(s) ?? (kind === 'value' ? invisibleIn(s) : null);
      return debris ? failure(debris) : r;
    }
    const first = s.charCodeAt(0);
    if (first === 35 || first === 61) {
      const debris = debrisIn(s);
      if (debris) return failure(debris);
    }
    return kind === 'text' && typeof r === 'string' ? (ownText(r) as T) : r;
  };
  const schema = z.string().transform((s, ctx) => {
    const r = run(s);
    if (r instanceof CellFailure) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r;
  });
  PARSERS.set(schema, run as CellParse<unknown>);
  return schema;
}

/** The plain parse function behind a cell schema made here, if it is one. */
export const cellParser = (schema: z.ZodType): CellParse<unknown> | undefined => PARSERS.get(schema);

const DIGITS = /^\d+$/;
/** Thousands grouped with dots or with (no-break, narrow no-break) spaces, one kind per number. */
const GROUPED = /^[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:[ \u00A0\u202F]\d{3})+)$/;

/** A number followed by a unit word of the forms or of money: "1.525 việc", "102 tỷ", "500 triệu đồng". */
const UNIT_GLUED =
  /^[\d.,\s\u00A0\u202F]*\d[\d.,\s\u00A0\u202F]*(?:việc|vụ|đồng|đ|nghìn|ngàn|triệu|tr|tỷ|tỉ|vnd|vnđ)(?:[\s\u00A0\u202F]*(?:đồng|đ|vnd|vnđ))?\.?$/iu;

/** Why a non-empty cell is not a count, as precisely as can be said. */
function countFailure(s: string): CellFailure {
  if (/^[\d.\s\u00A0\u202F]*\d[\d.\s\u00A0\u202F]*,\d*$/u.test(s) || /^\d+(,\d+)+$/.test(s)) {
    return failure('count-comma');
  }
  if (/^\d+(\.\d+)+$/.test(s)) return failure('count-decimal');
  if (/^\d+(?:[.,]\d+)?[eE][+-]?\d+$/.test(s)) return failure('count-scientific');
  if (/^[ \t]*-[ \t]*$/.test(s)) return failure('count-dash');
  if (/^[ \t]*\(?[ \t]*[\d.]*\d[\d. ]*\)?[ \t]*$/.test(s) && (s.trim() !== s || s.trim().startsWith('('))) {
    return failure('count-accounting');
  }
  if (/^[\d.,\s\u00A0\u202F]*\d[\d.,\s\u00A0\u202F]*%$/u.test(s)) return failure('count-percent');
  if (UNIT_GLUED.test(s.normalize('NFC'))) return failure('count-unit');
  return failure('count');
}

/** Digits only, at most 15 of them (always a safe integer): summed by hand, the common case on every row. */
function smallDigits(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const isSeparator = (c: number) => c === 46 /* . */ || c === 32 || c === 0xa0 || c === 0x202f;

/**
 * Thousands grouped with one separator ("1.525", "1 234 567"), summed by hand
 * for up to 15 digits, as `GROUPED` reads them; -1 for anything else.
 */
function groupedDigits(s: string): number {
  const n = s.length;
  const first = s.charCodeAt(0);
  if (n < 5 || first < 49 || first > 57) return -1;
  let p = 1;
  while (p < n && p < 3 && s.charCodeAt(p) >= 48 && s.charCodeAt(p) <= 57) p++;
  const sep = s.charCodeAt(p);
  if (!isSeparator(sep) || (n - p) % 4 !== 0 || n - (n - p) / 4 > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i >= p && (i - p) % 4 === 0) {
      if (c !== sep) return -1;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** A count written as Vietnamese spreadsheets write it: "1525", "1.525", "1 525", never "1,525". */
function parseCount(s: string): number | CellFailure {
  const small = smallDigits(s);
  if (small >= 0) return small;
  const grouped = groupedDigits(s);
  if (grouped >= 0) return grouped;
  let digits: string;
  if (DIGITS.test(s)) digits = s;
  else if (GROUPED.test(s)) digits = s.replace(/[.\s\u00A0\u202F]/gu, '');
  else return countFailure(s);
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : failure('count-too-large');
}

/** A required count: a safe integer. */
export const countCell = defineCell((s) => (s === '' ? failure('required') : parseCount(s)));

/** An optional count: empty means "not reported" (null), never zero. */
export const optionalCountCell = defineCell((s) => (s === '' ? null : parseCount(s)));

/**
 * A count's digits summed by hand, as `parseCount` reads them first ("1525",
 * "1.525"): the count, which is then what the cell's parser returns, or -1
 * when the cell needs the parser itself (empty, debris, anything else).
 */
export function countDigits(s: string): number {
  const small = smallDigits(s);
  return small >= 0 ? small : groupedDigits(s);
}

/** Per cell schema, a function that reads its usual cells without its parser, or -1 (see `countDigits`). */
const FAST_PATHS = new WeakMap<z.ZodType, (s: string) => number>([
  [countCell, countDigits],
  [optionalCountCell, countDigits],
]);

/**
 * The fast path of a cell schema made here, if it has one: for a cell it
 * reads (a result of 0 or more), the cell's parser returns the same number.
 * The row reader asks it first, for the twenty count cells of every results row.
 */
export const cellFastPath = (schema: z.ZodType): ((s: string) => number) | undefined => FAST_PATHS.get(schema);

/** Periods read so far: a file repeats a handful of periods on every row, so each is parsed and allocated once (frozen, as it is shared). */
const PERIODS = new Map<string, Period>();
/** How each period read so far was written: "2024" and "2024-09" are two periods of one key. */
const WRITTEN = new WeakMap<Period, string>();

export const periodCell = defineCell((s) => {
  if (s === '') return failure('required');
  const known = PERIODS.get(s);
  if (known) return known;
  const period = parsePeriod(s);
  if (!period) return failure('period');
  PERIODS.set(s, Object.freeze(period));
  WRITTEN.set(period, s);
  return period;
});

/** The cell a period was read from by `periodCell`, without reading the row again; undefined for a period made otherwise. */
export const writtenPeriod = (p: Period): string | undefined => WRITTEN.get(p);

const CODE = /^[A-Za-z0-9-]+$/;
/** What Excel shows for a code it took for a date: 2-Jan, Jan-02, 01/02/2025. */
const DATE_LIKE =
  /^(?:\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/i;

const parseCode = (s: string) => (DATE_LIKE.test(s) ? failure('code-date') : CODE.test(s) ? s : failure('code'));

export const codeCell = defineCell((s) => (s === '' ? failure('required') : parseCode(s)));

export const optionalCodeCell = defineCell((s) => (s === '' ? null : parseCode(s)));

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const optionalDateCell = defineCell((s) => {
  if (s === '') return null;
  return isIsoDate(s) ? s : failure('date');
});

/**
 * A unit's name: no invisible format character anywhere (zero-width space,
 * byte-order mark, direction controls: they change the page address or the
 * way the name reads) and no space at either end, the kind of space named.
 */
export const requiredTextCell = defineCell((s) => (s === '' ? failure('required') : nameText(s)), 'text');

/** Text read like a name (a regional office's area, "Địa bàn"): the same rules; empty is not reported. */
export const optionalNameTextCell = defineCell((s) => (s === '' ? null : nameText(s)), 'text');

function nameText(s: string): string | CellFailure {
  if (FORMAT_CHAR.test(s)) return failure(invisibleIn(s)!);
  if (s.trim() === s) return s;
  const edge = s.trimStart() !== s ? s[0]! : s.at(-1)!;
  return edge === ' ' || edge === '\t' ? failure('text') : failure(invisibleIn(edge) ?? 'text');
}

const FORMAT_CHAR = /\p{Cf}/u;

export const optionalTextCell = defineCell((s) => {
  if (s === '') return null;
  return s.trim() !== s ? failure('text') : s;
}, 'text');

/**
 * Whether a browser would read `s` as an address with a scheme or a host of
 * its own. Done as the WHATWG URL parser does: leading and trailing control
 * characters and spaces are dropped and tabs and newlines removed anywhere,
 * so " javascript:" and "java\tscript:" are addresses; a backslash counts as
 * a slash, so "\\evil" is as protocol-relative as "//evil". A word and a
 * colon followed by a space ("Nguồn: Báo cáo 6 tháng") is a label, not an address.
 */
export function looksLikeAddress(s: string): boolean {
  // Every address form below needs a colon or a slash; most cells (a document's name) hold neither.
  if (!/[:/\\]/.test(s)) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the URL parser strips.
  const seen = s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  // "BC: 123/BC-THADS" is a label and a space, not an address; a script or data scheme is refused however written.
  return (
    /^[A-Za-z][A-Za-z0-9+.-]*:(?![ \u00A0])/.test(seen) ||
    /^(?:javascript|vbscript|data|file):/i.test(seen) ||
    /^[/\\]{2}/.test(seen)
  );
}

/** A complete http(s) address with a host, without white space, control or invisible format characters. */
export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\/[^\s\p{Cc}\p{Cf}]+$/u.test(s)) return false;
  try {
    return new URL(s).hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Where a row's figures come from: a document's name, or a web address that
 * the pages turn into a link. Only http(s) addresses may be links, so any
 * other address (javascript:, data:, //host, with or without spaces and
 * control characters around or inside the scheme) is refused, not shown.
 */
export const optionalSourceCell = defineCell((s) => {
  if (s === '') return null;
  if (looksLikeAddress(s) && !isHttpUrl(s)) return failure('source-url');
  return s.trim() !== s ? failure('text') : s;
}, 'text');

/**
 * A percentage 0–100 with a decimal comma ("83,25", as Vietnamese write it)
 * or a decimal point ("83.25"), optionally followed by "%"; empty means no
 * target. A thousands reading never fits 0–100, so a dot is always decimal.
 */
export const optionalPercentCell = defineCell((s) => {
  if (s === '') return null;
  const m = /^(\d{1,3})(?:[.,](\d+))?\s?%?$/.exec(s);
  if (!m) return failure('percent');
  const n = Number(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`);
  // No real target is below 1%: 0,83 is 83% written as a fraction (Excel's General format).
  if (n > 0 && n < 1) return failure('percent-fraction');
  return n <= 100 ? n : failure('percent');
});

export const yearCell = defineCell((s) => {
  if (s === '') return failure('required');
  return /^\d{4}$/.test(s) ? Number(s) : failure('year');
});
