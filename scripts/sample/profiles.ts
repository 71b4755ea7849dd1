import { MERGER } from './merger';
import { clamp, Rng } from './random';

/** Statistical years of the sample. */
export const FIRST_YEAR = 2019;
export const LAST_OLD_YEAR = 2024;
export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;

/** New cases per year relative to 2019 (2021: courts slowed by the epidemic). */
// prettier-ignore
const CASE_TREND: Record<number, number> = {
  2019: 1,
  2020: 1.03,
  2021: 0.9,
  2022: 1.02,
  2023: 1.08,
  2024: 1.12,
  2025: 1.15,
  2026: 1.18,
};
/** Money per case relative to 2019. */
// prettier-ignore
const MONEY_TREND: Record<number, number> = {
  2019: 1,
  2020: 1.06,
  2021: 1.05,
  2022: 1.15,
  2023: 1.25,
  2024: 1.32,
  2025: 1.4,
  2026: 1.46,
};
/** Nation-wide shift of the completion rates, percentage points. */
const RATE_SHIFT: Record<number, { cases: number; money: number }> = {
  2019: { cases: -1, money: -2 },
  2020: { cases: -0.5, money: -1 },
  2021: { cases: -2.5, money: -5 },
  2022: { cases: -0.5, money: -2 },
  2023: { cases: 0.5, money: 1 },
  2024: { cases: 1, money: 2 },
  2025: { cases: 0.5, money: 0 },
  2026: { cases: 1.2, money: 2 },
};

/** Caseload of a typical district office in 2019: new cases, and thousand đồng per case. */
const TYPICAL_NEW_CASES = 600;
const TYPICAL_MONEY_PER_CASE = 115_000;

// Relative size (cases) and value (money per case) of the bigger economies and
// of the small mountain provinces; every other province is near 1.
// prettier-ignore
const SIZE: Record<string, number> = {
  '79': 3.2,
  '01': 2.3,
  '74': 2.4,
  '75': 1.9,
  '31': 1.4,
  '80': 1.5,
  '77': 1.5,
  '48': 1.4,
  '92': 1.3,
  '56': 1.3,
  '72': 1.3,
  '91': 1.3,
  '89': 1.2,
  '82': 1.2,
  '70': 1.2,
  '66': 1.1,
  '38': 1.1,
  '40': 1.1,
  '02': 0.45,
  '04': 0.4,
  '06': 0.4,
  '08': 0.55,
  '10': 0.6,
  '11': 0.5,
  '12': 0.4,
  '14': 0.55,
  '15': 0.55,
  '17': 0.6,
  '20': 0.55,
  '62': 0.55,
  '67': 0.7,
};
// prettier-ignore
const VALUE: Record<string, number> = {
  '79': 2.4,
  '01': 2.2,
  '74': 1.8,
  '75': 1.5,
  '77': 1.5,
  '48': 1.5,
  '31': 1.4,
  '56': 1.4,
  '22': 1.3,
  '80': 1.3,
  '24': 1.2,
  '27': 1.2,
  '92': 1.2,
  '26': 1.2,
  '30': 1.1,
  '02': 0.55,
  '04': 0.5,
  '06': 0.5,
  '11': 0.55,
  '12': 0.5,
  '14': 0.6,
  '62': 0.6,
};

/** How a former province behaves: its size and its completion rates per year (percent). */
export interface Climate {
  size: number;
  value: number;
  cases: Record<number, number>;
  money: Record<number, number>;
}

/** One climate per former province; rates wander a little from year to year. */
export function formerClimates(): Map<string, Climate> {
  const out = new Map<string, Climate>();
  for (const { oldCode } of MERGER) {
    const rng = Rng.for('climate', oldCode);
    const climate: Climate = {
      size: (SIZE[oldCode] ?? 1) * rng.uniform(0.85, 1.15),
      value: (VALUE[oldCode] ?? 1) * rng.uniform(0.85, 1.15),
      cases: {},
      money: {},
    };
    let cases = clamp(rng.normal(84.5, 5), 68, 93);
    let money = clamp(rng.normal(50, 10), 28, 76);
    for (const year of YEARS) {
      cases = clamp(cases + rng.normal(0, 1), 66, 94);
      money = clamp(money + rng.normal(0, 2.5), 26, 78);
      climate.cases[year] = clamp(cases + RATE_SHIFT[year]!.cases, 65, 95);
      climate.money[year] = clamp(money + RATE_SHIFT[year]!.money, 25, 80);
    }
    out.set(oldCode, climate);
  }
  return out;
}

/** The climate of a territory: its former provinces' rates weighted by their size. */
export function mergedClimate(parts: readonly Climate[]): Climate {
  const weight = parts.reduce((s, c) => s + c.size, 0);
  const mean = (pick: (c: Climate) => number) => parts.reduce((s, c) => s + pick(c) * c.size, 0) / weight;
  const out: Climate = { size: weight, value: mean((c) => c.value), cases: {}, money: {} };
  for (const year of YEARS) {
    out.cases[year] = mean((c) => c.cases[year]!);
    out.money[year] = mean((c) => c.money[year]!);
  }
  return out;
}

/** What sets one unit apart from its province, drawn once for its whole life. */
export interface Profile {
  /** New cases in 2019 terms. */
  newCases: number;
  /** Thousand đồng per case in 2019 terms. */
  moneyPerCase: number;
  casesOffset: number;
  moneyOffset: number;
  unenforceable: number;
}

/**
 * Island districts with no caseload of their own: their office reports zeros,
 * the edge case where the completion rate is undefined ("—").
 */
const NO_CASELOAD = new Set(['Huyện Trường Sa']);

/** A district office: urban districts (quận, cities) see more and bigger cases. */
export function districtProfile(code: string, district: string, climate: Climate): Profile {
  const rng = Rng.for('profile', code);
  const size = NO_CASELOAD.has(district) ? 0 : 1;
  const urban = /^(Quận|Thành phố)/u.test(district) ? 1.45 : /^Thị xã/u.test(district) ? 1.1 : 0.85;
  return {
    newCases: size * TYPICAL_NEW_CASES * climate.size * urban * rng.factor(0.35),
    moneyPerCase: TYPICAL_MONEY_PER_CASE * climate.value * (urban > 1 ? 1.2 : 0.9) * rng.factor(0.3),
    ...offsets(rng),
  };
}

/** A unit made of others (a provincial department, a regional office): their size summed. */
export function combinedProfile(key: string, parts: readonly Profile[], scale = 1): Profile {
  const rng = Rng.for('profile', key);
  const newCases = parts.reduce((s, p) => s + p.newCases, 0) * scale;
  const money = parts.reduce((s, p) => s + p.newCases * p.moneyPerCase, 0) * scale;
  return { newCases, moneyPerCase: newCases > 0 ? money / newCases : TYPICAL_MONEY_PER_CASE, ...offsets(rng) };
}

function offsets(rng: Rng): Pick<Profile, 'casesOffset' | 'moneyOffset' | 'unenforceable'> {
  return { casesOffset: rng.normal(0, 3), moneyOffset: rng.normal(0, 7), unenforceable: rng.uniform(0.18, 0.32) };
}

/** New cases of a year relative to 2019. */
export const caseTrend = (year: number): number => CASE_TREND[year]!;
/** Money per case of a year relative to 2019. */
export const moneyTrend = (year: number): number => MONEY_TREND[year]!;
