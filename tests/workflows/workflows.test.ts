/**
 * The GitHub Actions workflows: valid against GitHub's workflow schema
 * (@action-validator/core, the schema SchemaStore publishes), thin (every
 * step that runs something runs an npm script a maintainer can run too),
 * least privilege and pinned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build';

const DIR = path.join(ROOT, '.github', 'workflows');
const workflows = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((file) => ({ file, text: readFileSync(path.join(DIR, file), 'utf8') }));
const scripts = Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts);

it('has the check and the deploy workflows', () => {
  expect(workflows.map((w) => w.file)).toEqual(['check.yml', 'deploy.yml']);
});

it('the validator catches a broken workflow', () => {
  const broken =
    'on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    permissions: { contents: reed }\n    steps: [{ run: npm test }]\n';
  expect(validateWorkflow(broken).errors).not.toEqual([]);
});

describe.each(workflows)('$file', ({ text }) => {
  it("passes GitHub's workflow schema", () => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('pins every action to a full commit with its release in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:- )?uses: (.+)$/gm)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('runs only npm scripts that exist', () => {
    const runs = [...text.matchAll(/^\s*(?:- )?run: (.+)$/gm)].map((m) => m[1]!);
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) {
      const m = /^npm (?:ci|test|run ([\w:-]+)(?: -- .*)?)$/.exec(r);
      expect(m, r).not.toBeNull();
      if (m?.[1]) expect(scripts, r).toContain(m[1]);
    }
  });

  it("grants no permission at the top and names each job's own", () => {
    expect(text).toMatch(/^permissions: \{\}$/m);
    const jobs = text
      .slice(text.indexOf('\njobs:\n'))
      .split(/^ {2}(?=[\w-]+:$)/m)
      .slice(1);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(job).toMatch(/^ {4}permissions:$/m);
  });
});

it('deploys one publication at a time, never cancelling one under way', () => {
  const deploy = workflows.find((w) => w.file === 'deploy.yml')!.text;
  expect(deploy).toMatch(/^concurrency:\n {2}group: pages\n {2}cancel-in-progress: false$/m);
  // The address comes from the Pages configuration (a GitHub expression, not a template string).
  expect(deploy).toContain(['SITE_URL: $', '{{ steps.pages.outputs.base_url }}'].join(''));
  expect(deploy).toMatch(/ {6}pages: write\n {6}id-token: write/);
});
