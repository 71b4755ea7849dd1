/**
 * What each route calls: the view of its page in a language, built from the
 * site data of the build (read and computed once, see getSiteData, and shared
 * by both languages). Absolute addresses come from SITE_URL (urls.ts), as
 * Astro's `site` does.
 */
import type { CardView } from '../charts/card';
import type { Lang } from '../locale';
import type { Period } from '../period';
import { cardFile, chartFile, embedPath, rankingsPagePath, SHARE_DIRS, unitPagePath } from '../share-urls';
import { getChangelog, getSiteData } from '../site-data';
import type { Unit } from '../units';
import { provinceOf } from '../urls';
import { rankingsCard, unitCard } from './card';
import { changelogPageView } from './changelog';
import { homeView } from './home';
import { type UnitPageView, unitPageView } from './pages';
import { rankingTablesPageView } from './ranking-tables';
import { type RankingsView, rankingsPageView, rankingsView } from './rankings';
import { searchRecords } from './search';
import { type ChartFileNotes, chartFileNotes, type EmbedView, embedView } from './share';
import { downloadsPageView, methodologyView, notFoundView } from './static-pages';
import type { ChartView } from './types';
import { hasMoreFigures, unitFiguresPageView } from './unit-figures';
import { formerUnitsView, shortAddressView, unitsIndexView } from './units-index';

export const homePage = async (lang: Lang = 'vi') => homeView(await getSiteData(), lang);

/**
 * A unit page's view is built once. The shared files (share card, charts, embeds) ask for it first, when
 * Astro lists their routes (sharedPages), and it waits here for its page; the page takes it out, so that what
 * only the page needs (its tables, its layout) is let go once the page is written. A view no shared file
 * asked for is built by its page alone and never held.
 */
const units = new Map<string, UnitPageView>();

async function keptUnitPage(unit: Unit, lang: Lang = 'vi'): Promise<UnitPageView> {
  const key = `${lang}:${unit.slug}`;
  let view = units.get(key);
  if (!view) {
    view = unitPageView(await getSiteData(), unit, lang);
    units.set(key, view);
  }
  return view;
}

/** The view of a unit's page, for the page itself (see `units`). */
export async function unitPage(unit: Unit, lang: Lang = 'vi'): Promise<UnitPageView> {
  const key = `${lang}:${unit.slug}`;
  const kept = units.get(key);
  if (kept) {
    units.delete(key);
    return kept;
  }
  return unitPageView(await getSiteData(), unit, lang);
}

// /xep-hang/ and /xep-hang/<latest>/ show the same period: its maps and charts are built once per language.
const rankings = new Map<string, RankingsView>();

/** The rankings of a period, or with `latest` the page /xep-hang/ (/en/rankings/). */
export async function rankingsPage(period: Period | 'latest', lang: Lang = 'vi') {
  const data = await getSiteData();
  const p = period === 'latest' ? data.model.latest : period;
  const key = `${lang}:${p.key}`;
  let view = rankings.get(key);
  if (!view) {
    view = rankingsView(data, p, lang);
    rankings.set(key, view);
  }
  return rankingsPageView(data, view, period === 'latest' ? 'index' : 'period', lang);
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

/** A page that shares a card and its charts: its site path, title, card and charts (with their share links). */
export interface SharedPage {
  path: string;
  title: string;
  /** The page's h1. */
  heading: string;
  card: CardView;
  charts: ChartView[];
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
    const view = await keptUnitPage(unit, lang);
    pages.push({
      path: unitPagePath(unit, registry, lang),
      title: view.layout.title,
      heading: view.name,
      card: unitCard(data, unit, lang),
      charts: [...view.charts, ...(view.offices?.ranking ?? [])],
    });
  }
  for (const period of ['latest' as const, ...data.model.periods]) {
    const view = await rankingsPage(period, lang);
    pages.push({
      path: rankingsPagePath(period, lang),
      title: view.layout.title,
      heading: view.heading,
      card: rankingsCard(data, view.period, lang),
      charts: view.rankings,
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

/** Every chart file a route writes (SVG, CSV; the PNG is rasterised from the SVG): its path under the folder. */
export async function chartFileRoutes(
  lang: Lang = 'vi',
): Promise<{ file: string; chart: ChartView; format: 'svg' | 'csv'; notes: ChartFileNotes }[]> {
  const data = await getSiteData();
  return (await sharedPages(lang)).flatMap((p) => {
    const notes = chartFileNotes(data, p.path);
    return p.charts
      .filter((chart) => chart.svg)
      .flatMap((chart) =>
        (['svg', 'csv'] as const).map((format) => ({
          file: chartFile(p.path, chart.id, format).slice(SHARE_DIRS.chartFile[lang].length),
          chart,
          format,
          notes,
        })),
      );
  });
}

/** Every chart's embed page of a language: its path under /nhung/ (/en/embed/), without the folder, and its view. */
export async function embedPages(lang: Lang = 'vi'): Promise<{ chart: string; view: EmbedView }[]> {
  const data = await getSiteData();
  return (await sharedPages(lang)).flatMap((p) =>
    p.charts
      .filter((chart) => chart.svg)
      .map((chart) => ({
        chart: embedPath(p.path, chart.id).slice(SHARE_DIRS.embed[lang].length, -1),
        view: embedView(data, p, chart),
      })),
  );
}
