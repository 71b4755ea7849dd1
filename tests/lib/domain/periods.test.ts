import { describe, expect, it } from 'vitest';
import { latestCompletePeriod, latestPeriod } from '../../../src/lib/domain/periods';
import { parsePeriod } from '../../../src/lib/period';

const p = (key: string) => parsePeriod(key)!;

describe('latestPeriod', () => {
  it('is the newest period any row is for, whatever the order of the rows', () => {
    const rows = ['2024', '2025-03', '2023', '2024-12'].map((k) => ({ period: p(k) }));
    expect(latestPeriod(rows)?.key).toBe('2025-03');
  });

  it('counts a cumulative month of a new year after the full previous year', () => {
    // 2024-10 is the first month of statistical year 2025.
    expect(latestPeriod([{ period: p('2024') }, { period: p('2024-10') }])?.key).toBe('2024-10');
  });

  it('keeps the first of equal periods, and is null without rows', () => {
    const first = { period: p('2024') };
    expect(latestPeriod([first, { period: p('2024-09') }])).toBe(first.period);
    expect(latestPeriod([])).toBeNull();
  });
});

describe('latestCompletePeriod', () => {
  const periods = ['2023', '2024', '2025-03'].map(p);

  it('is the newest period for which the test holds', () => {
    expect(latestCompletePeriod(periods, (x) => x.key !== '2025-03').key).toBe('2024');
  });

  it('falls back on the newest period when none is complete', () => {
    expect(latestCompletePeriod(periods, () => false).key).toBe('2025-03');
  });
});
