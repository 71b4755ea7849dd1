/**
 * Builds the small fixture dataset once per test run, for the site and
 * browser tests; they read the built files from `inject('fixtureSite')`.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import {
  buildSite,
  describeRun,
  FIXTURE_DATA,
  FIXTURE_SITE,
  HOSTILE_DATA,
  HOSTILE_SITE,
  SHIPPED_DATA,
  SHIPPED_SITE,
  SUBPATH_SITE,
  SUBPATH_URL,
} from './build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built fixture site. */
    fixtureSite: string;
    /** Absolute path of the built hostile fixture site. */
    hostileSite: string;
    /** Absolute path of the fixture site built with SITE_URL=SUBPATH_URL. */
    subpathSite: string;
    /** Absolute path of the site built from the shipped data/. */
    shippedSite: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const started = performance.now();
  await rm(FIXTURE_SITE, { recursive: true, force: true });
  const result = await buildSite({ dataDir: FIXTURE_DATA, outDir: FIXTURE_SITE });
  if (result.code !== 0) {
    throw new Error(
      `The fixture site could not be built (THADS_DATA_DIR=tests/fixtures/small npm run build -- --outDir .tmp/fixture-site); ` +
        `no site or browser test can run.\n${describeRun(result)}`,
    );
  }
  console.log(`Fixture site built into .tmp/fixture-site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  project.provide('fixtureSite', FIXTURE_SITE);

  // One after the other: Astro builds share .astro/ in the project root.
  await rm(HOSTILE_SITE, { recursive: true, force: true });
  const hostile = await buildSite({ dataDir: HOSTILE_DATA, outDir: HOSTILE_SITE });
  if (hostile.code !== 0) {
    throw new Error(`The hostile fixture site could not be built (tests/fixtures/hostile).\n${describeRun(hostile)}`);
  }
  project.provide('hostileSite', HOSTILE_SITE);

  await rm(SUBPATH_SITE, { recursive: true, force: true });
  const subpath = await buildSite({ dataDir: FIXTURE_DATA, outDir: SUBPATH_SITE, env: { SITE_URL: SUBPATH_URL } });
  if (subpath.code !== 0) {
    throw new Error(`The fixture site could not be built under ${SUBPATH_URL}.\n${describeRun(subpath)}`);
  }
  project.provide('subpathSite', SUBPATH_SITE);

  // The shipped data is where the search has real names (Bến Lức, Đà Nẵng, Yên Bái): one build, shared.
  const shippedStarted = performance.now();
  await rm(SHIPPED_SITE, { recursive: true, force: true });
  // It renders a share card per page and a PNG per chart: minutes on a busy machine.
  const shipped = await buildSite({ dataDir: SHIPPED_DATA, outDir: SHIPPED_SITE, timeoutMs: 590_000 });
  if (shipped.code !== 0) throw new Error(`data/ did not build\n${describeRun(shipped)}`);
  console.log(
    `Shipped site built into .tmp/shipped-site in ${((performance.now() - shippedStarted) / 1000).toFixed(1)} s`,
  );
  project.provide('shippedSite', SHIPPED_SITE);
}
