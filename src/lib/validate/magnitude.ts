import { toEnforceOf } from '../domain/formulas';
import type { Result } from '../domain/types';
import { formatCount } from '../format';
import { at, error, type Problem, refOf } from '../problems';
import { MEASURES, type Measure } from '../schemas/results';
import { sameUnitLastYear } from './last-year';

/**
 * A unit's caseload to enforce that is this many times larger or smaller than
 * in the same period last year is an error, not a warning: real caseloads
 * move by tens of percent a year, while money entered in đồng instead of
 * thousand đồng is 1.000 times too large, and case and money columns swapped
 * move both measures by a factor of thousands. Documented in data/README.md.
 */
export const MAGNITUDE_FACTOR = 100;
/** Below this, in the larger of the two years, small counts may move a lot for real (3 cases, then 400). */
export const MAGNITUDE_FLOOR = 1000;

const WORD: Record<Measure, { vi: string; en: string }> = {
  cases: { vi: 'về việc', en: 'cases' },
  money: { vi: 'về tiền', en: 'money (thousand đồng)' },
};

/**
 * Each unit's caseload to enforce against the same period of the previous
 * year, for the same unit (the same units.csv row) only: a change by a factor
 * of `MAGNITUDE_FACTOR` or more, where the larger figure is at least
 * `MAGNITUDE_FLOOR`, is an error at the later row.
 */
export function checkMagnitudeJumps(
  results: readonly Result[],
  lastYear: readonly (Result | undefined)[] = sameUnitLastYear(results),
): Problem[] {
  const problems: Problem[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const prev = lastYear[i];
    if (!prev) continue;
    for (const m of MEASURES) {
      const now = toEnforceOf(r, m);
      const before = toEnforceOf(prev, m);
      if (now <= 0 || before <= 0 || Math.max(now, before) < MAGNITUDE_FLOOR) continue;
      const factor = Math.max(now / before, before / now);
      if (factor < MAGNITUDE_FACTOR) continue;
      const times = Math.round(factor);
      const way = now > before ? { vi: 'gấp', en: 'times' } : { vi: 'nhỏ hơn', en: 'times smaller than' };
      problems.push(
        error({
          code: 'magnitude-jump',
          ...at(r, `${m}_new`),
          vi: `Số phải thi hành ${WORD[m].vi} của đơn vị ${r.unit_code} kỳ ${r.period.key} là ${formatCount(now)}, ${way.vi} ${formatCount(times)} lần so với cùng kỳ năm trước (${formatCount(before)} ở ${prev.file} dòng ${prev.line}), quá ${MAGNITUDE_FACTOR} lần. Thường do nhập tiền bằng đồng thay cho nghìn đồng (gấp 1.000 lần) hoặc đổi chỗ cột việc và cột tiền. Hãy kiểm tra cả dòng.`,
          en: `Unit ${r.unit_code}'s ${WORD[m].en} to enforce for ${r.period.key} is ${now}, ${times} ${way.en} the same period last year (${before} in ${prev.file} line ${prev.line}), a factor of ${MAGNITUDE_FACTOR} or more. This is usually money entered in đồng instead of thousand đồng (1,000 times) or the case and money columns swapped. Please check the whole row.`,
          related: [refOf(prev)],
        }),
      );
    }
  }
  return problems;
}
