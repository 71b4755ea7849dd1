/**
 * The corpus of broken files: each folder under `broken/` is the small
 * fixture with one file replaced (or removed), and `expected.txt` holds the
 * exact report it must produce. See `README.md` for how to add a case.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { formatProblem, type Problem } from '../../src/lib/problems';
import { readDataFiles } from '../../src/lib/read';
import { formatSkipped } from '../../src/lib/report';

const SMALL_DIR = fileURLToPath(new URL('../fixtures/small/', import.meta.url));
const BROKEN_DIR = fileURLToPath(new URL('./broken/', import.meta.url));

interface CaseInfo {
  /** What is wrong, in a maintainer's words. */
  description: string;
  /** Files or folders of the small fixture to delete before the overlay. */
  remove?: string[];
}

const CASES = readdirSync(BROKEN_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** A problem's identity apart from its wording (which names related lines that a case may shift). */
const placeOf = (p: Problem) => `${p.severity}|${p.code}|${p.file}|${p.line}|${p.column}|${asNumber(p.value)}`;
/** "324.000.000" in a case saved the Vietnamese way is the fixture's 324000000. */
const asNumber = (v: string | undefined) =>
  v !== undefined && /^\d{1,3}(?:[.\s\u00A0\u202F]\d{3})+$/.test(v) ? v.replace(/\D/g, '') : v;

/**
 * The small fixture's own warnings (its 2025 backlogs do not continue from
 * 2024; see tests/lib/load.test.ts) would repeat in every report, so a case's
 * report leaves out exactly those; any other warning a case causes is kept.
 */
const FIXTURE_WARNINGS = new Set(loadDataset(await readDataFiles(SMALL_DIR)).problems.map(placeOf));

const scratch = mkdtempSync(path.join(tmpdir(), 'thads-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The small fixture with the case's `data/` copied over it and its `remove` list deleted. */
function materialise(name: string): string {
  const caseDir = path.join(BROKEN_DIR, name);
  const info = JSON.parse(readFileSync(path.join(caseDir, 'case.json'), 'utf8')) as CaseInfo;
  const dir = path.join(scratch, name);
  cpSync(SMALL_DIR, dir, { recursive: true });
  rmSync(path.join(dir, 'README.md'));
  for (const r of info.remove ?? []) rmSync(path.join(dir, r), { recursive: true });
  if (existsSync(path.join(caseDir, 'data'))) cpSync(path.join(caseDir, 'data'), dir, { recursive: true });
  return dir;
}

describe('the corpus of broken files', () => {
  it('has at least 40 cases, each described', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const name of CASES) {
      const info = JSON.parse(readFileSync(path.join(BROKEN_DIR, name, 'case.json'), 'utf8')) as CaseInfo;
      expect(info.description, name).toMatch(/\S/);
    }
  });

  it('starts from a small fixture whose only problems are its own warnings', async () => {
    const outcome = loadDataset(await readDataFiles(SMALL_DIR));
    expect(outcome.dataset).not.toBeNull();
    expect(outcome.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(outcome.problems.length).toBe(FIXTURE_WARNINGS.size);
  });

  it.each(CASES)('%s is refused with its exact report', async (name) => {
    const outcome = loadDataset(await readDataFiles(materialise(name)));
    expect(outcome.dataset, 'a broken case must not produce a dataset').toBeNull();
    expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
    // Every problem the case causes, then the checks another problem made impossible, as npm run validate prints them.
    const caused = outcome.problems.filter((p) => !FIXTURE_WARNINGS.has(placeOf(p)));
    const report = `${[...caused.map(formatProblem), ...outcome.skipped.map(formatSkipped)].join('\n')}\n`;
    await expect(report).toMatchFileSnapshot(path.join(BROKEN_DIR, name, 'expected.txt'));
  });
});
