import { groups, rollup } from 'd3';
import type { Located, Result } from '../domain/types';
import { parsePeriod } from '../period';
import { at, error, type Problem, refOf, warning } from '../problems';
import { writtenPeriod } from '../schemas/cells';
import { MEASURES, type ResultRow } from '../schemas/results';

/**
 * Rules about periods (Circular 06/2019/TT-BTP: the statistical year N runs
 * from 1 October N−1 to 30 September N and monthly reports are cumulative
 * from 1 October): which file a period belongs in, how it is written, and
 * how the cumulative months of one year relate to each other.
 */

const RESULTS_NAME = /^results\/(\d{4})\.csv$/;

/** The statistical year a results file holds, from its name; null when the name is not `results/YYYY.csv`. */
export function fileYear(file: string): number | null {
  const m = RESULTS_NAME.exec(file);
  return m ? Number(m[1]) : null;
}

/** A results file must be named after its statistical year, so that a maintainer finds a year in one place. */
export function checkFileName(file: string): Problem | null {
  if (fileYear(file) !== null) return null;
  return error({ code: 'results-file-name', file, ...misnamed(file) });
}

/** Why a file in results/ is not read, with what to do; the usual slips of Windows and Excel named. */
function misnamed(file: string): { vi: string; en: string } {
  const name = file.slice('results/'.length);
  const year = /^(\d{4})\.csv(?:\.txt)?$/i.exec(name)?.[1];
  if (year && /\.txt$/i.test(name)) {
    return {
      vi: `Tệp tên là ${name}: Windows ẩn phần đuôi .txt nên tên hiện ra như ${year}.csv. Tệp chưa được đọc. Đổi tên thành ${year}.csv (trong File Explorer bật View → File name extensions để thấy đuôi thật) rồi chạy lại.`,
      en: `The file is named ${name}: Windows hides the .txt extension, so it shows as ${year}.csv. It was not read. Rename it to ${year}.csv (in File Explorer, View → File name extensions shows the real one) and run again.`,
    };
  }
  if (year) {
    return {
      vi: `Tên tệp ${name} có đuôi viết hoa; tệp chưa được đọc. Đổi tên thành ${year}.csv (chữ thường) rồi chạy lại.`,
      en: `The name ${name} has an upper-case extension; the file was not read. Rename it to ${year}.csv (lower case) and run again.`,
    };
  }
  return {
    vi: 'Thư mục results/ chỉ chứa các tệp kết quả tên là năm thống kê của các dòng trong tệp: results/YYYY.csv (ví dụ results/2025.csv). Tệp này chưa được đọc; đổi tên tệp (hoặc chuyển ra khỏi results/ nếu không phải số liệu, xóa nếu là bản sao) rồi chạy lại.',
    en: 'The results/ folder holds only results files named after the statistical year of their rows: results/YYYY.csv (e.g. results/2025.csv). This file was not read; rename it (or move it out of results/ if it is not data, delete it if it is a copy) and run again.',
  };
}

/** Groups rows by a key, keeping the order of first appearance (only rows in error are grouped: few). */
const groupBy = <T>(items: readonly T[], key: (t: T) => string): T[][] => groups(items, key).map(([, g]) => g);

const more = (n: number) =>
  n > 0
    ? { vi: ` Cùng lỗi ở ${n} dòng khác (xem liên quan).`, en: ` The same in ${n} other row(s) (see related).` }
    : { vi: '', en: '' };

/**
 * Each row of `results/YYYY.csv` must be a period of statistical year YYYY;
 * rows that are not are returned apart (`misplaced`), reported once per file
 * and period, and left out of the cross-row checks. `YYYY-09` is the full year
 * and must be written `YYYY`, so no reader takes it for September alone.
 */
export function checkPeriodPlacement(rows: readonly Located<ResultRow>[]): {
  placed: Located<ResultRow>[];
  misplaced: Located<ResultRow>[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const placed: Located<ResultRow>[] = [];
  const misplaced: Located<ResultRow>[] = [];
  // Rows of one file share its name: its year is read once per file, not once per row.
  const years = new Map<string, number | null>();
  for (const r of rows) {
    let year = years.get(r.file);
    if (year === undefined) {
      year = fileYear(r.file);
      years.set(r.file, year);
    }
    (year === r.period.year ? placed : misplaced).push(r);
  }

  for (const group of groupBy(misplaced, (r) => `${r.file}|${r.period.key}`)) {
    const [r, ...rest] = group as [Located<ResultRow>, ...Located<ResultRow>[]];
    const year = fileYear(r.file)!;
    const { period } = r;
    const autumn =
      period.months <= 3
        ? {
            vi: ` Các tháng 10, 11, 12 thuộc năm thống kê sau: ${period.key} là tháng thứ ${period.months} của năm ${period.year}.`,
            en: ` October to December belong to the next statistical year: ${period.key} is month ${period.months} of ${period.year}.`,
          }
        : { vi: '', en: '' };
    const written = r.raw.period !== period.key ? `"${r.raw.period}" (= ${period.key})` : period.key;
    problems.push(
      error({
        code: 'period-wrong-file',
        ...at(r, 'period'),
        vi: `Kỳ ${written} thuộc năm thống kê ${period.year} (${period.start} – ${period.end}) nhưng nằm trong tệp của năm ${year}; chuyển sang results/${period.year}.csv.${autumn.vi}${more(rest.length).vi}`,
        en: `Period ${written} belongs to statistical year ${period.year} (${period.start} – ${period.end}) but is in the file of year ${year}; move it to results/${period.year}.csv.${autumn.en}${more(rest.length).en}`,
        ...(rest.length ? { related: rest.map(refOf) } : {}),
      }),
    );
  }

  // A full year as it was written, known from the period read (no row is read again from its file's text).
  const writtenAs = (r: Located<ResultRow>) => writtenPeriod(r.period) ?? r.raw.period;
  const fullYearAsMonth = placed.filter((r) => r.period.months === 12 && /^\d{4}-09$/.test(writtenAs(r) ?? ''));
  for (const group of groupBy(fullYearAsMonth, (r) => r.file)) {
    const [r, ...rest] = group as [Located<ResultRow>, ...Located<ResultRow>[]];
    problems.push(
      error({
        code: 'period-full-year-as-month',
        ...at(r, 'period'),
        vi: `Kỳ "${r.raw.period}" là cả năm thống kê ${r.period.year} (lũy kế 12 tháng), dễ bị đọc nhầm là riêng tháng 9; hãy viết "${r.period.year}".${more(rest.length).vi}`,
        en: `Period "${r.raw.period}" is the full statistical year ${r.period.year} (12 cumulative months) and reads like September alone; write "${r.period.year}".${more(rest.length).en}`,
        ...(rest.length ? { related: rest.map(refOf) } : {}),
      }),
    );
  }
  return { placed, misplaced, problems };
}

/** Figures that only grow as the months of a year accumulate: a flow counted from 1 October. */
export const CUMULATIVE_FIELDS = ['new', 'entrusted', 'completed', 'terminated'] as const;

/**
 * The periods of one unit in one statistical year, in order. `carried_over`
 * is the backlog on 1 October, so it is the same in every period of the year
 * (an error otherwise). The flows from 1 October only grow: a figure below
 * the previous reported period is a warning (a correction is legal, a
 * month's own figure in place of the cumulative one is the usual mistake).
 */
export function checkCumulativePeriods(results: readonly Result[]): Problem[] {
  const problems: Problem[] = [];
  // Grouped by unit, then year (nested: no key string per row), in order of first appearance.
  const groups: Result[][] = [];
  const index = new Map<string, Map<number, Result[]>>();
  for (const r of results) {
    let years = index.get(r.unit.slug);
    if (years === undefined) {
      years = new Map();
      index.set(r.unit.slug, years);
    }
    const group = years.get(r.period.year);
    if (group === undefined) {
      const fresh = [r];
      years.set(r.period.year, fresh);
      groups.push(fresh);
    } else group.push(r);
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const periods = inMonthOrder(group);
    // The usual answer, the same backlog in every period, is read column by column by name; the rule runs only if not.
    const first = periods[0]!;
    const same = periods.every(
      (r) => r.cases_carried_over === first.cases_carried_over && r.money_carried_over === first.money_carried_over,
    );
    for (const column of same ? [] : CARRIED_OVER_COLUMNS) {
      const odd = checkCarriedOverConstant(periods, column);
      if (odd.length > 0) problems.push(...odd);
    }
    for (let i = 1; i < periods.length; i++) {
      const problem = checkDecrease(periods[i - 1]!, periods[i]!);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** The rows of a unit's year by month, as a stable sort gives them: the rows themselves when already in order (the usual case). */
function inMonthOrder(group: readonly Result[]): readonly Result[] {
  for (let i = 1; i < group.length; i++) {
    if (group[i]!.period.months < group[i - 1]!.period.months) {
      return [...group].sort((a, b) => a.period.months - b.period.months);
    }
  }
  return group;
}

const CARRIED_OVER_COLUMNS = [
  'cases_carried_over',
  'money_carried_over',
] as const satisfies readonly `${(typeof MEASURES)[number]}_carried_over`[];

function checkCarriedOverConstant(periods: readonly Result[], column: 'cases_carried_over' | 'money_carried_over') {
  const firstValue = periods[0]?.[column];
  if (periods.every((r) => r[column] === firstValue)) return [];
  const values = periods.map((r) => r[column]);
  // The value most periods agree on is taken as right (the earliest on a tie); the first other one is reported.
  const counts = rollup(
    values,
    (same) => same.length,
    (v) => v,
  );
  const reference = values.reduce((best, v) => ((counts.get(v) ?? 0) > (counts.get(best) ?? 0) ? v : best));
  const odd = periods.find((r) => r[column] !== reference)!;
  const listing = periods.map((r) => `${r.period.key}: ${r[column]}`).join('; ');
  const year = odd.period.year;
  return [
    error({
      code: 'carried-over-changes',
      ...at(odd, column),
      vi: `${column} là số tồn ngày 01/10/${year - 1}, phải như nhau ở mọi kỳ của năm thống kê ${year}, nhưng đơn vị ${odd.unit_code} có ${listing}.`,
      en: `${column} is the backlog on 1 October ${year - 1} and must be the same in every period of statistical year ${year}, but unit ${odd.unit_code} has ${listing}.`,
      related: periods.filter((r) => r !== odd).map(refOf),
    }),
  ];
}

/** The cumulative columns, measure by measure, in the order a decrease lists them. */
const CUMULATIVE_COLUMNS = MEASURES.flatMap((m) => CUMULATIVE_FIELDS.map((f) => `${m}_${f}` as const));

/**
 * Whether any cumulative column fell from one row to the next, each column
 * read by its name in code written once from CUMULATIVE_COLUMNS: called for
 * every pair of periods, where reading the columns by a name held in a
 * variable costs more than the rest of the rule.
 */
const anyFell = new Function(
  'prev',
  'cur',
  `return ${CUMULATIVE_COLUMNS.map((c) => `cur.${c} < prev.${c}`).join(' || ')};`,
) as (prev: Result, cur: Result) => boolean;

function checkDecrease(prev: Result, cur: Result): Problem | null {
  if (!anyFell(prev, cur)) return null;
  let fell: (typeof CUMULATIVE_COLUMNS)[number][] | null = null;
  for (const c of CUMULATIVE_COLUMNS) {
    if (cur[c] < prev[c]) {
      fell ??= [];
      fell.push(c);
    }
  }
  if (fell === null) return null;
  const list = fell.map((c) => `${c} ${prev[c]} → ${cur[c]}`).join('; ');
  return warning({
    code: 'cumulative-decrease',
    ...at(cur, fell[0]!),
    vi: `Số lũy kế từ 01/10 của đơn vị ${cur.unit_code} giảm từ kỳ ${prev.period.key} (${prev.file} dòng ${prev.line}) sang kỳ ${cur.period.key}: ${list}. Kỳ tháng là lũy kế, nên đây thường là số của riêng một tháng hoặc một lần điều chỉnh; hãy kiểm tra.`,
    en: `Unit ${cur.unit_code}'s figures cumulated from 1 October fall from period ${prev.period.key} (${prev.file} line ${prev.line}) to ${cur.period.key}: ${list}. Monthly periods are cumulative, so this is usually one month's own figure or a correction; please check.`,
    related: [refOf(prev)],
  });
}

/**
 * What a period cell that is not `YYYY` or `YYYY-MM` most likely meant, for
 * the forms spreadsheets and habits produce: `2024-3`, `3/2024`, `T3/2024`,
 * `2024/03`, a date `2024-03-01` or `2024-03-31`, `2024.0`, and what Excel
 * makes of a month it took for a date (`Mar-26`, `3/1/2026`, `01/03/2026`). Null when it
 * cannot be told.
 */
export function periodHint(raw: string): string | null {
  const s = raw.trim();
  const month = (y: string, m: string): string | null => {
    const n = Number(m);
    if (n < 1 || n > 12) return null;
    return n === 9 ? y : `${y}-${String(n).padStart(2, '0')}`;
  };
  let m = /^(\d{4})$/.exec(s) ?? /^(\d{4})\.0+$/.exec(s);
  if (m) return m[1]!;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return parsePeriod(s) ? month(m[1]!, m[2]!) : null;
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return month(m[1]!, m[2]!);
  m = /^(?:t|th|tháng)?\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/iu.exec(s);
  if (m) return month(m[2]!, m[1]!);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return dayOfMonth(m[1]!, m[2]!, m[3]!) ? month(m[1]!, m[2]!) : null;
  // Excel shows a period it took for a date as "Mar-26" (mmm-yy).
  m = /^([A-Za-z]{3})-(\d{2})$/.exec(s);
  if (m) {
    const n = MONTHS.indexOf(m[1]!.toLowerCase());
    return n < 0 ? null : month(`20${m[2]}`, String(n + 1));
  }
  // Or as a date, 3/1/2026 (month first) or 01/03/2026 (day first): the day is the first or last of the month.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [m[1]!, m[2]!, m[3]!];
    const months = new Set([...(dayOfMonth(y, b, a) ? [Number(b)] : []), ...(dayOfMonth(y, a, b) ? [Number(a)] : [])]);
    return months.size === 1 ? month(y, String([...months][0])) : null;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Whether `day` is the first or the last day of the month: what a spreadsheet makes of a month. */
function dayOfMonth(year: string, month: string, day: string): boolean {
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return Number(day) === 1 || Number(day) === last;
}
