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
