/**
 * What the share card (og:image) of a unit page or a rankings page says: the
 * name, both completion rates of the page's period and the full-year trend,
 * from the same model the page shows. Drawn by charts/card.ts.
 */
import { CARD_HEIGHT, CARD_WIDTH, type CardTrendPoint, type CardView } from '../charts/card';
import type { Stat } from '../compute/model';
import { formatPercent } from '../format';
import { MEASURE_LABEL } from '../glossary';
import { type Period, periodLabel } from '../period';
import { MEASURES } from '../schemas/results';
import { cardHref } from '../share-urls';
import type { SiteData } from '../site-data';
import type { Unit } from '../units';
import { type PageImage, SITE_NAME } from './layout';

const RATE_OF = 'Tỷ lệ thi hành xong';
const SAMPLE_NOTE = 'Dữ liệu mẫu';
const NO_DATA = 'Chưa có số liệu';
const RANKINGS_TITLE = 'Xếp hạng các tỉnh, thành phố';
const NATION = 'toàn quốc';

/** "Tỷ lệ thi hành xong, năm 2026" */
const subtitleOf = (p: Period | undefined, scope = ''): string =>
  p ? `${RATE_OF}${scope ? ` ${scope}` : ''}, ${periodLabel(p).toLowerCase()}` : NO_DATA;

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

function cardOf(data: SiteData, title: string, latest: Stat | undefined, trend: readonly Stat[], scope = ''): CardView {
  const rates = latest
    ? MEASURES.map((m) => ({ label: MEASURE_LABEL[m], value: formatPercent(latest.figures[m].rate), measure: m }))
    : [];
  const subtitle = subtitleOf(latest?.period, scope);
  return {
    site: SITE_NAME,
    title,
    subtitle,
    rates,
    trend: trendOf(trend),
    ...(data.dataset.info.sample ? { note: SAMPLE_NOTE } : {}),
    alt: `${title}. ${subtitle}${rates.map((r) => `; ${r.label.toLowerCase()} ${r.value}`).join('')}.`,
  };
}

/** The card of a province or office page: its latest period, as its headline shows. */
export function unitCard(data: SiteData, unit: Unit): CardView {
  const stats = data.model.byUnit.get(unit.slug) ?? [];
  return cardOf(data, unit.name, stats[stats.length - 1], stats);
}

/** The card of a rankings page: the national rates of its period and the national trend. */
export function rankingsCard(data: SiteData, period: Period): CardView {
  const national = [...data.model.national.values()].filter((s) => s.period.order <= period.order);
  return cardOf(data, RANKINGS_TITLE, data.model.national.get(period.key), national, NATION);
}

/** The og:image of the page at `pagePath`: its card's address, size and text. */
export const cardImage = (pagePath: string, card: CardView): PageImage => ({
  src: cardHref(pagePath),
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  alt: card.alt,
});
