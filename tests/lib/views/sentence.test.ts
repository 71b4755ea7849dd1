/**
 * The sentence that opens a unit page, on hand-made stats whose every figure
 * is worked out in the comments. Rates are (done / enforceable) × 100.
 */
import { describe, expect, it } from 'vitest';
import type { NationStat, UnitStat } from '../../../src/lib/compute/model';
import type { Unit } from '../../../src/lib/domain/types';
import { periodOf } from '../../../src/lib/period';
import { changeWhyShort, changeWhyText } from '../../../src/lib/views/change-why';
import { headlineSentences, type SentenceContext } from '../../../src/lib/views/sentence';

const YEAR = periodOf(2026, 12);

const measure = (done: number, enforceable: number) => ({
  done,
  enforceable,
  rate: enforceable === 0 ? null : (done / enforceable) * 100,
});

const unit = (code: string, validFrom: string | null = null) =>
  ({ code, name: `Đơn vị ${code}`, slug: code, valid_from: validFrom, valid_to: null, area: null }) as unknown as Unit;

interface Given {
  cases: [number, number];
  money?: [number, number];
  previous?: { cases: [number, number]; money: [number, number] } | null;
  target?: { cases: number; money: number } | null;
  rank?: { cases: number | null; money: number | null };
  rankOf?: number;
  unit?: Unit;
  period?: ReturnType<typeof periodOf>;
}

/** A unit stat as the model builds it: change and gap are the unrounded differences. */
function stat(g: Given): UnitStat {
  const cur = { cases: measure(...g.cases), money: measure(...(g.money ?? g.cases)) };
  const prev = g.previous ? { cases: measure(...g.previous.cases), money: measure(...g.previous.money) } : null;
  const diff = (a: number | null, b: number | null | undefined) => (a === null || b == null ? null : a - b);
  const period = g.period ?? YEAR;
  const target = g.target === null ? null : (g.target ?? { cases: 83, money: 46 });
  const full = period.months === 12;
  return {
    kind: 'unit',
    unit: g.unit ?? unit('01'),
    period,
    figures: cur,
    basis: 'reported',
    members: [],
    previous: prev,
    previousBasis: prev ? 'reported' : null,
    change: {
      cases: { rate: diff(cur.cases.rate, prev?.cases.rate), enforceable: null, done: null },
      money: { rate: diff(cur.money.rate, prev?.money.rate), enforceable: null, done: null },
    },
    target: {
      cases: target ? { value: target.cases, source: 'own' } : null,
      money: target ? { value: target.money, source: 'own' } : null,
    },
    gap: {
      cases: full && target ? diff(cur.cases.rate, target.cases) : null,
      money: full && target ? diff(cur.money.rate, target.money) : null,
    },
    rank: g.rank ?? { cases: 1, money: 1 },
    rankOf: g.rankOf ?? 1,
    row: null,
  } as unknown as UnitStat;
}

// Nation 2026: 4.000 of 5.000 cases = 80,00%; 500.000 of 1.000.000 thousand đồng = 50,00%.
const nation = { figures: { cases: measure(4000, 5000), money: measure(500_000, 1_000_000) } } as unknown as NationStat;
const context = (peers: UnitStat[] = [], national: NationStat | undefined = nation): SentenceContext => ({
  national,
  peers,
  rankScope: 'trong tỉnh',
});

describe('headlineSentences', () => {
  it('above the nation and the target, up on last year, ranked alone', () => {
    // 10.244 / 12.038 = 85,0972…% → 85,10%; target 83 → +2,10 points;
    // last year 8.000 / 10.000 = 80,00% → 85,0972 − 80 = +5,10 points.
    const s = stat({ cases: [10_244, 12_038], previous: { cases: [8000, 10_000], money: [100, 200] }, rankOf: 9 });
    expect(headlineSentences(s, context([s]))[0]).toBe(
      'Năm 2026, 10.244 trong 12.038 việc có điều kiện thi hành đã thi hành xong (85,10%), cao hơn toàn quốc (80,00%), ' +
        'vượt chỉ tiêu (83,00%) 2,10 điểm phần trăm, tăng 5,10 điểm phần trăm so với năm 2025 (80,00%), xếp hạng 1/9 trong tỉnh.',
    );
  });

  it('below the nation and the target, down on last year; money in đồng', () => {
    // Cases 700 / 1.000 = 70,00%: 80 − 70 below the nation, 83 − 70 = 13,00 below target, 75 − 70 = 5,00 down.
    // Money 280.780.000 / 471.060.000 thousand = 59,6059…% → 59,61%: above the nation's 50%, 13,61 above 46.
    const s = stat({
      cases: [700, 1000],
      money: [280_780_000, 471_060_000],
      previous: { cases: [750, 1000], money: [280_780_000, 471_060_000] },
      rank: { cases: 3, money: 2 },
      rankOf: 4,
    });
    const [cases, money] = headlineSentences(s, context([s]));
    expect(cases).toBe(
      'Năm 2026, 700 trong 1.000 việc có điều kiện thi hành đã thi hành xong (70,00%), thấp hơn toàn quốc (80,00%), ' +
        'thấp hơn chỉ tiêu (83,00%) 13,00 điểm phần trăm, giảm 5,00 điểm phần trăm so với năm 2025 (75,00%), xếp hạng 3/4 trong tỉnh.',
    );
    expect(money).toBe(
      'Về tiền, 280,78 tỷ đồng trong 471,06 tỷ đồng có điều kiện thi hành đã thi hành xong (59,61%), cao hơn toàn quốc (50,00%), ' +
        'vượt chỉ tiêu (46,00%) 13,61 điểm phần trăm, không đổi so với năm 2025 (59,61%), xếp hạng 2/4 trong tỉnh.',
    );
  });

  it('compares with the nation exactly: 1/3 against 2/6 is equal', () => {
    const third = { figures: { cases: measure(2, 6), money: measure(2, 6) } } as unknown as NationStat;
    const s = stat({ cases: [1, 3], target: null });
    expect(headlineSentences(s, context([s], third))[0]).toContain(
      '(33,33%), bằng toàn quốc (33,33%), chưa có chỉ tiêu,',
    );
  });

  it('says so when there is no target, no figure last year or no national rate', () => {
    const s = stat({ cases: [1, 2], target: null, previous: null });
    expect(headlineSentences(s, { ...context([s]), national: undefined })[0]).toBe(
      'Năm 2026, 1 trong 2 việc có điều kiện thi hành đã thi hành xong (50,00%), chưa có tỷ lệ toàn quốc để so sánh, chưa có chỉ tiêu, ' +
        'chưa so sánh được với năm 2025: không có số liệu cùng kỳ năm trước, xếp hạng 1/1 trong tỉnh.',
    );
  });

  it('says the unit was formed after last year’s period, and that a month is not held to the yearly target', () => {
    // 3 tháng năm 2026 ends 31/12/2025; the same period of 2025 ended 31/12/2024, before 01/07/2025.
    const s = stat({ cases: [1, 4], unit: unit('01-KV01', '2025-07-01'), previous: null, period: periodOf(2026, 3) });
    expect(headlineSentences(s, context([s]))[0]).toBe(
      '3 tháng năm 2026 (đến 31/12/2025), 1 trong 4 việc có điều kiện thi hành đã thi hành xong (25,00%), thấp hơn toàn quốc (80,00%), ' +
        'chỉ tiêu (83,00%) đặt cho cả năm nên chưa so sánh trong kỳ này, ' +
        'chưa so sánh được với 3 tháng năm 2025 (đến 31/12/2024): đơn vị thành lập từ 01/07/2025, sau kỳ năm trước, xếp hạng 1/1 trong tỉnh.',
    );
  });

  it('says an undefined rate in words, neither compared nor ranked, and never NaN', () => {
    const s = stat({ cases: [0, 0], money: [0, 0], rank: { cases: null, money: null } });
    const sentences = headlineSentences(s, context([s]));
    expect(sentences).toEqual([
      'Năm 2026, không có việc nào có điều kiện thi hành, nên tỷ lệ thi hành xong về việc không xác định và không được so sánh, xếp hạng.',
      'Về tiền, không có khoản tiền nào có điều kiện thi hành, nên tỷ lệ thi hành xong về tiền không xác định và không được so sánh, xếp hạng.',
    ]);
    expect(sentences.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('says why last year cannot be compared when last year’s rate was undefined', () => {
    const s = stat({ cases: [1, 2], previous: { cases: [0, 0], money: [0, 0] } });
    expect(headlineSentences(s, context([s]))[0]).toContain(
      'chưa so sánh được với năm 2025: tỷ lệ cùng kỳ năm trước không xác định (không có gì có điều kiện thi hành),',
    );
  });

  it('names a tie: two units sharing rank 2 of 4', () => {
    // 3/4 and 75/100 are both 75,00%: competition ranking gives 1, 2, 2, 4.
    const a = stat({ cases: [3, 4], unit: unit('A'), rank: { cases: 2, money: 2 }, rankOf: 4 });
    const b = stat({ cases: [75, 100], unit: unit('B'), rank: { cases: 2, money: 2 }, rankOf: 4 });
    const c = stat({ cases: [9, 10], unit: unit('C'), rank: { cases: 1, money: 1 }, rankOf: 4 });
    expect(headlineSentences(a, context([c, a, b]))[0]).toMatch(
      /, đồng hạng 2\/4 trong tỉnh \(cùng 1 đơn vị khác\)\.$/,
    );
    expect(headlineSentences(c, context([c, a, b]))[0]).toMatch(/, xếp hạng 1\/4 trong tỉnh\.$/);
  });
});

describe('changeWhy: a missing change always says why', () => {
  it('gives the reason in a sentence and in a table cell, null when there is a change', () => {
    const noPrevious = stat({ cases: [1, 2], previous: null });
    const formed = stat({ cases: [1, 2], previous: null, unit: unit('X', '2025-10-01') });
    const undefinedNow = stat({ cases: [0, 0], previous: { cases: [1, 2], money: [1, 2] } });
    const withChange = stat({ cases: [1, 2], previous: { cases: [1, 4], money: [1, 4] } });
    expect(changeWhyShort(noPrevious, 'cases')).toBe('không có số liệu năm trước');
    expect(changeWhyText(formed, 'cases')).toBe('đơn vị thành lập từ 01/10/2025, sau kỳ năm trước');
    expect(changeWhyShort(formed, 'cases')).toBe('đơn vị mới thành lập');
    expect(changeWhyShort(undefinedNow, 'cases')).toBe('tỷ lệ không xác định');
    expect(changeWhyText(withChange, 'cases')).toBeNull();
  });
});
