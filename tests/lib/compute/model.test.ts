import { describe, expect, it } from 'vitest';
import { computeModel, type Stat, type UnitStat } from '../../../src/lib/compute/model';
import { DASH, formatChangePercent, formatPercent, formatPoints } from '../../../src/lib/format';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { SMALL_DIR } from '../helpers';

const outcome = loadDataset(await readDataFiles(SMALL_DIR));
if (!outcome.dataset) throw new Error('the small fixture must load');
const model = computeModel(outcome.dataset);

const national = (period: string) => model.national.get(period)!;
const stat = (period: string, slug: string): UnitStat => {
  const found = model.byPeriod.get(period)!.find((s) => s.unit!.slug === slug);
  if (!found) throw new Error(`no stat for ${slug} in ${period}`);
  return found;
};
/** Rates as the README writes them. */
const rates = (s: Stat) => [formatPercent(s.figures.cases.rate), formatPercent(s.figures.money.rate)];
const change = (s: Stat) => [formatPoints(s.change.cases.rate), formatPoints(s.change.money.rate)];
const gap = (s: Stat) => [formatPoints(s.gap.cases), formatPoints(s.gap.money)];
const ranks = (s: UnitStat) => [s.rank.cases, s.rank.money, s.rankOf];

describe('computeModel on the small fixture (figures of tests/fixtures/small/README.md)', () => {
  it('has the periods 2024 and 2025, the latest last', () => {
    expect(model.periods.map((p) => p.key)).toEqual(['2024', '2025']);
    expect(model.latest.key).toBe('2025');
    expect(model.byPeriod.get('2024')).toHaveLength(8);
    expect(model.byPeriod.get('2025')).toHaveLength(4);
  });

  it('computes the 2024 rates of each province and the nation', () => {
    expect(rates(stat('2024', 'ha-noi-01'))).toEqual(['84,30%', '47,67%']);
    expect(rates(stat('2024', 'bac-giang-24-den-2025-06-30'))).toEqual(['80,00%', '42,00%']);
    expect(rates(stat('2024', 'bac-ninh-27-den-2025-06-30'))).toEqual(['90,00%', '50,00%']);
    const n = national('2024');
    expect(n.kind).toBe('nation');
    expect(n).not.toHaveProperty('unit');
    expect([n.figures.cases.done, n.figures.cases.enforceable]).toEqual([2530, 3000]);
    expect([n.figures.money.done, n.figures.money.enforceable]).toEqual([184_000_000, 390_000_000]);
    expect(rates(n)).toEqual(['84,33%', '47,18%']);
  });

  it('computes the 2025 rates of Hà Nội, Bắc Ninh (24) and the nation', () => {
    const haNoi = stat('2025', 'ha-noi-01');
    expect([haNoi.figures.cases.done, haNoi.figures.cases.enforceable]).toEqual([4213, 4991]);
    expect([haNoi.figures.money.done, haNoi.figures.money.enforceable]).toEqual([280_780_000, 471_060_000]);
    expect(rates(haNoi)).toEqual(['84,41%', '59,61%']);
    expect(rates(stat('2025', 'bac-ninh-24'))).toEqual(['80,00%', '37,50%']);
    const n = national('2025');
    expect([n.figures.cases.done, n.figures.cases.enforceable]).toEqual([5013, 5991]);
    expect([n.figures.money.done, n.figures.money.enforceable]).toEqual([325_780_000, 591_060_000]);
    expect(rates(n)).toEqual(['83,68%', '55,12%']);
  });

  it('compares Hà Nội and the nation with the same period of the previous year', () => {
    const haNoi = stat('2025', 'ha-noi-01');
    expect(haNoi.previous).toEqual(stat('2024', 'ha-noi-01').figures);
    expect(change(haNoi)).toEqual(['+0,11 điểm %', '+11,94 điểm %']);
    expect(haNoi.change.cases.rate).toBeCloseTo(4213 / 49.91 - 84.3, 10);
    // Counts: enforceable 2000 → 4991, done 1686 → 4213.
    expect(formatChangePercent(haNoi.change.cases.enforceable)).toBe('+149,55%');
    expect(formatChangePercent(haNoi.change.cases.done)).toBe('+149,88%');
    expect(change(national('2025'))).toEqual(['−0,66 điểm %', '+7,94 điểm %']);
    expect(national('2025').previous).toEqual(national('2024').figures);
  });

  it('has no previous figures for the first year, so no change', () => {
    expect(stat('2024', 'ha-noi-01').previous).toBeNull();
    expect(stat('2024', 'ha-noi-01').change).toEqual({
      cases: { rate: null, enforceable: null, done: null },
      money: { rate: null, enforceable: null, done: null },
    });
    expect(national('2024').previous).toBeNull();
    expect(change(national('2024'))).toEqual([DASH, DASH]);
  });

  it('compares the new Bắc Ninh with the sum of Bắc Giang and the old Bắc Ninh in 2024', () => {
    const bacNinh = stat('2025', 'bac-ninh-24');
    // README: 2024 as Bắc Giang + Bắc Ninh (27): 844 / 1000 = 84,40%, 41 / 90 = 45,56%.
    expect(bacNinh.previousBasis).toBe('sum_of_predecessors');
    expect(bacNinh.previous?.cases).toMatchObject({ enforceable: 1000, done: 844 });
    expect(bacNinh.previous?.money).toMatchObject({ enforceable: 90_000_000, done: 41_000_000 });
    // 80,00 − 84,40 = −4,40 points; 37,50 − 45,56 = −8,06 points.
    expect(change(bacNinh)).toEqual(['−4,40 điểm %', '−8,06 điểm %']);
    expect(formatChangePercent(bacNinh.change.cases.enforceable)).toBe('0,00%');
    expect(formatChangePercent(bacNinh.change.cases.done)).toBe('−5,21%');
  });

  it('measures the gap to Hà Nội’s own target and to the national target for Bắc Ninh', () => {
    const haNoi = stat('2025', 'ha-noi-01');
    expect(haNoi.target).toEqual({ cases: { value: 84.17, source: 'own' }, money: { value: 58, source: 'own' } });
    expect(gap(haNoi)).toEqual(['+0,24 điểm %', '+1,61 điểm %']);
    const bacNinh = stat('2025', 'bac-ninh-24');
    expect(bacNinh.target).toEqual({
      cases: { value: 82.6, source: 'national' },
      money: { value: 45.6, source: 'national' },
    });
    expect(gap(bacNinh)).toEqual(['−2,60 điểm %', '−8,10 điểm %']);
    expect(gap(national('2025'))).toEqual(['+1,08 điểm %', '+9,52 điểm %']);
    expect(gap(national('2024'))).toEqual(['+2,33 điểm %', '+2,18 điểm %']);
  });

  it('ranks provinces nationally and offices within their province', () => {
    expect(ranks(stat('2024', 'bac-ninh-27-den-2025-06-30'))).toEqual([1, 1, 3]);
    expect(ranks(stat('2024', 'ha-noi-01'))).toEqual([2, 2, 3]);
    expect(ranks(stat('2024', 'bac-giang-24-den-2025-06-30'))).toEqual([3, 3, 3]);
    expect(ranks(stat('2025', 'ha-noi-01'))).toEqual([1, 1, 2]);
    expect(ranks(stat('2025', 'bac-ninh-24'))).toEqual([2, 2, 2]);
    // Hà Nội's offices in 2024: Hoàn Kiếm 616/700 = 88%, Ba Đình 830/1000 = 83%; money 55% and 45%; Tây Hồ has no rate.
    expect(ranks(stat('2024', 'quan-hoan-kiem-01-02-den-2025-06-30'))).toEqual([1, 2, 3]);
    expect(ranks(stat('2024', 'quan-ba-dinh-01-01-den-2025-06-30'))).toEqual([2, 1, 3]);
    expect(ranks(stat('2024', 'quan-tay-ho-01-03-den-2025-06-30'))).toEqual([null, null, 3]);
    expect(ranks(stat('2024', 'thanh-pho-bac-giang-24-01-den-2025-06-30'))).toEqual([1, 1, 1]);
    expect(ranks(stat('2024', 'thanh-pho-bac-ninh-27-01-den-2025-06-30'))).toEqual([1, 1, 1]);
    expect(ranks(stat('2025', 'khu-vuc-1-24-kv01'))).toEqual([1, 1, 1]);
    expect(national('2025')).not.toHaveProperty('rank');
  });

  it('shows Tây Hồ’s 2024 rates as undefined: nothing was enforceable', () => {
    expect(rates(stat('2024', 'quan-tay-ho-01-03-den-2025-06-30'))).toEqual([DASH, DASH]);
  });

  it('carries to the next period what was to enforce and not done', () => {
    const haNoi = stat('2025', 'ha-noi-01');
    expect(haNoi.figures.cases.carriedNext).toBe(929 + 4900 - 33 - 4213);
    expect(haNoi.figures.cases.carriedNext).toBe(1583);
    expect(haNoi.figures.money.carriedNext).toBe(439_220_000);
    // Nation 2025: Hà Nội 1583 + Bắc Ninh (315 + 950 − 5 − 800 = 460).
    expect(national('2025').figures.cases.carriedNext).toBe(2043);
    expect(national('2025').figures.money.carriedNext).toBe(439_220_000 + 145_000_000);
    // Nation 2024: Hà Nội 679 + Bắc Giang 252 + Bắc Ninh 104.
    expect(national('2024').figures.cases.carriedNext).toBe(1035);
  });

  it('counts the provinces reporting against those in force at the end of the period', () => {
    expect(national('2024').coverage).toEqual({ reporting: 3, inForce: 3 });
    expect(national('2025').coverage).toEqual({ reporting: 2, inForce: 2 });
  });

  it('keeps each unit’s own series, and gives a unit formed by merger the sums of its predecessors before', () => {
    const series = (slug: string) => model.byUnit.get(slug)?.map((s) => `${s.period.key} ${s.basis}`);
    expect(series('ha-noi-01')).toEqual(['2024 reported', '2025 reported']);
    expect(series('bac-giang-24-den-2025-06-30')).toEqual(['2024 reported']);
    expect(series('bac-ninh-27-den-2025-06-30')).toEqual(['2024 reported']);
    expect(series('bac-ninh-24')).toEqual(['2024 sum_of_predecessors', '2025 reported']);
    expect(series('khu-vuc-1-01-kv01')).toEqual(['2024 sum_of_predecessors', '2025 reported']);
    expect(series('khu-vuc-1-24-kv01')).toEqual(['2024 sum_of_predecessors', '2025 reported']);
    // 8 units reported in 2024 and 4 in 2025; only Hà Nội in both.
    expect(model.byUnit.size).toBe(11);
    // Sums never enter a period's ranking: 2024 ranks the 3 provinces then in force.
    expect(model.byPeriod.get('2024')!.every((s) => s.basis === 'reported')).toBe(true);
  });

  it('computes the offices’ comparable figures of README: Hà Nội khu vực 1 and Bắc Ninh khu vực 1 in 2024', () => {
    const sum = (slug: string) => model.byUnit.get(slug)!.find((s) => s.period.key === '2024')!;
    const haNoi = sum('khu-vuc-1-01-kv01');
    expect(haNoi.members.map((u) => u.code)).toEqual(['01-01', '01-02', '01-03']);
    expect(rates(haNoi)).toEqual(['85,06%', '50,45%']);
    expect(change(stat('2025', 'khu-vuc-1-01-kv01'))).toEqual(['−0,06 điểm %', '+9,55 điểm %']);
    const bacNinh = sum('khu-vuc-1-24-kv01');
    expect(rates(bacNinh)).toEqual(['84,67%', '44,29%']);
    expect([bacNinh.rank, bacNinh.target, bacNinh.row]).toEqual([
      { cases: null, money: null },
      { cases: null, money: null },
      null,
    ]);
    expect(change(stat('2025', 'khu-vuc-1-24-kv01'))).toEqual(['−4,67 điểm %', '−9,29 điểm %']);
  });

  it('groups each period’s stats as the pages show them: the provinces, and the offices by province', () => {
    const slugs = (stats: readonly UnitStat[] | undefined) => (stats ?? []).map((s) => s.unit.slug);
    expect(slugs(model.provincesByPeriod.get('2024'))).toEqual([
      'ha-noi-01',
      'bac-giang-24-den-2025-06-30',
      'bac-ninh-27-den-2025-06-30',
    ]);
    const offices2024 = model.officesByPeriod.get('2024')!;
    expect([...offices2024.keys()]).toEqual(['ha-noi-01', 'bac-giang-24-den-2025-06-30', 'bac-ninh-27-den-2025-06-30']);
    expect(slugs(offices2024.get('ha-noi-01'))).toEqual([
      'quan-ba-dinh-01-01-den-2025-06-30',
      'quan-hoan-kiem-01-02-den-2025-06-30',
      'quan-tay-ho-01-03-den-2025-06-30',
    ]);
    expect(slugs(model.officesByPeriod.get('2025')!.get('bac-ninh-24'))).toEqual(['khu-vuc-1-24-kv01']);
    // The nation counts the provinces it adds up.
    expect(national('2024').coverage.reporting).toBe(model.provincesByPeriod.get('2024')!.length);
  });

  it('keeps the row each figure comes from; totals have none', () => {
    expect(stat('2025', 'ha-noi-01').row).toMatchObject({ file: 'results/2025.csv', line: 2 });
    expect(national('2025')).not.toHaveProperty('row');
  });
});

// Hà Nội alone reports October 2025 (1 month of statistical year 2026, national target 83%): 100 of 400 cases.
const files = await readDataFiles(SMALL_DIR);
const header = files.results[0]!.text.split('\n')[0]!;
const row = '2025-10,01,929,100,0,400,629,90,10,324000000,20000000,0,40000000,304000000,9000000,1000000,,,,,,,,';
const targets = { ...files.targets!, text: `${files.targets!.text}2026,,83.00,46.00\n` };
const early = loadDataset({
  ...files,
  targets,
  results: [...files.results, { file: 'results/2026.csv', text: `${header}\n${row}\n` }],
});
if (!early.dataset) throw new Error(early.problems.map((p) => p.en).join('\n'));
const m = computeModel(early.dataset);

describe('computeModel with a cumulative month reported by one province only', () => {
  it('keeps the headline on the newest period every province reported', () => {
    expect(m.periods.map((p) => p.key)).toEqual(['2024', '2025', '2025-10']);
    expect(m.national.get('2025-10')!.coverage).toEqual({ reporting: 1, inForce: 2 });
    expect(m.latest.key).toBe('2025');
  });

  it('does not measure a cumulative month against the annual target', () => {
    const s = m.byPeriod.get('2025-10')!.find((x) => x.unit!.code === '01')!;
    expect(formatPercent(s.figures.cases.rate)).toBe('25,00%');
    expect(s.target.cases?.value).toBe(83);
    expect([s.gap.cases, s.gap.money]).toEqual([null, null]);
  });
});
