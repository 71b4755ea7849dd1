import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../src/lib/decode';

const TEXT = 'code,name\n01,Thành phố Hà Nội\n24,Tỉnh Bắc Giang\n';
const bytes = (...parts: (number[] | Buffer | string)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const codes = (d: ReturnType<typeof decodeBytes>) => d.problems.map((p) => [p.code, p.line]);

describe('decodeBytes: accepted encodings', () => {
  it.each([
    ['UTF-8 without a byte-order mark', bytes(TEXT), 'utf-8'],
    ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], TEXT), 'utf-8-bom'],
    ['UTF-16 LE with a byte-order mark', bytes([0xff, 0xfe], Buffer.from(TEXT, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', bytes([0xfe, 0xff], utf16be(TEXT)), 'utf-16be'],
  ])('reads %s into the same text, without the mark', (_, input, encoding) => {
    expect(decodeBytes('units.csv', input)).toEqual({ text: TEXT, encoding, problems: [] });
  });

  it('reads Vietnamese written decomposed (NFD) as it is, without normalising the data', () => {
    const nfd = TEXT.normalize('NFD');
    expect(decodeBytes('units.csv', bytes(nfd)).text).toBe(nfd);
  });

  it('reads an empty file as empty text, for the parser to report', () => {
    expect(decodeBytes('units.csv', new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', problems: [] });
  });
});

describe('decodeBytes: refused files, each with what was found and how to export', () => {
  it('refuses a legacy code page, naming the line and byte offset of the first bad byte', () => {
    // "Hà Nội" in Windows-1258 on line 3: "H" 0xE0 " N" "ô" 0xF4 0xF2 "i".
    const d = decodeBytes('results/2024.csv', bytes('a,b\n1,2\n3,H', [0xe0], ' N', [0xf4, 0xf2], 'i\n'));
    expect(codes(d)).toEqual([['encoding-not-utf8', 3]]);
    expect(d.text).toBe('');
    expect(d.encoding).toBeNull();
    expect(d.problems[0]!.vi).toContain('dòng 3, ngay sau "3,H" (vị trí byte 11: 0xE0 0x20 0x4E)');
    expect(d.problems[0]!.vi).toContain('Windows-1258, TCVN3/ABC hoặc VNI');
    expect(d.problems[0]!.en).toContain('line 3, right after "3,H" (byte offset 11: 0xE0 0x20 0x4E)');
    expect(d.problems[0]!.en).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('counts the byte offset from the start of the file, byte-order mark included', () => {
    const d = decodeBytes('f.csv', bytes([0xef, 0xbb, 0xbf], 'a,b\n', [0xff]));
    expect(d.problems[0]!.en).toContain('line 2, at the start of the line (byte offset 7: 0xFF)');
  });

  it.each([
    ['an .xlsx renamed to .csv', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'encoding-xlsx'],
    ['an old .xls renamed to .csv', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'encoding-xls'],
    ['UTF-16 LE without a byte-order mark', bytes(Buffer.from(TEXT, 'utf16le')), 'encoding-utf16-no-bom'],
    ['UTF-16 BE without a byte-order mark', bytes(utf16be(TEXT)), 'encoding-utf16-no-bom'],
    [
      'UTF-16 with an odd number of bytes',
      bytes([0xff, 0xfe], Buffer.from(TEXT, 'utf16le'), [0x41]),
      'encoding-utf16-truncated',
    ],
    [
      'UTF-16 with a lone surrogate',
      bytes([0xff, 0xfe], [0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]),
      'encoding-utf16-invalid',
    ],
    [
      'a binary file (NUL bytes)',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'encoding-binary',
    ],
    ['UTF-8 holding a NUL byte', bytes('a,b\n1,', [0], '\n'), 'encoding-binary'],
    [
      'a control character in UTF-16',
      bytes([0xff, 0xfe], Buffer.from('a,b\n1,\u0001\n', 'utf16le')),
      'encoding-binary',
    ],
    ['text already damaged by a lossy conversion', bytes('a,b\n1,H\uFFFDi\n'), 'encoding-replacement'],
    [
      'Vietnamese letters a Western code page turned into "?"',
      bytes('a,note\n1,S? li?u ?i?u ch?nh\n'),
      'encoding-lost-letters',
    ],
  ])('refuses %s', (_, input, code) => {
    const d = decodeBytes('results/2024.csv', input);
    expect(d.problems.map((p) => p.code)).toEqual([code]);
    expect(d.problems[0]).toMatchObject({ severity: 'error', file: 'results/2024.csv' });
    expect(d.text).toBe('');
    // Every refusal says how to save the file properly.
    expect(d.problems[0]!.vi).toContain('Lưu như');
    expect(d.problems[0]!.en).toContain('Save As');
  });

  it('counts CRLF and a lone CR as one line break each, as the parser does', () => {
    expect(codes(decodeBytes('f.csv', bytes('a,b\r\n1,2\r\n3,', [0xe0], '\r\n')))).toEqual([['encoding-not-utf8', 3]]);
    expect(codes(decodeBytes('f.csv', bytes('a,b\r1,2\r3,', [0xe0], '\r')))).toEqual([['encoding-not-utf8', 3]]);
    expect(codes(decodeBytes('f.csv', bytes('a,b\r1,2\r3,\u0007\r')))).toEqual([['encoding-binary', 3]]);
  });

  it('keeps a question mark in a web address or at the end of a sentence', () => {
    const text = 'a,source,note\n1,https://example.org/bao-cao?id=1&ky=2025,Vì sao? Xem báo cáo.\n';
    expect(decodeBytes('f.csv', bytes(text)).problems).toEqual([]);
    expect(codes(decodeBytes('f.csv', bytes('a,b\n1,2\n3,Thi h?nh\n')))).toEqual([['encoding-lost-letters', 3]]);
  });

  it('names the line of a control character or a replacement character', () => {
    expect(codes(decodeBytes('f.csv', bytes('a,b\n1,2\n3,\u0007\n')))).toEqual([['encoding-binary', 3]]);
    expect(codes(decodeBytes('f.csv', bytes('a,b\n1,\uFFFD\n')))).toEqual([['encoding-replacement', 2]]);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x41, 0x42], -1],
    ['two-, three- and four-byte characters', [...Buffer.from('à€😀')], -1],
    ['a stray continuation byte', [0x41, 0x80], 1],
    ['an overlong form of "/"', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence at the end', [0x41, 0xe1, 0xba], 1],
    ['a lead byte followed by ASCII', [0x41, 0xc3, 0x41], 1],
  ])('%s', (_, input, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(offset);
  });

  it('agrees with the platform decoder on every two-byte input', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b += 7) {
        const input = new Uint8Array([a, b]);
        let valid = true;
        try {
          strict.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(input) === -1, `${a} ${b}`).toBe(valid);
      }
    }
  });
});
