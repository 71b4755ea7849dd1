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
/** Targets (chỉ tiêu): drawn dashed and near-black, so they read as a goal, not a measurement. */
export const TARGET = '#333333';
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

/**
 * Charts are drawn at the width of a desktop column and shrink with it on a
 * phone (a 360 px screen leaves 328 px): at 16 px in 480 the text reads 16 px
 * on a desktop and stays about 11 px on a phone.
 */
export const CHART_WIDTH = 480;
/** A chart alone in a desktop's full column (64rem less its padding) is drawn again at this width. */
export const CHART_WIDE_WIDTH = 960;
/** Text size in px at CHART_WIDTH. */
export const FONT_SIZE = 16;

/** Ink on white for every chart text: WCAG 2 asks 4.5:1 for text, 3:1 for lines and bars. */
export const TEXT_CONTRAST = 4.5;

/** WCAG 2 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio of "#rrggbb" on white. */
export const contrastOnWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/**
 * A series colour made dark enough to be text on white (4.5:1), keeping its
 * hue: mixed with black in steps of 5%. Lines and bars keep the colour itself.
 */
export function textColor(color: string): string {
  if (contrastOnWhite(color) >= TEXT_CONTRAST) return color;
  const rgb = [0, 1, 2].map((i) => Number.parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16));
  for (let k = 1; k >= 0; k -= 0.05) {
    const mixed = `#${rgb.map((c) => hex2(c * k)).join('')}`;
    if (contrastOnWhite(mixed) >= TEXT_CONTRAST) return mixed;
  }
  return '#000000';
}

/**
 * Rough width in px of a one-line label, for sizing margins before Plot
 * draws (server-side there is no layout engine to measure text).
 */
export const textWidth = (text: string): number => Math.ceil([...text].length * FONT_SIZE * 0.6);
