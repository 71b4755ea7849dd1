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
import { type RankingsView, rankingsPageView, rankingsView } from './rankings';
import { searchRecords } from './search';
import { downloadsPageView, methodologyView, notFoundView } from './static-pages';
import { shortAddressView, unitsIndexView } from './units-index';

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

export const downloadsPage = async () => downloadsPageView(await getSiteData());

export const methodologyPage = async () => methodologyView(await getSiteData());

export const notFoundPage = async () => notFoundView(await getSiteData());

export const changelogPage = async () => changelogPageView(await getSiteData(), await getChangelog());

export const unitsIndexPage = async () => unitsIndexView(await getSiteData());

export const shortAddressPage = async (unit: Unit) => shortAddressView(await getSiteData(), unit);

/** The search records as the JSON scripts/search-index.ts gives to Pagefind. */
export const searchRecordsJson = async () => JSON.stringify(searchRecords(await getSiteData()));
