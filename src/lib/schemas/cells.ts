import { z } from 'zod';
import { parsePeriod } from '../period';

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
    vi: 'Cần một số nguyên không âm, chỉ gồm chữ số (ví dụ 1525).',
    en: 'Expected a non-negative whole number written with digits only (e.g. 1525).',
  },
  'count-too-large': {
    vi: 'Số quá lớn để tính chính xác.',
    en: 'The number is too large to compute exactly.',
  },
  period: {
    vi: 'Kỳ báo cáo phải có dạng YYYY (năm thống kê) hoặc YYYY-MM (lũy kế từ 1/10 đến hết tháng MM).',
    en: 'The period must be YYYY (a statistical year) or YYYY-MM (cumulative from 1 October to the end of month MM).',
  },
  code: {
    vi: 'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, không có khoảng trắng.',
    en: 'A unit code consists of ASCII letters, digits and hyphens, with no spaces.',
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
    vi: 'Cần một tỷ lệ phần trăm từ 0 đến 100, dùng dấu chấm thập phân (ví dụ 83.25).',
    en: 'Expected a percentage from 0 to 100 with a decimal point (e.g. 83.25).',
  },
  year: {
    vi: 'Năm phải gồm 4 chữ số (ví dụ 2024).',
    en: 'The year must have four digits (e.g. 2024).',
  },
  text: {
    vi: 'Văn bản không được bắt đầu hoặc kết thúc bằng khoảng trắng.',
    en: 'Text must not start or end with white space.',
  },
  'source-url': {
    vi: 'Nguồn là địa chỉ web thì phải bắt đầu bằng http:// hoặc https://, có tên miền và không chứa khoảng trắng hay ký tự điều khiển; không nhận địa chỉ loại khác (javascript:, data:, //…). Tên văn bản không được bắt đầu bằng một từ liền dấu hai chấm (ví dụ "BC:12").',
    en: 'A source that is a web address must start with http:// or https://, name a host and contain no white space or control characters; other addresses (javascript:, data:, //…) are refused. A document name must not start with a word followed directly by a colon (e.g. "BC:12").',
  },
} as const;

export type CellMessage = keyof typeof CELL_MESSAGES;

const fail = (ctx: z.RefinementCtx, message: CellMessage) => {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
};

/** A required count: digits only, a safe integer. */
export const countCell = z.string().transform((s, ctx) => {
  if (s === '') return fail(ctx, 'required');
  if (!/^\d+$/.test(s)) return fail(ctx, 'count');
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return fail(ctx, 'count-too-large');
  return n;
});

/** An optional count: empty means "not reported" (null), never zero. */
export const optionalCountCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return fail(ctx, 'count');
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return fail(ctx, 'count-too-large');
  return n;
});

export const periodCell = z.string().transform((s, ctx) => {
  if (s === '') return fail(ctx, 'required');
  return parsePeriod(s) ?? fail(ctx, 'period');
});

export const codeCell = z.string().transform((s, ctx) => {
  if (s === '') return fail(ctx, 'required');
  if (!/^[A-Za-z0-9-]+$/.test(s)) return fail(ctx, 'code');
  return s;
});

export const optionalCodeCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  if (!/^[A-Za-z0-9-]+$/.test(s)) return fail(ctx, 'code');
  return s;
});

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const optionalDateCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  return isIsoDate(s) ? s : fail(ctx, 'date');
});

export const requiredTextCell = z.string().transform((s, ctx) => {
  if (s === '') return fail(ctx, 'required');
  if (s.trim() !== s) return fail(ctx, 'text');
  return s;
});

export const optionalTextCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  if (s.trim() !== s) return fail(ctx, 'text');
  return s;
});

/**
 * Whether a browser would read `s` as an address with a scheme or a host of
 * its own. Done as the WHATWG URL parser does: leading and trailing control
 * characters and spaces are dropped and tabs and newlines removed anywhere,
 * so " javascript:" and "java\tscript:" are addresses; a backslash counts as
 * a slash, so "\\evil" is as protocol-relative as "//evil".
 */
export function looksLikeAddress(s: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the URL parser strips.
  const seen = s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(seen) || /^[/\\]{2}/.test(seen);
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
export const optionalSourceCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  if (looksLikeAddress(s) && !isHttpUrl(s)) return fail(ctx, 'source-url');
  if (s.trim() !== s) return fail(ctx, 'text');
  return s;
});

/** A percentage 0–100 with a decimal point; empty means no target. */
export const optionalPercentCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  if (!/^\d{1,3}(\.\d+)?$/.test(s)) return fail(ctx, 'percent');
  const n = Number(s);
  return n <= 100 ? n : fail(ctx, 'percent');
});

export const yearCell = z.string().transform((s, ctx) => {
  if (s === '') return fail(ctx, 'required');
  return /^\d{4}$/.test(s) ? Number(s) : fail(ctx, 'year');
});
