import { BREAKDOWN_FIELDS, type BreakdownField, COUNT_FIELDS, type CountField } from './results';

/**
 * The Vietnamese column labels a file may use instead of the column names:
 * the terms of the statistical forms (Circular 06/2019/TT-BTP). One place;
 * data/README.md shows the same table.
 *
 * Results: every quantity exists in cases and in money, so its label takes
 * the measure in brackets, "Thụ lý mới (việc)" for `cases_new` and "Thụ lý
 * mới (tiền)" for `money_new` ("(nghìn đồng)" is read as "(tiền)": money is in
 * thousand đồng on the forms).
 */
const FIELD_LABELS: Record<CountField | BreakdownField, readonly string[]> = {
  carried_over: ['Năm trước chuyển sang'],
  new: ['Thụ lý mới'],
  entrusted: ['Ủy thác'],
  enforceable: ['Có điều kiện thi hành'],
  unenforceable: ['Chưa có điều kiện thi hành'],
  completed: ['Thi hành xong'],
  terminated: ['Đình chỉ thi hành', 'Đình chỉ'],
  in_progress: ['Đang thi hành'],
  postponed: ['Hoãn thi hành', 'Hoãn'],
  suspended: ['Tạm đình chỉ thi hành', 'Tạm đình chỉ'],
};

/** The measure suffixes of a results label. */
export const MEASURE_SUFFIXES = { cases: ['(việc)'], money: ['(tiền)', '(nghìn đồng)'] } as const;

const measured = (field: CountField | BreakdownField) =>
  Object.fromEntries(
    (['cases', 'money'] as const).map((m) => [
      `${m}_${field}`,
      FIELD_LABELS[field].flatMap((l) => MEASURE_SUFFIXES[m].map((s) => `${l} ${s}`)),
    ]),
  );

/** Column name → the Vietnamese labels accepted for it, per file of the contract. */
export const COLUMN_LABELS = {
  units: {
    code: ['Mã đơn vị'],
    name: ['Tên đơn vị'],
    level: ['Cấp', 'Cấp đơn vị'],
    parent_code: ['Mã tỉnh quản lý'],
    valid_from: ['Có hiệu lực từ ngày', 'Hiệu lực từ ngày'],
    valid_to: ['Có hiệu lực đến ngày', 'Hiệu lực đến ngày'],
    successor_code: ['Mã đơn vị kế thừa'],
    area: ['Địa bàn'],
  },
  results: {
    period: ['Kỳ báo cáo'],
    unit_code: ['Mã đơn vị'],
    ...Object.assign({}, ...[...COUNT_FIELDS, ...BREAKDOWN_FIELDS].map(measured)),
    source: ['Nguồn số liệu', 'Nguồn'],
    note: ['Ghi chú'],
  },
  targets: {
    year: ['Năm thống kê', 'Năm'],
    unit_code: ['Mã đơn vị'],
    cases_rate: ['Chỉ tiêu tỷ lệ về việc (%)', 'Chỉ tiêu về việc (%)', 'Chỉ tiêu (việc)'],
    money_rate: ['Chỉ tiêu tỷ lệ về tiền (%)', 'Chỉ tiêu về tiền (%)', 'Chỉ tiêu (tiền)'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

// Vietnamese tone marks (NFD): grave, acute, tilde, hook above, dot below.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The key a header is matched on: Unicode NFD, lower case, white space
 * (also no-break) collapsed, no space inside brackets, and each syllable's
 * tone mark moved to the end of the syllable, so that the old and new tone
 * placements ("Uỷ"/"Ủy", "hoà"/"hòa") give one key while different tones do not.
 */
export function headerKey(header: string): string {
  const spaced = header
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\s\u00A0\u202F]+/gu, ' ')
    .trim()
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s*\(/g, ' (');
  return spaced.replace(/[\p{L}\p{M}]+/gu, (syllable) => {
    const tone = TONE.exec(syllable);
    return tone ? syllable.replace(TONE, '') + tone[0] : syllable;
  });
}

export interface HeaderMatch {
  /** The column of the contract. */
  column: string;
  /** Whether the header was the column name itself (not a Vietnamese label). */
  byName: boolean;
}

/** Looks up headers among the columns of one file; built once per set of columns. */
export class HeaderLookup {
  private readonly keys = new Map<string, HeaderMatch>();

  constructor(readonly columns: readonly string[]) {
    const labels: Record<string, readonly string[]> = Object.assign({}, ...Object.values(COLUMN_LABELS));
    for (const column of columns) {
      this.keys.set(headerKey(column), { column, byName: true });
      // A column shared by several files (unit_code) has the same labels in each.
      for (const label of labels[column] ?? []) this.keys.set(headerKey(label), { column, byName: false });
    }
  }

  /** The column a header names, or null. */
  match(header: string): HeaderMatch | null {
    return this.keys.get(headerKey(header)) ?? null;
  }

  /**
   * The closest known name or label to an unknown header, when it is close
   * enough to be a plausible typo (at most a third of its letters differ).
   */
  suggest(header: string): { name: string; column: string } | null {
    const key = headerKey(header);
    let best: { name: string; column: string; distance: number } | null = null;
    const labels: Record<string, readonly string[]> = Object.assign({}, ...Object.values(COLUMN_LABELS));
    for (const column of this.columns) {
      for (const name of [column, ...(labels[column] ?? [])]) {
        const k = headerKey(name);
        // Compared also without any diacritics, so that "Thu ly moi (viec)" still finds its label.
        const d = Math.min(editDistance(key, k), editDistance(bare(key), bare(k)));
        if (!best || d < best.distance) best = { name, column, distance: d };
      }
    }
    if (!best || best.distance > Math.max(1, Math.floor(key.length / 3))) return null;
    return { name: best.name, column: best.column };
  }
}

/** A key without diacritics: no combining marks, "đ" as "d". */
const bare = (key: string) => key.replace(/\p{M}/gu, '').replace(/đ/g, 'd');

/** Levenshtein distance between two strings, by UTF-16 code unit. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
