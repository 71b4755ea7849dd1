import path from 'node:path';
import { loadChangelog, type Publication } from './changelog';
import { computeModel, type SiteModel } from './compute/model';
import type { Dataset } from './domain/dataset';
import { loadDataset } from './load';
import { DataError, formatProblem } from './problems';
import { readChangelog, readDataFiles } from './read';
import { formatAnnotations, formatSkipped, inGitHubActions, placeOf } from './report';

export interface SiteData {
  dataset: Dataset;
  model: SiteModel;
}

/** The data directory: `data/`, or THADS_DATA_DIR (used by the tests to build fixtures). */
export const dataDir = (): string => path.resolve(process.env.THADS_DATA_DIR ?? 'data');

let cached: Promise<SiteData> | undefined;

/**
 * Reads, validates and computes the dataset once per build; every page
 * shares the result. Throws a DataError listing every problem when the data
 * is invalid, which stops the build; `npm run build` (scripts/build.ts) then
 * leaves the previously published site in place.
 */
export function getSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const dir = dataDir();
    const outcome = loadDataset(await readDataFiles(dir));
    // The same workflow commands as npm run validate, so a failed build in CI shows each problem on its line.
    if (inGitHubActions() && outcome.problems.length > 0)
      console.log(formatAnnotations(outcome.problems, placeOf(dir)));
    for (const p of outcome.problems) if (p.severity === 'warning') console.warn(formatProblem(p));
    if (!outcome.dataset) {
      for (const s of outcome.skipped) console.warn(formatSkipped(s));
      throw new DataError(outcome.problems);
    }
    return { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
  })();
  return cached;
}

let changelog: Promise<Publication[]> | undefined;

/**
 * The record of publications (data/changelog.csv), newest first, read once
 * per build. An error in it stops the build like an error in the data.
 */
export function getChangelog(): Promise<Publication[]> {
  changelog ??= (async () => {
    const { dataset } = await getSiteData();
    const { publications, problems } = loadChangelog(await readChangelog(dataDir()), dataset.info.updated);
    for (const p of problems) if (p.severity === 'warning') console.warn(formatProblem(p));
    if (problems.some((p) => p.severity === 'error')) throw new DataError(problems);
    return publications;
  })();
  return changelog;
}
