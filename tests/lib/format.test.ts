import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, formatPercent, formatPoints, formatChangePercent, DASH } from '../../src/lib/format';

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
});
