/**
 * The plain sentence that opens a province or office page, one per measure,
 * in the manner of Census Reporter: how much of what was enforceable was
 * completed, then against the nation, the target, last year and the other
 * units. Every figure comes from the model; a missing one is said in words
 * (no target, no last year, an undefined rate), never shown as "NaN". The
 * Vietnamese wording is kept in the constants below.
 */
import type { NationStat, UnitStat } from '../compute/model';
import { compareRateGap } from '../domain/formulas';
import { formatCases, formatCount, formatDecimal2, formatMoney, formatPercent } from '../format';
import { periodLabel, previousYearPeriod } from '../period';
import type { Measure } from '../schemas/results';
import { changeWhyText } from './change-why';
import type { Abbr } from './types';

/** "điểm phần trăm": the unit of a difference between two rates, written out. */
export const POINTS_WORDS = 'điểm phần trăm';
/** "điểm %" where space is tight, its full form in the abbreviation's title. */
export const POINTS_ABBR: Abbr = { text: 'điểm %', title: POINTS_WORDS };

const WORDS = {
  /** "4.213 trong 4.991 việc có điều kiện thi hành đã thi hành xong (84,41%)" */
  done: {
    cases: (done: number, of: number, rate: string) =>
      `${formatCount(done)} trong ${formatCases(of)} có điều kiện thi hành đã thi hành xong (${rate})`,
    money: (done: number, of: number, rate: string) =>
      `${formatMoney(done)} trong ${formatMoney(of)} có điều kiện thi hành đã thi hành xong (${rate})`,
  },
  nothing: {
    cases:
      'không có việc nào có điều kiện thi hành, nên tỷ lệ thi hành xong về việc không xác định và không được so sánh, xếp hạng',
    money:
      'không có khoản tiền nào có điều kiện thi hành, nên tỷ lệ thi hành xong về tiền không xác định và không được so sánh, xếp hạng',
  },
  opening: { cases: (period: string) => `${period}, `, money: () => 'Về tiền, ' },
  nation: {
    above: (rate: string) => `cao hơn toàn quốc (${rate})`,
    below: (rate: string) => `thấp hơn toàn quốc (${rate})`,
    equal: (rate: string) => `bằng toàn quốc (${rate})`,
    none: 'chưa có tỷ lệ toàn quốc để so sánh',
  },
  target: {
    above: (target: string, points: string) => `vượt chỉ tiêu (${target}) ${points} ${POINTS_WORDS}`,
    below: (target: string, points: string) => `thấp hơn chỉ tiêu (${target}) ${points} ${POINTS_WORDS}`,
    equal: (target: string) => `đạt đúng chỉ tiêu (${target})`,
    yearOnly: (target: string) => `chỉ tiêu (${target}) đặt cho cả năm nên chưa so sánh trong kỳ này`,
    none: 'chưa có chỉ tiêu',
  },
  lastYear: {
    up: (points: string, when: string, rate: string) => `tăng ${points} ${POINTS_WORDS} so với ${when} (${rate})`,
    down: (points: string, when: string, rate: string) => `giảm ${points} ${POINTS_WORDS} so với ${when} (${rate})`,
    same: (when: string, rate: string) => `không đổi so với ${when} (${rate})`,
    missing: (when: string, why: string) => `chưa so sánh được với ${when}: ${why}`,
    summed: ', cộng các đơn vị cũ',
  },
  rank: {
    alone: (rank: number, of: number, scope: string) => `xếp hạng ${rank}/${of} ${scope}`,
    tied: (rank: number, of: number, scope: string, others: number) =>
      `đồng hạng ${rank}/${of} ${scope} (cùng ${formatCount(others)} đơn vị khác)`,
    none: 'không được xếp hạng',
  },
} as const;

export interface SentenceContext {
  /** The nation in the same period. */
  national: NationStat | undefined;
  /** The units ranked with it in the same period (itself included), to tell a tie. */
  peers: readonly UnitStat[];
  /** "trong cả nước", "trong tỉnh" */
  rankScope: string;
}

/** One sentence per measure, cases first: the first thing a unit page says. */
export function headlineSentences(stat: UnitStat, context: SentenceContext): string[] {
  return (['cases', 'money'] as const).map((m) => sentenceOf(stat, m, context));
}

function sentenceOf(stat: UnitStat, m: Measure, context: SentenceContext): string {
  const f = stat.figures[m];
  const opening = WORDS.opening[m](periodLabel(stat.period));
  if (f.rate === null) return `${opening}${WORDS.nothing[m]}.`;
  const clauses = [
    WORDS.done[m](f.done, f.enforceable, formatPercent(f.rate)),
    nationClause(stat, m, context.national),
    targetClause(stat, m),
    lastYearClause(stat, m),
    rankClause(stat, m, context),
  ];
  return `${opening}${clauses.join(', ')}.`;
}

function nationClause(stat: UnitStat, m: Measure, national: NationStat | undefined): string {
  const n = national?.figures[m];
  if (!n || n.rate === null) return WORDS.nation.none;
  // Exactly, from the counts: two rates that show the same may still differ.
  const sign = compareRateGap(stat.figures[m], n, 0);
  const rate = formatPercent(n.rate);
  return sign > 0 ? WORDS.nation.above(rate) : sign < 0 ? WORDS.nation.below(rate) : WORDS.nation.equal(rate);
}

function targetClause(stat: UnitStat, m: Measure): string {
  const target = stat.target[m];
  if (!target) return WORDS.target.none;
  const value = formatPercent(target.value);
  const gap = stat.gap[m];
  if (gap === null) return WORDS.target.yearOnly(value);
  const points = formatDecimal2(Math.abs(gap));
  return gap > 0
    ? WORDS.target.above(value, points)
    : gap < 0
      ? WORDS.target.below(value, points)
      : WORDS.target.equal(value);
}

function lastYearClause(stat: UnitStat, m: Measure): string {
  const when = periodLabel(previousYearPeriod(stat.period)).toLowerCase();
  const change = stat.change[m].rate;
  const before = stat.previous?.[m].rate;
  if (change === null || before === null || before === undefined) {
    return WORDS.lastYear.missing(when, changeWhyText(stat, m) ?? '');
  }
  const rate = `${formatPercent(before)}${stat.previousBasis === 'sum_of_predecessors' ? WORDS.lastYear.summed : ''}`;
  const points = formatDecimal2(Math.abs(change));
  return change > 0
    ? WORDS.lastYear.up(points, when, rate)
    : change < 0
      ? WORDS.lastYear.down(points, when, rate)
      : WORDS.lastYear.same(when, rate);
}

function rankClause(stat: UnitStat, m: Measure, { peers, rankScope }: SentenceContext): string {
  const rank = stat.rank[m];
  if (rank === null) return WORDS.rank.none;
  const tied = peers.filter((p) => p.unit !== stat.unit && p.rank[m] === rank).length;
  return tied > 0
    ? WORDS.rank.tied(rank, stat.rankOf, rankScope, tied)
    : WORDS.rank.alone(rank, stat.rankOf, rankScope);
}
