/**
 * What the site search indexes: one record per unit that ever existed, for
 * Pagefind's custom records (scripts/search-index.ts). Each record carries
 * the name as written and without tone marks (đ as d), its code, its
 * province, the initials of a province ("hcm"), and for a unit in force the
 * names of the units it took over, so that "yen bai" finds today's Lào Cai.
 */
import { chartName, shortName } from '../glossary';
import type { Lang } from '../locale';
import type { SiteData } from '../site-data';
import type { Unit } from '../units';
import { provinceOf, unitHref } from '../urls';
import { unitLabel } from './pages';

/** Reader-facing text of a search result, in each language. */
const WORDS = {
  vi: { became: 'Trước đây; nay là', includes: 'Hiện nay; gồm cả', current: 'Hiện nay' },
  en: { became: 'Former; now', includes: 'In force; includes', current: 'In force' },
} as const satisfies Record<Lang, unknown>;

export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: {
    title: string;
    /** What the unit is today: in force (and what it took over), or what it became. */
    status: string;
    /** Where the results list it: provinces in force (1), offices in force (2), former provinces (3), former offices (4). */
    order: string;
    /** The province of an office. */
    province: string;
    /** The unit's title, address and status on the English pages (the A-Z page shows the meta of its language). */
    title_en: string;
    url_en: string;
    status_en: string;
  };
}

/** "Bến Lức" → "ben luc", "Đà Nẵng" → "da nang": the words as typed without tone marks. */
export const foldMarks = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');

/** "Thành phố Hồ Chí Minh" → "hcm", "Bà Rịa - Vũng Tàu" → "brvt": how provinces are abbreviated. */
const initials = (name: string): string =>
  foldMarks(shortName(name))
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');

/** The words a unit is found by: names with and without tone marks, code, province, initials. */
function wordsOf(u: Unit, names: readonly string[]): string {
  const words = new Set<string>();
  for (const name of names) {
    words.add(name);
    words.add(foldMarks(name));
    words.add(chartName(name));
    words.add(foldMarks(chartName(name)));
  }
  words.add(u.code);
  if (u.level === 'province') words.add(initials(u.name));
  return [...words].join(' ');
}

/** The search records of every unit, provinces first, in the registry's order. */
export function searchRecords(data: SiteData): SearchRecord[] {
  const { registry } = data.dataset;
  const units = [...registry.units].sort((a, b) => (a.level === b.level ? 0 : a.level === 'province' ? -1 : 1));
  return units.map((u) => {
    const current = u.valid_to === null;
    const province = u.level === 'office' ? provinceOf(u, registry) : undefined;
    const related = current ? registry.predecessorsOf(u) : registry.successorsOf(u);
    const names = [u.name, ...(province ? [province.name] : []), ...(current ? related.map((p) => p.name) : [])];
    const relatedNames = [...new Set(related.map((r) => r.name))].join(', ');
    const status = (lang: Lang): string => {
      const w = WORDS[lang];
      if (!current) return `${w.became} ${relatedNames}`;
      return related.length > 0 ? `${w.includes} ${relatedNames}` : w.current;
    };
    return {
      url: unitHref(u, registry),
      content: wordsOf(u, names),
      language: 'vi',
      meta: {
        title: unitLabel(u),
        status: status('vi'),
        order: String((current ? 1 : 3) + (u.level === 'province' ? 0 : 1)),
        province: province?.name ?? '',
        title_en: unitLabel(u, 'en'),
        url_en: unitHref(u, registry, 'en'),
        status_en: status('en'),
      },
    };
  });
}
