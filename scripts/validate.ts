/**
 * `npm run validate`: checks the data files alone and prints what was read.
 * Exits 1 when there is any error (warnings are shown but never fatal), so
 * CI stops before building.
 *
 *   npm run validate              readable report, Vietnamese then English
 *   npm run validate -- --json    one JSON document on stdout (see data/README.md)
 *
 * Inside GitHub Actions (GITHUB_ACTIONS=true) the readable report is preceded
 * by one `::error`/`::warning` workflow command per problem, so that a pull
 * request shows each one on its line. With --json stdout holds the JSON alone.
 */

import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { loadChangelog } from '../src/lib/changelog';
import { computeModel } from '../src/lib/compute/model';
import { FORMATS, formatCount, formatPercent } from '../src/lib/format';
import { loadInto } from '../src/lib/load';
import { periodLabel } from '../src/lib/period';
import { ProblemStore } from '../src/lib/problem-store';
import { formatProblem, hasErrors } from '../src/lib/problems';
import { readChangelog, readDataFiles } from '../src/lib/read';
import {
  formatAnnotations,
  formatFiles,
  formatReport,
  inGitHubActions,
  placeOf,
  reportJsonText,
} from '../src/lib/report';
import { dataDir } from '../src/lib/site-data';

// A results file of a million rows makes V8 move the allocation sites of its rows' short-lived objects to
// the old generation ("pretenuring"), where they pile up as garbage until a full collection: a 1.000.000-row
// file peaked at 1,3–1,6 GiB with it, 620 MiB without, and read in 17 s instead of 26–29. Only that
// decision is turned off, before anything is read; nothing else about the collector changes.
setFlagsFromString('--no-allocation-site-pretenuring');

const dir = dataDir();
const place = placeOf(dir);
const started = performance.now();
const json = process.argv.includes('--json');
// The problems are handed to a store as they are found: any number of them is reported in bounded memory.
const store = new ProblemStore({ all: json });
// On 'exit', not in a finally: batches are written while loading, and whatever ends the process (an error,
// a reader that closes the pipe early) must not leave them in the temporary folder.
process.on('exit', () => store.dispose());
const outcome = await load();
const counts = store.counts();

// The exit code is set, never forced with process.exit(): a pipe (CI logs, `| cat`) takes what is
// written asynchronously, and exiting at once would cut the report short.
process.exitCode = outcome.dataset ? 0 : 1;
// A reader that stops early (`| head`) wants no more: end quietly with the verdict instead of a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit();
});
if (json) await writeOut(reportJsonText({ ...outcome, problems: store.all(), counts }, place));
else await printReport();

/**
 * Reads and loads in a function of its own: the files' text is then let go
 * when it returns. Awaited at the top level, it would be kept in a register
 * of the module's suspended body until the report is written.
 */
async function load() {
  return loadInto(await readDataFiles(dir), store.add);
}

/** The readable report: the problems (the first of each code, with counts), then what was read or the verdict. */
async function printReport(): Promise<void> {
  const shown = store.shown();
  if (inGitHubActions() && shown.length > 0) console.log(formatAnnotations(shown, place));
  const report = formatReport({ problems: shown, skipped: outcome.skipped, counts });
  if (report) console.log(report);
  if (outcome.dataset) await checkChangelogAndSummarise(outcome.dataset);
  else {
    console.log(formatFiles({ problems: store.fileErrors(), files: outcome.files }));
    console.error(
      `\n✗ ${dir}: ${formatCount(counts.errors)} lỗi, ${formatCount(counts.warnings)} cảnh báo. Sửa các lỗi trên rồi chạy lại.\n` +
        `✗ ${dir}: ${FORMATS.en.count(counts.errors)} error(s), ${FORMATS.en.count(counts.warnings)} warning(s). Fix the errors above and run again.`,
    );
  }
}

/**
 * After a valid load: the record of publications (a broken row would stop the
 * build), then what was read and the national headline.
 */
async function checkChangelogAndSummarise(dataset: NonNullable<typeof outcome.dataset>): Promise<void> {
  const log = loadChangelog(await readChangelog(dir), dataset.info.updated);
  if (inGitHubActions() && log.problems.length > 0) console.log(formatAnnotations(log.problems, place));
  for (const p of log.problems) console.log(formatProblem(p));
  if (hasErrors(log.problems)) {
    console.error(
      `\n✗ ${dir}/changelog.csv: sửa các lỗi trên rồi chạy lại.\n✗ ${dir}/changelog.csv: fix the errors above and run again.`,
    );
    process.exitCode = 1;
    return;
  }
  const model = computeModel(dataset);
  const national = model.national.get(model.latest.key)!;
  console.log(`Dữ liệu / data: ${dir}${dataset.info.sample ? ' (DỮ LIỆU MẪU / sample data)' : ''}`);
  for (const f of dataset.files) console.log(`  ${f.file.padEnd(24)} ${formatCount(f.rows).padStart(8)} dòng / rows`);
  console.log(
    `  ${model.periods.length} kỳ báo cáo / periods, từ / from ${model.periods[0]!.key} đến / to ${model.latest.key}`,
  );
  console.log(
    `  Toàn quốc ${periodLabel(model.latest).toLowerCase()}: về việc ${formatPercent(national.figures.cases.rate)}, về tiền ${formatPercent(national.figures.money.rate)}`,
  );
  console.log(
    `✓ Hợp lệ / valid: ${formatCount(counts.warnings + log.problems.length)} cảnh báo / warning(s), ${formatCount(Math.round(performance.now() - started))} ms`,
  );
}

/** Writes text pieces to stdout in batches, waiting whenever the pipe is full, so memory stays bounded. */
async function writeOut(pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < 1 << 16) continue;
    if (!process.stdout.write(batch)) await once(process.stdout, 'drain');
    batch = '';
  }
  process.stdout.write(batch);
}
