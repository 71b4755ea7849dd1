import { type CitationSource, citationBibtex, citationText } from '../citation';
import type { Lang } from '../locale';
import type { SiteData } from '../site-data';
import { absoluteUrl } from '../urls';

/** The reader-facing words of the citation block and of the permalinks beside each chart and map. */
const WORDS = {
  vi: {
    heading: 'Trích dẫn / Cite',
    intro: 'Khi dùng số liệu của trang này, xin ghi nguồn như sau (chọn và sao chép):',
    plain: 'Dạng văn bản',
    bibtex: 'Dạng BibTeX',
    sitePathNote:
      'Bản dựng này không đặt địa chỉ công khai (SITE_URL), nên trích dẫn ghi đường dẫn trong trang thay cho địa chỉ đầy đủ.',
  },
  en: {
    heading: 'Cite',
    intro: 'When you use the figures of this page, please cite them as follows (select and copy):',
    plain: 'As text',
    bibtex: 'As BibTeX',
    sitePathNote:
      'This build has no public address (SITE_URL), so the citation gives the path on the site instead of the full address.',
  },
} as const satisfies Record<Lang, unknown>;

/** The accessible names of the "#" link beside a chart's or a map's caption, in each language. */
export const PERMALINK_LABEL = {
  vi: { chart: 'Liên kết đến biểu đồ này', map: 'Liên kết đến bản đồ này' },
  en: { chart: 'Link to this chart', map: 'Link to this map' },
} as const satisfies Record<Lang, unknown>;

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
export function citeView(
  data: SiteData,
  page: { path: string; subject?: string; keyPart: string },
  lang: Lang = 'vi',
): CiteView {
  const { info } = data.dataset;
  const w = WORDS[lang];
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
    heading: w.heading,
    intro: w.intro,
    plainLabel: w.plain,
    plain: citationText(source, lang),
    bibtexLabel: w.bibtex,
    bibtex: citationBibtex(source, lang),
    ...(absolute === undefined ? { note: w.sitePathNote } : {}),
  };
}
