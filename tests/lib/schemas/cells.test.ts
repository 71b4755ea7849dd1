import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CellFailure,
  cellFastPath,
  cellParser,
  codeCell,
  countCell,
  optionalCountCell,
  optionalPercentCell,
  optionalTextCell,
  periodCell,
  requiredTextCell,
  yearCell,
} from '../../../src/lib/schemas/cells';

/** The value, or the message key of the failure, through zod (the contract). */
const viaZod = (schema: z.ZodType, s: string) => {
  const r = schema.safeParse(s);
  return r.success ? r.data : `fail:${r.error.issues.map((i) => i.message).join('|')}`;
};
const count = (s: string) => viaZod(countCell, s);
const percent = (s: string) => viaZod(optionalPercentCell, s);

describe('counts as Vietnamese spreadsheets write them', () => {
  it.each([
    ['1525', 1525],
    ['1.525', 1525],
    ['1.234.567', 1234567],
    ['1 525', 1525],
    ['1\u00A0525', 1525],
    ['1\u202F234\u202F567', 1234567],
    ['0', 0],
    ['007', 7],
    ['9007199254740991', 9007199254740991],
  ])('reads %j as %d', (s, n) => {
    expect(count(s)).toBe(n);
  });

  it.each([
    ['1,5', 'count-comma'],
    ['1,525', 'count-comma'],
    ['1.525,00', 'count-comma'],
    ['1.52', 'count-decimal'],
    ['1.5', 'count-decimal'],
    ['1.2345', 'count-decimal'],
    ['12.5', 'count-decimal'],
    ['0.525', 'count-decimal'],
    ['45%', 'count-percent'],
    ['45 %', 'count-percent'],
    ['102 tỷ', 'count-unit'],
    ['1.525 việc', 'count-unit'],
    ['1525đ', 'count-unit'],
    ['500 triệu đồng', 'count-unit'],
    ['1.525 VIỆC', 'count-unit'],
    ['12x', 'count'],
    ['1.525 000', 'count'],
    ['1 52', 'count'],
    ['-5', 'count'],
    // What Excel exports for a number column left in General or Accounting format.
    ['1e3', 'count-scientific'],
    ['4.7106E+08', 'count-scientific'],
    ['4,7106E+08', 'count-scientific'],
    [' 5', 'count-accounting'],
    [' 4.991 ', 'count-accounting'],
    ['(1.234)', 'count-accounting'],
    [' -   ', 'count-dash'],
    ['-', 'count-dash'],
    // An invisible character is named, not shown as a value that looks right.
    ['1525\u200B', 'invisible-200b'],
    ['\uFEFF1525', 'invisible-feff'],
    ['1525\u00A0', 'invisible-00a0'],
    ['15\u202E25', 'invisible-202e'],
    ['1525\u2063', 'invisible'],
    ['năm', 'count'],
    ['', 'required'],
    ['9007199254740993', 'count-too-large'],
    ['9.007.199.254.740.993', 'count-too-large'],
  ])('refuses %j with %s, never rounding or guessing', (s, key) => {
    expect(count(s)).toBe(`fail:${key}`);
  });
});

describe('unit names', () => {
  const name = (s: string) => viaZod(requiredTextCell, s);
  it.each(['Thành phố Hà Nội', 'Tỉnh Bắc\u00A0Ninh', '@SUM(1) dòng\u2028mới'])('reads %j', (s) => {
    expect(name(s)).toBe(s);
  });
  // Never published inside a name: they change the page address or how the name reads.
  it.each([
    ['Hà\u200BNội', 'invisible-200b'],
    ['\uFEFFTỉnh Bắc Ninh', 'invisible-feff'],
    ['Phòng khu vực 1 \u202Egnp.exe', 'invisible-202e'],
    ['Tỉnh Bắc Ninh\u00A0', 'invisible-00a0'],
    ['Tỉnh Bắc Ninh ', 'text'],
    ['\tTỉnh Bắc Ninh', 'text'],
  ])('refuses %j with %s', (s, key) => {
    expect(name(s)).toBe(`fail:${key}`);
  });
});

describe('unit codes', () => {
  const code = (s: string) => viaZod(codeCell, s);
  it.each(['01', '01-KV01', '79-13', 'HN'])('reads %j', (s) => {
    expect(code(s)).toBe(s);
  });
  // Excel opens 01-02 as the 2nd of January and saves it as it shows it.
  it.each(['2-Jan', '1-Feb', 'Jan-02', '12-dec', '02/01/2025'])(
    'refuses %j as a code Excel turned into a date',
    (s) => {
      expect(code(s)).toBe('fail:code-date');
    },
  );
  it.each(['01 KV01', 'Hà Nội'])('refuses %j', (s) => {
    expect(code(s)).toBe('fail:code');
  });
});

describe('percentages of targets.csv', () => {
  it.each([
    ['83,25', 83.25],
    ['83.25', 83.25],
    ['83', 83],
    ['100,00', 100],
    ['0', 0],
    ['1', 1],
    ['83,25%', 83.25],
    ['83.25 %', 83.25],
    ['', null],
  ])('reads %j as %s', (s, n) => {
    expect(percent(s)).toBe(n);
  });

  it.each(['100,01', '1.084,17', '83,2,5', '83.', ',5', '-1', '1000', '8 3'])('refuses %j', (s) => {
    expect(percent(s)).toBe('fail:percent');
  });

  // 83% in a cell formatted General is exported as 0.83: no real target is below 1%.
  it.each(['0.83', '0,83', '0,5', '0.9999', '0,83%'])('refuses %j as a fraction, not a percentage', (s) => {
    expect(percent(s)).toBe('fail:percent-fraction');
  });
});

describe('spreadsheet debris, in any column', () => {
  it.each([
    ['#N/A', 'excel-na'],
    ['#n/a', 'excel-na'],
    ['#REF!', 'excel-ref'],
    ['#DIV/0!', 'excel-div0'],
    ['#VALUE!', 'excel-value'],
    ['#NAME?', 'excel-name'],
    ['#NUM!', 'excel-error'],
    ['#SPILL!', 'excel-error'],
    ['###', 'excel-narrow'],
    ['########', 'excel-narrow'],
    ['=B2+C2', 'formula'],
    ['=SUM(B2:B9)', 'formula'],
  ])('%j is %s', (s, key) => {
    for (const schema of [countCell, optionalCountCell, periodCell, codeCell, yearCell, optionalPercentCell]) {
      expect(viaZod(schema, s)).toBe(`fail:${key}`);
    }
  });

  it('refuses Excel error codes in free text but keeps text that starts with "="', () => {
    expect(viaZod(optionalTextCell, '#N/A')).toBe('fail:excel-na');
    expect(viaZod(optionalTextCell, '=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(viaZod(optionalTextCell, '#1 trong năm')).toBe('#1 trong năm');
  });
});

describe('the fast path and the zod schema agree', () => {
  const CELLS = { countCell, optionalCountCell, periodCell, codeCell, yearCell, optionalPercentCell, optionalTextCell };
  const pieces = fc.constantFrom(
    ...'0123456789.,% -=#\u00A0\u202F'.split(''),
    'tỷ',
    'việc',
    'N/A',
    'REF!',
    '2024',
    '-03',
    ' ',
  );
  const cellText = fc.oneof(
    fc.string(),
    fc.array(pieces, { maxLength: 8 }).map((a) => a.join('')),
  );

  it.each(Object.entries(CELLS))('%s: the parse function gives what zod gives, for any text', (_, schema) => {
    const parse = cellParser(schema)!;
    expect(parse).toBeTypeOf('function');
    fc.assert(
      fc.property(cellText, (s) => {
        const fast = parse(s);
        const slow = viaZod(schema, s);
        expect(fast instanceof CellFailure ? `fail:${fast.message}` : fast).toEqual(slow);
      }),
      { seed: 20261123, numRuns: 400 },
    );
  });
});

describe('the hand-written count reader', () => {
  // The rule in words: digits, or thousands grouped by one kind of separator, first group 1–3 digits not starting with 0.
  const RULE = /^(?:\d+|[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:[ \u00A0\u202F]\d{3})+))$/;
  it('accepts exactly the strings of the rule, with the value of their digits', () => {
    const text = fc.array(fc.constantFrom('1', '0', '5', '9', '.', ' ', '\u00A0', '\u202F', ','), { maxLength: 14 });
    fc.assert(
      fc.property(
        text.map((a) => a.join('')),
        (s) => {
          const expected = RULE.test(s) ? Number(s.replace(/\D/g, '')) : null;
          const r = countCell.safeParse(s);
          expect(r.success ? r.data : null).toBe(Number.isSafeInteger(expected) ? expected : null);
        },
      ),
      { seed: 1525, numRuns: 3000 },
    );
  });
});

describe('the count cells’ fast path', () => {
  const text = fc.oneof(
    fc.string(),
    fc
      .array(fc.constantFrom('1', '0', '5', '9', '.', ' ', '\u00A0', '\u202F', ',', '#', '=', 'e', '%', '-'), {
        maxLength: 22,
      })
      .map((a) => a.join('')),
  );
  it.each([
    ['countCell', countCell],
    ['optionalCountCell', optionalCountCell],
  ] as const)('%s: a cell it reads is the number the parser gives, and it reads the usual ones', (_, schema) => {
    const fast = cellFastPath(schema)!;
    const parse = cellParser(schema)!;
    fc.assert(
      fc.property(text, (s) => {
        const n = fast(s);
        expect(n === -1 || n >= 0).toBe(true);
        if (n >= 0) expect(parse(s)).toBe(n);
      }),
      { seed: 1525, numRuns: 5000 },
    );
    for (const s of ['0', '1525', '1.525', '1 234 567', '24455728422', '24.455.728.422'])
      expect(fast(s)).toBe(parse(s));
  });

  it('is offered for counts only', () => {
    expect(cellFastPath(periodCell)).toBeUndefined();
    expect(cellFastPath(codeCell)).toBeUndefined();
    expect(cellFastPath(optionalTextCell)).toBeUndefined();
  });
});
