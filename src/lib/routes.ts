import { type CsvDelimiter, downloadRow, toCsv } from './downloads';
import { getSiteData } from './site-data';
import type { Unit } from './units';
import { provinceOf, provinceShortSlug } from './urls';

/** Static paths of every province page: every province that ever existed. */
export async function provincePaths() {
  const { dataset } = await getSiteData();
  return dataset.registry.units
    .filter((u) => u.level === 'province')
    .map((unit) => ({ params: { province: unit.slug }, props: { unit } }));
}

/** Static paths of every office page, nested under its province. */
export async function officePaths() {
  const { dataset } = await getSiteData();
  return dataset.registry.units
    .filter((u) => u.level === 'office')
    .map((unit) => ({
      params: { province: provinceOf(unit, dataset.registry).slug, office: unit.slug },
      props: { unit },
    }));
}

/** A unit's own rows, as the CSV download of its page; with ";" the variant for Vietnamese Excel. */
export async function unitCsv(unit: Unit, delimiter: CsvDelimiter = ','): Promise<Response> {
  const data = await getSiteData();
  const rows = (data.model.byUnit.get(unit.slug) ?? []).map((s) => downloadRow(s, data.dataset.registry));
  return new Response(toCsv(rows, delimiter), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** Static paths of the rankings pages (/xep-hang/<period>/): one per period with data. */
export async function rankingsPaths() {
  const { model } = await getSiteData();
  return model.periods.map((period) => ({ params: { period: period.key }, props: { period } }));
}

/** Static paths of the short addresses of the provinces in force (/tinh/lao-cai/), each leading to its page. */
export async function shortProvincePaths() {
  const { dataset } = await getSiteData();
  const taken = new Set(dataset.registry.units.map((u) => u.slug));
  return dataset.registry.units
    .filter((u) => u.level === 'province' && u.valid_to === null && !taken.has(provinceShortSlug(u)))
    .map((unit) => ({ params: { short: provinceShortSlug(unit) }, props: { unit } }));
}
