/**
 * A link checker for a built site: every internal link, image, stylesheet
 * and download of every page must resolve to a built file under the site's
 * base path, and a fragment to an id on its page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { addressOf, fileOf, listFiles, parse } from './pages';

export interface BrokenLink {
  /** The page (built file) the link is on. */
  page: string;
  /** The attribute as written. */
  link: string;
  why: string;
}

const ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['source', 'src'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
] as const;

/** Every link of a page as written, with the element it is on. */
function linksOf(doc: Document): string[] {
  const out: string[] = [];
  for (const [selector, attribute] of ATTRIBUTES) {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute);
      if (value !== null) out.push(value);
    }
  }
  return out;
}

/**
 * Checks every page of `dir`, built for the address `site` (e.g.
 * https://example.org/thads/; its path is the base). A link written as a
 * path must stay under the base; a full address is followed only when it
 * starts with the site's address.
 */
export async function checkLinks(dir: string, site: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const files = await listFiles(dir);
  const built = new Set(files);
  const base = new URL(site);
  const ids = new Map<string, Set<string>>();
  const pages = await Promise.all(
    files
      .filter((f) => f.endsWith('.html'))
      .map(async (file) => {
        const doc = parse(await readFile(path.join(dir, file), 'utf8'));
        ids.set(file, new Set([...doc.querySelectorAll('[id]')].map((e) => e.id)));
        return { file, doc };
      }),
  );
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const { file, doc } of pages) {
    const pageUrl = new URL(addressOf(file).slice(1), base);
    for (const link of linksOf(doc)) {
      const url = new URL(link, pageUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      // An address written in full is ours only under the site's address (canonical, og:url); any other,
      // even on the same host (another project's site, a source named in the data), is not followed.
      const written = /^[a-z][a-z0-9+.-]*:/i.test(link);
      if (written ? !url.href.startsWith(base.href) : url.origin !== base.origin) continue;
      checked++;
      const fail = (why: string) => broken.push({ page: file, link, why });
      if (!url.pathname.startsWith(base.pathname)) {
        fail(`escapes the base ${base.pathname}`);
        continue;
      }
      const target = fileOf(`/${url.pathname.slice(base.pathname.length)}`);
      if (!built.has(target)) {
        fail(`no built file ${target}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment))
        fail(`no id "${fragment}" in ${target}`);
    }
  }
  return { checked, broken };
}
