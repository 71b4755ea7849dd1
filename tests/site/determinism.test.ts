/**
 * The same data gives the same site, byte for byte: a second build of the
 * fixture (into another directory, its PNGs rendered without the cache)
 * equals the shared first one.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { buildSite, describeRun, FIXTURE_DATA, ROOT } from '../support/build';
import { listFiles } from '../support/pages';

const first = inject('fixtureSite');
let second = '';

afterAll(async () => {
  if (second) await rm(second, { recursive: true, force: true });
});

async function digests(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  const sums = await Promise.all(
    files.map(
      async (f) =>
        [
          f,
          createHash('sha256')
            .update(await readFile(path.join(dir, f)))
            .digest('hex'),
        ] as const,
    ),
  );
  return new Map(sums);
}

it('two builds of the same data are byte-identical', async () => {
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  second = await mkdtemp(path.join(ROOT, '.tmp', 'determinism-'));
  // Every PNG rendered anew, not copied from the cache the first build filled: resvg itself must be deterministic.
  const result = await buildSite({ dataDir: FIXTURE_DATA, outDir: second, env: { THADS_PNG_CACHE: 'off' } });
  expect(result.code, describeRun(result)).toBe(0);

  const a = await digests(first);
  const b = await digests(second);
  expect([...b.keys()]).toEqual([...a.keys()]);
  const differing = [...a].filter(([f, sum]) => b.get(f) !== sum).map(([f]) => f);
  expect(differing, 'files that differ between the two builds').toEqual([]);
  expect(a.size).toBeGreaterThan(20);
});
