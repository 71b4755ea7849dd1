/** The search form in the header of every page and on the A-Z page, and the text the search script shows. */
import type { Lang } from '../locale';
import { pageHref } from '../urls';

/** The search form of the header and of the A-Z page; without JavaScript it opens the A-Z page. */
export const SEARCH_WORDS = {
  vi: {
    label: 'Tìm tỉnh, đơn vị hoặc mã',
    button: 'Tìm',
    placeholder: 'ví dụ: ben luc, da nang, hcm',
    results: 'Kết quả tìm kiếm',
    // {n} and {q} are filled in by the search script: the number of units found and the words searched.
    none: 'Không tìm thấy đơn vị nào cho “{q}”. Danh sách đầy đủ ở bên dưới.',
    found: 'Tìm thấy {n} đơn vị cho “{q}”, đơn vị hiện nay ở trên.',
    failed: 'Không tải được công cụ tìm kiếm. Danh sách đầy đủ ở bên dưới.',
    /** The names of the two search landmarks of the A-Z page: the header's and the page's own. */
    header: 'Tìm đơn vị',
    page: 'Tìm trong danh sách đơn vị',
  },
  en: {
    label: 'Find a province, office or code',
    button: 'Search',
    placeholder: 'e.g. ben luc, da nang, hcm',
    results: 'Search results',
    none: 'No unit found for “{q}”. The full list is below.',
    found: '{n} units found for “{q}”, those in force first.',
    failed: 'The search could not be loaded. The full list is below.',
    header: 'Find a unit',
    page: 'Search the list of units',
  },
} as const satisfies Record<Lang, unknown>;

export interface SearchFormView {
  action: string;
  /** The name of the search landmark. */
  name: string;
  label: string;
  button: string;
  placeholder: string;
}

/** The header's search form of a page in `lang`: it opens the A-Z page of that language. */
export const searchFormIn = (lang: Lang): SearchFormView => ({
  action: pageHref('unitsIndex', lang),
  name: SEARCH_WORDS[lang].header,
  label: SEARCH_WORDS[lang].label,
  button: SEARCH_WORDS[lang].button,
  placeholder: SEARCH_WORDS[lang].placeholder,
});
