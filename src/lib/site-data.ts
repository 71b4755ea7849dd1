import path from 'node:path';
import { loadChangelog, type Publication } from './changelog';
import { computeModel, type SiteModel } from './compute/model';
import type { Dataset } from './domain/dataset';
import { loadInto } from './load';
import { ProblemStore } from './problem-store';
import { DataError, formatProblem } from './problems';
import { readChangelog, readDataFiles } from './read';
import { formatAnnotations, formatReport, inGitHubActions, placeOf } from './report';

export interface SiteData {
  dataset: Dataset;
  model: SiteModel;
}

/** The data directory: `data/`, or THADS_DATA_DIR (used by the tests to build fixtures). */
export const dataDir = (): string => path.resolve(process.env.THADS_DATA_DIR ?? 'data');

/**
 * Reads, validates and computes the dataset in `dir`. Throws a DataError with
 * the report of the problems (as npm run validate prints it) when the data is
 * invalid; with `report` (the default) also prints the warnings, and under
 * GitHub Actions an annotation for each problem.
 */
export async function readSiteData(dir: string, { report = true } = {}): Promise<SiteData> {
  // As npm run validate does: the problems go to a store as found, so that any number of them makes a report.
  const store = new ProblemStore({ all: false });
  const outcome = loadInto(await readDataFiles(dir), store.add);
  const shown = store.shown();
  // The same workflow commands as npm run validate, so a failed build in CI shows each problem on its line.
  if (report && inGitHubActions() && shown.length > 0) console.log(formatAnnotations(shown, placeOf(dir)));
  const counts = store.counts();
  const text = formatReport({ problems: shown, skipped: outcome.skipped, counts });
  if (!outcome.dataset) throw new DataError(counts.errors, text);
  if (report && text) console.warn(text);
  return { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
}

let cached: Promise<SiteData> | undefined;

/**
 * The dataset of the build (dataDir), read, validated and computed once;
 * every page shares it. An invalid dataset stops the build; `npm run build`
 * (scripts/build.ts) then leaves the previously published site in place.
 */
export function getSiteData(): Promise<SiteData> {
  cached ??= readSiteData(dataDir());
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
    if (problems.some((p) => p.severity === 'error')) throw DataError.of(problems);
    return publications;
  })();
  return changelog;
}
