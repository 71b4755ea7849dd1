/**
 * `npm run diff -- <before> <after>`: what a new version of the data changes,
 * computed from the figures (both sides loaded, validated and computed as the
 * site does), not from the bytes. Each side is a data directory or a git ref
 * (`main`, `HEAD^`, `origin/main`), whose `data/` is extracted with git archive.
 *
 *   npm run diff -- main data             Markdown, Vietnamese with English, revisions first
 *   npm run diff -- main data --json      the same as one JSON document
 *   npm run diff -- main data --changelog draft rows for data/changelog.csv
 *
 * Under GitHub Actions (GITHUB_STEP_SUMMARY set) the Markdown is also appended
 * to the job summary. Exits 1 when the new side cannot be loaded.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadChangelog } from '../src/lib/changelog';
import { computeModel } from '../src/lib/compute/model';
import { draftChangelog } from '../src/lib/diff/changelog-draft';
import { compareData } from '../src/lib/diff/compare';
import { formatDiffMarkdown } from '../src/lib/diff/markdown';
import { loadDataset } from '../src/lib/load';
import { formatProblem } from '../src/lib/problems';
import { readChangelog, readDataFiles } from '../src/lib/read';
import type { SiteData } from '../src/lib/site-data';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const sides = args.filter((a) => !a.startsWith('--'));
if (sides.length !== 2) {
  console.error('Cách dùng / usage: npm run diff -- <trước/before> <sau/after> [--json | --changelog]');
  console.error('  mỗi bên là một thư mục dữ liệu hoặc một git ref / each side is a data directory or a git ref');
  process.exit(2);
}

const temporary: string[] = [];

/** A data directory on disk: the argument itself, or `data/` of a git ref extracted into a temporary directory. */
function dataDirOf(side: string): string {
  if (existsSync(side) && statSync(side).isDirectory()) return path.resolve(side);
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${side}^{commit}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`"${side}" không phải thư mục hay git ref / is neither a directory nor a git ref`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'thads-diff-'));
  temporary.push(dir);
  const tar = execFileSync('git', ['archive', '--format=tar', side, 'data'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return path.join(dir, 'data');
}

/** Loads a side as the site does; null (with the errors printed) when it does not validate. */
async function load(
  side: string,
): Promise<{ data: SiteData | null; warnings: ReturnType<typeof loadDataset>['problems'] }> {
  const dir = dataDirOf(side);
  const outcome = loadDataset(await readDataFiles(dir));
  if (!outcome.dataset) {
    const errors = outcome.problems.filter((p) => p.severity === 'error');
    console.error(`✗ ${side}: ${errors.length} lỗi / error(s)`);
    for (const p of errors.slice(0, 20)) console.error(formatProblem(p));
    return { data: null, warnings: [] };
  }
  // The change log's own problems too: a publication without its entry is worth a warning here.
  const log = loadChangelog(await readChangelog(dir), outcome.dataset.info.updated);
  const warnings = [...outcome.problems, ...log.problems].filter((p) => p.severity === 'warning');
  return { data: { dataset: outcome.dataset, model: computeModel(outcome.dataset) }, warnings };
}

function publish(markdown: string): void {
  process.stdout.write(markdown);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) appendFileSync(summary, `${markdown}\n`);
}

try {
  const [beforeSide, afterSide] = sides as [string, string];
  const after = await load(afterSide);
  const before = await load(beforeSide);
  if (!after.data) {
    publish(
      `## Dữ liệu mới thay đổi gì / What the new data changes\n\n` +
        `Dữ liệu mới có lỗi nên chưa so sánh được: xem bước "Validate" và các chú thích trên từng dòng. ` +
        `/ The new data has errors, so nothing was compared: see the "Validate" step and the annotations on each line.\n`,
    );
    process.exitCode = 1;
  } else if (!before.data) {
    publish(
      `## Dữ liệu mới thay đổi gì / What the new data changes\n\n` +
        `Không đọc được dữ liệu trước (\`${beforeSide}\`), nên không có gì để so sánh (lần công bố đầu tiên?). ` +
        `/ The previous data (\`${beforeSide}\`) could not be loaded, so there is nothing to compare (a first publication?).\n`,
    );
  } else {
    const diff = compareData(before.data, after.data);
    if (flags.has('--json')) process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
    else if (flags.has('--changelog')) process.stdout.write(draftChangelog(diff));
    else publish(formatDiffMarkdown(diff, { before: beforeSide, after: afterSide, warnings: after.warnings }));
  }
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exitCode = 2;
} finally {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}
