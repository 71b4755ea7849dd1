import type { Dataset } from './domain/dataset';
import { latestPeriod } from './domain/periods';
import type { Located, Result, SetAsideRow, Target } from './domain/types';
import type { UnitRegistry } from './domain/units';
import type { CellLocator } from './locate';
import { parsePeriod } from './period';
import { compareProblems, error, type Problem, type ProblemSink } from './problems';
import type { DataFiles, SourceFile } from './read';
import type { DatasetInfo } from './schemas/dataset';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS, type ResultRow, ResultRowSchema } from './schemas/results';
import { TARGET_COLUMNS, TARGET_OPTIONAL_COLUMNS, TargetRowSchema } from './schemas/targets';
import { UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS, UnitRowSchema } from './schemas/units';
import { parseDatasetInfo } from './validate/dataset';
import { readTable, type Table } from './validate/file';
import { sameUnitLastYear } from './validate/last-year';
import { checkMagnitudeJumps } from './validate/magnitude';
import { checkProvinces } from './validate/official-provinces';
import { checkCumulativePeriods, checkFileName, checkPeriodPlacement, periodHint } from './validate/periods';
import { validateResults } from './validate/results';
import { validateTargets } from './validate/targets';
import { type Trust, trustOf, withoutBrokenReferences } from './validate/trust';
import { validateUnits } from './validate/units';
import { checkCarryContinuity, checkLatestCoverage, checkRateJumps } from './validate/warnings';

/** A check that could not be made because of another problem, said once in both languages. */
export interface SkippedCheck {
  vi: string;
  en: string;
}

/** A data file that was found, with its number of data rows (CSV files only). */
export interface FileRead {
  file: string;
  rows?: number;
}

/** What a load leaves besides its problems and dataset. */
interface Notes {
  /** Checks left out because a problem above makes them meaningless (no cascades of one cause). */
  skipped: SkippedCheck[];
  /** Every data file found, read or not. */
  files: FileRead[];
}

/** What a load leaves besides its problems: no dataset when there was any error, so nothing half-valid can be rendered. */
export type Loaded = (Notes & { dataset: Dataset }) | (Notes & { dataset: null });

export type LoadOutcome = Loaded & {
  /** Every problem, in stable order (`compareProblems`). */
  problems: Problem[];
};

/**
 * Parses and validates every data file, collecting all problems in one pass.
 * Pure: takes the files' text, touches nothing. Returns no dataset when
 * there is any error. For a report of any size, `loadInto` hands the
 * problems on instead of holding them.
 */
export function loadDataset(files: DataFiles): LoadOutcome {
  const problems: Problem[] = [];
  const loaded = loadInto(files, (p) => problems.push(p));
  return { ...loaded, problems: problems.sort(compareProblems) };
}

/**
 * Parses and validates every data file, handing each problem to `sink` as it
 * is found, placed at its cell's character column where the file gives one
 * and with a period hint: a file of a million bad rows is reported without
 * its problems ever being held together. Returns no dataset when there is any
 * error. A problem is reported where it starts: checks that another problem
 * makes meaningless are left out and listed in `skipped`. Each stage below
 * hands on its problems in turn, so they come in the same order every run.
 */
export function loadInto(files: DataFiles, sink: ProblemSink): Loaded {
  const found = new Findings(sink);
  found.add(missingFiles(files));
  const info = readInfo(files.dataset, found);
  const units = readUnits(files.units, found);
  const trust = trustOf(units.table, units.problems, units.meant);
  const read = readResults(files.results, found);
  const checked = checkResults(read, units.registry, trust, found);
  coverageGate(checked, units.registry, trust, read.unreadable, found);
  const targets = readTargets(files.targets, units.registry, trust, found);
  found.skipped.push(...skippedNotes(checked, targets.unchecked, trust, Boolean(files.units)));
  // Every problem has its cell's value and place: the files' text is let go, and no row's cells as written are read again.
  found.release();
  const loaded = { skipped: found.skipped, files: found.files };
  if (found.errors > 0 || !info) return { ...loaded, dataset: null };
  return { ...loaded, dataset: assemble(info, units.registry, checked.results, targets.targets, files, read.counts) };
}

/** What every stage adds to: the problems as found, the checks left out, the files read and their cells. */
class Findings {
  readonly skipped: SkippedCheck[] = [];
  readonly files: FileRead[] = [];
  readonly locators = new Map<string, CellLocator>();
  errors = 0;
  /** What lets each file's text go. */
  private readonly releases: (() => void)[] = [];

  constructor(private readonly sink: ProblemSink) {}

  add(problems: readonly Problem[]): void {
    for (const p of problems) this.one(p);
  }

  /** A problem placed at its cell's character column (if not already) and given a period hint, then handed on. */
  readonly one = (p: Problem): void => {
    if (p.col === undefined && p.line !== undefined && p.column !== undefined) {
      const col = this.locators.get(p.file)?.col(p.line, p.column);
      // In place, not a copy: each stage made its problems for this load alone.
      if (col !== undefined) p.col = col;
    }
    if (p.severity === 'error') this.errors++;
    this.sink(withPeriodHint(p));
  };

  /** A CSV file read against its contract: its problems, its number of records, where its cells are. */
  table<T>(src: SourceFile, table: Table<T>): Table<T> {
    this.locators.set(src.file, table.locator);
    this.add(table.problems);
    this.files.push({ file: src.file, rows: table.records });
    this.releases.push(table.release);
    return table;
  }

  /** Lets the text of every file read go, once the problems are placed. */
  release(): void {
    for (const release of this.releases) release();
    this.locators.clear();
  }
}

function missingFiles(files: DataFiles): Problem[] {
  const missing: Problem[] = [];
  if (!files.dataset) missing.push(missingFile('dataset.json'));
  if (!files.units) missing.push(missingFile('units.csv'));
  if (!files.targets) missing.push(missingFile('targets.csv'));
  if (files.results.length === 0) missing.push(missingFile('results/*.csv'));
  return missing;
}

function readInfo(src: SourceFile | null, found: Findings): DatasetInfo | undefined {
  if (!src) return undefined;
  const { info, problems } = parseDatasetInfo(src);
  found.files.push({ file: src.file });
  found.add(problems);
  return info;
}

/** units.csv read and checked as a whole; its problems leave out what a broken row of its own already explains. */
function readUnits(src: SourceFile | null, found: Findings) {
  const spec = { schema: UnitRowSchema, required: UNIT_COLUMNS, optional: UNIT_OPTIONAL_COLUMNS };
  // A failed row keeps its code: the offices naming it are not reported again (trust.ts).
  const table = src ? found.table(src, readTable(src, spec, { keep: ['code'] })) : null;
  const { registry, problems } = validateUnits(table?.rows ?? []);
  // A row with a problem of its own (dates, an overlapping code) is not compared with the official list: one cause, one problem.
  const flagged = new Set(problems.map((p) => p.line));
  const official = checkProvinces(registry.units.filter((u) => !flagged.has(u.line)));
  const kept = withoutBrokenReferences(table, [...problems, ...official.problems], official.meant);
  found.add(kept);
  return { table, registry, problems: kept, meant: official.meant };
}

/** The rows of every results file, and the rows set aside before the checks across files. */
interface ResultsRead {
  rows: Located<ResultRow>[];
  setAside: SetAsideRow[];
  /** Valid rows read from each results file, for the validation summary. */
  counts: Map<string, number>;
  /** Whether some file had lines that no row stands for (a row the parser could not split, a bad header). */
  unreadable: boolean;
  /** File, code and period of each row set aside: the checks ask only whether some row of these was. */
  seen: Set<string>;
}

/** Sets a failed row aside by its file, code and period as written, unless a row of the same is already. */
function setAside(read: ResultsRead, file: string, line: number, code: string, written: string): void {
  const period = parsePeriod(written.trim())?.key ?? null;
  const key = `${file}\u0000${code.trim()}\u0000${period}`;
  if (read.seen.has(key)) return;
  read.seen.add(key);
  read.setAside.push({ file, line, code: code.trim(), period });
}

/** Results: a file not named after its year is reported once and not read further. */
function readResults(sources: readonly SourceFile[], found: Findings): ResultsRead {
  const read: ResultsRead = { rows: [], setAside: [], seen: new Set(), counts: new Map(), unreadable: false };
  const spec = { schema: ResultRowSchema, required: RESULT_COLUMNS, optional: RESULT_OPTIONAL_COLUMNS };
  for (const src of sources) {
    const misnamed = checkFileName(src.file);
    if (misnamed) {
      found.add([misnamed]);
      found.files.push({ file: src.file });
      continue;
    }
    // A failed row keeps its period and code: it is set aside, not forgotten, when rows are matched across files.
    // Its bad cells' problems go on as they come; a million failed rows name a few hundred codes and periods, each set aside once.
    const table = found.table(
      src,
      readTable(src, spec, {
        keep: ['period', 'unit_code'],
        onCellProblem: found.one,
        onFailed: (r) => setAside(read, src.file, r.line, r.cells.unit_code ?? '', r.cells.period ?? ''),
      }),
    );
    for (const r of table.rows) read.rows.push(r);
    read.counts.set(src.file, (read.counts.get(src.file) ?? 0) + table.rows.length);
    for (const line of table.unplaced) read.setAside.push({ file: src.file, line, code: '', period: null });
    if (table.unplaced.length > 0) read.unreadable = true;
  }
  return read;
}

/** The results checked across rows and files, with what was left out of the checks. */
interface ResultsChecked {
  results: Result[];
  /** Every row set aside by an error or by an untrusted or unknown code. */
  setAside: SetAsideRow[];
  /** Rows whose code units.csv cannot vouch for. */
  unchecked: number;
  /** Rows in the wrong year's file. */
  misplaced: number;
}

/** Period placement, the rules across rows (units, duplicates, province totals, cumulative months), and the warnings. */
function checkResults(read: ResultsRead, registry: UnitRegistry, trust: Trust, found: Findings): ResultsChecked {
  const placement = checkPeriodPlacement(read.rows);
  found.add(placement.problems);
  const setAside = [...read.setAside];
  for (const r of placement.misplaced) {
    setAside.push({ file: r.file, line: r.line, code: r.unit_code, period: r.period.key });
  }
  // The rows were read here and are handed to no one else: each takes its unit in place.
  const checked = validateResults(placement.placed, registry, { trusted: trust.trusted, setAside, adopt: true });
  found.add(checked.problems);
  found.add(checkCumulativePeriods(checked.results));
  // Both compare each row with the same unit's row a year before: the pairing is made once.
  const lastYear = sameUnitLastYear(checked.results);
  found.add(checkRateJumps(checked.results, lastYear));
  found.add(checkCarryContinuity(checked.results, registry));
  found.add(checkMagnitudeJumps(checked.results, lastYear));
  return {
    results: checked.results,
    setAside: [...setAside, ...checked.unresolved],
    unchecked: checked.unchecked,
    misplaced: placement.misplaced.length,
  };
}

/**
 * Units in force without a row for the latest period are looked for only
 * when every row of that period was read and matched: rows of the latest
 * year set aside by an error may be the very rows that look missing.
 */
function coverageGate(
  checked: ResultsChecked,
  registry: UnitRegistry,
  trust: Trust,
  unreadable: boolean,
  found: Findings,
): void {
  if (!trust.all) return;
  const latest = latestPeriod(checked.results);
  const blocked = checked.setAside.some(
    (s) =>
      latest !== null &&
      s.file === `results/${latest.year}.csv` &&
      (s.period === null || s.period === latest.key) &&
      trust.trusted(s.code),
  );
  if (!unreadable && !blocked) {
    found.add(checkLatestCoverage(checked.results, registry, (c) => !trust.trusted(c)));
    return;
  }
  found.skipped.push({
    vi: 'Chưa tìm các đơn vị thiếu số liệu kỳ mới nhất, vì một số dòng kết quả chưa đọc được hoặc chưa xác định được đơn vị (xem các lỗi trên).',
    en: 'Units without figures for the latest period were not looked for, since some results rows could not be read or matched to a unit (see the errors above).',
  });
}

function readTargets(src: SourceFile | null, registry: UnitRegistry, trust: Trust, found: Findings) {
  const spec = { schema: TargetRowSchema, required: TARGET_COLUMNS, optional: TARGET_OPTIONAL_COLUMNS };
  const table = src ? found.table(src, readTable(src, spec)) : null;
  const checked = validateTargets(table?.rows ?? [], registry, trust.trusted);
  found.add(checked.problems);
  return checked;
}

/** The checks left out because units.csv could not vouch for some codes, or rows were in the wrong file. */
function skippedNotes(
  checked: ResultsChecked,
  uncheckedTargets: number,
  trust: Trust,
  unitsFound: boolean,
): SkippedCheck[] {
  const notes: SkippedCheck[] = [];
  if (checked.unchecked + uncheckedTargets > 0) {
    const rows = {
      vi: `${checked.unchecked} dòng kết quả và ${uncheckedTargets} dòng chỉ tiêu`,
      en: `${checked.unchecked} results row(s) and ${uncheckedTargets} target row(s)`,
    };
    const codes = [...trust.codes].join(', ');
    const why = trust.all
      ? {
          vi: `có lỗi ở mã ${codes}, nên ${rows.vi} mang các mã đó`,
          en: `has errors on code(s) ${codes}, so ${rows.en} with those codes`,
        }
      : unitsFound
        ? {
            vi: `có lỗi khiến không đọc được hết, nên ${rows.vi}`,
            en: `has errors that keep it from being read in full, so ${rows.en}`,
          }
        : { vi: `không có, nên ${rows.vi}`, en: `is missing, so ${rows.en}` };
    notes.push({
      vi: `units.csv ${why.vi} chưa được đối chiếu với danh sách đơn vị (mã có hiệu lực, tổng theo tỉnh, so sánh theo đơn vị, đơn vị thiếu kỳ mới nhất).`,
      en: `units.csv ${why.en} were not checked against the units (code in force, province totals, per-unit comparisons, units missing from the latest period).`,
    });
  }
  if (checked.misplaced > 0) {
    notes.push({
      vi: `${checked.misplaced} dòng nằm sai tệp năm chưa được đối chiếu với các dòng khác.`,
      en: `${checked.misplaced} row(s) in the wrong year's file were not compared with other rows.`,
    });
  }
  return notes;
}

function assemble(
  info: DatasetInfo,
  registry: UnitRegistry,
  results: Result[],
  targets: Target[],
  files: DataFiles,
  counts: ReadonlyMap<string, number>,
): Dataset {
  return {
    info,
    registry,
    results,
    targets,
    files: [
      { file: 'units.csv', rows: registry.units.length },
      ...files.results.map((f) => ({ file: f.file, rows: counts.get(f.file) ?? 0 })),
      { file: 'targets.csv', rows: targets.length },
    ],
  };
}

const missingFile = (file: string): Problem =>
  error({
    code: 'file-missing',
    file,
    vi: `Không tìm thấy tệp ${file} trong thư mục dữ liệu.`,
    en: `The file ${file} was not found in the data directory.`,
  });

/** Adds the likely intended form to a period cell that could not be read. */
function withPeriodHint(p: Problem): Problem {
  if (p.column !== 'period' || !p.code.startsWith('cell-') || !p.value) return p;
  const hint = periodHint(p.value);
  if (hint === null) return p;
  return Object.assign({}, p, {
    vi: `${p.vi} Có lẽ là "${hint}"?`,
    en: `${p.en} Did you mean "${hint}"?`,
  });
}
