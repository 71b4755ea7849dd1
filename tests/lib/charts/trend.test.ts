import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASES, MONEY, TARGET } from '../../../src/lib/charts/palette';
import { renderSvg } from '../../../src/lib/charts/render';
import { rateTrend, type TargetPoint, type TrendPoint } from '../../../src/lib/charts/trend';
import { CHART_WORDS, MEASURE_SERIES } from '../../../src/lib/charts/words';
import { snapshotSvg, textsOf } from './svg-snapshot';
import { plotTrend } from './trend-plot';

const a11y = { title: 'Tỷ lệ thi hành xong', description: 'Tỷ lệ về việc và về tiền, 2021 đến 2025.' };
const year = (y: number, series: string, value: number | null): TrendPoint => ({
  periodKey: String(y),
  label: String(y),
  order: y * 12 + 12,
  series,
  value,
});
const points: TrendPoint[] = [
  year(2021, 'Về việc', 78.5),
  year(2022, 'Về việc', 81.25),
  year(2023, 'Về việc', 83.6),
  year(2024, 'Về việc', 84.41),
  year(2025, 'Về việc', 85),
  year(2021, 'Về tiền', 38.2),
  year(2022, 'Về tiền', null),
  year(2023, 'Về tiền', 44.6),
  year(2024, 'Về tiền', 47.9),
  year(2025, 'Về tiền', 50.3),
];
const targets: TargetPoint[] = [2023, 2024, 2025].flatMap((y) => [
  { label: String(y), order: y * 12 + 12, series: 'Về việc', value: 83 },
  { label: String(y), order: y * 12 + 12, series: 'Về tiền', value: 40 },
]);
const linePaths = (svg: string) =>
  [...svg.matchAll(/data-mark="line"[^>]*>(.*?)<\/g>/g)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/ d="([^"]+)"/g)].map((d) => d[1] ?? ''),
  );

describe('rateTrend', () => {
  it('matches the golden file', async () => {
    const svg = renderSvg(rateTrend(points, { targets, break: { label: '2025', note: 'Luật THADS 2025' } }), a11y);
    await expect(snapshotSvg(svg)).toMatchFileSnapshot('./__snapshots__/trend.svg');
  });

  it('puts periods in order, whatever the input order, with Vietnamese % ticks', () => {
    const texts = textsOf(renderSvg(rateTrend([...points].reverse()), a11y));
    expect(texts.filter((t) => /^20\d\d$/.test(t))).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(texts).toEqual(expect.arrayContaining(['0%', '20%', '80%', '100%']));
  });

  it('writes each series name at the end of its line instead of a legend', () => {
    const texts = textsOf(renderSvg(rateTrend(points, { targets }), a11y));
    // Each target is labelled with its value, so it reads as a goal at a glance.
    expect(texts).toEqual(expect.arrayContaining(['Về việc', 'Về tiền', 'Chỉ tiêu 83,00%', 'Chỉ tiêu 40,00%']));
  });

  it('leaves a gap where a value is missing', () => {
    const [cases, money] = linePaths(renderSvg(rateTrend(points), a11y));
    expect(cases?.match(/M/g)).toHaveLength(1);
    expect(money?.match(/M/g)).toHaveLength(2);
  });

  it('draws an all-missing chart without NaN, saying there is no data', () => {
    const empty = points.map((p) => ({ ...p, value: null }));
    const svg = renderSvg(rateTrend(empty, { targets }), a11y);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(textsOf(svg)).toContain('Chưa có số liệu');
    expect(() => renderSvg(rateTrend([]), a11y)).not.toThrow();
  });

  it('draws the break only between two shown periods', () => {
    const note = 'Luật THADS 2025';
    expect(textsOf(renderSvg(rateTrend(points, { break: { label: '2025', note } }), a11y))).toContain(note);
    expect(textsOf(renderSvg(rateTrend(points, { break: { label: '2021', note } }), a11y))).not.toContain(note);
    expect(textsOf(renderSvg(rateTrend(points, { break: { label: '2030', note } }), a11y))).not.toContain(note);
  });

  it('draws targets dashed in the target colour, not a series colour, each labelled with its value', () => {
    const svg = renderSvg(rateTrend(points, { targets }), a11y);
    const group = /<g data-mark="dot"[^>]*stroke-dasharray[^>]*>/.exec(svg)?.[0] ?? '';
    expect(group).toContain(`stroke="${TARGET}"`);
    expect(svg).toMatch(new RegExp(`<text fill="${TARGET}"[^>]*>Chỉ tiêu 83,00%</text>`));
    expect(TARGET).not.toBe(CASES);
    expect(TARGET).not.toBe(MONEY);
  });

  it('keeps the same colour for a series whether or not targets are shown', () => {
    const stroke = (svg: string) => /data-mark="line"[^>]*>.*?stroke="(#[0-9A-Fa-f]+)"/.exec(svg)?.[1];
    expect(stroke(renderSvg(rateTrend(points), a11y))).toBe('#0072B2');
  });
});

describe('rateTrend drawn without Plot', () => {
  const rate = fc.oneof(
    fc.constant(null),
    fc.constantFrom(0, 100, 33.335),
    fc.double({ min: 0, max: 100, noNaN: true }),
  );
  const input = fc.record({
    lang: fc.constantFrom('vi' as const, 'en' as const),
    // The two rates, or units with names long enough to be cut at the end of their line.
    units: fc.boolean(),
    first: fc.integer({ min: 2015, max: 2020 }),
    values: fc.array(fc.tuple(rate, rate), { maxLength: 9 }),
    targets: fc.array(fc.option(fc.integer({ min: 0, max: 1000 })), { minLength: 18, maxLength: 18 }),
    reversed: fc.boolean(),
    width: fc.constantFrom(340, 660),
    yLabel: fc.option(fc.constant('Tỷ lệ (%)')),
    cut: fc.option(
      fc.record({ at: fc.integer({ min: 0, max: 9 }), note: fc.constantFrom('Sắp xếp 7/2025', 'Reform 01/07/2025') }),
    ),
  });

  it("draws the same SVG, byte for byte, as Plot does for the chart's options", () => {
    fc.assert(
      fc.property(input, ({ lang, units, first, values, targets, reversed, width, yLabel, cut }) => {
        const { cases, money } = MEASURE_SERIES[lang];
        const names = units ? ['Hà Nội', 'Thành phố Hồ Chí Minh và các vùng lân cận'] : [cases, money];
        const at = (i: number) => ({ label: String(first + i), order: first + i });
        const series = values.flatMap((pair, i) =>
          pair.map((value, j) => ({ ...at(i), periodKey: at(i).label, series: names[j]!, value })),
        );
        const points = reversed ? series.reverse() : series;
        const goals = values.flatMap((_, i) =>
          names.flatMap((name, j) => {
            const t = targets[i * 2 + j];
            return t === null || t === undefined ? [] : [{ ...at(i), series: name, value: t / 10 }];
          }),
        );
        const opts = {
          width,
          words: CHART_WORDS[lang],
          targets: goals,
          ...(yLabel ? { yLabel } : {}),
          ...(cut ? { break: { label: String(first + cut.at), note: cut.note } } : {}),
        };
        expect(renderSvg(rateTrend(points, opts), a11y)).toBe(renderSvg(plotTrend(points, opts), a11y));
      }),
      { numRuns: 300 },
    );
  });
});
