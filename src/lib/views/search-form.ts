/** The search form in the header of every page and on the A-Z page, and the text the search script shows. */
import { unitsIndexHref } from '../urls';

/** The search form of the header and of the A-Z page; without JavaScript it opens the A-Z page. */
export const SEARCH_TEXT = {
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
} as const;

export interface SearchFormView {
  action: string;
  /** The name of the search landmark. */
  name: string;
  label: string;
  button: string;
  placeholder: string;
}

export const searchForm: SearchFormView = {
  action: unitsIndexHref,
  name: SEARCH_TEXT.header,
  label: SEARCH_TEXT.label,
  button: SEARCH_TEXT.button,
  placeholder: SEARCH_TEXT.placeholder,
};
