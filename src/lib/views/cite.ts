import { type CitationSource, citationBibtex, citationText } from '../citation';
import type { SiteData } from '../site-data';
import { absoluteUrl } from '../urls';

/** The reader-facing words of the citation block and of the permalinks beside each chart and map. */
export const CITE_TEXT = {
  heading: 'Trích dẫn / Cite',
  intro: 'Khi dùng số liệu của trang này, xin ghi nguồn như sau (chọn và sao chép):',
  plain: 'Dạng văn bản',
  bibtex: 'Dạng BibTeX',
  sitePathNote:
    'Bản dựng này không đặt địa chỉ công khai (SITE_URL), nên trích dẫn ghi đường dẫn trong trang thay cho địa chỉ đầy đủ.',
} as const;

/** The accessible names of the "#" link beside a chart's or a map's caption. */
export const PERMALINK_LABEL = { chart: 'Liên kết đến biểu đồ này', map: 'Liên kết đến bản đồ này' } as const;

/** The citation block of a page: the plain text and the BibTeX entry, both ready to copy without script. */
export interface CiteView {
  id: string;
  heading: string;
  intro: string;
  plainLabel: string;
  plain: string;
  bibtexLabel: string;
  bibtex: string;
  /** Said when the address is a site path because SITE_URL is unset. */
  note?: string;
}

/**
 * The citation of a page of the site: the dataset, with `subject` (a unit's
 * name) when the page is about one unit, its version and the page's address.
 */
export function citeView(data: SiteData, page: { path: string; subject?: string; keyPart: string }): CiteView {
  const { info } = data.dataset;
  const absolute = absoluteUrl(page.path);
  const source: CitationSource = {
    title: page.subject ? `${info.title}: ${page.subject}` : info.title,
    publisher: info.publisher,
    version: info.updated,
    licence: info.licence,
    address: absolute ?? page.path,
    absolute: absolute !== undefined,
    keyPart: page.keyPart,
  };
  return {
    id: 'trich-dan',
    heading: CITE_TEXT.heading,
    intro: CITE_TEXT.intro,
    plainLabel: CITE_TEXT.plain,
    plain: citationText(source),
    bibtexLabel: CITE_TEXT.bibtex,
    bibtex: citationBibtex(source),
    ...(absolute === undefined ? { note: CITE_TEXT.sitePathNote } : {}),
  };
}
