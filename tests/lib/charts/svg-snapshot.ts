/**
 * Golden-file comparison for chart SVGs, after Plot's plot-snapshot: numbers
 * are rounded and tags put on their own lines so diffs stay readable; a
 * mismatch writes NAME-changed.svg beside the golden file for a reviewer.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SNAPSHOT_DIR = fileURLToPath(new URL('./__snapshots__/', import.meta.url));

const inCi = () => Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/** Rounds decimals to 2 places and breaks lines between elements (never inside <text>). */
export function normalizeSvg(svg: string): string {
  return (
    svg
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100 || 0))
      // A newline between tspans would render, as Plot sets white-space: pre.
      .replace(/>(?=<(?!\/?tspan|\/text))/g, '>\n')
      .concat('\n')
  );
}

/**
 * Compares `svg` with __snapshots__/NAME.svg. Creates a missing golden file,
 * except under CI, where a missing file fails the test.
 */
export function expectSvgSnapshot(svg: string, name: string, dir: string = SNAPSHOT_DIR): void {
  const actual = normalizeSvg(svg);
  const golden = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  if (!existsSync(golden)) {
    if (inCi())
      throw new Error(`Missing snapshot ${golden}: run the tests without CI set to create it, then commit it.`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(golden, actual);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((text, i) => text !== e[i]);
  throw new Error(
    `Snapshot ${name}.svg differs at line ${line + 1}:\n  expected: ${e[line] ?? '(end)'}\n  actual:   ${a[line] ?? '(end)'}\n` +
      `Look at ${changed}; if the change is right, replace ${name}.svg with it.`,
  );
}

/** The text of every <text> element, in document order (tspans joined). */
export function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

/** Every id="…" defined in the markup. */
export function idsOf(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** <text> elements placed by translate(x,y), top to bottom, as [y, text]. */
export function textsByRow(svg: string): [number, string][] {
  const rows = [...svg.matchAll(/<text\b[^>]*transform="translate\([-\d.]+,([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g)];
  return rows.map((m): [number, string] => [Number(m[1]), m[2] ?? '']).sort((a, b) => a[0] - b[0]);
}
