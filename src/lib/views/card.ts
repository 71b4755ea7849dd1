/**
 * What the share card (og:image) of a unit page or a rankings page says: the
 * name, both completion rates of the page's period and the full-year trend,
 * from the same model the page shows. Drawn by charts/card.ts.
 */
import { CARD_HEIGHT, CARD_WIDTH, type CardTrendPoint, type CardView } from '../charts/card';
import type { Stat } from '../compute/model';
import { TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import type { Period } from '../period';
import { MEASURES } from '../schemas/results';
import { cardHref } from '../share-urls';
import type { SiteData } from '../site-data';
import type { Unit } from '../units';
import { type PageImage, siteNameIn } from './layout';

/** The words of a card, in each language; unit names stay as they are. */
const WORDS = {
  vi: {
    rateOf: 'Tỷ lệ thi hành xong',
    sample: 'Dữ liệu mẫu',
    noData: 'Chưa có số liệu',
    rankingsTitle: 'Xếp hạng các tỉnh, thành phố',
    nation: 'toàn quốc',
  },
  en: {
    rateOf: 'Completion rate',
    sample: 'Sample data',
    noData: 'No figures yet',
    rankingsTitle: 'The provinces ranked',
    nation: 'nationwide',
  },
} as const satisfies Record<Lang, unknown>;

/** "Tỷ lệ thi hành xong, năm 2026", "Completion rate nationwide, year 2026" */
const subtitleOf = (lang: Lang, p: Period | undefined, scope = ''): string =>
  p ? `${WORDS[lang].rateOf}${scope ? ` ${scope}` : ''}, ${LOCALES[lang].periodInText(p)}` : WORDS[lang].noData;

/** Full-year rates of both measures, oldest first; none when fewer than two years have data. */
function trendOf(stats: readonly Stat[]): CardView['trend'] {
  const years = stats.filter((s) => s.period.months === 12).sort((a, b) => a.period.order - b.period.order);
  if (years.length < 2) return undefined;
  const points = (m: 'cases' | 'money'): CardTrendPoint[] =>
    years.map((s) => ({ order: s.period.order, value: s.figures[m].rate }));
  return {
    cases: points('cases'),
    money: points('money'),
    first: String(years[0]!.period.year),
    last: String(years[years.length - 1]!.period.year),
  };
}

function cardOf(
  data: SiteData,
  lang: Lang,
  title: string,
  latest: Stat | undefined,
  trend: readonly Stat[],
  scope = '',
): CardView {
  const terms = TERMS[lang];
  const rates = latest
    ? MEASURES.map((m) => ({
        label: terms.measure[m],
        value: LOCALES[lang].percent(latest.figures[m].rate),
        measure: m,
      }))
    : [];
  const subtitle = subtitleOf(lang, latest?.period, scope);
  return {
    site: siteNameIn(lang),
    title,
    subtitle,
    rates,
    trend: trendOf(trend),
    ...(data.dataset.info.sample ? { note: WORDS[lang].sample } : {}),
    alt: `${title}. ${subtitle}${rates.map((r) => `; ${terms.measureInText[r.measure]} ${r.value}`).join('')}.`,
  };
}

/** The card of a province or office page: its latest period, as its headline shows. */
export function unitCard(data: SiteData, unit: Unit, lang: Lang = 'vi'): CardView {
  const stats = data.model.byUnit.get(unit.slug) ?? [];
  return cardOf(data, lang, unit.name, stats[stats.length - 1], stats);
}

/** The card of a rankings page: the national rates of its period and the national trend. */
export function rankingsCard(data: SiteData, period: Period, lang: Lang = 'vi'): CardView {
  const national = [...data.model.national.values()].filter((s) => s.period.order <= period.order);
  const w = WORDS[lang];
  return cardOf(data, lang, w.rankingsTitle, data.model.national.get(period.key), national, w.nation);
}

/** The og:image of the page at `pagePath`: its card's address, size and text. */
export const cardImage = (pagePath: string, card: CardView): PageImage => ({
  src: cardHref(pagePath),
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  alt: card.alt,
});
