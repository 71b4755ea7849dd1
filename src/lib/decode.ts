import { Buffer, isUtf8 } from 'node:buffer';
import { lineOf } from './csv-lines';
import { error, type Problem } from './problems';

/** How a data file's bytes were turned into text. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  /** The text without its byte-order mark; empty when the bytes were refused. */
  text: string;
  /** The encoding found, or null when the bytes were refused. */
  encoding: Encoding | null;
  /** Why the bytes were refused: at most one problem, naming what was found. */
  problems: Problem[];
}

/** How to save a file properly, appended to every refusal. */
const HOW_TO = {
  vi: 'Trong Excel: Tệp > Lưu như > chọn "CSV UTF-8 (Comma delimited) (*.csv)" (hoặc "Unicode Text (*.txt)" rồi đổi đuôi thành .csv).',
  en: 'In Excel: File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)" (or "Unicode Text (*.txt)", then rename it to .csv).',
};

const refuse = (file: string, code: string, vi: string, en: string, line?: number): Decoded => ({
  text: '',
  encoding: null,
  problems: [
    error({ code, file, ...(line !== undefined ? { line } : {}), vi: `${vi} ${HOW_TO.vi}`, en: `${en} ${HOW_TO.en}` }),
  ],
});

const startsWith = (bytes: Uint8Array, sig: readonly number[]) =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * 1-based line of a byte offset, counting lines as the parser does: LF and
 * CR are the same bytes in UTF-8 and in every legacy code page, and a
 * single-byte reading keeps every offset.
 */
const lineOfByte = (bytes: Uint8Array, offset: number) =>
  lineOf(new TextDecoder('latin1').decode(bytes.subarray(0, offset + 1)), offset);

/**
 * The offset of the first byte that is not valid UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * UTF-16 without a byte-order mark: plain Latin letters then have a zero byte
 * beside each of them, at odd offsets (little-endian) or even ones (big-endian).
 */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'be';
  return null;
}

/** A control character that never belongs in a CSV text: NUL and the other C0 codes but tab, LF, CR. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F]/;
const firstControl = (text: string): number => text.search(CONTROL);

/** Checks decoded text for signs of an earlier lossy conversion or of binary content. */
function checkText(file: string, text: string, encoding: Encoding, control = firstControl(text)): Decoded {
  if (control >= 0) {
    const code = text.charCodeAt(control);
    return refuse(
      file,
      'encoding-binary',
      `Tệp chứa ký tự điều khiển U+${code.toString(16).toUpperCase().padStart(4, '0')} ở dòng ${lineOf(text, control)}: đây không phải tệp văn bản CSV (có thể là tệp nhị phân hoặc tệp bị hỏng).`,
      `The file holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} on line ${lineOf(text, control)}: this is not a CSV text file (a binary or damaged file?).`,
      lineOf(text, control),
    );
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    const line = lineOf(text, replacement);
    return refuse(
      file,
      'encoding-replacement',
      `Dòng ${line} chứa ký tự thay thế "\uFFFD": tệp đã bị hỏng chữ khi chuyển bảng mã trước đó, các chữ có dấu đã mất. Hãy xuất lại từ tệp gốc.`,
      `Line ${line} holds the replacement character "\uFFFD": the file lost letters in an earlier conversion between encodings. Export it again from the original.`,
      line,
    );
  }
  const lost = questionMarkInWord(text);
  if (lost >= 0) {
    const line = lineOf(text, lost);
    const word = wordAt(text, lost);
    return refuse(
      file,
      'encoding-lost-letters',
      `Dòng ${line} có dấu hỏi chấm giữa một từ ("${word}"): tệp đã được lưu bằng bảng mã phương Tây (Windows-1252, "CSV (Comma delimited)" của Excel) và các chữ tiếng Việt không có trong bảng mã đó đã bị thay bằng "?".`,
      `Line ${line} has a question mark inside a word ("${word}"): the file was saved in a Western code page (Windows-1252, Excel's "CSV (Comma delimited)") and the Vietnamese letters it lacks were replaced by "?".`,
      line,
    );
  }
  return { text, encoding, problems: [] };
}

/**
 * Where a question mark stands between two letters ("S? li?u ?i?u ch?nh"):
 * the mark a Western code page leaves for each Vietnamese letter it cannot
 * hold. A web address may carry "?" in its query ("bao-cao?id=1"), so a
 * word holding "://" is passed over. -1 when there is none.
 */
function questionMarkInWord(text: string): number {
  // Looking for "?" first and testing its neighbours is far faster than a Unicode pattern over the whole text.
  for (let i = text.indexOf('?'); i !== -1; i = text.indexOf('?', i + 1)) {
    if (isLetter(codePointBefore(text, i)) && isLetter(text.codePointAt(i + 1)) && !wordAt(text, i).includes('://')) {
      return i;
    }
  }
  return -1;
}

const LETTER = /^\p{L}$/u;
const isLetter = (cp: number | undefined) => cp !== undefined && LETTER.test(String.fromCodePoint(cp));

/** The code point that ends just before an index (a surrogate pair read whole), or undefined at the start. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}

/** The run of characters around an index up to white space, a comma, a semicolon or a quote. */
function wordAt(text: string, index: number): string {
  const stop = /[\s,;"]/;
  let start = index;
  while (start > 0 && !stop.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !stop.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * Turns a data file's bytes into text, or refuses them with a problem that
 * says what was found and how to export properly. Accepts UTF-8 with or
 * without a byte-order mark and UTF-16 LE/BE with one (Excel's "Unicode
 * text"). Never decodes leniently: one undecodable byte refuses the file,
 * since a replacement character would silently change a name or a number.
 */
export function decodeBytes(file: string, bytes: Uint8Array): Decoded {
  const spreadsheet = refuseSpreadsheet(file, bytes);
  if (spreadsheet) return spreadsheet;
  const utf16 = startsWith(bytes, UTF16LE_BOM) ? 'le' : startsWith(bytes, UTF16BE_BOM) ? 'be' : null;
  if (utf16) return decodeUtf16(file, bytes, utf16);
  return decodeUtf8(file, bytes);
}

/** An Excel workbook (.xlsx, a zip; .xls, an OLE file) renamed to .csv. */
function refuseSpreadsheet(file: string, bytes: Uint8Array): Decoded | null {
  if (startsWith(bytes, ZIP)) {
    return refuse(
      file,
      'encoding-xlsx',
      'Tệp này là một bảng tính Excel (.xlsx) hoặc tệp nén được đổi tên thành .csv, không phải văn bản CSV.',
      'This file is an Excel workbook (.xlsx) or another zip archive renamed to .csv, not CSV text.',
    );
  }
  if (startsWith(bytes, OLE)) {
    return refuse(
      file,
      'encoding-xls',
      'Tệp này là một bảng tính Excel kiểu cũ (.xls, Excel 97–2003) được đổi tên thành .csv, không phải văn bản CSV.',
      'This file is an old Excel workbook (.xls, Excel 97–2003) renamed to .csv, not CSV text.',
    );
  }
  return null;
}

/** UTF-16 with its byte-order mark (Excel's "Unicode text"), decoded strictly. */
function decodeUtf16(file: string, bytes: Uint8Array, order: 'le' | 'be'): Decoded {
  const encoding: Encoding = order === 'le' ? 'utf-16le' : 'utf-16be';
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    return refuse(
      file,
      'encoding-utf16-truncated',
      `Tệp bắt đầu bằng dấu BOM của UTF-16 nhưng có số byte lẻ (${bytes.length}): tệp bị cắt cụt hoặc không phải UTF-16.`,
      `The file starts with a UTF-16 byte-order mark but has an odd number of bytes (${bytes.length}): it is truncated or not UTF-16.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return refuse(
      file,
      'encoding-utf16-invalid',
      `Tệp bắt đầu bằng dấu BOM của UTF-16 (${order === 'le' ? 'little-endian' : 'big-endian'}) nhưng có chuỗi byte không hợp lệ (nửa cặp thay thế): tệp bị hỏng.`,
      `The file starts with a UTF-16 (${order === 'le' ? 'little-endian' : 'big-endian'}) byte-order mark but holds an invalid sequence (a lone surrogate): the file is damaged.`,
    );
  }
  return checkText(file, text, encoding);
}

/** UTF-8 with or without its byte-order mark; refused when it looks like UTF-16, holds NUL bytes or is not UTF-8. */
function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const order = bom ? null : utf16WithoutBom(body);
  if (order) {
    return refuse(
      file,
      'encoding-utf16-no-bom',
      `Tệp có vẻ là UTF-16 (${order === 'le' ? 'little-endian' : 'big-endian'}) nhưng không có dấu BOM ở đầu tệp, nên không thể đọc chắc chắn.`,
      `The file looks like UTF-16 (${order === 'le' ? 'little-endian' : 'big-endian'}) but has no byte-order mark, so it cannot be read reliably.`,
    );
  }
  // The platform checks the bytes (isUtf8, as a fatal TextDecoder does, without a decoder's bookkeeping); a NUL byte
  // is looked for in the bytes only when the bytes are refused or the text holds a control character.
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body);
    if (bad < 0) throw new Error(`${file}: the platform refused bytes that firstInvalidUtf8 accepts`);
    return nulByte(file, body, bom) ?? refuseLegacyCodePage(file, body, bad, bom ? 3 : 0);
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const control = firstControl(text);
  if (control >= 0) {
    const nul = nulByte(file, body, bom);
    if (nul) return nul;
  }
  return checkText(file, text, bom ? 'utf-8-bom' : 'utf-8', control);
}

/** A NUL byte: a binary file, refused before anything else is said about its bytes; null when there is none. */
function nulByte(file: string, body: Uint8Array, bom: boolean): Decoded | null {
  const nul = body.indexOf(0);
  if (nul < 0) return null;
  const line = lineOfByte(body, nul);
  return refuse(
    file,
    'encoding-binary',
    `Tệp chứa byte 0x00 (dòng ${line}, vị trí byte ${nul + (bom ? 3 : 0)}): đây là tệp nhị phân, không phải văn bản CSV.`,
    `The file holds a 0x00 byte (line ${line}, byte offset ${nul + (bom ? 3 : 0)}): it is a binary file, not CSV text.`,
    line,
  );
}

/** Bytes that are not UTF-8, placed by line, by what the line holds before them and by byte offset. */
function refuseLegacyCodePage(file: string, body: Uint8Array, bad: number, bomLength: number): Decoded {
  const line = lineOfByte(body, bad);
  const offset = bad + bomLength;
  const seq = Array.from(body.subarray(bad, bad + 3), hex).join(' ');
  // What the line holds before the bad byte (valid UTF-8 up to there), to find the place in an editor.
  let from = Math.max(bad === 0 ? 0 : body.lastIndexOf(0x0a, bad - 1) + 1, bad - 40);
  while (from < bad && (body[from]! & 0xc0) === 0x80) from++;
  const before = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(from, bad)).replace(/\r$/, '');
  const after =
    before === ''
      ? { vi: 'ở đầu dòng', en: 'at the start of the line' }
      : { vi: `ngay sau "${before}"`, en: `right after "${before}"` };
  return refuse(
    file,
    'encoding-not-utf8',
    `Tệp không phải UTF-8: byte đầu tiên không đọc được ở dòng ${line}, ${after.vi} (vị trí byte ${offset}: ${seq}). Có lẽ tệp được lưu bằng bảng mã cũ (Windows-1258, TCVN3/ABC hoặc VNI); trình kiểm tra không đoán bảng mã để tránh làm sai tên và số.`,
    `The file is not UTF-8: the first undecodable byte is on line ${line}, ${after.en} (byte offset ${offset}: ${seq}). It was probably saved in a legacy code page (Windows-1258, TCVN3/ABC or VNI); the checker does not guess code pages, so that no name or number is silently changed.`,
    line,
  );
}
