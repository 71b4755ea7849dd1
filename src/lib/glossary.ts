import type { Basis } from './domain/types';
import type { Lang } from './format';
import type { BreakdownField, CountField, Measure } from './schemas/results';

/**
 * Domain names in English (code, CSV columns) and Vietnamese (the site), in
 * one place. The Vietnamese terms are those of the statistical forms
 * (Circular 06/2019/TT-BTP).
 */
export const MEASURE_LABEL: Record<Measure, string> = {
  cases: 'Về việc',
  money: 'Về tiền',
};

export const FIELD_LABEL: Record<CountField | BreakdownField, string> = {
  carried_over: 'Năm trước chuyển sang',
  new: 'Thụ lý mới',
  entrusted: 'Ủy thác',
  enforceable: 'Có điều kiện thi hành',
  unenforceable: 'Chưa có điều kiện thi hành',
  completed: 'Thi hành xong',
  terminated: 'Đình chỉ thi hành',
  in_progress: 'Đang thi hành',
  postponed: 'Hoãn thi hành',
  suspended: 'Tạm đình chỉ thi hành',
};

export const DERIVED_LABEL = {
  done: 'Thi hành xong và đình chỉ',
  carriedNext: 'Chuyển kỳ sau',
  rate: 'Tỷ lệ thi hành xong',
} as const;

/**
 * The download's other per-measure columns (a measure's own figures besides
 * the counts), as the Excel files' headers name them.
 */
export const FIGURE_LABEL = {
  rate_change_pp: 'Thay đổi tỷ lệ so với cùng kỳ năm trước',
  enforceable_change_pct: 'Thay đổi số có điều kiện thi hành so với cùng kỳ năm trước',
  done_change_pct: 'Thay đổi số thi hành xong và đình chỉ so với cùng kỳ năm trước',
  target: 'Chỉ tiêu tỷ lệ thi hành xong',
  target_source: 'Nguồn chỉ tiêu',
  gap_pp: 'Chênh lệch tỷ lệ với chỉ tiêu',
  rank: 'Thứ hạng theo tỷ lệ',
} as const;

/** The unit of each of those columns in a header, where one helps; the rank has none. */
export const FIGURE_UNIT: Record<keyof typeof FIGURE_LABEL, string | null> = {
  rate_change_pp: 'điểm %',
  enforceable_change_pct: '%',
  done_change_pct: '%',
  target: '%',
  target_source: 'own: riêng / national: toàn quốc',
  gap_pp: 'điểm %',
  rank: null,
};

/** The download's columns that are not per measure, as the Excel files' headers name them. */
export const COLUMN_LABEL = {
  period: 'Kỳ báo cáo',
  statistical_year: 'Năm thống kê',
  period_start: 'Ngày đầu kỳ',
  period_end: 'Ngày cuối kỳ',
  unit_id: 'Mã định danh đơn vị',
  unit_code: 'Mã đơn vị',
  unit_name: 'Tên đơn vị',
  level: 'Cấp đơn vị',
  unit_valid_from: 'Ngày đơn vị bắt đầu hoạt động',
  unit_valid_to: 'Ngày đơn vị thôi hoạt động',
  province_code: 'Mã tỉnh',
  province_name: 'Tên tỉnh',
  basis: 'Cơ sở số liệu',
  summed_unit_ids: 'Các đơn vị cũ được cộng (mã định danh)',
  rank_of: 'Số đơn vị được xếp hạng',
  provinces_reporting: 'Số tỉnh có số liệu',
  provinces_in_force: 'Số tỉnh đang hoạt động',
  source: 'Nguồn số liệu',
  note: 'Ghi chú',
} as const;

/** A measure's noun before a count ("Tiền thi hành xong"), and its unit. */
export const MEASURE_NOUN: Record<Measure, string> = { cases: 'Việc', money: 'Tiền' };
export const MEASURE_UNIT: Record<Measure, string> = { cases: 'việc', money: 'nghìn đồng' };

/** Where a figure comes from (download column `basis`): a reported row, or the sum of the former units' rows. */
export const BASIS_LABEL = {
  reported: 'Số báo cáo',
  sum_of_predecessors: 'Cộng các đơn vị cũ',
} as const satisfies Record<Basis, string>;

/** The same terms in English, for the English pages; unit names stay Vietnamese. */
export const MEASURE_LABEL_EN: Record<Measure, string> = {
  cases: 'Cases',
  money: 'Money',
};

export const FIELD_LABEL_EN: Record<CountField | BreakdownField, string> = {
  carried_over: 'Carried over from the previous year',
  new: 'Newly accepted',
  entrusted: 'Entrusted to another agency or withdrawn',
  enforceable: 'Enforceable',
  unenforceable: 'Not enforceable yet',
  completed: 'Completed',
  terminated: 'Terminated',
  in_progress: 'In progress',
  postponed: 'Postponed',
  suspended: 'Suspended',
};

export const DERIVED_LABEL_EN: Record<keyof typeof DERIVED_LABEL, string> = {
  done: 'Completed and terminated',
  carriedNext: 'Carried to the next period',
  rate: 'Completion rate',
};

export const BASIS_LABEL_EN: Record<Basis, string> = {
  reported: 'Reported figure',
  sum_of_predecessors: 'Sum of the former units',
};

/** Every domain term of the site in one language: views take `TERMS[lang]`. */
export interface Terms {
  measure: Record<Measure, string>;
  /** A measure inside a sentence: "tỷ lệ thi hành xong về việc" / "completion rate by cases". */
  measureInText: Record<Measure, string>;
  field: Record<CountField | BreakdownField, string>;
  derived: Record<keyof typeof DERIVED_LABEL, string>;
  basis: Record<Basis, string>;
  target: string;
  year: string;
}

export const TERMS: Record<Lang, Terms> = {
  vi: {
    measure: MEASURE_LABEL,
    measureInText: { cases: MEASURE_LABEL.cases.toLowerCase(), money: MEASURE_LABEL.money.toLowerCase() },
    field: FIELD_LABEL,
    derived: DERIVED_LABEL,
    basis: BASIS_LABEL,
    target: 'Chỉ tiêu',
    year: 'Năm thống kê',
  },
  en: {
    measure: MEASURE_LABEL_EN,
    measureInText: { cases: 'by cases', money: 'by money' },
    field: FIELD_LABEL_EN,
    derived: DERIVED_LABEL_EN,
    basis: BASIS_LABEL_EN,
    target: 'Target',
    year: 'Statistical year',
  },
};

/** "Carried over …" → "carried over …", for the English column of the glossary. */
const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** English ↔ Vietnamese, for the methodology page (data/README.md keeps its own table of columns). */
export const GLOSSARY: { en: string; vi: string; column?: string }[] = [
  ...(Object.keys(FIELD_LABEL) as (CountField | BreakdownField)[]).map((column) => ({
    column,
    en: lower(FIELD_LABEL_EN[column]),
    vi: FIELD_LABEL[column],
  })),
  { en: lower(DERIVED_LABEL_EN.rate), vi: DERIVED_LABEL.rate },
  { en: lower(DERIVED_LABEL_EN.carriedNext), vi: DERIVED_LABEL.carriedNext },
  { en: 'reported figure (basis = reported)', vi: BASIS_LABEL.reported },
  {
    en: 'sum of the former units, comparable series (basis = sum_of_predecessors)',
    vi: BASIS_LABEL.sum_of_predecessors,
  },
  { en: lower(TERMS.en.target), vi: TERMS.vi.target },
  { en: lower(TERMS.en.year), vi: TERMS.vi.year },
  { en: 'cases', vi: 'Việc' },
  { en: 'money (thousand đồng)', vi: 'Tiền (nghìn đồng)' },
];

/** "Hà Nội" from "Thành phố Hà Nội", for compact labels; office names are kept whole. */
export const shortName = (name: string): string => name.replace(/^(Tỉnh|Thành phố)\s+/u, '');

/** A compact label for charts: "Hà Nội", "Huyện Bến Lức", "Khu vực 1"; tables keep the full name. */
export function chartName(name: string): string {
  const short = shortName(name).replace(/^(Chi cục|Phòng) THADS\s+/u, '');
  return short.charAt(0).toLocaleUpperCase('vi') + short.slice(1);
}
