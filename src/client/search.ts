/**
 * The search of the A-Z page (src/pages/don-vi/index.astro): Pagefind's module
 * is loaded on the first search, the words typed (in the page's field, or
 * `?q=` from the header's form) are looked up in the records of
 * src/lib/views/search.ts, and the units found are listed as links, those in
 * force first. Without JavaScript the page shows the whole list instead.
 * No inline style: results are built with text nodes and the `hidden` attribute.
 */

interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  search(query: string): Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
}

/** How many of Pagefind's best matches are listed. */
const MAX_RESULTS = 30;
/** Milliseconds of quiet typing before a search runs. */
const TYPING_PAUSE = 200;

const searchForm = document.querySelector<HTMLFormElement>('form[data-pagefind]');
const searchField = searchForm?.querySelector<HTMLInputElement>('input[name="q"]');
const statusLine = document.getElementById('search-status');
const resultsSection = document.getElementById('search-results');
const resultsList = document.getElementById('search-list');
if (searchForm && searchField && statusLine && resultsSection && resultsList)
  enhance(searchForm, searchField, { status: statusLine, section: resultsSection, list: resultsList });

function enhance(
  form: HTMLFormElement,
  input: HTMLInputElement,
  out: { status: HTMLElement; section: HTMLElement; list: HTMLElement },
): void {
  const text = (key: 'found' | 'none' | 'failed') => form.dataset[key] ?? '';
  // A record's meta is Vietnamese; the English page reads its `title_en`, `url_en` and `status_en`.
  const lang = form.dataset.lang ?? 'vi';
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= import(/* @vite-ignore */ form.dataset.pagefind ?? '') as Promise<Pagefind>;
    return pagefind;
  };
  // Only the latest search may write its results; an earlier, slower one is dropped.
  let latest = 0;

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    const q = query.trim();
    if (!q) {
      out.section.hidden = true;
      out.status.textContent = '';
      return;
    }
    try {
      const found = await (await load()).search(q);
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      show(
        q,
        inForceFirst(data).map((d) => inLanguage(d, lang)),
      );
    } catch {
      if (ticket === latest) out.status.textContent = text('failed');
    }
  }

  function show(q: string, results: PagefindData[]): void {
    out.list.replaceChildren(...results.map(resultItem));
    out.section.hidden = results.length === 0;
    out.status.textContent = text(results.length ? 'found' : 'none')
      .replace('{n}', String(results.length))
      .replace('{q}', q);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), TYPING_PAUSE);
  });
  // Fetch the module while the reader is still typing the first word.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  // Arriving from the header's form: the words are in the field, ready to refine, and the results follow it.
  if (initial) {
    input.value = initial;
    input.focus();
    void run(initial);
  }
}

/** Pagefind's order, with the units in force first (meta `order`, set in src/lib/views/search.ts). */
const inForceFirst = (data: PagefindData[]): PagefindData[] =>
  data
    .map((d, i) => ({ d, i }))
    .sort((a, b) => Number(a.d.meta.order) - Number(b.d.meta.order) || a.i - b.i)
    .map(({ d }) => d);

/** A result with the title, address and status of the page's language. */
function inLanguage(d: PagefindData, lang: string): PagefindData {
  if (lang === 'vi') return d;
  const meta = (key: string) => d.meta[`${key}_${lang}`];
  return { url: meta('url') ?? d.url, meta: { ...d.meta, title: meta('title'), status: meta('status') } };
}

/** One result: the unit's name as a link, then its province and what it is today. */
function resultItem(d: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  const about = document.createElement('span');
  about.className = 'search-about';
  about.textContent = [d.meta.province, d.meta.status].filter(Boolean).join(' · ');
  li.append(a, ' ', about);
  return li;
}
