import { parsePeriod } from '../period';
import { error, type Problem, type RowRef } from '../problems';
import { BREAKDOWN_FIELDS, COUNT_FIELDS, MEASURES, type ResultRow } from '../schemas/results';
import type { Unit, UnitRegistry } from '../units';
import type { Located } from './table';

/** A result row whose unit code has been resolved to the unit in force at the period's end. */
export type Result = Located<ResultRow> & { unit: Unit };

/** A results row that exists in a file but was not checked further (a cell error, a wrong file), as written. */
export interface SetAsideRow {
  file: string;
  line: number;
  /** The unit_code cell as written. */
  code: string;
  /** The period key if the cell could be read, else null. */
  period: string | null;
}

/** What the results check must know about the rest of the data to avoid reporting one cause many times. */
export interface ResultsContext {
  /** Whether units.csv can be trusted for a code; rows with an untrusted code are not checked against units. */
  trusted: (code: string) => boolean;
  /** Rows set aside because of another error: a province among them is not reported missing. */
  setAside: readonly SetAsideRow[];
}

const TRUST_ALL: ResultsContext = { trusted: () => true, setAside: [] };

/** The place of a cell, with its value as written in the file. */
export const at = (r: Located<ResultRow>, column: string) => ({
  file: r.file,
  line: r.line,
  column,
  value: r.raw[column] ?? '',
});

export const refOf = (r: { file: string; line: number }): RowRef => ({ file: r.file, line: r.line });

/** The accounting identities of the "về việc" and "về tiền" forms, for one row. */
export function checkIdentities(r: Located<ResultRow>): Problem[] {
  const problems: Problem[] = [];
  for (const m of MEASURES) {
    const v = (f: string) => r[`${m}_${f}` as keyof ResultRow] as number;
    const word = m === 'cases' ? { vi: 'về việc', en: 'cases' } : { vi: 'về tiền', en: 'money' };
    const total = v('carried_over') + v('new') - v('entrusted');
    const split = v('enforceable') + v('unenforceable');
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
    const done = v('completed') + v('terminated');
    if (done > v('enforceable')) {
      problems.push(
        error({
          code: 'identity-done-exceeds',
          ...at(r, `${m}_completed`),
          vi: `Thi hành xong + đình chỉ ${word.vi} (${done}) vượt quá số có điều kiện thi hành (${v('enforceable')}).`,
          en: `Completed + terminated ${word.en} (${done}) exceed the enforceable ${word.en} (${v('enforceable')}).`,
        }),
      );
    }
    const parts = BREAKDOWN_FIELDS.map((f) => r[`${m}_${f}`]);
    const breakdown = parts.reduce<number>((s, x) => s + (x ?? 0), 0);
    // Checked only when a breakdown is reported and the main identity holds, so one mistake gives one problem.
    const reported = BREAKDOWN_FIELDS.find((f) => r[`${m}_${f}`] !== null);
    if (reported && done <= v('enforceable') && done + breakdown > v('enforceable')) {
      problems.push(
        error({
          code: 'identity-breakdown-exceeds',
          ...at(r, `${m}_${reported}`),
          vi: `Thi hành xong + đình chỉ + đang thi hành + hoãn + tạm đình chỉ ${word.vi} (${done + breakdown}) vượt quá số có điều kiện thi hành (${v('enforceable')}).`,
          en: `Completed + terminated + in progress + postponed + suspended ${word.en} (${done + breakdown}) exceed the enforceable ${word.en} (${v('enforceable')}).`,
        }),
      );
    }
  }
  return problems;
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
    problems.push(...checkIdentities(r));
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
    resolved.push({ ...r, unit });
  }
  problems.push(...checkDuplicates(rows));

  // The first row of each (unit, period) is kept; a code at a date names one unit, so code and period decide.
  const kept = new Map<string, Result>();
  for (const r of resolved) {
    const key = `${r.unit_code}|${r.period.key}`;
    if (!kept.has(key)) kept.set(key, r);
  }
  const results = [...kept.values()];
  problems.push(...checkOfficesWithinProvince(results, registry, [...context.setAside, ...unresolved]));
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
 * period. Every repeat is reported at its own row, naming all the others.
 */
function checkDuplicates(rows: readonly Located<ResultRow>[]): Problem[] {
  const groups = new Map<string, Located<ResultRow>[]>();
  for (const r of rows) {
    const key = `${r.unit_code}|${r.period.key}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...repeats] = group as [Located<ResultRow>, ...Located<ResultRow>[]];
    for (const r of repeats) {
      problems.push(
        error({
          code: 'duplicate-row',
          ...at(r, 'period'),
          vi: `Đơn vị ${r.unit_code} đã có số liệu kỳ ${r.period.key} ở ${first.file} dòng ${first.line}.`,
          en: `Unit ${r.unit_code} already has figures for period ${r.period.key} in ${first.file} line ${first.line}.`,
          related: group.filter((o) => o !== r).map(refOf),
        }),
      );
    }
  }
  return problems;
}

/**
 * The province row counts the provincial department's own caseload plus all
 * its offices (DOMAIN: "toàn tỉnh"), so the offices add up to at most the
 * province, column by column. One problem per province and period lists
 * every column that exceeds and names every office row.
 */
function checkOfficesWithinProvince(
  results: Result[],
  registry: UnitRegistry,
  setAside: readonly SetAsideRow[],
): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, { code: string; period: string; province?: Result; offices: Result[] }>();
  for (const r of results) {
    const province = r.unit.level === 'province' ? r.unit : registry.parentOf(r.unit, r.period.end);
    if (!province) continue;
    const key = `${province.slug}|${r.period.key}`;
    const g = groups.get(key) ?? { code: province.code, period: r.period.key, offices: [] };
    if (r.unit.level === 'province') g.province = r;
    else g.offices.push(r);
    groups.set(key, g);
  }
  for (const { code, period, province, offices } of groups.values()) {
    if (offices.length === 0) continue;
    if (!province) {
      // The province row may be there but set aside by another error of that period (a bad cell, a code not in
      // force, a wrong file): that error is the cause, and this one would only repeat it.
      // Only a row that could be this province's: same file and period (or unreadable), and a code that is this
      // one or names no unit in force then (a miswritten or former code); another province's bad row is not it.
      const end = parsePeriod(period)?.end;
      const couldBeIt = (c: string) => c.trim() === code || !end || !registry.resolve(c.trim(), end);
      const blocked = setAside.some(
        (s) =>
          (s.period === null || s.period === period) && couldBeIt(s.code) && offices.some((o) => o.file === s.file),
      );
      if (!blocked) problems.push(provinceMissing(code, period, offices));
      continue;
    }
    const over = MEASURES.flatMap((m) =>
      COUNT_FIELDS.map((f) => {
        const column = `${m}_${f}` as const;
        return { column, sum: offices.reduce((s, o) => s + o[column], 0), total: province[column] };
      }),
    ).filter((c) => c.sum > c.total);
    if (over.length === 0) continue;
    const list = over.map((c) => `${c.column} ${c.sum} > ${c.total}`).join('; ');
    problems.push(
      error({
        code: 'offices-exceed-province',
        ...at(province, over[0]!.column),
        vi: `Tổng của ${offices.length} đơn vị trực thuộc lớn hơn số của toàn tỉnh kỳ ${period} (tổng các đơn vị > toàn tỉnh): ${list}. Số của toàn tỉnh gồm số của chính Cục THADS tỉnh cộng mọi đơn vị trực thuộc.`,
        en: `The ${offices.length} office(s) add up to more than the province total for period ${period} (offices > province): ${list}. The province figure is the provincial department's own caseload plus all its offices.`,
        related: offices.map(refOf),
      }),
    );
  }
  return problems;
}

function provinceMissing(code: string, period: string, offices: Result[]): Problem {
  const sorted = [...offices].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const first = sorted[0]!;
  return error({
    code: 'province-row-missing',
    ...at(first, 'unit_code'),
    vi: `Có số liệu của ${offices.length} đơn vị thuộc tỉnh mã ${code} cho kỳ ${period} nhưng không có dòng của tỉnh.`,
    en: `${offices.length} office(s) of province ${code} report for period ${period}, but the province has no row.`,
    ...(sorted.length > 1 ? { related: sorted.slice(1).map(refOf) } : {}),
  });
}
