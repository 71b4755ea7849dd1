import type { Result, SetAsideRow, Unit } from '../domain/types';
import type { UnitRegistry } from '../domain/units';
import { parsePeriod } from '../period';
import { at, error, type Problem, refOf } from '../problems';
import { COUNT_FIELDS, MEASURES } from '../schemas/results';
import { numberRows, UnitPeriodTable } from './unit-period-table';

/** Every count column, measure by measure, in the order the problems list them. */
const COUNT_COLUMNS = MEASURES.flatMap((m) => COUNT_FIELDS.map((f) => `${m}_${f}` as const));
type CountColumn = (typeof COUNT_COLUMNS)[number];

/** A province in a period: its own row, if any, and the rows of its offices. */
interface ProvinceGroup {
  code: string;
  period: string;
  province?: Result;
  offices: Result[];
}

/**
 * The province row counts the provincial department's own caseload plus all
 * its offices (DOMAIN: "toàn tỉnh"), so the offices add up to at most the
 * province, column by column. One problem per province and period lists
 * every column that exceeds and names every office row. `setAside` are rows
 * left out by another error: a province row among them is not reported missing.
 */
export function checkOfficesWithinProvince(
  results: readonly Result[],
  registry: UnitRegistry,
  setAside: readonly SetAsideRow[],
): Problem[] {
  const problems: Problem[] = [];
  for (const group of groupByProvince(results, registry)) {
    if (group.offices.length === 0) continue;
    const problem = group.province
      ? officesExceed(group.province, group.offices, group.period)
      : provinceMissing(group, registry, setAside);
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * The rows grouped by province and period, in order of first appearance
 * (called with every row: no key string per row). A row's group depends only
 * on its period and on whose province it asks for: a province row its own, an
 * office the unit its parent code names on the period's last day. The rows
 * are numbered by that (the province itself, or the parent code) and by
 * period, and each pair's group is found once: a few thousand look-ups for
 * hundreds of thousands of rows, where asking per office and period asked for
 * nearly every row (each office reports each period once).
 */
export function groupByProvince(results: readonly Result[], registry: UnitRegistry): ProvinceGroup[] {
  const groups: ProvinceGroup[] = [];
  const numbered = numberRows(
    results,
    (r) => (r.unit.level === 'province' ? r.unit : r.unit.parent_code),
    (r) => r.period.order,
  );
  // Each (province or parent code, period)'s group: null when an office has no province then.
  const found = new UnitPeriodTable<ProvinceGroup | null>(numbered, results.length);
  // A group per (province, period): the province numbered by its slug as first met, the period by its number.
  const provinces = new Map<string, number>();
  const index = new Map<number, ProvinceGroup>();
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    let g = found.get(numbered.unit[i]!, numbered.period[i]!);
    if (g === undefined) {
      const province = r.unit.level === 'province' ? r.unit : registry.parentOf(r.unit, r.period.end);
      g = province ? groupOf(province, r.period.key, numbered.period[i]!) : null;
      found.set(numbered.unit[i]!, numbered.period[i]!, g);
    }
    if (g === null) continue;
    if (r.unit.level === 'province') g.province = r;
    else g.offices.push(r);
  }
  return groups;

  function groupOf(province: Unit, period: string, periodNo: number): ProvinceGroup {
    let n = provinces.get(province.slug);
    if (n === undefined) {
      n = provinces.size;
      provinces.set(province.slug, n);
    }
    const key = n * numbered.periods.size + periodNo;
    let g = index.get(key);
    if (g === undefined) {
      g = { code: province.code, period, offices: [] };
      index.set(key, g);
      groups.push(g);
    }
    return g;
  }
}

/**
 * The offices' sum of each count column, in COUNT_COLUMNS order, each column
 * read by its name in code written once: called for every province and
 * period, where reading the columns by a name held in a variable costs more
 * than the sums.
 */
const sumsOf = new Function(
  'offices',
  `const s = new Float64Array(${COUNT_COLUMNS.length});
   for (const o of offices) { ${COUNT_COLUMNS.map((c, i) => `s[${i}] += o.${c};`).join(' ')} }
   return s;`,
) as (offices: readonly Result[]) => Float64Array;

function officesExceed(province: Result, offices: readonly Result[], period: string): Problem | null {
  const sums = sumsOf(offices);
  const over: { column: CountColumn; sum: number; total: number }[] = [];
  COUNT_COLUMNS.forEach((column, i) => {
    const sum = sums[i]!;
    if (sum > province[column]) over.push({ column, sum, total: province[column] });
  });
  if (over.length === 0) return null;
  const list = over.map((c) => `${c.column} ${c.sum} > ${c.total}`).join('; ');
  return error({
    code: 'offices-exceed-province',
    ...at(province, over[0]!.column),
    vi: `Tổng của ${offices.length} đơn vị trực thuộc lớn hơn số của toàn tỉnh kỳ ${period} (tổng các đơn vị > toàn tỉnh): ${list}. Số của toàn tỉnh gồm số của chính Cục THADS tỉnh cộng mọi đơn vị trực thuộc.`,
    en: `The ${offices.length} office(s) add up to more than the province total for period ${period} (offices > province): ${list}. The province figure is the provincial department's own caseload plus all its offices.`,
    related: offices.map(refOf),
  });
}

/**
 * Offices report but their province has no row. The province row may be
 * there but set aside by another error of that period (a bad cell, a code not
 * in force, a wrong file): that error is the cause, and this one would only
 * repeat it. Only a row that could be this province's counts: same file and
 * period (or unreadable), and a code that is this one or names no unit in
 * force then (a miswritten or former code); another province's bad row is not it.
 */
function provinceMissing(
  { code, period, offices }: ProvinceGroup,
  registry: UnitRegistry,
  setAside: readonly SetAsideRow[],
): Problem | null {
  const end = parsePeriod(period)?.end;
  const couldBeIt = (c: string) => c.trim() === code || !end || !registry.resolve(c.trim(), end);
  const blocked = setAside.some(
    (s) => (s.period === null || s.period === period) && couldBeIt(s.code) && offices.some((o) => o.file === s.file),
  );
  if (blocked) return null;
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
