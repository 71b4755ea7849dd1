/**
 * Numbers as readers write them, in Vietnamese ("1.525", "84,41%", "280,78 tỷ
 * đồng") and in English ("1,525", "84.41%", "280.78 billion dong"). Every
 * number a person reads on the site goes through this module: `FORMATS[lang]`
 * holds one set of formatters per language, and the plain exports are the
 * Vietnamese ones. A missing value (a rate with nothing enforceable, a change
 * with no previous year) shows as "—", never NaN or Infinity.
 */
export const DASH = '—';

/** The languages of the site: Vietnamese first (the default, at the root), English under /en/. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The words a language puts after its numbers. */
interface NumberWords {
  cases: string;
  bytes: string;
  points: string;
  billion: string;
  million: string;
  thousand: string;
}

const NUMBER_WORDS: Record<Lang, NumberWords> = {
  vi: {
    cases: 'việc',
    bytes: 'byte',
    points: 'điểm %',
    billion: 'tỷ đồng',
    million: 'triệu đồng',
    thousand: 'nghìn đồng',
  },
  en: {
    cases: 'cases',
    bytes: 'bytes',
    points: 'pp',
    billion: 'billion dong',
    million: 'million dong',
    thousand: 'thousand dong',
  },
};

/** Intl locale of each language: its digit grouping and decimal mark. */
export const INTL_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

const THOUSAND_PER_TY = 1_000_000; // 1 tỷ đồng = 1.000.000 nghìn đồng
const THOUSAND_PER_TRIEU = 1_000; // 1 triệu đồng = 1.000 nghìn đồng

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The formatters of one language; see `FORMATS`. */
export interface NumberFormats {
  /** "4.213" / "4,213" */
  count(n: number | null | undefined): string;
  /** "4.213 việc" / "4,213 cases" */
  cases(n: number | null | undefined): string;
  /** "84,41%" / "84.41%" from 84.4119… */
  percent(x: number | null | undefined): string;
  /** "84,41" / "84.41" (no sign), for table cells under a "%" header. */
  decimal2(x: number | null | undefined): string;
  /** "+0,24 điểm %" / "+0.24 pp": a difference between two rates. */
  points(x: number | null | undefined): string;
  /** "+0,24" / "+0.24": a difference between two rates, its unit written beside it by the caller. */
  signedPoints(x: number | null | undefined): string;
  /** "+12,50%" / "+12.50%": a relative change of a count. */
  changePercent(x: number | null | undefined): string;
  /** Money kept in thousand đồng: "280,78 tỷ đồng" / "280.78 billion dong". */
  money(thousand: number | null | undefined): string;
  /** "280,78" / "280.78" tỷ, for table cells under a "tỷ đồng" header. */
  ty(thousand: number | null | undefined): string;
  /** "3/34" */
  rank(rank: number | null | undefined, of: number): string;
  /** "01/07/2025" / "1 July 2025" from "2025-07-01". */
  date(iso: string): string;
  /** The size of a file: "4,8 MB" / "4.8 MB", "12,3 kB", "512 byte" (decimal units, 1 MB = 1.000.000 byte). */
  bytes(n: number): string;
}

function numberFormats(lang: Lang): NumberFormats {
  const words = NUMBER_WORDS[lang];
  const tag = INTL_LOCALE[lang];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const fixed2 = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed2 = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const fixed1 = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = (x: number) => signed2.format(x).replace('-', '−');
  return {
    count: (n) => (finite(n) ? integer.format(n) : DASH),
    cases: (n) => (finite(n) ? `${integer.format(n)} ${words.cases}` : DASH),
    percent: (x) => (finite(x) ? `${fixed2.format(x)}%` : DASH),
    decimal2: (x) => (finite(x) ? fixed2.format(x) : DASH),
    signedPoints: (x) => (finite(x) ? signed(x) : DASH),
    points: (x) => (finite(x) ? `${signed(x)} ${words.points}` : DASH),
    changePercent: (x) => (finite(x) ? `${signed(x)}%` : DASH),
    money(thousand) {
      if (!finite(thousand)) return DASH;
      // Choose the unit after rounding to 2 decimals, so 999.996 thousand reads "1,00 tỷ đồng", not "1.000,00 triệu".
      const abs = Math.round(Math.abs(thousand) / 10) * 10;
      if (abs >= THOUSAND_PER_TY) return `${fixed2.format(thousand / THOUSAND_PER_TY)} ${words.billion}`;
      if (abs >= THOUSAND_PER_TRIEU) return `${fixed2.format(thousand / THOUSAND_PER_TRIEU)} ${words.million}`;
      return `${integer.format(thousand)} ${words.thousand}`;
    },
    ty: (thousand) => (finite(thousand) ? fixed2.format(thousand / THOUSAND_PER_TY) : DASH),
    rank: (rank, of) => (finite(rank) ? `${rank}/${of}` : DASH),
    date(iso) {
      if (lang === 'vi') return iso.split('-').reverse().join('/');
      const [y, m, d] = iso.split('-');
      return `${Number(d)} ${EN_MONTHS[Number(m) - 1]} ${y}`;
    },
    bytes(n) {
      if (n >= 1e6) return `${fixed1.format(n / 1e6)} MB`;
      if (n >= 1e3) return `${fixed1.format(n / 1e3)} kB`;
      return `${integer.format(n)} ${words.bytes}`;
    },
  };
}

/** The number formatters of each language. */
export const FORMATS: Record<Lang, NumberFormats> = { vi: numberFormats('vi'), en: numberFormats('en') };

const vi = FORMATS.vi;

/** "4.213" */
export const formatCount = vi.count;

/** "4.213 việc" */
export const formatCases = vi.cases;

/** "84,41%" from 84.4119… */
export const formatPercent = vi.percent;

/** "84,41" (no sign), for table cells under a "%" header. */
export const formatDecimal2 = vi.decimal2;

/** "+0,24 điểm %" / "−1,10 điểm %": a difference between two rates. */
export const formatPoints = vi.points;

/** "+0,24" / "−1,10": a difference between two rates, its unit (điểm phần trăm) written beside it by the caller. */
export const formatSignedPoints = vi.signedPoints;

/** "+12,50%" / "−3,00%": a relative change of a count. */
export const formatChangePercent = vi.changePercent;

/**
 * Money kept in thousand đồng, written the way the press writes it:
 * "280,78 tỷ đồng", "777,00 triệu đồng", "950 nghìn đồng".
 */
export const formatMoney = vi.money;

/** "280,78" tỷ, for table cells under a "tỷ đồng" header. */
export const formatTy = vi.ty;

/** "Hạng 3/34" */
export const formatRank = vi.rank;

/** "01/07/2025" from "2025-07-01". */
export const formatDate = vi.date;

/** "4,8 MB", "12,3 kB", "512 byte". */
export const formatBytes = vi.bytes;
