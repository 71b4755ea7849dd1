import { periodOf } from '../period';
import { error, type Problem } from '../problems';
import type { TargetRow } from '../schemas/targets';
import type { Unit, UnitRegistry } from '../units';
import type { Located } from './table';

/** A target with its unit resolved on the last day of its statistical year; null unit is national. */
export type Target = Located<TargetRow> & { unit: Unit | null };

/** Targets name known units (resolved on 30 September of their year), once per year and unit. */
export function validateTargets(
  rows: Located<TargetRow>[],
  registry: UnitRegistry,
): { targets: Target[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const targets: Target[] = [];
  const seen = new Map<string, Target>();
  for (const r of rows) {
    let unit: Unit | null = null;
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
    const first = seen.get(key);
    if (first) {
      problems.push(
        error({
          code: 'target-duplicate',
          file: r.file,
          line: r.line,
          column: 'unit_code',
          value: r.unit_code ?? '',
          vi: `Chỉ tiêu năm ${r.year} của ${r.unit_code ?? 'toàn quốc'} đã có ở dòng ${first.line}.`,
          en: `The ${r.year} target of ${r.unit_code ?? 'the nation'} is already given on line ${first.line}.`,
          related: [{ file: first.file, line: first.line }],
        }),
      );
      continue;
    }
    const target = { ...r, unit };
    seen.set(key, target);
    targets.push(target);
  }
  return { targets, problems };
}
