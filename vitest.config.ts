import { configDefaults, defineConfig } from 'vitest/config';

// Tests that build the site or drive Chromium; they share one build of the fixture.
const SITE_TESTS = ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'];

const shared = { testTimeout: 30_000, hookTimeout: 600_000 };

export default defineConfig({
  test: {
    // In CI a JSON report is written too, for the summary line .ci/run prints.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]] : ['default'],
    // Two cores: the unit tests and the site tests each get one worker.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE_TESTS],
        },
      },
      {
        test: {
          ...shared,
          name: 'site',
          include: SITE_TESTS,
          // Builds the fixture once into .tmp/fixture-site; only when a site test runs.
          globalSetup: ['tests/support/global-setup.ts'],
          // Astro builds write .astro/ in the project root, and a build or Chromium
          // wants a whole core: these files run one after another.
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
