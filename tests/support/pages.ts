/**
 * Reading a built site the way a person reads it: files by their address,
 * HTML parsed with linkedom, text with its whitespace collapsed.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';

/** Every file under `dir`, as sorted posix paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The file a site address is served from: `/tinh/ha-noi-01/` → `tinh/ha-noi-01/index.html`. */
export function fileOf(address: string): string {
  const p = decodeURIComponent(address.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

/** The address of a built HTML file: `tinh/ha-noi-01/index.html` → `/tinh/ha-noi-01/`. */
export const addressOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** A built HTML page: its file, its address, its text and its parsed document. */
export interface BuiltPage {
  file: string;
  address: string;
  html: string;
  doc: Document;
}

/** Every HTML page of a built site, in file order. */
export async function readPages(site: string, files?: readonly string[]): Promise<BuiltPage[]> {
  const html = (files ?? (await listFiles(site))).filter((f) => f.endsWith('.html'));
  return Promise.all(
    html.map(async (file) => {
      const text = await readFile(path.join(site, file), 'utf8');
      return { file, address: addressOf(file), html: text, doc: parse(text) };
    }),
  );
}

/** The parsed page at a site address. */
export async function readPage(site: string, address: string): Promise<Document> {
  return parse(await readFile(path.join(site, fileOf(address)), 'utf8'));
}

/** linkedom keeps a textarea's text as written: its entities decoded, as a browser shows them. */
export const decodeText = (s: string): string =>
  s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

/** Text as read: whitespace collapsed, trimmed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** One headline figure card: the rate's label, then each term with what it says. */
export interface FigureCard {
  label: string;
  /** Every <dt> of the card with the text of the <dd>s that follow it. */
  terms: Map<string, string[]>;
}

/** The headline cards of a page, in order. */
export function figureCards(doc: Document): FigureCard[] {
  return [...doc.querySelectorAll('.headline dl')].map((dl) => {
    const terms = new Map<string, string[]>();
    let current: string[] | undefined;
    let label = '';
    for (const child of [...dl.children]) {
      if (child.tagName === 'DT') {
        current = [];
        terms.set(text(child), current);
        if (!label) label = text(child);
      } else if (child.tagName === 'DD') current?.push(text(child));
    }
    return { label, terms };
  });
}

/** The card whose label is `label`, failing with the labels found when there is none. */
export function figureCard(doc: Document, label: string): FigureCard {
  const cards = figureCards(doc);
  const card = cards.find((c) => c.label === label);
  if (!card) throw new Error(`No headline card "${label}"; found: ${cards.map((c) => c.label).join(' | ') || 'none'}`);
  return card;
}

/** What a card says under a term (first term starting with `term`). */
export function says(card: FigureCard, term: string): string[] {
  for (const [t, values] of card.terms) if (t.startsWith(term)) return values;
  throw new Error(`Card "${card.label}" has no term "${term}"; terms: ${[...card.terms.keys()].join(' | ')}`);
}

/** A table as rows of cell texts (header row first). */
export function tableRows(table: Element): string[][] {
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => text(c)));
}

/** The table with this caption, failing with the captions found when there is none. */
export function tableByCaption(root: Document | Element, caption: string): Element {
  const tables = [...root.querySelectorAll('table')];
  const found = tables.find((t) => text(t.querySelector('caption')) === caption);
  if (!found) {
    throw new Error(
      `No table "${caption}"; captions: ${tables.map((t) => text(t.querySelector('caption'))).join(' | ')}`,
    );
  }
  return found;
}

/**
 * A CSV file as records keyed by its header, read by papaparse: an
 * independent reader, so that the site's own CSV writer and reader are not
 * what checks them. Optional byte-order mark, quoted cells, CRLF or LF.
 */
export function csvRecords(
  csv: string,
  delimiter: ',' | ';' = ',',
): { header: string[]; rows: string[][]; records: Record<string, string>[] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`unreadable CSV: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const [header = [], ...rows] = parsed.data;
  return {
    header,
    rows,
    records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
  };
}
