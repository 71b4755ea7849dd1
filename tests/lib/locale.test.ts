import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/locale';
import { periodOf } from '../../src/lib/period';

describe('LOCALES', () => {
  const year = periodOf(2024, 12);
  const half = periodOf(2024, 6);

  it('names periods in Vietnamese as period.ts does, and in a sentence in lower case', () => {
    const vi = LOCALES.vi;
    expect(vi.period(half)).toBe('6 tháng năm 2024 (đến 31/03/2024)');
    expect(vi.periodInText(year)).toBe('năm 2024');
    expect(vi.range(year)).toBe('01/10/2023 – 30/09/2024');
  });

  it('names periods in English, keeping the month names capitalised inside a sentence', () => {
    const en = LOCALES.en;
    expect(en.period(year)).toBe('Year 2024');
    expect(en.periodInText(year)).toBe('year 2024');
    expect(en.periodInText(half)).toBe('6 months of 2024 (to 31 March 2024)');
    expect(en.range(year)).toBe('1 October 2023 – 30 September 2024');
    expect(en.period(periodOf(2026, 1))).toBe('1 month of 2026 (to 31 October 2025)');
    expect(en.ogLocale).toBe('en_GB');
  });
});
