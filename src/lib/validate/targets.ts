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
  const targets: Target[] = [];
  const groups = new Map<string, Located<TargetRow>[]>();
  let unchecked = 0;
  for (const r of rows) {
    let unit: Unit | null = null;
    if (r.unit_code !== null && !trusted(r.unit_code)) {
      unchecked++;
      continue;
    }
    if (r.unit_code !== null) {
      const end = periodOf(r.year, 12).end;
      unit = registry.resolve(r.unit_code, end) ?? null;
      if (!unit) {
        problems.push(
          error({
            code: 'target-unit-unknown',
            file: r.file,
            line: r.line,
            column: 'unit_code',
            value: r.unit_code,
            vi: `Không có đơn vị nào mang mã ${r.unit_code} có hiệu lực vào ngày ${end} (cuối năm thống kê ${r.year}).`,
            en: `No unit with code ${r.unit_code} is in force on ${end}, the end of statistical year ${r.year}.`,
          }),
        );
        continue;
      }
    }
    const key = `${r.year}|${unit?.slug ?? ''}`;
    const group = groups.get(key);
    if (group) {
      group.push(r);
      continue;
    }
    groups.set(key, [r]);
    targets.push({ ...r, unit });
  }
  // Every repeat is reported at its own line, naming all the other lines of the same year and unit.
  for (const [first, ...repeats] of groups.values()) {
    for (const r of repeats) {
      problems.push(
        error({
          code: 'target-duplicate',
          file: r.file,
          line: r.line,
          column: 'unit_code',
          value: r.unit_code ?? '',
          vi: `Chỉ tiêu năm ${r.year} của ${r.unit_code ?? 'toàn quốc'} đã có ở dòng ${first!.line}.`,
          en: `The ${r.year} target of ${r.unit_code ?? 'the nation'} is already given on line ${first!.line}.`,
          related: [first!, ...repeats].filter((o) => o !== r).map((o) => ({ file: o.file, line: o.line })),
        }),
      );
    }
  }
  return { targets, problems, unchecked };
}
