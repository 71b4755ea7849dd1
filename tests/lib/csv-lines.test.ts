import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineOf, lineStarts, normalizeBreaks, onlyCrlf } from '../../src/lib/csv-lines';

/** Where each line starts, read character by character: LF, CRLF and a lone CR each end a line. */
function startsByCharacter(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (c === '\n') starts.push(i + 1);
  }
  return starts;
}

describe('lineStarts', () => {
  it('finds the lines of LF, CRLF, lone CR and mixed texts as reading character by character does', () => {
    const text = fc
      .array(fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n', 'ư'), { maxLength: 60 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const starts = lineStarts(t);
        expect(starts).toEqual(startsByCharacter(t));
        // The line of each start is its position in the list, as lineOf counts it.
        starts.forEach((s, i) => {
          if (s < t.length) expect(lineOf(t, s)).toBe(i + 1);
        });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normalizeBreaks', () => {
  it('writes every CRLF and lone CR as one LF, as replacing /\\r\\n?/g does', () => {
    const text = fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', 'ư'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeBreaks(t)).toBe(t.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('onlyCrlf', () => {
  it('is true exactly when a text has line breaks and each is CRLF', () => {
    const text = fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', 'ư'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const breaks = t.match(/\r\n|\r|\n/g) ?? [];
        expect(onlyCrlf(t)).toBe(breaks.length > 0 && breaks.every((b) => b === '\r\n'));
      }),
      { numRuns: 3000 },
    );
  });
});
