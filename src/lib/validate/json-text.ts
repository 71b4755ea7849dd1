import { error, type Problem } from '../problems';

/**
 * Mistakes in a hand-edited JSON file (dataset.json) that JSON.parse reports
 * badly or not at all: a trailing comma (reported at the closing brace, in
 * English), quotes a word processor curled, and a key written twice (which
 * JSON.parse accepts, silently keeping the last value). Each is placed at its
 * line and column and said in Vietnamese and English. Empty when the text is
 * valid JSON without repeated keys.
 */
export function checkJsonText(file: string, text: string): Problem[] {
  const scan = scanJson(text);
  const place = (offset: number) => ({ file, ...lineAndColumn(text, offset) });
  if (scan.trailingComma !== null) {
    return [
      error({
        code: 'json-syntax',
        ...place(scan.trailingComma),
        vi: 'Dấu phẩy thừa trước dấu đóng ngoặc: JSON không cho phép dấu phẩy sau phần tử cuối cùng. Xóa dấu phẩy này.',
        en: 'A trailing comma before a closing bracket: JSON allows no comma after the last item. Delete this comma.',
      }),
    ];
  }
  if (scan.curlyQuote !== null) {
    return [
      error({
        code: 'json-syntax',
        ...place(scan.curlyQuote),
        vi: 'Dấu ngoặc kép cong (“ ” hoặc ‘ ’), thường do Word hoặc trình soạn thảo tự đổi: JSON chỉ nhận dấu ngoặc kép thẳng ". Sửa tệp bằng một trình soạn thảo văn bản thuần.',
        en: 'A curly quote (“ ” or ‘ ’), usually put in by Word or an editor: JSON takes only the straight quote ". Edit the file in a plain text editor.',
      }),
    ];
  }
  try {
    JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const offset = at ? Number(at[1]) : text.length;
    return [
      error({
        code: 'json-syntax',
        ...place(offset),
        vi: `Tệp không phải JSON hợp lệ ở dòng này (${lineText(text, offset)}): kiểm tra dấu phẩy giữa các trường, dấu ngoặc kép thẳng " quanh mỗi tên và chuỗi, và các dấu { } cân nhau.`,
        en: `The file is not valid JSON on this line (${lineText(text, offset)}): check the commas between fields, the straight quotes " around every name and string, and that { and } match.`,
      }),
    ];
  }
  return scan.repeated.map(({ key, offset, first }) =>
    error({
      code: 'json-duplicate-key',
      ...place(offset),
      vi: `Trường "${key}" được ghi hai lần (lần đầu ở dòng ${lineAndColumn(text, first).line}); JSON chỉ giữ một giá trị nên một giá trị bị mất âm thầm. Giữ một dòng đúng, xóa dòng kia.`,
      en: `The field "${key}" is written twice (first on line ${lineAndColumn(text, first).line}); JSON keeps only one value, so one is silently lost. Keep the right line and delete the other.`,
    }),
  );
}

interface Scan {
  /** Offset of a comma followed only by white space and a closing bracket. */
  trailingComma: number | null;
  /** Offset of the first curly quote outside a string. */
  curlyQuote: number | null;
  /** Keys written twice in one object, with their offsets. */
  repeated: { key: string; offset: number; first: number }[];
}

/** One pass over JSON text outside and inside strings; tolerant of errors, which JSON.parse reports. */
function scanJson(text: string): Scan {
  const scan: Scan = { trailingComma: null, curlyQuote: null, repeated: [] };
  // One frame per open bracket: an object's keys (with the offset of each) and whether a key comes next.
  const frames: { keys: Map<string, number> | null; expectKey: boolean }[] = [];
  let lastComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const frame = frames.at(-1);
      if (frame?.keys && frame.expectKey) {
        const key = text.slice(i + 1, j);
        const first = frame.keys.get(key);
        if (first !== undefined) scan.repeated.push({ key, offset: i, first });
        else frame.keys.set(key, i);
        frame.expectKey = false;
      }
      i = j;
      lastComma = -1;
    } else if (c === '{' || c === '[') {
      frames.push({ keys: c === '{' ? new Map() : null, expectKey: c === '{' });
      lastComma = -1;
    } else if (c === '}' || c === ']') {
      if (lastComma >= 0) scan.trailingComma ??= lastComma;
      frames.pop();
    } else if (c === ',') {
      const frame = frames.at(-1);
      if (frame?.keys) frame.expectKey = true;
      lastComma = i;
    } else if ('“”‘’'.includes(c)) {
      scan.curlyQuote ??= i;
    } else if (!/\s/.test(c)) {
      lastComma = -1;
    }
  }
  return scan;
}

/** The line an offset is on, trimmed and shortened, to show beside the message. */
function lineText(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** 1-based line and column (in characters) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}
