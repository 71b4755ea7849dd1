/**
 * What the pages of the reform fixture say about the reorganisation
 * (tests/fixtures/reform/README.md): a split, a gap, a merger of a merger.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeModel } from '../../../src/lib/compute/model';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { unitView } from '../../../src/lib/views/pages';
import { unitFiguresPageView } from '../../../src/lib/views/unit-figures';

const REFORM_DIR = fileURLToPath(new URL('../../fixtures/reform/', import.meta.url));
const outcome = loadDataset(await readDataFiles(REFORM_DIR));
if (!outcome.dataset) throw new Error('the reform fixture must load');
const data = { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
const view = (code: string, date = '2025-07-01') => unitView(data, outcome.dataset.registry.resolve(code, date)!);

describe('unit pages of the reform fixture', () => {
  it('a split office lists every successor and points to no comparable series', () => {
    const { former } = view('27-02', '2025-06-30').status;
    expect(former).toEqual({
      until: '30/06/2025',
      from: '01/07/2025',
      successors: [
        { text: 'Phòng THADS khu vực 2', href: '/tinh/bac-ninh-24/khu-vuc-2-24-kv02/' },
        { text: 'Phòng THADS khu vực 3', href: '/tinh/bac-ninh-24/khu-vuc-3-24-kv03/' },
      ],
      split: true,
      comparable: false,
    });
  });

  it('a successor of the split says why it has no earlier figures, and draws no break', () => {
    const page = view('24-KV03');
    expect(page.status.formed?.notes).toEqual([
      'Không có số liệu so sánh được cho các kỳ trước ngày 01/07/2025: số việc của Chi cục THADS huyện Tiên Du (mã 27-02, đến 30/06/2025) được chia cho nhiều đơn vị (Phòng THADS khu vực 2, Phòng THADS khu vực 3), nên số liệu cũ của đơn vị đó không thể tách ra cho từng đơn vị mới. Trang này chỉ có số liệu do đơn vị này báo cáo.',
    ]);
    expect(page.charts[0]!.svg).not.toContain('Sắp xếp');
    expect(page.tables[0]!.head).not.toContain('Cơ sở số liệu');
  });

  it('a unit with a missing predecessor report names the period and the unit', () => {
    expect(view('01-KV01').status.formed?.notes).toContain(
      'Năm 2023: không có số liệu so sánh được vì Chi cục THADS quận Hoàn Kiếm (mã 01-02, đến 30/06/2025) không có số liệu kỳ này.',
    );
  });

  it('the merged Bắc Ninh marks which rows are sums, monthly periods included on the page of all its figures', () => {
    const page = view('24');
    // Its own page: the years and the latest period; the months before it are a link away.
    expect(page.tables[0]!.rows.map((r) => `${r[0]!.text}: ${r[1]!.text}`)).toEqual([
      'Năm 2025: Số báo cáo',
      'Năm 2024: Cộng các đơn vị cũ',
      'Năm 2023: Cộng các đơn vị cũ',
    ]);
    expect(page.figuresHeading).toBe('Số liệu theo năm thống kê và kỳ gần nhất');
    expect(page.moreFigures).toEqual({
      href: '/tinh/bac-ninh-24/toan-bo-so-lieu/',
      text: 'Toàn bộ số liệu, cả các tháng trước kỳ gần nhất',
    });
    const all = unitFiguresPageView(data, outcome.dataset!.registry.resolve('24', '2025-07-01')!);
    expect(all.tables.map((t) => t.caption)).toEqual([
      'Tỉnh Bắc Ninh: số liệu về việc theo kỳ báo cáo (việc)',
      'Tỉnh Bắc Ninh: số liệu về tiền theo kỳ báo cáo (tỷ đồng)',
    ]);
    expect(all.tables[0]!.rows.map((r) => `${r[0]!.text}: ${r[1]!.text}: ${r.at(-1)!.text}`)).toEqual([
      'Năm 2025: Số báo cáo: −2,05',
      '6 tháng năm 2025 (đến 31/03/2025): Cộng các đơn vị cũ: −1,84',
      'Năm 2024: Cộng các đơn vị cũ: +0,54',
      '6 tháng năm 2024 (đến 31/03/2024): Cộng các đơn vị cũ: — (không có số liệu năm trước)',
      'Năm 2023: Cộng các đơn vị cũ: — (không có số liệu năm trước)',
    ]);
    expect(all.back).toEqual({ href: '/tinh/bac-ninh-24/', text: 'Về trang Tỉnh Bắc Ninh' });
    expect(all.layout.otherLanguage.href).toBe('/en/province/bac-ninh-24/all-figures/');
    // The phone's drawing writes the reform's month, the desktop's its day.
    expect(page.charts[0]!.svg).toContain('Sắp xếp 7/2025');
    expect(page.charts[0]!.svgWide).toContain('Sắp xếp 01/07/2025');
    expect(page.charts[0]!.summary).toContain('Các năm 2023–2024 là tổng số liệu của các đơn vị cũ');
  });

  it('a former province whose successor has a comparable series says so', () => {
    expect(view('27', '2025-06-30').status.former).toMatchObject({
      successors: [{ text: 'Tỉnh Bắc Ninh', href: '/tinh/bac-ninh-24/' }],
      split: false,
      comparable: true,
    });
  });
});

describe('a merged unit before its own first report', () => {
  // The reform fixture without its full-year 2025 rows: the newest period of Bắc Ninh (24) is a sum.
  it('says in the headline that the figures are its former units added up, and names them', async () => {
    const files = await readDataFiles(REFORM_DIR);
    const results = files.results.map((f) => ({
      ...f,
      text: f.text
        .split('\n')
        .filter((l) => !l.startsWith('2025,'))
        .join('\n'),
    }));
    const cut = loadDataset({ ...files, results });
    if (!cut.dataset) throw new Error(cut.problems.map((p) => p.en).join('\n'));
    const page = unitView(
      { dataset: cut.dataset, model: computeModel(cut.dataset) },
      cut.dataset.registry.resolve('24', '2025-07-01')!,
    );
    expect(page.latest?.basis).toBe('sum_of_predecessors');
    expect(page.headline?.notes[0]).toMatch(
      /^Số liệu kỳ này là tổng số liệu báo cáo của các đơn vị cũ trên cùng địa bàn \(Tỉnh Bắc Giang, Tỉnh Bắc Ninh\)/,
    );
  });
});
