import { FORMATS, type Lang, type NumberFormats } from './format';
import { type Period, periodLabel, periodRange } from './period';

export type { Lang } from './format';

/**
 * What a view needs to write in one language besides its own sentences: the
 * number formats, the names of periods and dates. Views take a
 * `Locale`; their sentences are in the `WORDS` table at the top of each view.
 */
export interface Locale extends NumberFormats {
  lang: Lang;
  /** "vi_VN" / "en_GB", for og:locale. */
  ogLocale: string;
  /** "Năm 2024", "6 tháng năm 2024 (đến 31/03/2024)" / "Year 2024", "6 months of 2024 (to 31 March 2024)" */
  period(p: Period): string;
  /** The same inside a sentence: "năm 2024" / "year 2024". */
  periodInText(p: Period): string;
  /** "01/10/2023 – 31/03/2024" / "1 October 2023 – 31 March 2024" */
  range(p: Period): string;
}

/** "1 month", "6 months" */
export const enMonths = (n: number): string => (n === 1 ? '1 month' : `${n} months`);

const enPeriod = (p: Period): string =>
  p.months === 12 ? `Year ${p.year}` : `${enMonths(p.months)} of ${p.year} (to ${FORMATS.en.date(p.end)})`;

export const LOCALES: Record<Lang, Locale> = {
  vi: {
    ...FORMATS.vi,
    lang: 'vi',
    ogLocale: 'vi_VN',
    period: periodLabel,
    periodInText: (p) => periodLabel(p).toLowerCase(),
    range: periodRange,
  },
  en: {
    ...FORMATS.en,
    lang: 'en',
    ogLocale: 'en_GB',
    period: enPeriod,
    periodInText: (p) => enPeriod(p).replace(/^Year/, 'year'),
    range: (p) => `${FORMATS.en.date(p.start)} – ${FORMATS.en.date(p.end)}`,
  },
};
