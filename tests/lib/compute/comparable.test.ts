/**
 * Comparable series across a reorganisation, checked against the figures
 * computed by hand in tests/fixtures/reform/README.md.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foundingPredecessors, splitAncestors } from '../../../src/lib/compute/comparable';
import { computeModel, type Stat, type UnitStat } from '../../../src/lib/compute/model';
import { DASH, formatChangePercent, formatPercent, formatPoints } from '../../../src/lib/format';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { changeWhyShort } from '../../../src/lib/views/change-why';

const REFORM_DIR = fileURLToPath(new URL('../../fixtures/reform/', import.meta.url));
const outcome = loadDataset(await readDataFiles(REFORM_DIR));
if (!outcome.dataset) throw new Error(`the reform fixture must load: ${JSON.stringify(outcome.problems)}`);
const { registry } = outcome.dataset;
const model = computeModel(outcome.dataset);

const unit = (code: string, date = '2025-07-01') => registry.resolve(code, date)!;
const series = (code: string, date?: string) => model.byUnit.get(unit(code, date).slug) ?? [];
const at = (code: string, period: string, date?: string): UnitStat => {
  const found = series(code, date).find((s) => s.period.key === period);
  if (!found) throw new Error(`no stat for ${code} in ${period}`);
  return found;
};
const rates = (s: Stat) => [formatPercent(s.figures.cases.rate), formatPercent(s.figures.money.rate)];
const change = (s: Stat) => [formatPoints(s.change.cases.rate), formatPoints(s.change.money.rate)];
const counts = (s: Stat) => [
  s.figures.cases.done,
  s.figures.cases.enforceable,
  s.figures.money.done,
  s.figures.money.enforceable,
];
const codes = (units: readonly { code: string }[]) => units.map((u) => u.code);

describe('comparable series on the reform fixture (tests/fixtures/reform/README.md)', () => {
  it('loads without a problem: carries follow the predecessors, and a split’s shared carry is not checked', () => {
    // 24-KV02 and 24-KV03 each carry over part of Tiên Du's 41 cases: no warning, the data cannot say how it was shared.
    expect(outcome.problems).toEqual([]);
  });

  it('gives the merged Bắc Ninh the sums of Bắc Giang and the old Bắc Ninh before 2025-07-01', () => {
    expect(series('24').map((s) => `${s.period.key} ${s.basis}`)).toEqual([
      '2023 sum_of_predecessors',
      '2024-03 sum_of_predecessors',
      '2024 sum_of_predecessors',
      '2025-03 sum_of_predecessors',
      '2025 reported',
    ]);
    const y2023 = at('24', '2023');
    expect(counts(y2023)).toEqual([864, 1060, 51600, 96000]);
    // 81,51%, not the 81,95% an average of the two rates would give.
    expect(rates(y2023)).toEqual(['81,51%', '53,75%']);
    expect(codes(y2023.members)).toEqual(['24', '27']);
    expect(y2023.members.map((u) => u.valid_to)).toEqual(['2025-06-30', '2025-06-30']);
    expect(rates(at('24', '2024-03'))).toEqual(['76,17%', '42,86%']);
    expect(counts(at('24', '2024'))).toEqual([919, 1120, 68000, 119000]);
    expect(rates(at('24', '2024'))).toEqual(['82,05%', '57,14%']);
    expect(rates(at('24', '2025-03'))).toEqual(['74,33%', '45,88%']);
    expect(rates(at('24', '2025'))).toEqual(['80,00%', '53,85%']);
  });

  it('sums recursively: khu vực 1 of Bắc Ninh in 2023 adds the offices that formed 24-03 in 2024', () => {
    expect(codes(at('24-KV01', '2023').members)).toEqual(['24-01', '24-02', '27-01']);
    expect(counts(at('24-KV01', '2023'))).toEqual([334, 430, 18000, 40000]);
    expect(rates(at('24-KV01', '2023'))).toEqual(['77,67%', '45,00%']);
    expect(codes(at('24-KV01', '2024').members)).toEqual(['24-03', '27-01']);
    expect(rates(at('24-KV01', '2024'))).toEqual(['78,00%', '60,00%']);
    expect(rates(at('24-03', '2023', '2024-01-01'))).toEqual(['76,43%', '42,31%']);
    // No predecessor office reported the 6-month periods: no figure, and no gap to explain.
    expect(series('24-KV01').map((s) => s.period.key)).toEqual(['2023', '2024', '2025']);
    expect(model.lineage.get(unit('24-KV01').slug)?.gaps).toEqual([]);
  });

  it('computes changes on the year across the break from the comparable series', () => {
    expect(change(at('24', '2024'))).toEqual(['+0,54 điểm %', '+3,39 điểm %']);
    expect(change(at('24', '2025-03'))).toEqual(['−1,84 điểm %', '+3,03 điểm %']);
    const y2025 = at('24', '2025');
    expect(y2025.previousBasis).toBe('sum_of_predecessors');
    expect(change(y2025)).toEqual(['−2,05 điểm %', '−3,30 điểm %']);
    expect(formatChangePercent(y2025.change.cases.enforceable)).toBe('+2,68%');
    expect(formatChangePercent(y2025.change.cases.done)).toBe('+0,11%');
    expect(change(at('24-KV01', '2024'))).toEqual(['+0,33 điểm %', '+15,00 điểm %']);
    expect(change(at('24-KV01', '2025'))).toEqual(['+2,00 điểm %', '−6,00 điểm %']);
    expect(change(at('01-KV01', '2025'))).toEqual(['+0,83 điểm %', '+6,67 điểm %']);
  });

  it('gives no comparable figure when a predecessor did not report, and says which', () => {
    expect(series('01-KV01').map((s) => `${s.period.key} ${s.basis}`)).toEqual([
      '2024 sum_of_predecessors',
      '2025 reported',
    ]);
    expect(rates(at('01-KV01', '2024'))).toEqual(['79,17%', '53,33%']);
    expect(change(at('01-KV01', '2024'))).toEqual([DASH, DASH]);
    const gaps = model.lineage.get(unit('01-KV01').slug)!.gaps;
    expect(gaps.map((g) => [g.period.key, codes(g.missing)])).toEqual([['2023', ['01-02']]]);
  });

  it('computes no comparable series for the successors of a split, and says why', () => {
    const tienDu = unit('27-02', '2025-06-30');
    expect(registry.isSplit(tienDu)).toBe(true);
    expect(codes(registry.successorsOf(tienDu))).toEqual(['24-KV02', '24-KV03']);
    expect(registry.successorOf(tienDu)).toBeUndefined();
    for (const code of ['24-KV02', '24-KV03']) {
      expect(series(code).map((s) => `${s.period.key} ${s.basis}`)).toEqual(['2025 reported']);
      expect(model.lineage.get(unit(code).slug)?.splits).toEqual([tienDu]);
      expect(splitAncestors(unit(code), registry)).toEqual([tienDu]);
      expect(change(at(code, '2025'))).toEqual([DASH, DASH]);
    }
    expect(codes(foundingPredecessors(unit('24-KV02'), registry))).toEqual(['27-02', '27-03']);
    expect(codes(registry.predecessorsOf(unit('24-KV03')))).toEqual(['27-02']);
  });

  it('keeps the own series of continuing units and of former units', () => {
    expect(series('01').map((s) => `${s.period.key} ${s.basis}`)).toEqual([
      '2023 reported',
      '2024-03 reported',
      '2024 reported',
      '2025-03 reported',
      '2025 reported',
    ]);
    expect(series('24', '2025-06-30').every((s) => s.basis === 'reported')).toBe(true);
    expect(model.lineage.has(unit('01').slug)).toBe(false);
  });

  it('keeps the nation continuous: the provinces in force in each period', () => {
    const nation = (p: string) => model.national.get(p)!;
    expect(counts(nation('2023'))).toEqual([1984, 2460, 121600, 236000]);
    expect(rates(nation('2024'))).toEqual(['82,02%', '56,63%']);
    expect(rates(nation('2025'))).toEqual(['80,00%', '56,67%']);
    expect(change(nation('2025'))).toEqual(['−2,02 điểm %', '+0,04 điểm %']);
    // 2024: Hà Nội plus the comparable Bắc Ninh is the nation.
    expect(nation('2024').figures.cases.done).toBe(
      at('01', '2024').figures.cases.done + at('24', '2024').figures.cases.done,
    );
    expect(codes(nation('2024').members)).toEqual(['01', '24', '27']);
    expect(codes(nation('2025').members)).toEqual(['01', '24']);
  });

  it('ranks in each period only the units in force then, never the sums', () => {
    const ranked = (p: string) =>
      model.byPeriod
        .get(p)!
        .filter((s) => s.unit!.level === 'province')
        .map((s) => `${s.unit!.code} ${s.rankOf}`);
    expect(ranked('2024')).toEqual(['01 3', '24 3', '27 3']);
    expect(ranked('2025')).toEqual(['01 2', '24 2']);
    for (const stats of model.byPeriod.values()) expect(stats.every((s) => s.basis === 'reported')).toBe(true);
    expect(at('24', '2024').rank).toEqual({ cases: null, money: null });
  });
});

/**
 * The fixture with six months of statistical year 2026 (to 31/03/2026), after
 * the reform, for every unit in force; each row carries over the 2025 row's
 * "carried to the next period". Hand-computed (done = completed + terminated):
 *
 * | unit    | cases done / enforceable | money done / enforceable |
 * | ------- | ------------------------ | ------------------------ |
 * | 01      | 720 / 900 = 80,00%       | 90000 / 150000 = 60,00%  |
 * | 24      | 450 / 600 = 75,00%       | 50000 / 100000 = 50,00%  |
 * | 01-KV01 | 300 / 400 = 75,00%       | 30000 / 60000 = 50,00%   |
 * | 24-KV01 | 240 / 300 = 80,00%       | 20000 / 40000 = 50,00%   |
 * | 24-KV02 | 60 / 80 = 75,00%         | 5000 / 10000 = 50,00%    |
 * | 24-KV03 | 30 / 40 = 75,00%         | 3000 / 6000 = 50,00%     |
 */
const MONTHS_2026 = `period,unit_code,cases_carried_over,cases_new,cases_entrusted,cases_enforceable,cases_unenforceable,cases_completed,cases_terminated,money_carried_over,money_new,money_entrusted,money_enforceable,money_unenforceable,money_completed,money_terminated,cases_in_progress,cases_postponed,cases_suspended,money_in_progress,money_postponed,money_suspended,source,note
2026-03,01,630,500,0,900,230,700,20,170000,50000,0,150000,70000,90000,0,,,,,,,,
2026-03,24,467,300,0,600,167,440,10,132400,40000,0,100000,72400,50000,0,,,,,,,,
2026-03,01-KV01,285,200,0,400,85,300,0,66000,20000,0,60000,26000,30000,0,,,,,,,,
2026-03,24-KV01,215,150,0,300,65,240,0,53000,15000,0,40000,28000,20000,0,,,,,,,,
2026-03,24-KV02,55,40,0,80,15,60,0,11500,4000,0,10000,5500,5000,0,,,,,,,,
2026-03,24-KV03,30,20,0,40,10,30,0,6000,2000,0,6000,2000,3000,0,,,,,,,,
`;

describe('a month after the reform, against the same month of last year', async () => {
  const files = await readDataFiles(REFORM_DIR);
  const withMonths = loadDataset({
    ...files,
    results: [...files.results, { file: 'results/2026.csv', text: MONTHS_2026 }],
  });
  if (!withMonths.dataset) throw new Error(`the months of 2026 must load: ${JSON.stringify(withMonths.problems)}`);
  const later = computeModel(withMonths.dataset);
  const stat = (code: string, period: string) =>
    later.byUnit
      .get(withMonths.dataset!.registry.resolve(code, '2026-03-31')!.slug)!
      .find((s) => s.period.key === period)!;

  it('loads without a problem', () => {
    expect(withMonths.problems).toEqual([]);
  });

  it('compares the merged Bắc Ninh’s 6 months of 2026 with the sum of Bắc Giang and the old Bắc Ninh in 2025', () => {
    const s = stat('24', '2026-03');
    expect(s.basis).toBe('reported');
    expect(s.previousBasis).toBe('sum_of_predecessors');
    expect(rates(s)).toEqual(['75,00%', '50,00%']);
    // 75,00 − 498/670 (74,3284) = +0,67; 50,00 − 39000/85000 (45,8824) = +4,12.
    expect(change(s)).toEqual(['+0,67 điểm %', '+4,12 điểm %']);
    // Enforceable 670 → 600 = −10,45%; done 498 → 450 = −9,64%.
    expect(formatChangePercent(s.change.cases.enforceable)).toBe('−10,45%');
    expect(formatChangePercent(s.change.cases.done)).toBe('−9,64%');
  });

  it('compares a continuing unit’s month with its own report', () => {
    // 80,00 − 620/900 (68,8889) = +11,11; 60,00 − 50000/120000 (41,6667) = +18,33.
    expect(change(stat('01', '2026-03'))).toEqual(['+11,11 điểm %', '+18,33 điểm %']);
  });

  it('says why there is nothing to compare: the former offices reported no months, a split has no series', () => {
    const merged = stat('24-KV01', '2026-03');
    expect(merged.previous).toBeNull();
    expect(changeWhyShort(merged, 'cases')).toBe('không có số liệu năm trước');
    expect(changeWhyShort(stat('24-KV02', '2026-03'), 'cases')).toBe('đơn vị mới thành lập');
  });
});
