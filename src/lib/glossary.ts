import type { Basis } from './domain/types';
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

/** Where a figure comes from (download column `basis`): a reported row, or the sum of the former units' rows. */
export const BASIS_LABEL = {
  reported: 'Số báo cáo',
  sum_of_predecessors: 'Cộng các đơn vị cũ',
} as const satisfies Record<Basis, string>;

/** English ↔ Vietnamese, for the methodology page (data/README.md keeps its own table of columns). */
export const GLOSSARY: { en: string; vi: string; column?: string }[] = [
  { column: 'carried_over', en: 'carried over from the previous year', vi: FIELD_LABEL.carried_over },
  { column: 'new', en: 'newly accepted', vi: FIELD_LABEL.new },
  { column: 'entrusted', en: 'entrusted to another agency or withdrawn', vi: FIELD_LABEL.entrusted },
  { column: 'enforceable', en: 'enforceable', vi: FIELD_LABEL.enforceable },
  { column: 'unenforceable', en: 'not enforceable yet', vi: FIELD_LABEL.unenforceable },
  { column: 'completed', en: 'completed', vi: FIELD_LABEL.completed },
  { column: 'terminated', en: 'terminated', vi: FIELD_LABEL.terminated },
  { column: 'in_progress', en: 'in progress', vi: FIELD_LABEL.in_progress },
  { column: 'postponed', en: 'postponed', vi: FIELD_LABEL.postponed },
  { column: 'suspended', en: 'suspended', vi: FIELD_LABEL.suspended },
  { en: 'completion rate', vi: DERIVED_LABEL.rate },
  { en: 'carried to the next period', vi: DERIVED_LABEL.carriedNext },
  { en: 'reported figure (basis = reported)', vi: BASIS_LABEL.reported },
  {
    en: 'sum of the former units, comparable series (basis = sum_of_predecessors)',
    vi: BASIS_LABEL.sum_of_predecessors,
  },
  { en: 'target', vi: 'Chỉ tiêu' },
  { en: 'statistical year', vi: 'Năm thống kê' },
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
