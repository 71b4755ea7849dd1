/** What a chart offers under it: files, embed code, its table as CSV, and its SVG as a file of its own. */
import { describe, expect, it } from 'vitest';
import { breakLines, standaloneSvg } from '../../../src/lib/charts/standalone';
import { tableCsv, withShare } from '../../../src/lib/views/share';
import type { ChartView } from '../../../src/lib/views/types';
import { csvRecords } from '../../support/pages';

const chart: ChartView = {
  id: 'xu-huong',
  caption: 'Hà Nội: "tỷ lệ" & chỉ tiêu',
  summary: 's',
  showTable: 'Xem số liệu của biểu đồ dạng bảng',
  permalink: 'Liên kết đến biểu đồ này',
  svg: '<svg role="img" viewBox="0 0 360 260" height="260" width="360" font-family="inherit" fill="currentColor" class="thads-chart"><text>84,41%</text></svg>',
  table: {
    caption: 'c',
    head: ['Năm', 'Tỷ lệ về việc'],
    rows: [
      [{ text: '2025' }, { text: '84,41%', numeric: true }],
      [{ text: '=1+1' }, { text: '—' }],
    ],
  },
};

describe('withShare', () => {
  it('links the SVG, PNG and CSV of the chart and its embed page, and writes the iframe code', () => {
    const [shared] = withShare('/tinh/ha-noi-01/', [chart]);
    expect(shared!.share!.files.map((f) => [f.href, f.name])).toEqual([
      ['/bieu-do/tinh/ha-noi-01/xu-huong.svg', 'tinh-ha-noi-01-xu-huong.svg'],
      ['/bieu-do/tinh/ha-noi-01/xu-huong.png', 'tinh-ha-noi-01-xu-huong.png'],
      ['/bieu-do/tinh/ha-noi-01/xu-huong.csv', 'tinh-ha-noi-01-xu-huong.csv'],
    ]);
    expect(shared!.share!.embed.href).toBe('/nhung/tinh/ha-noi-01/xu-huong/');
    // 260 px of SVG at 360 wide (not enlarged), 380 px of text around it and one line of summary: 666 px.
    expect(shared!.share!.embed.code).toBe(
      '<iframe src="/nhung/tinh/ha-noi-01/xu-huong/" title="Hà Nội: &#34;tỷ lệ&#34; &#38; chỉ tiêu" width="400" height="666" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });

  it('on an English page, links English files and an English embed page, named after the English path', () => {
    const [shared] = withShare('/en/province/ha-noi-01/', [chart]);
    expect(shared!.share!.filesLabel).toBe('Download the chart:');
    expect(shared!.share!.files.map((f) => [f.text, f.href, f.name])).toEqual([
      ['SVG', '/en/charts/province/ha-noi-01/xu-huong.svg', 'province-ha-noi-01-xu-huong.svg'],
      ['PNG', '/en/charts/province/ha-noi-01/xu-huong.png', 'province-ha-noi-01-xu-huong.png'],
      ['Data (CSV)', '/en/charts/province/ha-noi-01/xu-huong.csv', 'province-ha-noi-01-xu-huong.csv'],
    ]);
    expect(shared!.share!.embed.href).toBe('/en/embed/province/ha-noi-01/xu-huong/');
    expect(shared!.share!.embed.code).toMatch(/^<iframe src="\/en\/embed\/province\/ha-noi-01\/xu-huong\/" /);
  });

  it('leaves a chart without SVG (no data) as it is', () => {
    expect(withShare('/x/', [{ ...chart, svg: '' }])[0]!.share).toBeUndefined();
  });
});

describe('tableCsv', () => {
  it('is the table as shown, read back by papaparse, with a byte-order mark and a formula defused', () => {
    const csv = tableCsv(chart.table);
    expect(csv.startsWith('\uFEFFNăm,Tỷ lệ về việc\r\n')).toBe(true);
    expect(csvRecords(csv).rows).toEqual([
      ['2025', '84,41%'],
      ["'=1+1", '—'],
    ]);
  });
});

describe('standaloneSvg', () => {
  const notes = { source: 'Nguồn: Thống kê thi hành án dân sự, dữ liệu phiên bản 2026-01-15' };

  it('names the namespace, the font and the text colour the page gave the inline chart', () => {
    const svg = standaloneSvg(chart.svg, notes);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    expect(svg).not.toContain('font-family="inherit"');
    expect(svg).toContain('font-family="Be Vietnam Pro, system-ui, sans-serif" color="#1a1a1a">');
    expect(() => standaloneSvg('<g></g>', notes)).toThrow();
  });

  it('writes the source line, and the sample notice when given, below the chart, which grows by their height', () => {
    const plain = standaloneSvg(chart.svg, notes);
    const sample = standaloneSvg(chart.svg, {
      ...notes,
      sample: 'Dữ liệu mẫu. Các con số này được tạo tự động <để minh họa> & thử.',
    });
    const heightOf = (svg: string) => Number(/ height="(\d+)"/.exec(svg)?.[1]);
    expect(plain).toContain(`viewBox="0 0 360 ${heightOf(plain)}"`);
    expect(heightOf(plain)).toBeGreaterThan(260);
    expect(heightOf(sample)).toBeGreaterThan(heightOf(plain));
    // The chart's own markup is kept as it was; the notes come after it, each a line of text below y = 260.
    expect(plain).toContain('<text>84,41%</text><g class="file-notes">');
    const lines = (svg: string) => [...svg.matchAll(/<text x="\d+" y="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    // 360 px hold about 52 characters of 12 px type: the source takes two lines.
    expect(lines(plain).map((m) => m[2])).toEqual([
      'Nguồn: Thống kê thi hành án dân sự, dữ liệu phiên',
      'bản 2026-01-15',
    ]);
    expect(
      lines(sample)
        .map((m) => m[2])
        .join(' '),
    ).toBe(`Dữ liệu mẫu. Các con số này được tạo tự động &lt;để minh họa&gt; &amp; thử. ${notes.source}`);
    for (const m of lines(sample)) expect(Number(m[1])).toBeGreaterThan(260);
  });
});

describe('breakLines', () => {
  it('breaks at spaces, and inside an address after a "/", never past the width unless a word is longer', () => {
    const text =
      'Source: Civil judgment enforcement statistics, https://example.org/thads/en/province/ha-noi-01/, data version 2026-01-15';
    const lines = breakLines(text, 40);
    expect(lines).toEqual([
      'Source: Civil judgment enforcement',
      'statistics, https://example.org/thads/',
      'en/province/ha-noi-01/, data version',
      '2026-01-15',
    ]);
  });
});
