import { describe, expect, it } from 'vitest';
import { type CitationSource, citationBibtex, citationKey, citationText, escapeBibtex } from '../../src/lib/citation';

const HA_NOI: CitationSource = {
  title: 'Kết quả thi hành án dân sự theo tỉnh và đơn vị: Thành phố Hà Nội',
  publisher: 'Dự án thống kê thi hành án dân sự',
  version: '2026-11-20',
  licence: 'CC BY 4.0',
  address: 'https://example.org/thads/tinh/ha-noi/',
  absolute: true,
  keyPart: 'ha-noi',
};

describe('citationText', () => {
  it('names the publisher, year, title, version with its date, licence and address', () => {
    expect(citationText(HA_NOI)).toBe(
      'Dự án thống kê thi hành án dân sự (2026). Kết quả thi hành án dân sự theo tỉnh và đơn vị: Thành phố Hà Nội. ' +
        'Phiên bản 2026-11-20 (cập nhật ngày 20/11/2026). Giấy phép CC BY 4.0. https://example.org/thads/tinh/ha-noi/',
    );
  });

  it('says a site path is one, when SITE_URL is unset', () => {
    expect(citationText({ ...HA_NOI, address: '/tinh/ha-noi/', absolute: false })).toMatch(
      /\. Đường dẫn trong trang: \/tinh\/ha-noi\/$/,
    );
  });
});

describe('citationBibtex', () => {
  it('writes a @misc entry with a stable key and Vietnamese kept as UTF-8', () => {
    expect(citationBibtex(HA_NOI)).toBe(
      [
        '@misc{thads-ha-noi-2026-11-20,',
        '  author = {{Dự án thống kê thi hành án dân sự}},',
        '  title = {{Kết quả thi hành án dân sự theo tỉnh và đơn vị: Thành phố Hà Nội}},',
        '  organization = {Dự án thống kê thi hành án dân sự},',
        '  year = {2026},',
        '  date = {2026-11-20},',
        '  version = {2026-11-20},',
        '  url = {https://example.org/thads/tinh/ha-noi/},',
        '  note = {Giấy phép CC BY 4.0}',
        '}',
      ].join('\n'),
    );
  });

  it('puts a site path in howpublished, not in url', () => {
    const entry = citationBibtex({ ...HA_NOI, address: '/thads/du-lieu/', absolute: false, keyPart: 'du-lieu' });
    expect(entry).toContain('@misc{thads-du-lieu-2026-11-20,');
    expect(entry).toContain('  howpublished = {Đường dẫn trong trang: /thads/du-lieu/},');
    expect(entry).not.toContain('url =');
  });

  it('escapes special characters in every text field, so that braces stay balanced', () => {
    const entry = citationBibtex({ ...HA_NOI, title: 'Số liệu {thô} 100% & 50$', publisher: 'A_B #1 ~x^y\\z}' });
    expect(entry).toContain('  title = {{Số liệu \\{thô\\} 100\\% \\& 50\\$}},');
    expect(entry).toContain('  author = {{A\\_B \\#1 \\~{}x\\^{}y\\textbackslash{}z\\}}},');
    // Every brace the entry opens is closed, ignoring the escaped ones.
    const bare = entry.replace(/\\[{}]/g, '');
    expect(bare.split('{').length).toBe(bare.split('}').length);
  });

  it('encodes braces, a backslash and white space in an address', () => {
    expect(citationBibtex({ ...HA_NOI, address: 'https://example.org/a{b}\\c d' })).toContain(
      '  url = {https://example.org/a%7Bb%7D%5Cc%20d},',
    );
  });
});

describe('escapeBibtex and citationKey', () => {
  it('escapes each of the ten special characters and folds line breaks', () => {
    expect(escapeBibtex('\\ { } $ & % # _ ^ ~')).toBe('\\textbackslash{} \\{ \\} \\$ \\& \\% \\# \\_ \\^{} \\~{}');
    expect(escapeBibtex('hai\ndòng')).toBe('hai dòng');
    expect(escapeBibtex('Thừa Thiên Huế')).toBe('Thừa Thiên Huế');
  });

  it('keeps a key to letters, digits, hyphens and colons', () => {
    expect(citationKey({ keyPart: 'ha-noi', version: '2026-11-20' })).toBe('thads-ha-noi-2026-11-20');
    expect(citationKey({ keyPart: 'a b{c}', version: '2026-11-20' })).toBe('thads-a-b-c-2026-11-20');
  });
});
