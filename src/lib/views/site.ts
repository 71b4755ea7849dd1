/**
 * What each route calls: the view of its page, built from the site data of
 * the build (read and computed once, see getSiteData). `site` is Astro's
 * `site`, the address canonical links are made absolute with.
 */
import type { Period } from '../period';
import { getSiteData } from '../site-data';
import type { Unit } from '../units';
import { homeView } from './home';
import { unitPageView } from './pages';
import { type RankingsView, rankingsPageView, rankingsView } from './rankings';
import { downloadsPageView, methodologyView, notFoundView } from './static-pages';

export const homePage = async (site: URL | undefined) => homeView(await getSiteData(), site);

export const unitPage = async (unit: Unit, site: URL | undefined) => unitPageView(await getSiteData(), unit, site);

// /xep-hang/ and /xep-hang/<latest>/ show the same period: its maps and charts are built once.
const rankings = new Map<string, RankingsView>();

/** The rankings of a period, or with `latest` the page /xep-hang/. */
export async function rankingsPage(period: Period | 'latest', site: URL | undefined) {
  const data = await getSiteData();
  const p = period === 'latest' ? data.model.latest : period;
  let view = rankings.get(p.key);
  if (!view) {
    view = rankingsView(data, p);
    rankings.set(p.key, view);
  }
  return rankingsPageView(data, view, period === 'latest' ? 'index' : 'period', site);
}

export const downloadsPage = async (site: URL | undefined) => downloadsPageView(await getSiteData(), site);

export const methodologyPage = async (site: URL | undefined) => methodologyView(await getSiteData(), site);

export const notFoundPage = async (site: URL | undefined) => notFoundView(await getSiteData(), site);
