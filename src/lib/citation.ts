import { FORMATS, type Lang } from './format';

/** How the citation reads in each language (the dataset's title and publisher stay as they are). */
const WORDS = {
  vi: {
    version: (v: string, date: string) => `Phiên bản ${v} (cập nhật ngày ${date})`,
    licence: (l: string) => `Giấy phép ${l}`,
    sitePath: 'Đường dẫn trong trang',
  },
  en: {
    version: (v: string, date: string) => `Version ${v} (updated ${date})`,
    licence: (l: string) => `Licence ${l}`,
    sitePath: 'Path on the site',
  },
} as const satisfies Record<Lang, unknown>;

/** What a citation names: the dataset, the page cited and its address. */
export interface CitationSource {
  /** The dataset's title, with the page's subject when the page is about one unit. */
  title: string;
  publisher: string;
  /** The dataset's `updated` date (YYYY-MM-DD), which is its version. */
  version: string;
  licence: string;
  /** The page's address: absolute when SITE_URL is set, else the site path. */
  address: string;
  absolute: boolean;
  /** What the key says after "thads-": the page (a unit's slug, "du-lieu"). */
  keyPart: string;
}

/** "Publisher (2026). Title. Phiên bản 2026-11-20 (cập nhật ngày 20/11/2026). Giấy phép CC BY 4.0. https://…" */
export function citationText(c: CitationSource, lang: Lang = 'vi'): string {
  const w = WORDS[lang];
  const where = c.absolute ? c.address : `${w.sitePath}: ${c.address}`;
  return `${c.publisher} (${c.version.slice(0, 4)}). ${c.title}. ${w.version(c.version, FORMATS[lang].date(c.version))}. ${w.licence(c.licence)}. ${where}`;
}

/**
 * BibTeX's special characters in a braced field, each written as the command
 * that prints it; Vietnamese letters stay as UTF-8 (biber and modern BibTeX read them).
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (ch) => BIBTEX_ESCAPES[ch]!).replace(/\s+/g, ' ');
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** An address in a `url` field is read verbatim: only braces, a backslash and white space need encoding. */
const bibtexUrl = (url: string): string =>
  url.replace(/[{}\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A key that stays the same for the same page and version: thads-ha-noi-2026-11-20. */
export const citationKey = (c: Pick<CitationSource, 'keyPart' | 'version'>): string =>
  `thads-${c.keyPart.replace(/[^A-Za-z0-9:]+/g, '-').replace(/^-|-$/g, '')}-${c.version}`;

/**
 * A `@misc` entry (biblatex fields organization, date, version, url). The publisher is the
 * author in double braces, an organisation BibTeX must not split into names.
 * A site path is not an address: without SITE_URL it goes in `howpublished`.
 */
export function citationBibtex(c: CitationSource, lang: Lang = 'vi'): string {
  const w = WORDS[lang];
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(c.publisher)}}`],
    ['title', `{${escapeBibtex(c.title)}}`],
    ['organization', escapeBibtex(c.publisher)],
    ['year', c.version.slice(0, 4)],
    ['date', c.version],
    ['version', c.version],
    c.absolute ? ['url', bibtexUrl(c.address)] : ['howpublished', escapeBibtex(`${w.sitePath}: ${c.address}`)],
    ['note', escapeBibtex(w.licence(c.licence))],
  ];
  return `@misc{${citationKey(c)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
