/**
 * The look of every chart, in one place: colours and text size. Okabe–Ito (2008) colours stay distinguishable
 * under the common colour-vision deficiencies; every chart also labels its
 * lines and bars with text, so colour is never the only cue.
 */
import { MEASURE_LABEL_EN } from '../glossary';

/** "Về việc": the completion rate by cases. */
export const CASES = '#0072B2';
/** "Về tiền": the completion rate by money. */
export const MONEY = '#D55E00';
/** Targets (chỉ tiêu): drawn dashed, so they read as a goal, not a measurement. */
export const TARGET = '#555555';
export const TARGET_DASH = '4,3';
/** Text and rules that support the data (annotations, the reform break). */
export const INK_MUTED = '#666666';
/** Grid lines. */
export const GRID = '#dddddd';

/** A bar in full colour (the unit the page is about) and the tint for the others. */
export const RANKING = {
  cases: { highlight: CASES, muted: '#a6c8e0' },
  money: { highlight: MONEY, muted: '#f0bfa0' },
} as const;

export type Measure = keyof typeof RANKING;

/** Colour of a measure: blue for cases, vermillion for money. */
export const measureColor = (measure: Measure): string => RANKING[measure].highlight;

// Okabe–Ito without yellow, which is too light on white to read as a line.
const CYCLE = [CASES, MONEY, '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

const NAMED: Readonly<Record<string, string>> = {
  'Về việc': CASES,
  'Về tiền': MONEY,
  [MEASURE_LABEL_EN.cases]: CASES,
  [MEASURE_LABEL_EN.money]: MONEY,
};

/**
 * One colour for each series name, in order: "Về việc" and "Về tiền" keep
 * their fixed colours, other names (units) take the next unused colour.
 * Beyond seven series the colours repeat; the text labels still tell them apart.
 */
export function seriesColors(names: readonly string[]): string[] {
  const taken = new Set(names.map((name) => NAMED[name]).filter((c) => c !== undefined));
  const free = CYCLE.filter((c) => !taken.has(c));
  let next = 0;
  return names.map((name) => NAMED[name] ?? free[next++ % free.length] ?? CASES);
}

/** Text size in px: readable on a phone without zooming. */
export const FONT_SIZE = 12;

/**
 * Rough width in px of a one-line label, for sizing margins before Plot
 * draws (server-side there is no layout engine to measure text).
 */
export const textWidth = (text: string): number => Math.ceil([...text].length * FONT_SIZE * 0.6);
