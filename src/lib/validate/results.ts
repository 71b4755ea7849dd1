import { error, type Problem } from '../problems';
import { BREAKDOWN_FIELDS, COUNT_FIELDS, MEASURES, type ResultRow } from '../schemas/results';
import type { Unit, UnitRegistry } from '../units';
import type { Located } from './table';

/** A result row whose unit code has been resolved to the unit in force at the period's end. */
export type Result = Located<ResultRow> & { unit: Unit };

/** The place of a cell, with its value as written in the file. */
const at = (r: Located<ResultRow>, column: string) => ({
  file: r.file,
  line: r.line,
  column,
  value: r.raw[column] ?? '',
});

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
 */
export function validateResults(
  rows: Located<ResultRow>[],
  registry: UnitRegistry,
): { results: Result[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const results: Result[] = [];

  for (const r of rows) {
    problems.push(...checkIdentities(r));
    const unit = registry.resolve(r.unit_code, r.period.end);
    if (!unit) {
      const known = registry.withCode(r.unit_code);
      const when = known.map((u) => `"${u.name}" ${u.valid_from ?? '…'} → ${u.valid_to ?? '…'}`).join('; ');
      problems.push(
        error({
          code: known.length ? 'unit-not-in-force' : 'unit-unknown',
          ...at(r, 'unit_code'),
          vi: known.length
            ? `Mã ${r.unit_code} không chỉ đơn vị nào có hiệu lực vào ngày ${r.period.end} (ngày cuối kỳ ${r.period.key}). Mã này từng dùng cho: ${when}.`
            : `Không có đơn vị nào mang mã ${r.unit_code} trong units.csv.`,
          en: known.length
            ? `Code ${r.unit_code} names no unit in force on ${r.period.end}, the last day of period ${r.period.key}. It was used for: ${when}.`
            : `No unit in units.csv has code ${r.unit_code}.`,
        }),
      );
      continue;
    }
    results.push({ ...r, unit });
  }

  // One row per unit and period across all files; 2024-09 and 2024 are the same period.
  const seen = new Map<string, Result>();
  for (const r of results) {
    const key = `${r.unit.slug}|${r.period.key}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        error({
          code: 'duplicate-row',
          ...at(r, 'period'),
          vi: `Đơn vị ${r.unit_code} đã có số liệu kỳ ${r.period.key} ở ${first.file} dòng ${first.line}.`,
          en: `Unit ${r.unit_code} already has figures for period ${r.period.key} in ${first.file} line ${first.line}.`,
          related: [{ file: first.file, line: first.line }],
        }),
      );
    } else seen.set(key, r);
  }
  problems.push(...checkOfficesWithinProvince([...seen.values()], registry));
  return { results: [...seen.values()], problems };
}

/** The province row counts the provincial department's own caseload plus all its offices. */
function checkOfficesWithinProvince(results: Result[], registry: UnitRegistry): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, { province?: Result; offices: Result[] }>();
  for (const r of results) {
    const province = r.unit.level === 'province' ? r.unit : registry.parentOf(r.unit, r.period.end);
    if (!province) continue;
    const key = `${province.slug}|${r.period.key}`;
    const g = groups.get(key) ?? { offices: [] };
    if (r.unit.level === 'province') g.province = r;
    else g.offices.push(r);
    groups.set(key, g);
  }
  for (const { province, offices } of groups.values()) {
    if (offices.length === 0) continue;
    if (!province) {
      const first = offices[0]!;
      problems.push(
        error({
          code: 'province-row-missing',
          ...at(first, 'unit_code'),
          vi: `Có số liệu của ${offices.length} đơn vị thuộc tỉnh mã ${first.unit.parent_code} cho kỳ ${first.period.key} nhưng không có dòng của tỉnh.`,
          en: `${offices.length} office(s) of province ${first.unit.parent_code} report for period ${first.period.key}, but the province has no row.`,
          related: offices.slice(1).map((o) => ({ file: o.file, line: o.line })),
        }),
      );
      continue;
    }
    for (const m of MEASURES) {
      for (const f of COUNT_FIELDS) {
        const column = `${m}_${f}` as const;
        const sum = offices.reduce((s, o) => s + o[column], 0);
        if (sum > province[column]) {
          problems.push(
            error({
              code: 'offices-exceed-province',
              ...at(province, column),
              vi: `Tổng ${column} của ${offices.length} đơn vị trực thuộc (${sum}) lớn hơn số của toàn tỉnh (${province[column]}) kỳ ${province.period.key}.`,
              en: `The ${offices.length} offices' ${column} add up to ${sum}, more than the province total (${province[column]}) for period ${province.period.key}.`,
              related: offices.map((o) => ({ file: o.file, line: o.line })),
            }),
          );
        }
      }
    }
  }
  return problems;
}
