/**
 * Writes the site search's index into a built site (scripts/build.ts runs it
 * on the staging directory, before the swap): Pagefind indexes the records
 * the build wrote (src/lib/views/search.ts, one per unit), then the records
 * file and Pagefind's ready-made interfaces, which inject inline styles the
 * site's CSP refuses and which the site does not use, are removed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_PATH } from '../src/lib/urls';
import type { SearchRecord } from '../src/lib/views/search';

/** Pagefind's own interfaces (default, modular, component UI) and its highlighter: the A-Z page has its own. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

/** Indexes the records of the site built in `siteDir` into `siteDir`/pagefind/; throws on any Pagefind error. */
export async function writeSearchIndex(siteDir: string): Promise<{ records: number; bytes: number }> {
  const recordsFile = path.join(siteDir, SEARCH_RECORDS_PATH);
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  const outputPath = path.join(siteDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(errors.join('\n'));
    // Sent all at once: one by one, each waits for the service's answer (about 5 ms a record).
    const added = await Promise.all(records.map((r) => index.addCustomRecord({ ...r, meta: { ...r.meta } })));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(failed.join('\n'));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  await rm(recordsFile);
  for (const f of await readdir(outputPath))
    if (UNUSED.test(f)) await rm(path.join(outputPath, f), { recursive: true });
  return { records: records.length, bytes: await sizeOf(outputPath) };
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await readFile(path.join(e.parentPath, e.name))).length;
  }
  return total;
}
