/**
 * Text that must fit a chart: names shortened at a word boundary, and
 * percent ticks thinned until their labels cannot touch.
 */
import { formatCount } from '../format';
import { FONT_SIZE, textWidth } from './palette';

const ELLIPSIS = '…';

const joined = (words: readonly string[], head: number, tail: number): string =>
  [...words.slice(0, head), ELLIPSIS, ...words.slice(words.length - tail)].join(' ');

/**
 * `name` when it fits `maxWidth` px, else its last words (where office names
 * differ: "… Thủ Dầu Một") after as many first words as still fit, cut at
 * spaces. A single word too long for the room is cut after its first letters.
 */
export function shortenName(name: string, maxWidth: number): string {
  if (textWidth(name) <= maxWidth) return name;
  const words = name.split(/\s+/u).filter(Boolean);
  let head = 0;
  let tail = 0;
  while (head + tail < words.length - 1 && textWidth(joined(words, head, tail + 1)) <= maxWidth) tail++;
  while (head + tail < words.length - 1 && textWidth(joined(words, head + 1, tail)) <= maxWidth) head++;
  if (head + tail > 0) return joined(words, head, tail);
  const letters = [...name];
  let n = letters.length;
  while (n > 1 && textWidth(`${letters.slice(0, n).join('')}${ELLIPSIS}`) > maxWidth) n--;
  return `${letters.slice(0, n).join('')}${ELLIPSIS}`;
}

/** "80%", the tick format of every percent axis. */
export const percentTick = (v: number): string => `${formatCount(v)}%`;

const PERCENT_STEPS = [20, 25, 50, 100];

/**
 * Ticks 0–100% as dense as `length` px allows with half a letter's height
 * of space between the widest two labels ("80%100%" never touches).
 */
export function percentTicks(length: number): number[] {
  const room = textWidth(percentTick(100)) + FONT_SIZE / 2;
  const step = PERCENT_STEPS.find((s) => (length * s) / 100 >= room) ?? 100;
  return Array.from({ length: 100 / step + 1 }, (_, i) => i * step);
}
