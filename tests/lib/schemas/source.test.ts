import { describe, expect, it } from 'vitest';
import { CELL_MESSAGES, isHttpUrl, looksLikeAddress, optionalSourceCell } from '../../../src/lib/schemas/cells';
import { RESULT_HEADER, resultLine, resultTable } from '../helpers';

/** A results file whose only row has `source` as its last cell, quoted as a spreadsheet would. */
const withSource = (source: string) =>
  [`${RESULT_HEADER},source`, `${resultLine('2024', '01')},"${source.replaceAll('"', '""')}"`, ''].join('\n');

const REFUSED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'javascript: alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript:alert(1)\u0000',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'mailto:a@example.org',
  '//evil.example',
  '\\\\evil.example',
  '/\\evil.example',
  'http:evil.example',
  'http:/evil.example',
  'https://',
  'http://exa mple.org',
  'http://example.org/\u2028',
  'http://example.org/\u202Egnp.exe',
  'HTTP://example.org',
  ' https://example.org',
  'BC:12',
];

const ACCEPTED = [
  'https://example.org/bao-cao-2025',
  'http://example.org/a?b=1&c=2#d',
  'https://example.org/"><img/src=x/onerror=alert(1)>',
  'Báo cáo thống kê năm 2024',
  'Báo cáo số 15/BC-THADS ngày 10/10/2024',
  'Nguồn: Cục THADS',
  'BC 12: tháng 3',
  'BC: 123/BC-THADS',
  'Theo: Báo cáo 6 tháng',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil","x")',
];

describe('the source cell: a document name or an http(s) address', () => {
  it.each(REFUSED)('refuses %j', (value) => {
    expect(looksLikeAddress(value) && !isHttpUrl(value)).toBe(true);
    const parsed = optionalSourceCell.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('source-url');
  });

  it.each(ACCEPTED)('keeps %j exactly', (value) => {
    expect(optionalSourceCell.parse(value)).toBe(value);
  });

  it('reads an empty cell as "no source" and refuses spaces around a name as other text', () => {
    expect(optionalSourceCell.parse('')).toBeNull();
    expect(optionalSourceCell.safeParse(' Báo cáo ').error?.issues[0]?.message).toBe('text');
  });

  it('reports a refused address with file, line, column and the value, in Vietnamese then English', () => {
    const value = 'java\tscript:alert(1)';
    const { rows, problems } = resultTable(withSource(value), 'results/2024.csv');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'cell-source-url',
        file: 'results/2024.csv',
        line: 2,
        column: 'source',
        value,
        vi: CELL_MESSAGES['source-url'].vi,
        en: CELL_MESSAGES['source-url'].en,
      },
    ]);
    expect(CELL_MESSAGES['source-url'].vi).toContain('http:// hoặc https://');
    expect(CELL_MESSAGES['source-url'].en).toContain('http:// or https://');
  });

  it('accepts a row whose source is a web address', () => {
    const { rows, problems } = resultTable(withSource('https://example.org/bao-cao'), 'results/2024.csv');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ source: 'https://example.org/bao-cao' });
  });
});
