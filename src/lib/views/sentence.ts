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
import type { Lang } from '../format';
import { LOCALES } from '../locale';
import { previousYearPeriod } from '../period';
import type { Measure } from '../schemas/results';
import { changeWhyText } from './change-why';
import type { Abbr } from './types';

/** "điểm phần trăm": the unit of a difference between two rates, written out. */
export const POINTS_WORDS: Record<Lang, string> = { vi: 'điểm phần trăm', en: 'percentage points' };
/** "điểm %" where space is tight, its full form in the abbreviation's title. */
export const POINTS_ABBR: Record<Lang, Abbr> = {
  vi: { text: 'điểm %', title: POINTS_WORDS.vi },
  en: { text: 'pp', title: POINTS_WORDS.en },
};

/** The clauses of the sentence in each language; numbers come formatted in the language. */
const WORDS = {
  vi: {
    /** "4.213 trong 4.991 việc có điều kiện thi hành đã thi hành xong (84,41%)" */
    done: {
      cases: (done: string, of: string, rate: string) =>
        `${done} trong ${of} có điều kiện thi hành đã thi hành xong (${rate})`,
      money: (done: string, of: string, rate: string) =>
        `${done} trong ${of} có điều kiện thi hành đã thi hành xong (${rate})`,
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
      above: (target: string, points: string) => `vượt chỉ tiêu (${target}) ${points} ${POINTS_WORDS.vi}`,
      below: (target: string, points: string) => `thấp hơn chỉ tiêu (${target}) ${points} ${POINTS_WORDS.vi}`,
      equal: (target: string) => `đạt đúng chỉ tiêu (${target})`,
      yearOnly: (target: string) => `chỉ tiêu (${target}) đặt cho cả năm nên chưa so sánh trong kỳ này`,
      none: 'chưa có chỉ tiêu',
    },
    lastYear: {
      up: (points: string, when: string, rate: string) => `tăng ${points} ${POINTS_WORDS.vi} so với ${when} (${rate})`,
      down: (points: string, when: string, rate: string) =>
        `giảm ${points} ${POINTS_WORDS.vi} so với ${when} (${rate})`,
      same: (when: string, rate: string) => `không đổi so với ${when} (${rate})`,
      missing: (when: string, why: string) => `chưa so sánh được với ${when}: ${why}`,
      summed: ', cộng các đơn vị cũ',
    },
    rank: {
      alone: (rank: number, of: number, scope: string) => `xếp hạng ${rank}/${of} ${scope}`,
      tied: (rank: number, of: number, scope: string, others: string) =>
        `đồng hạng ${rank}/${of} ${scope} (cùng ${others} đơn vị khác)`,
      none: 'không được xếp hạng',
    },
  },
  en: {
    done: {
      cases: (done: string, of: string, rate: string) => `${done} of ${of} enforceable were completed (${rate})`,
      money: (done: string, of: string, rate: string) => `${done} of ${of} enforceable was completed (${rate})`,
    },
    nothing: {
      cases:
        'no case was enforceable, so the completion rate by cases cannot be computed and is neither compared nor ranked',
      money:
        'no money was enforceable, so the completion rate by money cannot be computed and is neither compared nor ranked',
    },
    opening: { cases: (period: string) => `${period}: `, money: () => 'By money: ' },
    nation: {
      above: (rate: string) => `above the nation (${rate})`,
      below: (rate: string) => `below the nation (${rate})`,
      equal: (rate: string) => `equal to the nation (${rate})`,
      none: 'no national rate to compare with',
    },
    target: {
      above: (target: string, points: string) => `${points} ${POINTS_WORDS.en} above the target (${target})`,
      below: (target: string, points: string) => `${points} ${POINTS_WORDS.en} below the target (${target})`,
      equal: (target: string) => `exactly on the target (${target})`,
      yearOnly: (target: string) => `the target (${target}) is set for the whole year, so it is not compared yet`,
      none: 'no target set',
    },
    lastYear: {
      up: (points: string, when: string, rate: string) => `up ${points} ${POINTS_WORDS.en} on ${when} (${rate})`,
      down: (points: string, when: string, rate: string) => `down ${points} ${POINTS_WORDS.en} on ${when} (${rate})`,
      same: (when: string, rate: string) => `unchanged on ${when} (${rate})`,
      missing: (when: string, why: string) => `not comparable with ${when}: ${why}`,
      summed: ', the former units summed',
    },
    rank: {
      alone: (rank: number, of: number, scope: string) => `ranked ${rank} of ${of} ${scope}`,
      tied: (rank: number, of: number, scope: string, others: string) =>
        `ranked ${rank} of ${of} ${scope}, tied (with ${others} other ${others === '1' ? 'unit' : 'units'})`,
      none: 'not ranked',
    },
  },
} as const satisfies Record<Lang, unknown>;

export interface SentenceContext {
  /** The nation in the same period. */
  national: NationStat | undefined;
  /** The units ranked with it in the same period (itself included), to tell a tie. */
  peers: readonly UnitStat[];
  /** "trong cả nước", "trong tỉnh" */
  rankScope: string;
  /** The language of the page; Vietnamese unless said. */
  lang?: Lang;
}

/** One sentence per measure, cases first: the first thing a unit page says. */
export function headlineSentences(stat: UnitStat, context: SentenceContext): string[] {
  return (['cases', 'money'] as const).map((m) => sentenceOf(stat, m, context));
}

function sentenceOf(stat: UnitStat, m: Measure, context: SentenceContext): string {
  const lang = context.lang ?? 'vi';
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const f = stat.figures[m];
  const opening = w.opening[m](loc.period(stat.period));
  if (f.rate === null) return `${opening}${w.nothing[m]}.`;
  const amount = m === 'cases' ? loc.count : loc.money;
  const clauses = [
    w.done[m](amount(f.done), m === 'cases' ? loc.cases(f.enforceable) : loc.money(f.enforceable), loc.percent(f.rate)),
    nationClause(stat, m, context.national, lang),
    targetClause(stat, m, lang),
    lastYearClause(stat, m, lang),
    rankClause(stat, m, context, lang),
  ];
  return `${opening}${clauses.join(', ')}.`;
}

function nationClause(stat: UnitStat, m: Measure, national: NationStat | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const n = national?.figures[m];
  if (!n || n.rate === null) return w.nation.none;
  // Exactly, from the counts: two rates that show the same may still differ.
  const sign = compareRateGap(stat.figures[m], n, 0);
  const rate = LOCALES[lang].percent(n.rate);
  return sign > 0 ? w.nation.above(rate) : sign < 0 ? w.nation.below(rate) : w.nation.equal(rate);
}

function targetClause(stat: UnitStat, m: Measure, lang: Lang): string {
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const target = stat.target[m];
  if (!target) return w.target.none;
  const value = loc.percent(target.value);
  const gap = stat.gap[m];
  if (gap === null) return w.target.yearOnly(value);
  const points = loc.decimal2(Math.abs(gap));
  return gap > 0 ? w.target.above(value, points) : gap < 0 ? w.target.below(value, points) : w.target.equal(value);
}

function lastYearClause(stat: UnitStat, m: Measure, lang: Lang): string {
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const when = loc.periodInText(previousYearPeriod(stat.period));
  const change = stat.change[m].rate;
  const before = stat.previous?.[m].rate;
  if (change === null || before === null || before === undefined) {
    return w.lastYear.missing(when, changeWhyText(stat, m, lang) ?? '');
  }
  const rate = `${loc.percent(before)}${stat.previousBasis === 'sum_of_predecessors' ? w.lastYear.summed : ''}`;
  const points = loc.decimal2(Math.abs(change));
  return change > 0
    ? w.lastYear.up(points, when, rate)
    : change < 0
      ? w.lastYear.down(points, when, rate)
      : w.lastYear.same(when, rate);
}

function rankClause(stat: UnitStat, m: Measure, { peers, rankScope }: SentenceContext, lang: Lang): string {
  const w = WORDS[lang];
  const rank = stat.rank[m];
  if (rank === null) return w.rank.none;
  const tied = peers.filter((p) => p.unit !== stat.unit && p.rank[m] === rank).length;
  return tied > 0
    ? w.rank.tied(rank, stat.rankOf, rankScope, LOCALES[lang].count(tied))
    : w.rank.alone(rank, stat.rankOf, rankScope);
}
