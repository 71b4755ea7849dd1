/** What a chart offers under it: files, embed code, its table as CSV, and its SVG as a file of its own. */
import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../../src/lib/charts/standalone';
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
  it('names the namespace, the font and the text colour the page gave the inline chart', () => {
    const svg = standaloneSvg(chart.svg);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    expect(svg).not.toContain('font-family="inherit"');
    expect(svg).toContain('font-family="Be Vietnam Pro, system-ui, sans-serif" color="#1a1a1a">');
    expect(() => standaloneSvg('<g></g>')).toThrow();
  });
});
