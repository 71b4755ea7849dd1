import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComparisonRow, rateComparison } from '../../../src/lib/charts/comparison';
import { CASES, MONEY } from '../../../src/lib/charts/palette';
import { renderSvg } from '../../../src/lib/charts/render';
import { CHART_WORDS, MEASURE_SERIES } from '../../../src/lib/charts/words';
import { plotComparison } from './comparison-plot';
import { snapshotSvg, textsOf } from './svg-snapshot';

const a11y = {
  title: 'So sánh với tỉnh và toàn quốc',
  description: 'Tỷ lệ về việc và về tiền của văn phòng, tỉnh và toàn quốc năm 2024.',
};
const rows: ComparisonRow[] = [
  { series: 'Văn phòng', measure: 'Về việc', value: (4213 / 4991) * 100 },
  { series: 'Tỉnh', measure: 'Về việc', value: 81.2 },
  { series: 'Toàn quốc', measure: 'Về việc', value: 83.6 },
  { series: 'Văn phòng', measure: 'Về tiền', value: 47.05 },
  { series: 'Tỉnh', measure: 'Về tiền', value: null },
  { series: 'Toàn quốc', measure: 'Về tiền', value: 44.6 },
];

describe('rateComparison', () => {
  it('matches the golden file', async () => {
    await expect(snapshotSvg(renderSvg(rateComparison(rows), a11y))).toMatchFileSnapshot(
      './__snapshots__/comparison.svg',
    );
  });

  it('labels every bar "84,41%" and a missing value "—"', () => {
    const texts = textsOf(renderSvg(rateComparison(rows), a11y));
    const values = texts.filter((t) => /,\d\d%$|^—$/.test(t));
    expect(values).toEqual(['84,41%', '81,20%', '83,60%', '47,05%', '—', '44,60%']);
    expect(texts).toEqual(expect.arrayContaining(['Về việc', 'Về tiền', 'Văn phòng', 'Tỉnh', 'Toàn quốc']));
  });

  it('colours bars by rate: blue for cases, vermillion for money', () => {
    const svg = renderSvg(rateComparison(rows), a11y);
    const fills = [...svg.matchAll(/<rect [^>]*fill="(#[0-9A-Fa-f]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual([CASES, CASES, CASES, MONEY, MONEY]);
  });

  it('draws all-missing values without NaN or an exception', () => {
    const svg = renderSvg(rateComparison(rows.map((r) => ({ ...r, value: null }))), a11y);
    expect(textsOf(svg).filter((t) => t === '—')).toHaveLength(6);
    expect(() => renderSvg(rateComparison([]), a11y)).not.toThrow();
  });
});

describe('rateComparison drawn without Plot', () => {
  // Names as the pages give them: short, long enough to be shortened, one word, with characters to escape.
  const NAMES = [
    'Văn phòng',
    'Tỉnh',
    'Toàn quốc',
    'Nationwide',
    'Thành phố Long Xuyên',
    'Phòng Thi hành án dân sự khu vực 12 Thành phố Hồ Chí Minh',
    'Xã',
    'Supercalifragilisticexpialidocious',
    'A & <b> "c"',
  ];
  const value = fc.oneof(
    fc.constant(null),
    fc.constantFrom(0, 100, 50, 33.335),
    fc.double({ min: 0, max: 100, noNaN: true }),
  );
  const input = fc.record({
    lang: fc.constantFrom('vi' as const, 'en' as const),
    series: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 4 }),
    both: fc.boolean(),
    values: fc.array(value, { minLength: 8, maxLength: 8 }),
    width: fc.constantFrom(340, 480, 600),
  });

  it("draws the same SVG, byte for byte, as Plot does for the chart's options", () => {
    fc.assert(
      fc.property(input, ({ lang, series, both, values, width }) => {
        const { cases, money } = MEASURE_SERIES[lang];
        const measures = both ? [cases, money] : [money];
        const groups = measures.flatMap((measure, i) =>
          series.map((name, j) => ({ series: name, measure, value: values[i * 4 + j] ?? null })),
        );
        const opts = { width, words: CHART_WORDS[lang] };
        expect(renderSvg(rateComparison(groups, opts), a11y)).toBe(renderSvg(plotComparison(groups, opts), a11y));
      }),
      { numRuns: 400 },
    );
  });
});
