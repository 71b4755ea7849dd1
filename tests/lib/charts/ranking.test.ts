import { describe, expect, it } from 'vitest';
import { RANKING } from '../../../src/lib/charts/palette';
import { type RankingBar, rateRanking } from '../../../src/lib/charts/ranking';
import { renderSvg } from '../../../src/lib/charts/render';
import { snapshotSvg, textsByRow, textsOf } from './svg-snapshot';

const a11y = {
  title: 'Xếp hạng tỷ lệ về việc',
  description: 'Năm tỉnh, xếp theo tỷ lệ thi hành xong về việc năm 2024.',
};
const bars: RankingBar[] = [
  { key: '01', name: 'Thành phố Hà Nội', value: 81.2 },
  { key: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu', value: (4213 / 4991) * 100, highlight: true },
  { key: '75', name: 'Tỉnh Đồng Nai', value: null },
  { key: '74', name: 'Tỉnh Bình Dương', value: 90.05 },
  { key: '79', name: 'Thành phố Hồ Chí Minh', value: 78 },
];
const withTarget = (target: number | null) => bars.map((b) => ({ ...b, target }));
const fills = (svg: string) => [...svg.matchAll(/<rect [^>]*fill="(#[0-9a-fA-F]+)"/g)].map((m) => m[1]);

describe('rateRanking', () => {
  it('matches the golden file', async () => {
    await expect(snapshotSvg(renderSvg(rateRanking(withTarget(83), { measure: 'cases' }), a11y))).toMatchFileSnapshot(
      './__snapshots__/ranking.svg',
    );
  });

  it('sorts by value, best first, with missing values last as "—"', () => {
    const rows = textsByRow(renderSvg(rateRanking(bars, { measure: 'cases' }), a11y));
    const names = rows.map(([, t]) => t).filter((t) => !/%$|^—$/.test(t));
    // Names longer than 11 letter heights are cut at a word boundary.
    expect(names).toEqual([
      'Tỉnh Bình Dương',
      '… Rịa - Vũng Tàu',
      'Thành phố Hà Nội',
      '… phố Hồ Chí Minh',
      'Tỉnh Đồng Nai',
    ]);
    const values = rows.map(([, t]) => t).filter((t) => /,\d\d%$|^—$/.test(t));
    expect(values).toEqual(['90,05%', '84,41%', '81,20%', '78,00%', '—']);
  });

  it('writes values with a decimal comma', () => {
    const svg = renderSvg(rateRanking(bars, { measure: 'money' }), a11y);
    expect(textsOf(svg)).toContain('84,41%');
    expect(svg).not.toContain('84.41');
  });

  it('shows the highlighted unit in full colour and the others muted', () => {
    const svg = renderSvg(rateRanking(bars, { measure: 'money' }), a11y);
    expect(fills(svg).sort()).toEqual(
      [RANKING.money.highlight, RANKING.money.muted, RANKING.money.muted, RANKING.money.muted].sort(),
    );
    const plain = bars.map(({ highlight: _h, ...b }) => b);
    expect(new Set(fills(renderSvg(rateRanking(plain, { measure: 'cases' }), a11y)))).toEqual(
      new Set([RANKING.cases.highlight]),
    );
  });

  it('labels the target rule only when there is a target', () => {
    expect(textsOf(renderSvg(rateRanking(withTarget(83), { measure: 'cases' }), a11y))).toContain('Chỉ tiêu 83,00%');
    expect(textsOf(renderSvg(rateRanking(withTarget(null), { measure: 'cases' }), a11y)).join()).not.toContain(
      'Chỉ tiêu',
    );
  });

  it('draws one rule for a shared target and a tick on each bar for targets of their own', () => {
    const lines = (svg: string) => svg.match(/<line /g)?.length ?? 0;
    const shared = renderSvg(rateRanking(withTarget(83), { measure: 'cases' }), a11y);
    expect(textsOf(shared).filter((t) => t.startsWith('Chỉ tiêu'))).toEqual(['Chỉ tiêu 83,00%']);
    const own = bars.map((b, i) => ({ ...b, target: 80 + i }));
    const svg = renderSvg(rateRanking(own, { measure: 'cases' }), a11y);
    expect(textsOf(svg).filter((t) => t.startsWith('Chỉ tiêu'))).toEqual([]);
    expect(textsOf(svg)).toContain('Vạch đứt: chỉ tiêu của từng đơn vị');
    expect(lines(svg) - lines(renderSvg(rateRanking(bars, { measure: 'cases' }), a11y))).toBe(bars.length);
  });

  it('cuts a long name at a word boundary and keeps the whole in a title', () => {
    const long = { key: 'x', name: 'Phòng Thi hành án dân sự khu vực 12 tỉnh Thành phố Hồ Chí Minh', value: 50 };
    const svg = renderSvg(rateRanking([...bars, long], { measure: 'cases' }), a11y);
    const cut = textsOf(svg).find((t) => t.includes('…'));
    expect(cut).toMatch(/^(\S+ )*… (\S+ )*Minh$/u);
    expect(svg).toContain(`<title>${long.name}</title>`);
  });

  it('grows with the number of bars so 63 provinces stay readable', () => {
    const many = Array.from({ length: 63 }, (_, i) => ({ key: String(i), name: `Tỉnh ${i}`, value: i }));
    const { height } = rateRanking(many, { measure: 'cases' });
    // A bar step of 1.5 times the 16 px text.
    expect(height).toBeGreaterThanOrEqual(63 * 24);
    expect(height).toBeLessThanOrEqual(63 * 24 + 60);
  });

  it('draws all-missing values without bars, NaN or an exception', () => {
    const svg = renderSvg(
      rateRanking(
        withTarget(83).map((b) => ({ ...b, value: null })),
        { measure: 'cases' },
      ),
      a11y,
    );
    expect(fills(svg)).toEqual([]);
    expect(textsOf(svg).filter((t) => t === '—')).toHaveLength(5);
  });

  it('rejects duplicate keys', () => {
    expect(() => rateRanking([...bars, { key: '01', name: 'Trùng', value: 1 }], { measure: 'cases' })).toThrow(
      /unique/,
    );
  });
});
