import { groups } from 'd3';
import type { Located, Target, Unit } from '../domain/types';
import type { UnitRegistry } from '../domain/units';
import { periodOf } from '../period';
import { error, type Problem } from '../problems';
import type { TargetRow } from '../schemas/targets';

/**
 * Targets name known units (resolved on 30 September of their year), once per
 * year and unit. A code units.csv cannot vouch for (`trusted`) is not looked
 * up, so a broken units.csv is reported once, not once per target.
 */
export function validateTargets(
  rows: Located<TargetRow>[],
  registry: UnitRegistry,
  trusted: (code: string) => boolean = () => true,
): { targets: Target[]; problems: Problem[]; unchecked: number } {
  const problems: Problem[] = [];
  const resolved: Target[] = [];
  let unchecked = 0;
  for (const r of rows) {
    if (r.unit_code !== null && !trusted(r.unit_code)) unchecked++;
    else if (r.unit_code === null) resolved.push({ ...r, unit: null });
    else {
      const unit = resolveUnit(r, r.unit_code, registry);
      if ('severity' in unit) problems.push(unit);
      else resolved.push({ ...r, unit });
    }
  }
  // The first target of each year and unit counts; every repeat is reported at its own line.
  const byKey = groups(resolved, (t) => `${t.year}|${t.unit?.slug ?? ''}`).map(([, g]) => g);
  for (const g of byKey) problems.push(...duplicates(g));
  return { targets: byKey.map((g) => g[0]!), problems, unchecked };
}

/** The unit a target names, in force at the end of its statistical year, or the problem that there is none. */
function resolveUnit(r: Located<TargetRow>, code: string, registry: UnitRegistry): Unit | Problem {
  const end = periodOf(r.year, 12).end;
  const unit = registry.resolve(code, end);
  if (unit) return unit;
  return error({
    code: 'target-unit-unknown',
    file: r.file,
    line: r.line,
    column: 'unit_code',
    value: code,
    vi: `Không có đơn vị nào mang mã ${code} có hiệu lực vào ngày ${end} (cuối năm thống kê ${r.year}).`,
    en: `No unit with code ${code} is in force on ${end}, the end of statistical year ${r.year}.`,
  });
}

/** The repeats of one year and unit, each naming all the other lines. */
function duplicates(group: readonly Target[]): Problem[] {
  const [first, ...repeats] = group as [Target, ...Target[]];
  return repeats.map((r) =>
    error({
      code: 'target-duplicate',
      file: r.file,
      line: r.line,
      column: 'unit_code',
      value: r.unit_code ?? '',
      vi: `Chỉ tiêu năm ${r.year} của ${r.unit_code ?? 'toàn quốc'} đã có ở dòng ${first.line}.`,
      en: `The ${r.year} target of ${r.unit_code ?? 'the nation'} is already given on line ${first.line}.`,
      related: group.filter((o) => o !== r).map((o) => ({ file: o.file, line: o.line })),
    }),
  );
}
