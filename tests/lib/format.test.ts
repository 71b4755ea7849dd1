import { describe, expect, it } from 'vitest';
import {
  DASH,
  FORMATS,
  formatBytes,
  formatCases,
  formatChangePercent,
  formatCount,
  formatDate,
  formatDecimal2,
  formatMoney,
  formatPercent,
  formatPoints,
  formatRank,
  formatTy,
} from '../../src/lib/format';

describe('format', () => {
  it('writes counts with a dot for thousands', () => {
    expect(formatCount(1525)).toBe('1.525');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(0)).toBe('0');
  });
  it('writes percentages with two decimals and a decimal comma', () => {
    expect(formatPercent((4213 / 4991) * 100)).toBe('84,41%');
    expect(formatPercent(100)).toBe('100,00%');
  });
  it('writes money in tỷ, triệu or nghìn đồng', () => {
    expect(formatMoney(280_780_000)).toBe('280,78 tỷ đồng');
    expect(formatMoney(777_000)).toBe('777,00 triệu đồng');
    expect(formatMoney(950)).toBe('950 nghìn đồng');
  });
  it('signs differences with a true minus', () => {
    expect(formatPoints(0.24)).toBe('+0,24 điểm %');
    expect(formatPoints(-1.1)).toBe('−1,10 điểm %');
    expect(formatPoints(0)).toBe('0,00 điểm %');
    expect(formatChangePercent(12.5)).toBe('+12,50%');
  });
  it('shows a dash, never NaN or Infinity', () => {
    for (const x of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatPercent(x)).toBe(DASH);
      expect(formatCount(x)).toBe(DASH);
      expect(formatMoney(x)).toBe(DASH);
      expect(formatPoints(x)).toBe(DASH);
    }
  });
  it('writes tỷ đồng for table cells without the unit', () => {
    expect(formatTy(280_780_000)).toBe('280,78');
    expect(formatTy(471_060_000)).toBe('471,06');
    expect(formatTy(1_234_567_890_000)).toBe('1.234.567,89');
    expect(formatTy(950)).toBe('0,00');
    expect(formatTy(null)).toBe(DASH);
  });
  it('writes two decimals without a sign or percent sign', () => {
    expect(formatDecimal2(84.41194)).toBe('84,41');
    expect(formatDecimal2(1234.5)).toBe('1.234,50');
    expect(formatDecimal2(undefined)).toBe(DASH);
  });
  it('writes cases with the word việc', () => {
    expect(formatCases(4991)).toBe('4.991 việc');
    expect(formatCases(null)).toBe(DASH);
  });
  it('writes a rank out of the number ranked', () => {
    expect(formatRank(3, 34)).toBe('3/34');
    expect(formatRank(1, 1)).toBe('1/1');
    expect(formatRank(null, 34)).toBe(DASH);
  });
  it('writes an ISO date as day/month/year', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2024-02-29')).toBe('29/02/2024');
  });
  it('shows a change that rounds to zero without a sign', () => {
    expect(formatPoints(-0.001)).toBe('0,00 điểm %');
    expect(formatPoints(0.004)).toBe('0,00 điểm %');
    expect(formatChangePercent(-0.004)).toBe('0,00%');
    expect(formatPoints(-0.005)).toBe('−0,01 điểm %');
  });

  it('writes a file size in decimal units with a decimal comma', () => {
    expect(formatBytes(5_217_082)).toBe('5,2 MB');
    expect(formatBytes(18_033_504)).toBe('18,0 MB');
    expect(formatBytes(12_345)).toBe('12,3 kB');
    expect(formatBytes(512)).toBe('512 byte');
  });
});

describe('format in English', () => {
  const en = FORMATS.en;
  it('writes counts with a comma for thousands and percentages with a decimal point', () => {
    expect(en.count(1525)).toBe('1,525');
    expect(en.cases(4213)).toBe('4,213 cases');
    expect(en.percent((4213 / 4991) * 100)).toBe('84.41%');
    expect(en.decimal2(84.4119)).toBe('84.41');
  });
  it('writes money in billion, million or thousand dong', () => {
    expect(en.money(280_780_000)).toBe('280.78 billion dong');
    expect(en.money(777_000)).toBe('777.00 million dong');
    expect(en.money(950)).toBe('950 thousand dong');
    expect(en.ty(280_780_000)).toBe('280.78');
  });
  it('writes signed differences with a true minus, and dates in words', () => {
    expect(en.points(0.24)).toBe('+0.24 pp');
    expect(en.points(-1.1)).toBe('−1.10 pp');
    expect(en.changePercent(-3)).toBe('−3.00%');
    expect(en.date('2025-07-01')).toBe('1 July 2025');
    expect(en.percent(Number.NaN)).toBe(DASH);
  });
  it('keeps the plain exports Vietnamese', () => {
    expect(FORMATS.vi.percent(84.4119)).toBe(formatPercent(84.4119));
  });
});
