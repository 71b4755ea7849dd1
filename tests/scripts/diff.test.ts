/**
 * `npm run diff` end to end: each side a git ref whose data/ is extracted
 * with git archive, as the check workflow runs it on a pull request's merge
 * commit (`HEAD^` is the base branch), and the job summary it appends to.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURE_DATA, ROOT } from '../support/build';

let repo = '';
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: repo, stdio: 'pipe' });

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'thads-diff-repo-'));
  cpSync(FIXTURE_DATA, path.join(repo, 'data'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'published');
  // Hà Nội 2025: 50 more completed cases (4.213 → 4.263 done of 4.991, 84,41% → 85,41%).
  const file = path.join(repo, 'data', 'results', '2025.csv');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('2025,01,929,4900,33,4991,805,4100,', '2025,01,929,4900,33,4991,805,4150,'),
  );
  git('commit', '-qam', 'revised');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

it('compares two git refs, reading data/ from each, and appends the summary to GITHUB_STEP_SUMMARY', () => {
  const summary = path.join(repo, 'summary.md');
  const r = runInRepo(['HEAD^', 'HEAD'], { GITHUB_STEP_SUMMARY: summary });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain(
    '| Thành phố Hà Nội (01) | Năm 2025, 2025 | 4.213/4.991 → 4.263/4.991; 84,41% → 85,41% (+1,00 điểm %) |',
  );
  expect(readFileSync(summary, 'utf8')).toBe(`${r.stdout}\n`);
});

it('gives JSON for tools, and refuses a side that is neither a directory nor a ref', () => {
  const json = runInRepo(['main~1', 'data', '--json']);
  expect(json.code, json.stderr).toBe(0);
  expect(JSON.parse(json.stdout).revisions).toMatchObject([
    { unit: { code: '01' }, period: '2025', fields: ['cases_completed'] },
  ]);
  const bad = runInRepo(['no-such-ref', 'data']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('is neither a directory nor a git ref');
});

/** scripts/diff.ts run with the repository as working directory, as `npm run diff` runs from its root. */
function runInRepo(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { code: number | null; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'scripts', 'diff.ts'), ...args],
      {
        cwd: repo,
        env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...env, NO_COLOR: '1' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number | null; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}
