/**
 * Views compute, pages render: an .astro file under src/ gets its data as
 * props from a view (src/lib/views) and never reads the site data, formats a
 * number or writes an internal address itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const astroFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.astro'))
  .map((f) => ({ file: f.split(path.sep).join('/'), text: readFileSync(path.join(SRC, f), 'utf8') }));

/** The specifiers of every import of a file. */
const importsOf = (text: string): string[] => [...text.matchAll(/\bimport\b[^'"]*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

/** Modules that read or compute the data, or format it: a view's job. */
const FORBIDDEN = /(^|\/)(site-data|format|load|read|downloads|compute\/[\w-]+)$/;

describe('.astro files only render', () => {
  it('finds the pages, layouts and components', () => {
    expect(astroFiles.map((f) => f.file)).toEqual(
      expect.arrayContaining(['pages/index.astro', 'layouts/Layout.astro', 'components/UnitPage.astro']),
    );
  });

  it.each(astroFiles)('$file imports neither the site data nor the number format', ({ text }) => {
    expect(importsOf(text).filter((s) => FORBIDDEN.test(s))).toEqual([]);
    expect(text).not.toMatch(/\bgetSiteData\s*\(/);
    expect(text).not.toMatch(/\bformat[A-Z]\w*\s*\(/);
  });

  it.each(astroFiles)('$file writes no internal address as a literal', ({ text }) => {
    // Every internal href comes from src/lib/urls.ts, so a base path is one change there.
    expect(text).not.toMatch(/\bhref="\/[^"]*"/);
  });

  // Pages written as prose keep their text in each language's route file; every other English route renders
  // the same component as its Vietnamese twin, so the two languages cannot drift apart in markup.
  const PROSE = ['pages/en/404.astro', 'pages/en/methodology.astro', 'pages/en/data/index.astro'];
  const thin = (text: string) => /^<[A-Z]\w* view=\{view\} \/>$/.test(text.split(/^---$/m)[2]?.trim() ?? '');
  it.each(astroFiles.filter((f) => f.file.startsWith('pages/en/') && !PROSE.includes(f.file)))(
    '$file renders one shared component',
    ({ text }) => {
      expect(thin(text)).toBe(true);
    },
  );

  it('the scan sees what it forbids', () => {
    expect(thin('---\nconst view = 1;\n---\n<HomePage view={view} />\n')).toBe(true);
    expect(thin('---\nconst view = 1;\n---\n<Layout><h1>Hi</h1></Layout>\n')).toBe(false);
    const page =
      "---\nimport { getSiteData } from '../lib/site-data';\nimport { formatPercent } from '../lib/format';\n---";
    expect(importsOf(page).filter((s) => FORBIDDEN.test(s))).toEqual(['../lib/site-data', '../lib/format']);
  });
});
