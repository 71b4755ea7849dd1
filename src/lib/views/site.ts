/**
 * What each route calls: the view of its page in a language, built from the
 * site data of the build (read and computed once, see getSiteData, and shared
 * by both languages). Absolute addresses come from SITE_URL (urls.ts), as
 * Astro's `site` does.
 */
import type { CardView } from '../charts/card';
import type { Lang } from '../locale';
import type { Period } from '../period';
import { cardFile, chartFile, embedPath, langOfPath, rankingsPagePath, SHARE_DIRS, unitPagePath } from '../share-urls';
import { getChangelog, getSiteData } from '../site-data';
import type { Unit } from '../units';
import { provinceOf } from '../urls';
import { rankingsCard, unitCard } from './card';
import { changelogPageView } from './changelog';
import { homeView } from './home';
import { KeptCharts } from './kept-charts';
import { type UnitPageView, unitPageCharts, unitPageView } from './pages';
import { rankingTablesPageView } from './ranking-tables';
import { rankingsCharts, rankingsHeading, rankingsPageView, rankingsView } from './rankings';
import { searchRecords } from './search';
import { type ChartFileNotes, chartFileNotes, type EmbedView, embedView } from './share';
import { downloadsPageView, methodologyView, notFoundView } from './static-pages';
import type { ChartView } from './types';
import { hasMoreFigures, unitFiguresPageView } from './unit-figures';
import { formerUnitsView, shortAddressView, unitsIndexView } from './units-index';

export const homePage = async (lang: Lang = 'vi') => homeView(await getSiteData(), lang);

/**
 * The charts of every page that shares them, drawn once: when Astro lists the routes of the shared files
 * (sharedPages), or else by the page itself. A unit or rankings page builds the rest of its view when it is written and
 * takes its charts, so that no page's view or charts are held longer than they are needed.
 */
const kept = new KeptCharts();
const chartsKey = (lang: Lang, path: string) => `${lang}:${path}`;

/** The view of a unit's page, with the charts drawn for its shared files when they were. */
export async function unitPage(unit: Unit, lang: Lang = 'vi'): Promise<UnitPageView> {
  const data = await getSiteData();
  const path = unitPagePath(unit, data.dataset.registry, lang);
  return unitPageView(data, unit, lang, kept.take(chartsKey(lang, path)));
}

/**
 * The rankings of a period, or with `latest` the page /xep-hang/ (/en/rankings/), built when the page is written:
 * it takes the charts drawn for its shared files, as a unit page does.
 */
export async function rankingsPage(period: Period | 'latest', lang: Lang = 'vi') {
  const data = await getSiteData();
  const p = period === 'latest' ? data.model.latest : period;
  const drawn = kept.take(chartsKey(lang, rankingsPagePath(period, lang)));
  return rankingsPageView(data, rankingsView(data, p, lang, drawn), period === 'latest' ? 'index' : 'period', lang);
}

/** The full ranking tables of a period, on their own page. */
export const rankingTablesPage = async (period: Period, lang: Lang = 'vi') =>
  rankingTablesPageView(await getSiteData(), period, lang);

/** Every period of a unit, the months included, on a page of its own. */
export const unitFiguresPage = async (unit: Unit, lang: Lang = 'vi') =>
  unitFiguresPageView(await getSiteData(), unit, lang);

/** Static paths of the pages of all figures, for the units (provinces or offices) whose page leaves periods out. */
export async function unitFiguresPaths(level: Unit['level']) {
  const data = await getSiteData();
  const { registry } = data.dataset;
  return registry.units
    .filter((u) => u.level === level && hasMoreFigures(data, u))
    .map((unit) =>
      level === 'province'
        ? { params: { province: unit.slug }, props: { unit } }
        : { params: { province: provinceOf(unit, registry).slug, office: unit.slug }, props: { unit } },
    );
}

export const downloadsPage = async (lang: Lang = 'vi') => downloadsPageView(await getSiteData(), lang);

export const methodologyPage = async (lang: Lang = 'vi') => methodologyView(await getSiteData(), lang);

export const notFoundPage = async (lang: Lang = 'vi') => notFoundView(await getSiteData(), lang);

export const changelogPage = async (lang: Lang = 'vi') =>
  changelogPageView(await getSiteData(), await getChangelog(), lang);

export const unitsIndexPage = async (lang: Lang = 'vi') => unitsIndexView(await getSiteData(), lang);

export const formerUnitsPage = async (lang: Lang = 'vi') => formerUnitsView(await getSiteData(), lang);

export const shortAddressPage = async (unit: Unit) => shortAddressView(await getSiteData(), unit);

/** The search records as the JSON scripts/search-index.ts gives to Pagefind. */
export const searchRecordsJson = async () => JSON.stringify(searchRecords(await getSiteData()));

/** A page that shares a card and its charts: its site path, heading, card and the ids of the charts it shares. */
export interface SharedPage {
  path: string;
  /** The page's h1. */
  heading: string;
  card: CardView;
  /** The charts with a drawing, each with its files and embed page; the charts wait in `kept`. */
  charts: string[];
}

/** A chart of a page that shares it, as its page shows it (with its share links). */
export const sharedChart = (page: SharedPage, id: string): ChartView =>
  kept.chart(chartsKey(langOfPath(page.path), page.path), id);

/** Draws and keeps the charts of a page for the routes of its files; returns the ids of those with a drawing. */
function keepCharts(lang: Lang, path: string, draw: () => readonly ChartView[]): string[] {
  return kept
    .keep(chartsKey(lang, path), draw)
    .filter((c) => c.svg)
    .map((c) => c.id);
}

const shared = new Map<Lang, Promise<SharedPage[]>>();

/** Every unit page and rankings page of a language, with what it shares; the routes of cards, chart files and embeds list these. */
export function sharedPages(lang: Lang = 'vi'): Promise<SharedPage[]> {
  let pages = shared.get(lang);
  if (!pages) {
    pages = collectSharedPages(lang);
    shared.set(lang, pages);
  }
  return pages;
}

async function collectSharedPages(lang: Lang): Promise<SharedPage[]> {
  const data = await getSiteData();
  const { registry } = data.dataset;
  const pages: SharedPage[] = [];
  for (const unit of registry.units) {
    const path = unitPagePath(unit, registry, lang);
    pages.push({
      path,
      heading: unit.name,
      card: unitCard(data, unit, lang),
      charts: keepCharts(lang, path, () => unitPageCharts(data, unit, lang)),
    });
  }
  for (const period of ['latest' as const, ...data.model.periods]) {
    const p = period === 'latest' ? data.model.latest : period;
    const path = rankingsPagePath(period, lang);
    pages.push({
      path,
      heading: rankingsHeading(p, lang),
      card: rankingsCard(data, p, lang),
      charts: keepCharts(lang, path, () => rankingsCharts(data, p, lang)),
    });
  }
  return pages;
}

/** Every share card of a language: its path under the card folder (/chia-se/, /en/share/) and its view. */
export async function cardRoutes(lang: Lang = 'vi'): Promise<{ card: string; view: CardView }[]> {
  return (await sharedPages(lang)).map((p) => ({
    card: cardFile(p.path, 'svg').slice(SHARE_DIRS.card[lang].length),
    view: p.card,
  }));
}

/**
 * Every chart file a route writes (SVG, CSV; the PNG is rasterised from the SVG): its path under the folder, and
 * the page and chart it comes from. The chart itself is read when the file is written (sharedChart).
 */
export async function chartFileRoutes(
  lang: Lang = 'vi',
): Promise<{ file: string; page: SharedPage; chart: string; format: 'svg' | 'csv'; notes: ChartFileNotes }[]> {
  const data = await getSiteData();
  return (await sharedPages(lang)).flatMap((page) => {
    const notes = chartFileNotes(data, page.path);
    return page.charts.flatMap((chart) =>
      (['svg', 'csv'] as const).map((format) => ({
        file: chartFile(page.path, chart, format).slice(SHARE_DIRS.chartFile[lang].length),
        page,
        chart,
        format,
        notes,
      })),
    );
  });
}

/** Every chart's embed page of a language: its path under /nhung/ (/en/embed/), without the folder, its page and chart. */
export async function embedPages(lang: Lang = 'vi'): Promise<{ path: string; page: SharedPage; chart: string }[]> {
  return (await sharedPages(lang)).flatMap((page) =>
    page.charts.map((chart) => ({
      path: embedPath(page.path, chart).slice(SHARE_DIRS.embed[lang].length, -1),
      page,
      chart,
    })),
  );
}

/** The view of an embed page, built when the page is written. */
export const embedPage = async (page: SharedPage, chart: string): Promise<EmbedView> =>
  embedView(await getSiteData(), page, sharedChart(page, chart));
