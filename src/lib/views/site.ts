/**
 * What each route calls: the view of its page, built from the site data of
 * the build (read and computed once, see getSiteData). Absolute addresses
 * come from SITE_URL (urls.ts), as Astro's `site` does.
 */
import type { Period } from '../period';
import { getChangelog, getSiteData } from '../site-data';
import type { Unit } from '../units';
import { changelogPageView } from './changelog';
import { homeView } from './home';
import { unitPageView } from './pages';
import { rankingTablesPageView } from './ranking-tables';
import { type RankingsView, rankingsPageView, rankingsView } from './rankings';
import { downloadsPageView, methodologyView, notFoundView } from './static-pages';

export const homePage = async () => homeView(await getSiteData());

export const unitPage = async (unit: Unit) => unitPageView(await getSiteData(), unit);

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

/** The full ranking tables of a period, on their own page. */
export const rankingTablesPage = async (period: Period) => rankingTablesPageView(await getSiteData(), period);

export const downloadsPage = async () => downloadsPageView(await getSiteData());

export const methodologyPage = async () => methodologyView(await getSiteData());

export const notFoundPage = async () => notFoundView(await getSiteData());

export const changelogPage = async () => changelogPageView(await getSiteData(), await getChangelog());
