/**
 * A chart's SVG as a file of its own: the page's inline SVG takes its font and
 * text colour from the page (font-family="inherit", currentColor); a file,
 * and resvg drawing its PNG, need them written on the root element. A file
 * leaves the page that says where its figures come from, so it carries that
 * in lines of its own below the chart.
 */
import { INK_MUTED } from './palette';
import { FONT_FAMILY } from './raster-font';
import { escapeText } from './serialize';

const INK = '#1a1a1a';
/** The notes below the chart: small type, left-aligned from the chart's left edge. */
const NOTE = { size: 12, line: 16, margin: 8, gap: 12 };
// Be Vietnam Pro averages about 0.55 em a letter: lines are broken by that estimate, the same on every machine.
const NOTE_CHAR_WIDTH = NOTE.size * 0.55;
const SAMPLE_INK = '#8a6100';

/** What a chart file says below the chart, in the file's language (views/share.ts writes it). */
export interface StandaloneNotes {
  /** Site, page address and dataset version. */
  source: string;
  /** The sample notice, when the dataset is the generated sample. */
  sample?: string;
}

/** `text` in lines of at most `chars` characters, broken at spaces, and inside an address after a "/". */
export function breakLines(text: string, chars: number): string[] {
  const pieces = text.split(/(?<= )|(?<=\/)(?=[^/])/);
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + piece).trimEnd().length <= chars) lines[lines.length - 1] = last + piece;
    else lines.push(piece);
  }
  return lines.map((l) => l.trimEnd());
}

/** The notes as <text> lines from `top`, and the height they take. */
function notesMarkup(
  notes: StandaloneNotes,
  x: number,
  top: number,
  width: number,
): { markup: string; height: number } {
  const chars = Math.max(20, Math.floor((width - 2 * NOTE.margin) / NOTE_CHAR_WIDTH));
  const blocks = [
    ...(notes.sample
      ? [{ lines: breakLines(notes.sample, chars), attrs: ` fill="${SAMPLE_INK}" font-weight="700"` }]
      : []),
    { lines: breakLines(notes.source, chars), attrs: ` fill="${INK_MUTED}"` },
  ];
  let y = top + NOTE.gap;
  const texts = blocks.flatMap((b) =>
    b.lines.map((l) => {
      y += NOTE.line;
      return `<text x="${x + NOTE.margin}" y="${y - 4}" font-size="${NOTE.size}" text-anchor="start"${b.attrs}>${escapeText(l)}</text>`;
    }),
  );
  return { markup: `<g class="file-notes">${texts.join('')}</g>`, height: y - top + NOTE.margin };
}

/** The inline chart `svg` as a standalone SVG document, with `notes` written below the chart. */
export function standaloneSvg(svg: string, notes: StandaloneNotes): string {
  if (!svg.startsWith('<svg ')) throw new Error('standaloneSvg: not an <svg> element');
  const root = svg.slice(0, svg.indexOf('>'));
  const rest = svg.slice(root.length);
  const box = / viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(root);
  if (!box) throw new Error('standaloneSvg: the chart has no viewBox');
  const [x, y, width, height] = box.slice(1).map(Number) as [number, number, number, number];
  const added = notesMarkup(notes, x, y + height, width);
  const taller = height + added.height;
  const attrs = root
    .slice('<svg '.length)
    .replace(/ ?font-family="inherit"/, '')
    .replace(/ ?color="[^"]*"/, '')
    .replace(box[0], ` viewBox="${x} ${y} ${width} ${taller}"`)
    .replace(/ height="[\d.]+"/, ` height="${taller}"`);
  const end = rest.lastIndexOf('</svg>');
  if (end < 0) throw new Error('standaloneSvg: the chart does not end');
  const body = `${rest.slice(0, end)}${added.markup}${rest.slice(end)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs} font-family="${FONT_FAMILY}, system-ui, sans-serif" color="${INK}"${body}\n`;
}
