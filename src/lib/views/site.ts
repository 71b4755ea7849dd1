/**
 * What each route calls: the view of its page in a language, built from the
 * site data of the build (read and computed once, see getSiteData, and shared
 * by both languages). Absolute addresses come from SITE_URL (urls.ts), as
 * Astro's `site` does.
 */
import type { Lang } from '../locale';
import type { Period } from '../period';
import { getChangelog, getSiteData } from '../site-data';
import type { Unit } from '../units';
import { changelogPageView } from './changelog';
import { homeView } from './home';
import { unitPageView } from './pages';
import { rankingTablesPageView } from './ranking-tables';
import { type RankingsView, rankingsPageView, rankingsView } from './rankings';
import { searchRecords } from './search';
import { downloadsPageView, methodologyView, notFoundView } from './static-pages';
import { shortAddressView, unitsIndexView } from './units-index';

export const homePage = async (lang: Lang = 'vi') => homeView(await getSiteData(), lang);

export const unitPage = async (unit: Unit, lang: Lang = 'vi') => unitPageView(await getSiteData(), unit, lang);

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

export const downloadsPage = async (lang: Lang = 'vi') => downloadsPageView(await getSiteData(), lang);

export const methodologyPage = async (lang: Lang = 'vi') => methodologyView(await getSiteData(), lang);

export const notFoundPage = async (lang: Lang = 'vi') => notFoundView(await getSiteData(), lang);

export const changelogPage = async (lang: Lang = 'vi') =>
  changelogPageView(await getSiteData(), await getChangelog(), lang);

export const unitsIndexPage = async () => unitsIndexView(await getSiteData());

export const shortAddressPage = async (unit: Unit) => shortAddressView(await getSiteData(), unit);

/** The search records as the JSON scripts/search-index.ts gives to Pagefind. */
export const searchRecordsJson = async () => JSON.stringify(searchRecords(await getSiteData()));
