import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel, periodOf, periodRange, previousYearPeriod } from '../../src/lib/period';

describe('parsePeriod', () => {
  it('reads a year as the full statistical year, 1 October to 30 September', () => {
    expect(parsePeriod('2024')).toEqual({
      key: '2024',
      year: 2024,
      month: 9,
      months: 12,
      start: '2023-10-01',
      end: '2024-09-30',
      order: 2024 * 12 + 12,
    });
  });

  it('reads YYYY-MM as cumulative from 1 October to the end of the month', () => {
    expect(parsePeriod('2024-03')).toEqual({
      key: '2024-03',
      year: 2024,
      month: 3,
      months: 6,
      start: '2023-10-01',
      end: '2024-03-31',
      order: 2024 * 12 + 6,
    });
  });

  it('puts October to December in the next statistical year', () => {
    expect(parsePeriod('2023-10')).toMatchObject({
      key: '2023-10',
      year: 2024,
      month: 10,
      months: 1,
      start: '2023-10-01',
      end: '2023-10-31',
    });
    expect(parsePeriod('2023-12')).toMatchObject({ year: 2024, months: 3, end: '2023-12-31' });
    expect(parsePeriod('2024-01')).toMatchObject({ year: 2024, months: 4, end: '2024-01-31' });
  });

  it('gives September the same key as the whole year', () => {
    const september = parsePeriod('2024-09');
    expect(september).toEqual(parsePeriod('2024'));
    expect(september?.key).toBe('2024');
  });

  it('ends February on the 29th in a leap year only', () => {
    expect(parsePeriod('2024-02')?.end).toBe('2024-02-29');
    expect(parsePeriod('2023-02')?.end).toBe('2023-02-28');
    expect(parsePeriod('2100-02')?.end).toBe('2100-02-28');
    expect(parsePeriod('2000-02')?.end).toBe('2000-02-29');
  });

  it('orders periods by their end date', () => {
    const keys = ['2024', '2023-10', '2024-03', '2023', '2024-06', '2024-10'];
    const sorted = keys.map((k) => parsePeriod(k)!).sort((a, b) => a.order - b.order);
    expect(sorted.map((p) => p.end)).toEqual([
      '2023-09-30',
      '2023-10-31',
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-10-31',
    ]);
  });

  it.each([
    '2024-13',
    '24',
    '2024-3',
    '2024-00',
    ' 2024',
    '2024 ',
    '2024-1-1',
    '2024/03',
    '03-2024',
    '',
    'năm 2024',
    '２０２４',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('periodOf', () => {
  it('round-trips every month of a statistical year through its key', () => {
    for (let months = 1; months <= 12; months++) {
      const p = periodOf(2025, months);
      expect(parsePeriod(p.key)).toEqual(p);
    }
  });
});

describe('previousYearPeriod', () => {
  it('is the same number of months one statistical year earlier', () => {
    expect(previousYearPeriod(parsePeriod('2025')!)).toEqual(parsePeriod('2024'));
    expect(previousYearPeriod(parsePeriod('2024-03')!).key).toBe('2023-03');
    // October belongs to the next statistical year, so its "same period" is the October before.
    expect(previousYearPeriod(parsePeriod('2024-10')!).key).toBe('2023-10');
    // The leap day does not carry over.
    expect(previousYearPeriod(parsePeriod('2024-02')!).end).toBe('2023-02-28');
  });
});

describe('periodLabel and periodRange', () => {
  it('names a year and a cumulative period in Vietnamese', () => {
    expect(periodLabel(parsePeriod('2024')!)).toBe('Năm 2024');
    expect(periodLabel(parsePeriod('2024-03')!)).toBe('6 tháng năm 2024 (đến 31/03/2024)');
    expect(periodLabel(parsePeriod('2024-06')!)).toBe('9 tháng năm 2024 (đến 30/06/2024)');
    expect(periodLabel(parsePeriod('2023-10')!)).toBe('1 tháng năm 2024 (đến 31/10/2023)');
  });

  it('writes the range as day/month/year with an en dash', () => {
    expect(periodRange(parsePeriod('2024-03')!)).toBe('01/10/2023 – 31/03/2024');
    expect(periodRange(parsePeriod('2025')!)).toBe('01/10/2024 – 30/09/2025');
    expect(periodRange(parsePeriod('2024-02')!)).toBe('01/10/2023 – 29/02/2024');
  });
});
