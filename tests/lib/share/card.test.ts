/**
 * The share card: its view from the small fixture (the hand-checked rates of
 * Hà Nội, 2025), its SVG against a golden file, and its PNG: 1200 × 630 and
 * the same bytes every time.
 */
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, type CardView, drawCard, wrapWords } from '../../../src/lib/charts/card';
import { pngSize, rasterise } from '../../../src/lib/charts/raster';
import { computeModel } from '../../../src/lib/compute/model';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { rankingsCard, unitCard } from '../../../src/lib/views/card';
import { snapshotSvg, textsOf } from '../charts/svg-snapshot';
import { SMALL_DIR } from '../helpers';

const outcome = loadDataset(await readDataFiles(SMALL_DIR));
if (!outcome.dataset) throw new Error('the small fixture must load');
const data = { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
const hanoi = data.dataset.registry.units.find((u) => u.slug === 'ha-noi-01')!;

describe('the card of a page', () => {
  it('says the unit, its latest rates and its full-year trend', () => {
    const card = unitCard(data, hanoi);
    expect(card).toMatchObject({
      site: 'Thống kê thi hành án dân sự',
      title: 'Thành phố Hà Nội',
      subtitle: 'Tỷ lệ thi hành xong, năm 2025',
      rates: [
        { label: 'Về việc', value: '84,41%', measure: 'cases' },
        { label: 'Về tiền', value: '59,61%', measure: 'money' },
      ],
      note: 'Dữ liệu mẫu',
      alt: 'Thành phố Hà Nội. Tỷ lệ thi hành xong, năm 2025; về việc 84,41%; về tiền 59,61%.',
    });
    expect(card.trend).toMatchObject({ first: '2024', last: '2025' });
    expect(card.trend?.cases.map((p) => p.value?.toFixed(2))).toEqual(['84.30', '84.41']);
  });

  it('in English: the same figures in English words and number format, the unit name as it is', () => {
    const card = unitCard(data, hanoi, 'en');
    expect(card).toMatchObject({
      site: 'Civil judgment enforcement statistics',
      title: 'Thành phố Hà Nội',
      subtitle: 'Completion rate, year 2025',
      rates: [
        { label: 'Cases', value: '84.41%', measure: 'cases' },
        { label: 'Money', value: '59.61%', measure: 'money' },
      ],
      note: 'Sample data',
      alt: 'Thành phố Hà Nội. Completion rate, year 2025; by cases 84.41%; by money 59.61%.',
    });
    expect(card.trend).toEqual(unitCard(data, hanoi).trend);
    const rankings = rankingsCard(data, data.model.latest, 'en');
    expect([rankings.title, rankings.subtitle]).toEqual([
      'The provinces ranked',
      'Completion rate nationwide, year 2025',
    ]);
  });

  it('of a rankings page: the national rates of its period', () => {
    const card = rankingsCard(data, data.model.latest);
    expect(card.title).toBe('Xếp hạng các tỉnh, thành phố');
    expect(card.subtitle).toBe(`Tỷ lệ thi hành xong toàn quốc, ${'năm 2025'}`);
    expect(card.rates.map((r) => r.value)).toEqual(
      (['cases', 'money'] as const).map((m) =>
        data.model.national.get(data.model.latest.key)!.figures[m].rate!.toFixed(2).replace('.', ',').concat('%'),
      ),
    );
  });
});

describe('drawCard', () => {
  const card: CardView = {
    site: 'Thống kê thi hành án dân sự',
    title: 'Phòng Thi hành án dân sự khu vực 12 <Thành phố Hồ Chí Minh> & các đơn vị cũ trên cùng địa bàn',
    subtitle: 'Tỷ lệ thi hành xong, năm 2026',
    rates: [
      { label: 'Về việc', value: '84,41%', measure: 'cases' },
      { label: 'Về tiền', value: '59,61%', measure: 'money' },
    ],
    trend: {
      cases: [
        { order: 1, value: 80 },
        { order: 2, value: null },
        { order: 3, value: 84.41 },
      ],
      money: [
        { order: 1, value: 50.123 },
        { order: 2, value: 55 },
        { order: 3, value: 59.61 },
      ],
      first: '2024',
      last: '2026',
    },
    note: 'Dữ liệu mẫu',
    alt: 'Một câu "có" dấu & <ký hiệu>.',
  };

  it('matches the golden file', async () => {
    await expect(snapshotSvg(drawCard(card))).toMatchFileSnapshot('./__snapshots__/card.svg');
  });

  it('escapes every text, wraps a long title in two lines and ends a cut one with "…"', () => {
    const svg = drawCard(card);
    expect(svg).not.toMatch(/<Thành|& các|"có"/);
    const titles = textsOf(svg).slice(1, 3);
    expect(titles[1]).toMatch(/…$/);
    expect(wrapWords('a bb ccc dddd', 6, 3)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapWords('a bb ccc dddd', 6, 2)).toEqual(['a bb', 'ccc…']);
  });

  it('rasterises to a 1200 × 630 PNG, the same bytes on every render', async () => {
    const svg = drawCard(card);
    const [a, b] = await Promise.all([rasterise(svg), rasterise(svg)]);
    expect(pngSize(a!)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(Buffer.compare(a!, b!)).toBe(0);
    expect(pngSize(await rasterise(svg, 2))).toEqual({ width: 2 * CARD_WIDTH, height: 2 * CARD_HEIGHT });
  });

  it('pngSize reads the header and refuses what is not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
