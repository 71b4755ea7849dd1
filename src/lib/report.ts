/**
 * The validation report, three ways: readable text (Vietnamese, then
 * English), one JSON document for other programs, and GitHub Actions
 * workflow commands so that a pull request shows each problem on its line.
 * Pure functions of the load outcome; the scripts decide where to print.
 */
import path from 'node:path';
import { FORMATS, formatCount } from './format';
import type { FileRead, Loaded, LoadOutcome, SkippedCheck } from './load';
import { formatProblem, formatRelated, type Problem } from './problems';

/** Bumped when a field of the JSON report changes meaning or goes away (adding one does not). */
export const REPORT_VERSION = 1;

export interface Tally {
  errors: number;
  warnings: number;
}

export interface ProblemCounts extends Tally {
  /** Per data file, keys in name order. */
  byFile: Record<string, Tally>;
  /** Per problem code, in code order. */
  byCode: Record<string, Tally>;
}

const add = (map: Map<string, Tally>, key: string, p: Problem) => {
  const t = map.get(key) ?? { errors: 0, warnings: 0 };
  if (p.severity === 'error') t.errors++;
  else t.warnings++;
  map.set(key, t);
};

const sortedRecord = (map: Map<string, Tally>): Record<string, Tally> =>
  Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Errors and warnings counted one problem at a time, in all, per file and per code. */
export class ProblemTally {
  private readonly all = new Map<string, Tally>();
  private readonly byFile = new Map<string, Tally>();
  private readonly byCode = new Map<string, Tally>();

  add(p: Problem): void {
    add(this.all, '', p);
    add(this.byFile, p.file, p);
    add(this.byCode, p.code, p);
  }

  counts(): ProblemCounts {
    const all = this.all.get('') ?? { errors: 0, warnings: 0 };
    return { ...all, byFile: sortedRecord(this.byFile), byCode: sortedRecord(this.byCode) };
  }
}

/** Errors and warnings in all, per file and per code. */
export function countProblems(problems: Iterable<Problem>): ProblemCounts {
  const tally = new ProblemTally();
  for (const p of problems) tally.add(p);
  return tally.counts();
}

const tallyText = (t: Tally) => `${formatCount(t.errors)} lỗi/error(s), ${formatCount(t.warnings)} cảnh báo/warning(s)`;

/** A skipped check as one line. */
export const formatSkipped = (s: SkippedCheck): string => `BỎ QUA/SKIPPED ${s.vi}\n    ${s.en}`;

/** The counts per file and per code, as a short table; empty when there is nothing to count. */
export function formatSummary(counts: ProblemCounts): string {
  if (counts.errors + counts.warnings === 0) return '';
  const rows = (record: Record<string, Tally>) => {
    const width = Math.max(...Object.keys(record).map((k) => k.length));
    return Object.entries(record).map(([k, t]) => `    ${k.padEnd(width)}  ${tallyText(t)}`);
  };
  return [
    `Tổng hợp / Summary: ${tallyText(counts)}`,
    '  theo tệp / by file:',
    ...rows(counts.byFile),
    '  theo mã / by code:',
    ...rows(counts.byCode),
  ].join('\n');
}

/** How many problems of one code and severity the text report prints; the JSON report has them all. */
export const SHOWN_PER_CODE = 50;

/**
 * The problems of one severity, at most `SHOWN_PER_CODE` of each code, each
 * code's remainder counted in one line: a file where every cell is "#REF!"
 * gives a report a person can read. `problems` may hold only the first
 * `SHOWN_PER_CODE` of each code (`ProblemStore`); `counts` are of them all.
 */
function formatSome(problems: readonly Problem[], severity: Problem['severity'], counts: ProblemCounts): string[] {
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const p of problems) {
    if (p.severity !== severity) continue;
    const n = (shown.get(p.code) ?? 0) + 1;
    shown.set(p.code, n);
    if (n <= SHOWN_PER_CODE) lines.push(formatProblem(p));
  }
  for (const code of shown.keys()) {
    const tally = counts.byCode[code];
    const more = (tally ? (severity === 'error' ? tally.errors : tally.warnings) : 0) - SHOWN_PER_CODE;
    if (more <= 0) continue;
    lines.push(
      `… ${formatCount(more)} ${severity === 'error' ? 'lỗi' : 'cảnh báo'} {${code}} khác không in ra (xem npm run validate -- --json).
` +
        `    ${FORMATS.en.count(more)} more ${severity === 'error' ? 'error(s)' : 'warning(s)'} {${code}} not printed (see npm run validate -- --json).`,
    );
  }
  return lines;
}

/**
 * What `npm run validate` prints: the errors, the checks skipped, then the
 * warnings, which never stop a build and so come last, where they are seen,
 * then the counts. `counts` are of every problem, when `problems` holds only
 * those shown; by default they are counted from `problems`.
 */
export function formatReport(outcome: {
  problems: readonly Problem[];
  skipped: readonly SkippedCheck[];
  counts?: ProblemCounts;
}): string {
  const counts = outcome.counts ?? countProblems(outcome.problems);
  const parts = [
    ...formatSome(outcome.problems, 'error', counts),
    ...outcome.skipped.map(formatSkipped),
    ...formatSome(outcome.problems, 'warning', counts),
    formatSummary(counts),
  ].filter((s) => s !== '');
  return parts.join('\n');
}

/**
 * Every data file found and what became of it, for a report that refused the
 * data: a CSV file with its rows, or "not read" with the rule that says why
 * (a file named otherwise than YYYY.csv, a folder, bytes that are not text).
 */
export function formatFiles(outcome: { problems: readonly Problem[]; files: readonly FileRead[] }): string {
  if (outcome.files.length === 0) return '';
  const whole = new Map<string, string>();
  for (const p of outcome.problems) {
    if (p.severity === 'error' && p.column === undefined && !whole.has(p.file)) whole.set(p.file, p.code);
  }
  const width = Math.max(...outcome.files.map((f) => f.file.length));
  const lines = outcome.files.map((f) => {
    const refused = whole.get(f.file);
    const what =
      refused !== undefined && !f.rows
        ? `không đọc / not read {${refused}}`
        : f.rows !== undefined
          ? `${formatCount(f.rows)} dòng / rows`
          : '';
    return `    ${f.file.padEnd(width)}  ${what}`.trimEnd();
  });
  return ['Tệp tìm thấy / Files found:', ...lines].join('\n');
}

/** Where the data directory is, to turn a data file into a path from the repository root. */
export interface Place {
  /** Absolute data directory. */
  dataDir: string;
  /** Absolute repository root (GITHUB_WORKSPACE in Actions, else the working directory). */
  root: string;
}

/** `results/2025.csv` → `data/results/2025.csv`, with forward slashes, relative to the repository root. */
export const repoPath = (place: Place, file: string): string =>
  path.relative(place.root, path.join(place.dataDir, file)).split(path.sep).join('/');

/** One problem of the JSON report, every field present (null when it does not apply). */
function problemJson(p: Problem, place: Place) {
  return {
    severity: p.severity,
    code: p.code,
    file: p.file,
    path: repoPath(place, p.file),
    line: p.line ?? null,
    col: p.col ?? null,
    column: p.column ?? null,
    value: p.value ?? null,
    vi: p.vi,
    en: p.en,
    related: (p.related ?? []).map((r) => ({ file: r.file, path: repoPath(place, r.file), line: r.line })),
  };
}

/** A report's problems: every one, in stable order, and their counts. */
export interface AllProblems {
  problems: Iterable<Problem>;
  counts: ProblemCounts;
}

/** The JSON report without its problems: what comes before them. */
function reportHead(outcome: Loaded, counts: ProblemCounts, place: Place) {
  return {
    version: REPORT_VERSION,
    valid: outcome.dataset !== null,
    dataDir: repoPath(place, '.') || '.',
    files: outcome.files.map((f: FileRead) => ({ file: f.file, path: repoPath(place, f.file), rows: f.rows ?? null })),
    counts,
    skipped: outcome.skipped.map((s) => ({ vi: s.vi, en: s.en })),
  };
}

/** The JSON report: one document, every field always present (null when it does not apply). */
export function reportJson(outcome: LoadOutcome, place: Place) {
  return {
    ...reportHead(outcome, countProblems(outcome.problems), place),
    problems: outcome.problems.map((p) => problemJson(p, place)),
  };
}

export type JsonReport = ReturnType<typeof reportJson>;

/**
 * The JSON report as text, in pieces: the same characters as
 * `JSON.stringify(reportJson(outcome, place), null, 2)` and a newline, but a
 * problem at a time, so that a million problems never become one string
 * (more than V8 can hold) and a pipe takes them as fast as it reads. The
 * problems may come from a `ProblemStore`, never held together.
 */
export function* reportJsonText(outcome: Loaded & AllProblems, place: Place): Generator<string> {
  const opening = JSON.stringify({ ...reportHead(outcome, outcome.counts, place), problems: [] }, null, 2);
  let separator: string | null = null;
  for (const p of outcome.problems) {
    // The problems are the last field: everything before their empty array, then each problem indented.
    if (separator === null) yield `${opening.slice(0, opening.lastIndexOf('[]'))}[\n`;
    yield `${separator ?? ''}    ${JSON.stringify(problemJson(p, place), null, 2).replace(/\n/g, '\n    ')}`;
    separator = ',\n';
  }
  yield separator === null ? `${opening}\n` : '\n  ]\n}\n';
}

/** The message part of a workflow command: `%`, CR and LF escaped (actions/toolkit `escapeData`). */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property value of a workflow command: also `:` and `,` (actions/toolkit `escapeProperty`). */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One problem as a GitHub Actions `::error`/`::warning` command, placed at its file, line and column. */
export function formatAnnotation(p: Problem, place: Place): string {
  const props = [`file=${escapeProperty(repoPath(place, p.file))}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.line !== undefined && p.col !== undefined) props.push(`col=${p.col}`);
  props.push(`title=${escapeProperty(`THADS ${p.code}${p.column ? ` (${p.column})` : ''}`)}`);
  const value = p.value !== undefined ? `\nGiá trị/value: ${JSON.stringify(p.value)}` : '';
  const related = p.related?.length ? `\nLiên quan/related: ${formatRelated(p.related)}` : '';
  return `::${p.severity} ${props.join(',')}::${escapeData(`${p.vi}\n${p.en}${value}${related}`)}`;
}

/**
 * The problems as workflow commands, one per line, at most `SHOWN_PER_CODE`
 * of each code (a pull request shows only the first few of a step anyway).
 */
export function formatAnnotations(problems: readonly Problem[], place: Place): string {
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const p of problems) {
    const key = `${p.severity}|${p.code}`;
    const n = (shown.get(key) ?? 0) + 1;
    shown.set(key, n);
    if (n <= SHOWN_PER_CODE) lines.push(formatAnnotation(p, place));
  }
  return lines.join('\n');
}

/** Whether to print workflow commands: only inside GitHub Actions, which sets GITHUB_ACTIONS=true. */
export const inGitHubActions = (env: NodeJS.ProcessEnv = process.env): boolean => env.GITHUB_ACTIONS === 'true';

/** The data directory seen from the repository root: GITHUB_WORKSPACE in Actions, else the working directory. */
export const placeOf = (dataDir: string, env: NodeJS.ProcessEnv = process.env): Place => ({
  dataDir: path.resolve(dataDir),
  root: path.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
});
