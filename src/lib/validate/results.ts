import { done, toEnforceOf } from '../domain/formulas';
import type { Located, Result, SetAsideRow } from '../domain/types';
import type { UnitRegistry } from '../domain/units';
import { at, error, type Problem, pushAll, refOf } from '../problems';
import { BREAKDOWN_FIELDS, MEASURES, type ResultRow } from '../schemas/results';
import { checkOfficesWithinProvince } from './provinces';
import { TwoKeyMap } from './two-key-map';
import { numberRows, UnitPeriodTable } from './unit-period-table';

/** What the results check must know about the rest of the data to avoid reporting one cause many times. */
export interface ResultsContext {
  /** Whether units.csv can be trusted for a code; rows with an untrusted code are not checked against units. */
  trusted: (code: string) => boolean;
  /** Rows set aside because of another error: a province among them is not reported missing. */
  setAside: readonly SetAsideRow[];
  /**
   * The rows are the caller's own and seen by no one else: each resolved row
   * becomes its Result by taking its unit in place, instead of being copied.
   * Copying every row of a large dataset doubles what the garbage collector
   * keeps track of; the Results are the same either way.
   */
  adopt?: boolean;
}

const TRUST_ALL: ResultsContext = { trusted: () => true, setAside: [] };

/** The accounting identities of the "về việc" and "về tiền" forms, for one row. */
export function checkIdentities(r: Located<ResultRow>): Problem[] {
  // Called for every row: plain field reads, and nothing allocated unless a problem is found.
  let problems: Problem[] | null = null;
  for (const m of MEASURES) {
    const cases = m === 'cases';
    const enforceable = cases ? r.cases_enforceable : r.money_enforceable;
    const unenforceable = cases ? r.cases_unenforceable : r.money_unenforceable;
    const completed = cases ? r.cases_completed : r.money_completed;
    const terminated = cases ? r.cases_terminated : r.money_terminated;
    const total = toEnforceOf(r, m);
    const split = enforceable + unenforceable;
    const finished = done(completed, terminated);
    const inProgress = cases ? r.cases_in_progress : r.money_in_progress;
    const postponed = cases ? r.cases_postponed : r.money_postponed;
    const suspended = cases ? r.cases_suspended : r.money_suspended;
    // Summed in the order of BREAKDOWN_FIELDS, as the rule reads.
    const breakdown = 0 + (inProgress ?? 0) + (postponed ?? 0) + (suspended ?? 0);
    // The first breakdown field reported, in the order of BREAKDOWN_FIELDS.
    const reported = inProgress !== null ? 0 : postponed !== null ? 1 : suspended !== null ? 2 : null;
    // Checked only when a breakdown is reported and the main identity holds, so one mistake gives one problem.
    const overBreakdown = reported !== null && finished <= enforceable && finished + breakdown > enforceable;
    if (total === split && finished <= enforceable && !overBreakdown) continue;
    problems ??= [];
    const word = cases ? { vi: 'về việc', en: 'cases' } : { vi: 'về tiền', en: 'money' };
    if (total !== split) {
      problems.push(
        error({
          code: 'identity-to-enforce',
          ...at(r, `${m}_enforceable`),
          vi: `Số phải thi hành ${word.vi} không khớp: năm trước chuyển sang + thụ lý mới − ủy thác = ${total}, nhưng có điều kiện + chưa có điều kiện = ${split}.`,
          en: `The ${word.en} to enforce do not add up: carried_over + new − entrusted = ${total}, but enforceable + unenforceable = ${split}.`,
        }),
      );
    }
    if (finished > enforceable) {
      problems.push(
        error({
          code: 'identity-done-exceeds',
          ...at(r, `${m}_completed`),
          vi: `Thi hành xong + đình chỉ ${word.vi} (${finished}) vượt quá số có điều kiện thi hành (${enforceable}).`,
          en: `Completed + terminated ${word.en} (${finished}) exceed the enforceable ${word.en} (${enforceable}).`,
        }),
      );
    }
    if (overBreakdown && reported !== null) {
      problems.push(
        error({
          code: 'identity-breakdown-exceeds',
          ...at(r, `${m}_${BREAKDOWN_FIELDS[reported]}`),
          vi: `Thi hành xong + đình chỉ + đang thi hành + hoãn + tạm đình chỉ ${word.vi} (${finished + breakdown}) vượt quá số có điều kiện thi hành (${enforceable}).`,
          en: `Completed + terminated + in progress + postponed + suspended ${word.en} (${finished + breakdown}) exceed the enforceable ${word.en} (${enforceable}).`,
        }),
      );
    }
  }
  return problems ?? [];
}

/**
 * Checks the result rows of every file together: each unit code names a unit
 * in force on the last day of the period, each (unit, period) appears once
 * across all files, and a province's offices add up to no more than it.
 * Rows whose code units.csv cannot vouch for (`context.trusted`) are checked
 * on their own only, so that one broken units.csv gives one problem, not one
 * per results row.
 */
export function validateResults(
  rows: Located<ResultRow>[],
  registry: UnitRegistry,
  context: ResultsContext = TRUST_ALL,
): { results: Result[]; problems: Problem[]; unchecked: number; unresolved: SetAsideRow[] } {
  const problems: Problem[] = [];
  const resolved: Result[] = [];
  const unresolved: SetAsideRow[] = [];
  let unchecked = 0;

  for (const r of rows) {
    const own = checkIdentities(r);
    if (own.length > 0) pushAll(problems, own);
    if (!context.trusted(r.unit_code)) {
      unchecked++;
      unresolved.push({ file: r.file, line: r.line, code: r.unit_code, period: r.period.key });
      continue;
    }
    const unit = registry.resolve(r.unit_code, r.period.end);
    if (!unit) {
      problems.push(unitNotFound(r, registry));
      unresolved.push({ file: r.file, line: r.line, code: r.unit_code, period: r.period.key });
      continue;
    }
    if (context.adopt) {
      (r as Result).unit = unit;
      resolved.push(r as Result);
    } else resolved.push({ ...r, unit });
  }
  const duplicates = checkDuplicates(rows);
  pushAll(problems, duplicates.problems);

  // The first row of each (unit, period) is kept; a code at a date names one unit, so code and period decide.
  let results: Result[];
  if (resolved.length === rows.length) {
    // Every row resolved, in order: the first resolved row of a key is its first row, which the duplicate check knows.
    results = resolved.filter((_, i) => duplicates.isFirst[i] === 1);
  } else {
    const kept = new TwoKeyMap<Result>();
    results = [];
    for (const r of resolved) {
      if (kept.get(r.unit_code, r.period.key) === undefined) {
        kept.set(r.unit_code, r.period.key, r);
        results.push(r);
      }
    }
  }
  pushAll(problems, checkOfficesWithinProvince(results, registry, [...context.setAside, ...unresolved]));
  return { results, problems, unchecked, unresolved };
}

function unitNotFound(r: Located<ResultRow>, registry: UnitRegistry): Problem {
  const known = registry.withCode(r.unit_code);
  const when = known.map((u) => `"${u.name}" ${u.valid_from ?? '…'} → ${u.valid_to ?? '…'}`).join('; ');
  return error({
    code: known.length ? 'unit-not-in-force' : 'unit-unknown',
    ...at(r, 'unit_code'),
    vi: known.length
      ? `Mã ${r.unit_code} không chỉ đơn vị nào có hiệu lực vào ngày ${r.period.end} (ngày cuối kỳ ${r.period.key}). Mã này từng dùng cho: ${when}.`
      : `Không có đơn vị nào mang mã ${r.unit_code} trong units.csv.`,
    en: known.length
      ? `Code ${r.unit_code} names no unit in force on ${r.period.end}, the last day of period ${r.period.key}. It was used for: ${when}.`
      : `No unit in units.csv has code ${r.unit_code}.`,
  });
}

/**
 * One row per unit and period across all files; 2024-09 and 2024 are the same
 * period. A repeated (unit, period) is reported once, at its first repeat,
 * with the number of rows and every row named: linear in the rows, however
 * many copies a paste made.
 */
function checkDuplicates(rows: readonly Located<ResultRow>[]): { problems: Problem[]; isFirst: Uint8Array } {
  // The index holds the position of each key's first row (a small integer, nothing allocated per row); a group of
  // rows is made only for a key that repeats, and remembers where it first appeared: repeats are reported in that order.
  // Codes and periods are numbered first, and the index is a table by their numbers (periods by their order, which
  // names a period as its key does).
  const numbered = numberRows(
    rows,
    (r) => r.unit_code,
    (r) => r.period.order,
  );
  const index = new UnitPeriodTable<number>(numbered, rows.length);
  const groups = new Map<number, { at: number; rows: Located<ResultRow>[] }>();
  const repeated: { at: number; rows: Located<ResultRow>[] }[] = [];
  /** 1 for a row that is the first of its (unit, period). */
  const isFirst = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const at = index.get(numbered.unit[i]!, numbered.period[i]!);
    if (at === undefined) {
      index.set(numbered.unit[i]!, numbered.period[i]!, i);
      isFirst[i] = 1;
      continue;
    }
    let group = groups.get(at);
    if (group === undefined) {
      group = { at, rows: [rows[at]!] };
      groups.set(at, group);
      repeated.push(group);
    }
    group.rows.push(r);
  }
  repeated.sort((a, b) => a.at - b.at);
  const problems: Problem[] = [];
  for (const { rows: group } of repeated) {
    const [first, repeat] = group as [Located<ResultRow>, Located<ResultRow>];
    const n = group.length;
    const count =
      n === 2
        ? { vi: '', en: '' }
        : {
            vi: ` Tổng cộng ${n} dòng cho cùng đơn vị và kỳ; giữ một dòng, xóa ${n - 1} dòng lặp.`,
            en: ` In all ${n} rows for the same unit and period; keep one, delete the ${n - 1} repeats.`,
          };
    problems.push(
      error({
        code: 'duplicate-row',
        ...at(repeat, 'period'),
        vi: `Đơn vị ${repeat.unit_code} đã có số liệu kỳ ${repeat.period.key} ở ${first.file} dòng ${first.line}.${count.vi}`,
        en: `Unit ${repeat.unit_code} already has figures for period ${repeat.period.key} in ${first.file} line ${first.line}.${count.en}`,
        related: group.filter((o) => o !== repeat).map(refOf),
      }),
    );
  }
  return { problems, isFirst };
}
