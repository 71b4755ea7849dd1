/**
 * The share card of a page (og:image): 1200 × 630 SVG, drawn by hand from a
 * CardView so that every element sits where a small preview can read it.
 * Rasterised to PNG at build time (charts/raster.ts) with the font it names.
 */
import { extent, line, scaleLinear } from 'd3';
import { CASES, GRID, INK_MUTED, MONEY } from './palette';
import { FONT_FAMILY } from './raster-font';
import { escapeAttribute, escapeText } from './serialize';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardRate {
  /** "Về việc" */
  label: string;
  /** "84,41%" */
  value: string;
  measure: 'cases' | 'money';
}

export interface CardTrendPoint {
  /** The period's order, for the x position. */
  order: number;
  value: number | null;
}

export interface CardView {
  /** The site's name, above the title. */
  site: string;
  /** The unit's name, or the page's heading. */
  title: string;
  /** "Tỷ lệ thi hành xong, năm 2026" */
  subtitle: string;
  rates: CardRate[];
  /** Full-year rates, both measures, oldest first; empty when fewer than two years. */
  trend: { cases: CardTrendPoint[]; money: CardTrendPoint[]; first: string; last: string } | undefined;
  /** "Dữ liệu mẫu", when the dataset is the generated sample. */
  note?: string;
  /** The card said in one sentence, for og:image:alt. */
  alt: string;
}

const INK = '#1a1a1a';
const ACCENT = '#005a8c';
const COLOR = { cases: CASES, money: MONEY } as const;
const MARGIN = 64;
const TITLE_SIZE = 54;
// The two rates side by side, left of the trend: "100,00%" at 76 px is about 290 px wide.
const RATE_COLUMN = 310;
// Be Vietnam Pro bold averages about 0.58 em a letter: lines are broken by that estimate, so the result is the same on every machine.
const CHARS_PER_LINE = Math.floor((CARD_WIDTH - 2 * MARGIN) / (TITLE_SIZE * 0.58));

/** Words into at most `max` lines of about `width` characters; the last line ends with "…" when cut. */
export function wrapWords(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]}…`;
  return kept;
}

const text = (x: number, y: number, size: number, content: string, attrs = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${attrs}>${escapeText(content)}</text>`;

/** The small trend in the lower right: both rates by year on a 0–100% scale. */
function trendMarkup(trend: NonNullable<CardView['trend']>): string {
  const box = { left: 700, right: CARD_WIDTH - MARGIN, top: 330, bottom: 530 };
  const orders = extent([...trend.cases, ...trend.money], (p) => p.order) as [number, number];
  const x = scaleLinear().domain(orders).range([box.left, box.right]);
  const y = scaleLinear().domain([0, 100]).range([box.bottom, box.top]);
  const path = line<CardTrendPoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.order))
    .y((p) => y(p.value ?? 0));
  const round = (d: string | null) => (d ?? '').replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
  const grid = [0, 50, 100]
    .map((v) => `<path d="M${box.left},${y(v)}H${box.right}" stroke="${GRID}" stroke-width="2" />`)
    .join('');
  const lines = (['cases', 'money'] as const)
    .map(
      (m) =>
        `<path d="${escapeAttribute(round(path(trend[m])))}" fill="none" stroke="${COLOR[m]}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round" />`,
    )
    .join('');
  const labels =
    text(box.left, box.bottom + 40, 26, trend.first, ` fill="${INK_MUTED}"`) +
    text(box.right, box.bottom + 40, 26, trend.last, ` fill="${INK_MUTED}" text-anchor="end"`) +
    text(box.left - 12, y(100) + 9, 24, '100%', ` fill="${INK_MUTED}" text-anchor="end"`) +
    text(box.left - 12, y(0) + 9, 24, '0%', ` fill="${INK_MUTED}" text-anchor="end"`);
  return `<g>${grid}${lines}${labels}</g>`;
}

/** The card as a standalone SVG document (xmlns, size, font), escaped throughout. */
export function drawCard(card: CardView): string {
  const titleLines = wrapWords(card.title, CHARS_PER_LINE, 2);
  const titleY = 170;
  const subtitleY = titleY + (titleLines.length - 1) * 64 + 60;
  const ratesY = subtitleY + 110;
  const rates = card.rates
    .map(
      (r, i) =>
        text(MARGIN + i * RATE_COLUMN, ratesY, 30, r.label, ` fill="${INK_MUTED}"`) +
        text(MARGIN + i * RATE_COLUMN, ratesY + 84, 76, r.value, ` fill="${COLOR[r.measure]}" font-weight="700"`),
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT_FAMILY}" fill="${INK}" role="img" aria-label="${escapeAttribute(card.alt)}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff" />`,
    `<rect width="${CARD_WIDTH}" height="14" fill="${ACCENT}" />`,
    text(MARGIN, 88, 30, card.site, ` fill="${ACCENT}" font-weight="700"`),
    ...titleLines.map((l, i) => text(MARGIN, titleY + i * 64, TITLE_SIZE, l, ' font-weight="700"')),
    text(MARGIN, subtitleY, 32, card.subtitle, ` fill="${INK_MUTED}"`),
    rates,
    card.trend ? trendMarkup(card.trend) : '',
    card.note
      ? text(CARD_WIDTH - MARGIN, 88, 28, card.note, ` fill="#b58100" font-weight="700" text-anchor="end"`)
      : '',
    '</svg>',
  ].join('');
}
