/**
 * What each route calls: the view of its page, built from the site data of
 * the build (read and computed once, see getSiteData). Absolute addresses
 * come from SITE_URL (urls.ts), as Astro's `site` does.
 */
import type { CardView } from '../charts/card';
import type { Period } from '../period';
import { EMBED_DIR, embedPath, rankingsPagePath, unitPagePath } from '../share-urls';
import { getChangelog, getSiteData } from '../site-data';
import type { Unit } from '../units';
import { rankingsCard, unitCard } from './card';
import { changelogPageView } from './changelog';
import { homeView } from './home';
import { type UnitPageView, unitPageView } from './pages';
import { type RankingsView, rankingsPageView, rankingsView } from './rankings';
import { type EmbedView, embedView } from './share';
import { downloadsPageView, methodologyView, notFoundView } from './static-pages';
import type { ChartView } from './types';

export const homePage = async () => homeView(await getSiteData());

// A unit page's view is asked for by its page and by its shared files (share card, charts, embeds): built once.
const units = new Map<string, UnitPageView>();

export async function unitPage(unit: Unit): Promise<UnitPageView> {
  let view = units.get(unit.slug);
  if (!view) {
    view = unitPageView(await getSiteData(), unit);
    units.set(unit.slug, view);
  }
  return view;
}

// /xep-hang/ and /xep-hang/<latest>/ show the same period: its maps and charts are built once.
const rankings = new Map<string, RankingsView>();

/** The rankings of a period, or with `latest` the page /xep-hang/. */
export async function rankingsPage(period: Period | 'latest') {
  const data = await getSiteData();
  const p = period === 'latest' ? data.model.latest : period;
  let view = rankings.get(p.key);
  if (!view) {
    view = rankingsView(data, p);
    rankings.set(p.key, view);
  }
  return rankingsPageView(data, view, period === 'latest' ? 'index' : 'period');
}

export const downloadsPage = async () => downloadsPageView(await getSiteData());

export const methodologyPage = async () => methodologyView(await getSiteData());

export const notFoundPage = async () => notFoundView(await getSiteData());

export const changelogPage = async () => changelogPageView(await getSiteData(), await getChangelog());

/** A page that shares a card and its charts: its site path, title, card and charts (with their share links). */
export interface SharedPage {
  path: string;
  title: string;
  /** The page's h1. */
  heading: string;
  card: CardView;
  charts: ChartView[];
}

let shared: Promise<SharedPage[]> | undefined;

/** Every unit page and rankings page, with what it shares; the routes of cards, chart files and embeds list these. */
export const sharedPages = (): Promise<SharedPage[]> => (shared ??= collectSharedPages());

async function collectSharedPages(): Promise<SharedPage[]> {
  const data = await getSiteData();
  const { registry } = data.dataset;
  const pages: SharedPage[] = [];
  for (const unit of registry.units) {
    const view = await unitPage(unit);
    pages.push({
      path: unitPagePath(unit, registry),
      title: view.layout.title,
      heading: view.name,
      card: unitCard(data, unit),
      charts: [...view.charts, ...(view.offices?.ranking ?? [])],
    });
  }
  for (const period of ['latest' as const, ...data.model.periods]) {
    const view = await rankingsPage(period);
    pages.push({
      path: rankingsPagePath(period),
      title: view.layout.title,
      heading: view.heading,
      card: rankingsCard(data, view.period),
      charts: view.rankings,
    });
  }
  return pages;
}

/** Every chart's embed page: its path under /nhung/ (without the folder) and its view. */
export async function embedPages(): Promise<{ chart: string; view: EmbedView }[]> {
  const data = await getSiteData();
  return (await sharedPages()).flatMap((p) =>
    p.charts
      .filter((chart) => chart.svg)
      .map((chart) => ({
        chart: embedPath(p.path, chart.id).slice(EMBED_DIR.length, -1),
        view: embedView(data, p, chart),
      })),
  );
}
