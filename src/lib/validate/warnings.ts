import {
  carryNextOf,
  completionRate,
  doneOf,
  enforceableOf,
  type RateFraction,
  rateMovedMoreThan,
  rateMovedMoreThanOf,
} from '../domain/formulas';
import { latestPeriod } from '../domain/periods';
import type { Result, Unit } from '../domain/types';
import { inForce, type UnitRegistry } from '../domain/units';
import { formatPercent, formatPoints } from '../format';
import { at, lazyWarningAt, type Messages, type Problem, refOf, warning } from '../problems';
import { MEASURES, type Measure } from '../schemas/results';
import { sameUnitLastYear } from './last-year';

/** The exact test of a rate jump, defined with the other formulas (domain/formulas.ts). */
export { rateMovedMoreThan };

/**
 * What is legal but suspicious: shown with every report, never fatal. The
 * thresholds are documented in data/README.md ("Cảnh báo / Warnings").
 */

/** A completion rate that moves more than this many percentage points from the same period last year. */
export const RATE_JUMP_POINTS = 25;
/** Above this many units without a row for the latest period, one summary warning is added. */
export const MISSING_SUMMARY_FROM = 10;

const WORD: Record<Measure, { vi: string; en: string }> = {
  cases: { vi: 'về việc', en: 'cases' },
  money: { vi: 'về tiền', en: 'money' },
};

/** The rate of each unit compared with the same period of the previous year, for the same unit only (`lastYear`: `sameUnitLastYear(results)`). */
export function checkRateJumps(
  results: readonly Result[],
  lastYear: readonly (Result | undefined)[] = sameUnitLastYear(results),
): Problem[] {
  const problems: Problem[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const prev = lastYear[i];
    if (!prev) continue;
    for (const m of MEASURES) {
      // Read as numbers, and made fractions only for a jump: every row with a row a year before is compared.
      const done = doneOf(r, m);
      const enforceable = enforceableOf(r, m);
      const prevDone = doneOf(prev, m);
      const prevEnforceable = enforceableOf(prev, m);
      if (!rateMovedMoreThanOf(done, enforceable, prevDone, prevEnforceable, RATE_JUMP_POINTS)) continue;
      const cur = { done, enforceable };
      const before = { done: prevDone, enforceable: prevEnforceable };
      // Both rates exist: a side with nothing enforceable never moves.
      const rate = (x: RateFraction) => completionRate(x.done, x.enforceable)!;
      const points = rate(cur) - rate(before);
      const vi = (x: RateFraction) => `${formatPercent(rate(x))} (${x.done}/${x.enforceable})`;
      const en = (x: RateFraction) => `${rate(x).toFixed(2)}% (${x.done}/${x.enforceable})`;
      problems.push(
        warning({
          code: 'rate-jump',
          ...at(r, `${m}_completed`),
          vi: `Tỷ lệ thi hành xong ${WORD[m].vi} của đơn vị ${r.unit_code} kỳ ${r.period.key} là ${vi(cur)}, cùng kỳ năm trước ${prev.period.key} là ${vi(before)} (${prev.file} dòng ${prev.line}): thay đổi ${formatPoints(points)}, quá ${RATE_JUMP_POINTS} điểm %. Hãy kiểm tra các số thi hành xong, đình chỉ và có điều kiện.`,
          en: `Unit ${r.unit_code}'s ${WORD[m].en} completion rate for ${r.period.key} is ${en(cur)}, against ${en(before)} for ${prev.period.key} (${prev.file} line ${prev.line}): ${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(2)} percentage points, more than ${RATE_JUMP_POINTS}. Please check completed, terminated and enforceable.`,
          related: [refOf(prev)],
        }),
      );
    }
  }
  return problems;
}

/**
 * Every unit in force on the last day of the latest period should report for
 * it. One warning per unit, at its line in units.csv, and one summary line
 * when more than MISSING_SUMMARY_FROM are missing. `skip` names codes whose
 * rows exist but were set aside by an error (reported already).
 */
export function checkLatestCoverage(
  results: readonly Result[],
  registry: UnitRegistry,
  skip: (code: string) => boolean,
): Problem[] {
  const latest = latestPeriod(results);
  if (!latest) return [];
  const reported = new Set(results.filter((r) => r.period.key === latest.key).map((r) => r.unit));
  const file = `results/${latest.year}.csv`;
  const missing = registry.inForceOn(latest.end).filter((u) => !reported.has(u) && !skip(u.code));
  const problems = missing.map((u) =>
    warning({
      code: 'latest-period-missing',
      file: u.file,
      line: u.line,
      column: 'code',
      value: u.code,
      vi: `${u.name} (${u.code}) có hiệu lực vào ngày ${latest.end}, ngày cuối kỳ mới nhất ${latest.key}, nhưng không có dòng số liệu kỳ này trong ${file}. Thêm dòng, hoặc ghi valid_to nếu đơn vị đã thôi hoạt động.`,
      en: `${u.name} (${u.code}) is in force on ${latest.end}, the last day of the latest period ${latest.key}, but has no row for it in ${file}. Add the row, or set valid_to if the unit has closed.`,
    }),
  );
  if (missing.length > MISSING_SUMMARY_FROM) {
    const codes = missing.map((u) => u.code).join(', ');
    problems.push(
      warning({
        code: 'latest-period-missing-summary',
        file,
        vi: `Tổng cộng ${missing.length} đơn vị có hiệu lực không có số liệu kỳ mới nhất ${latest.key}: ${codes}.`,
        en: `In all, ${missing.length} units in force have no figures for the latest period ${latest.key}: ${codes}.`,
      }),
    );
  }
  return problems;
}

/**
 * carried_over of a year should equal the previous year's carry to the next
 * period, of the unit itself and of the units it took over (a predecessor
 * in force at the end of the previous year). A warning, not an error: real
 * reports revise the backlog at the start of a year (re-checked cases,
 * revalued amounts), so the two figures legitimately differ now and then.
 * Checked only when every contributing unit reported the previous full year,
 * and none of them was split among several successors.
 */
export function checkCarryContinuity(results: readonly Result[], registry: UnitRegistry): Problem[] {
  const { fullYear, firsts } = yearIndex(results);
  const problems: Problem[] = [];
  // A unit's candidates (itself, then the units it took over) are the same every year: listed once per unit.
  const candidatesOf = new Map<Unit, readonly Unit[]>();
  for (const r of firsts) {
    const prevYear = r.period.year - 1;
    const prevEnd = `${prevYear}-09-30`;
    let candidates = candidatesOf.get(r.unit);
    if (candidates === undefined) {
      candidates = [r.unit, ...registry.predecessorsOf(r.unit)];
      candidatesOf.set(r.unit, candidates);
    }
    const then = candidates.filter((u) => inForce(u, prevEnd));
    const rows = then.map((u) => fullYear.get(u.slug)?.get(prevYear));
    if (then.length === 0 || rows.some((x) => x === undefined)) continue;
    // A predecessor whose caseload was divided among several units: its carry was shared out in a way the data does not say.
    if (then.some((u) => u !== r.unit && registry.isSplit(u))) continue;
    const sources = rows as Result[];
    for (const m of MEASURES) {
      const expected = sources.reduce((s, x) => s + carryNextOf(x, m), 0);
      const column = CARRIED_OVER[m];
      if (r[column] === expected) continue;
      problems.push(carryMismatch(r, m, sources, expected));
    }
  }
  return problems;
}

const CARRIED_OVER = { cases: 'cases_carried_over', money: 'money_carried_over' } as const;

/**
 * The carry warning of one measure: a data set may hold tens of thousands, so
 * its messages are written when read, from what this one object holds (two
 * closures and their context cost more, for each warning).
 */
class CarryMessages implements Messages {
  viText?: string;
  enText?: string;

  constructor(
    private readonly r: Result,
    private readonly m: Measure,
    private readonly sources: readonly Result[],
    private readonly expected: number,
  ) {}

  vi(): string {
    const { r, m, sources, expected } = this;
    const column = CARRIED_OVER[m];
    const list = sources.map((x) => `${who(x.unit)}: ${carryNextOf(x, m)} ở ${x.file} dòng ${x.line}`).join('; ');
    return `${column} của ${who(r.unit)} năm ${r.period.year} là ${r[column]}, khác số chuyển kỳ sau của năm ${r.period.year - 1} là ${expected} (${sources.length === 1 ? list : `tổng các đơn vị tiền thân ${list}`}; chuyển kỳ sau = carried_over + new − entrusted − completed − terminated). Có thể do rà soát lại số tồn đầu năm; nếu không, hãy sửa một trong hai năm.`;
  }

  en(): string {
    const { r, m, sources, expected } = this;
    const column = CARRIED_OVER[m];
    const list = sources
      .map((x) => `${who(x.unit, 'until')}: ${carryNextOf(x, m)} in ${x.file} line ${x.line}`)
      .join('; ');
    return `${who(r.unit, 'until')}: ${column} for ${r.period.year} is ${r[column]}, not ${expected}, the carry to the next period of ${r.period.year - 1} (${sources.length === 1 ? list : `the sum of its predecessors ${list}`}; carry = carried_over + new − entrusted − completed − terminated). The backlog may have been revised at the start of the year; if not, correct one of the two years.`;
  }
}

const carryMismatch = (r: Result, m: Measure, sources: readonly Result[], expected: number): Problem =>
  lazyWarningAt(
    'carried-over-mismatch',
    r,
    CARRIED_OVER[m],
    sources.map(refOf),
    new CarryMessages(r, m, sources, expected),
  );

/**
 * Each unit's full-year rows by year, and the first period of each unit and
 * year (in order of first appearance). Keyed by unit and year, nested: these
 * are built from every row, with no key string per row.
 */
function yearIndex(results: readonly Result[]): {
  fullYear: Map<string, Map<number, Result>>;
  firsts: Result[];
} {
  const fullYear = new Map<string, Map<number, Result>>();
  const firstOfYear = new Map<string, Map<number, { row: Result }>>();
  const firsts: { row: Result }[] = [];
  for (const r of results) {
    const slug = r.unit.slug;
    if (r.period.months === 12) {
      let years = fullYear.get(slug);
      if (years === undefined) {
        years = new Map();
        fullYear.set(slug, years);
      }
      years.set(r.period.year, r);
    }
    let years = firstOfYear.get(slug);
    if (years === undefined) {
      years = new Map();
      firstOfYear.set(slug, years);
    }
    const first = years.get(r.period.year);
    if (!first) {
      const entry = { row: r };
      years.set(r.period.year, entry);
      firsts.push(entry);
    } else if (r.period.months < first.row.period.months) first.row = r;
  }
  return { fullYear, firsts: firsts.map((f) => f.row) };
}

/** A unit as a maintainer finds it in units.csv: a code alone may name two units across the 2025 reform. */
const who = (u: Unit, until = 'đến'): string => `${u.name} (${u.code}${u.valid_to ? `, ${until} ${u.valid_to}` : ''})`;
