import type { z } from 'zod';
import { CellLocator } from './locate';
import { type CsvRecord, parseCsv } from './parse';
import { type Period, parsePeriod } from './period';
import { error, hasErrors, type Problem, pushAll, sortProblems } from './problems';
import type { DataFiles, SourceFile } from './read';
import { type DatasetInfo, DatasetSchema } from './schemas/dataset';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS, type ResultRow, ResultRowSchema } from './schemas/results';
import { TARGET_COLUMNS, TARGET_OPTIONAL_COLUMNS, TargetRowSchema } from './schemas/targets';
import { UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS, UnitRowSchema } from './schemas/units';
import type { UnitRegistry } from './units';
import { checkJsonText } from './validate/json-text';
import { checkMagnitudeJumps } from './validate/magnitude';
import { checkCumulativePeriods, checkFileName, checkPeriodPlacement, periodHint } from './validate/periods';
import { checkProvinces } from './validate/official-provinces';
import { type Result, type SetAsideRow, validateResults } from './validate/results';
import { type Located, type TableSpec, validateTable } from './validate/table';
import { type Target, validateTargets } from './validate/targets';
import { validateUnits } from './validate/units';
import { checkCarryContinuity, checkLatestCoverage, checkRateJumps } from './validate/warnings';

/** The whole validated dataset: what compute and the pages work from. */
export interface Dataset {
  info: DatasetInfo;
  registry: UnitRegistry;
  results: Result[];
  targets: Target[];
  /** What was read, for the validation summary. */
  files: { file: string; rows: number }[];
}

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

interface Outcome {
  problems: Problem[];
  /** Checks left out because a problem above makes them meaningless (no cascades of one cause). */
  skipped: SkippedCheck[];
  /** Every data file found, read or not. */
  files: FileRead[];
}

export type LoadOutcome = (Outcome & { dataset: Dataset }) | (Outcome & { dataset: null });

const missingFile = (file: string): Problem =>
  error({
    code: 'file-missing',
    file,
    vi: `Không tìm thấy tệp ${file} trong thư mục dữ liệu.`,
    en: `The file ${file} was not found in the data directory.`,
  });

function parseDatasetInfo(src: SourceFile): { info?: DatasetInfo; problems: Problem[] } {
  if (src.problems?.length) return { problems: src.problems };
  const syntax = checkJsonText(src.file, src.text);
  if (syntax.length > 0) return { problems: syntax };
  let json: unknown;
  try {
    json = JSON.parse(src.text);
  } catch (e) {
    return {
      problems: [
        error({
          code: 'json-syntax',
          file: src.file,
          vi: `Tệp không phải JSON hợp lệ: ${(e as Error).message}`,
          en: `The file is not valid JSON: ${(e as Error).message}`,
        }),
      ],
    };
  }
  const result = DatasetSchema.safeParse(json);
  if (result.success) return { info: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) =>
      error({
        code: 'dataset-field',
        file: src.file,
        column: issue.path.join('.') || '(root)',
        vi: `Trường "${issue.path.join('.') || '(gốc)'}" không hợp lệ (${issue.message}). Xem các trường bắt buộc trong data/README.md.`,
        en: `Field "${issue.path.join('.')}" is invalid: ${issue.message}.`,
      }),
    ),
  };
}

/** One CSV file read against its contract, with what is needed to avoid cascades and to place cells. */
interface Table<T> {
  rows: Located<T>[];
  /** Records that did not pass their own checks, as written. */
  failed: CsvRecord[];
  /** Lines of errors that no record of the file stands for (a row the parser could not split, a bad header). */
  unplaced: number[];
  problems: Problem[];
  locator: CellLocator;
  records: number;
}

function readTable<S extends z.ZodType<unknown, Record<string, string>>>(
  src: SourceFile,
  spec: TableSpec<S>,
): Table<z.output<S>> {
  // Bytes that could not be decoded were refused by the reader; its problem says why, and nothing is read.
  if (src.problems?.length) {
    return { rows: [], failed: [], unplaced: [0], problems: [...src.problems], locator: CellLocator.none, records: 0 };
  }
  const parsed = parseCsv(src.file, src.text);
  const table = validateTable(parsed, spec);
  const problems = [...parsed.problems, ...table.problems];
  // Each row stands for a record of its own line: when every record gave a row, none failed.
  let failed: CsvRecord[] = [];
  if (table.rows.length < parsed.records.length) {
    const valid = new Set(table.rows.map((r) => r.line));
    failed = parsed.records.filter((r) => !valid.has(r.line));
  }
  // The lines of the records are looked up only when there are problems to place.
  const errors = problems.filter((p) => p.severity === 'error');
  const recordLines = errors.length > 0 ? new Set(parsed.records.map((r) => r.line)) : new Set<number>();
  return {
    rows: table.rows,
    failed,
    // An unknown column still lets every row be read; any other header or parser problem may hide rows.
    unplaced: errors
      .filter((p) => !(p.line !== undefined && recordLines.has(p.line)))
      .filter((p) => p.code !== 'unknown-column')
      .map((p) => p.line ?? 0),
    problems,
    locator: new CellLocator(src.text, parsed.delimiter, table.columns, parsed.header.length),
    records: parsed.records.length,
  };
}

/**
 * A units.csv row that failed its own checks is not in the registry, so every
 * office naming it as successor or parent would be reported again: those
 * repeats are left out, the row's own error stands for them.
 */
function withoutBrokenReferences(units: Table<unknown> | null, unitProblems: readonly Problem[]): Problem[] {
  if (!units) return [...unitProblems];
  const broken = new Set(units.failed.map((r) => (r.cells.code ?? '').trim()));
  const codeAt = new Map((units.rows as Located<{ code: string }>[]).map((r) => [r.line, r.code]));
  for (const p of unitProblems) {
    if (p.code === 'unit-dates-order' && p.line !== undefined) broken.add(codeAt.get(p.line) ?? '');
  }
  const references = new Set(['successor_code', 'parent_code']);
  return unitProblems.filter(
    (p) => !(p.column !== undefined && references.has(p.column) && p.value !== undefined && broken.has(p.value)),
  );
}

/** Which codes units.csv can vouch for: none when it is missing or unreadable, else all but those in error. */
function unitTrust(units: Table<unknown> | null, unitProblems: readonly Problem[]) {
  if (!units) return { all: false, codes: new Set<string>() };
  const codeAt = new Map<number, string>();
  for (const r of units.failed) codeAt.set(r.line, (r.cells.code ?? '').trim());
  for (const r of units.rows as Located<{ code: string }>[]) codeAt.set(r.line, r.code);
  const codes = new Set<string>();
  let all = units.unplaced.length === 0;
  for (const p of [...units.problems, ...unitProblems]) {
    if (p.severity !== 'error' || p.line === undefined || !codeAt.has(p.line)) continue;
    const code = codeAt.get(p.line)!;
    if (code === '') all = false;
    else codes.add(code);
  }
  return { all, codes };
}

/** Adds the likely intended form to a period cell that could not be read. */
function withPeriodHint(p: Problem): Problem {
  if (p.column !== 'period' || !p.code.startsWith('cell-') || !p.value) return p;
  const hint = periodHint(p.value);
  if (hint === null) return p;
  return {
    ...p,
    vi: `${p.vi} Có lẽ là "${hint}"?`,
    en: `${p.en} Did you mean "${hint}"?`,
  };
}

/**
 * Parses and validates every data file, collecting all problems in one pass.
 * Pure: takes the files' text, touches nothing. Returns no dataset when
 * there is any error, so nothing half-valid can be rendered. A problem is
 * reported where it starts: checks that another problem makes meaningless
 * are left out and listed in `skipped`.
 */
export function loadDataset(files: DataFiles): LoadOutcome {
  const problems: Problem[] = [];
  const skipped: SkippedCheck[] = [];
  const locators = new Map<string, CellLocator>();
  const read: FileRead[] = [];
  if (!files.dataset) problems.push(missingFile('dataset.json'));
  if (!files.units) problems.push(missingFile('units.csv'));
  if (!files.targets) problems.push(missingFile('targets.csv'));
  if (files.results.length === 0) problems.push(missingFile('results/*.csv'));

  const info = files.dataset ? parseDatasetInfo(files.dataset) : { problems: [] };
  if (files.dataset) read.push({ file: files.dataset.file });
  pushAll(problems, info.problems);

  const take = <T>(src: SourceFile, table: Table<T>): Table<T> => {
    pushAll(problems, table.problems);
    locators.set(src.file, table.locator);
    read.push({ file: src.file, rows: table.records });
    return table;
  };

  const units = files.units
    ? take(
        files.units,
        readTable(files.units, { schema: UnitRowSchema, required: UNIT_COLUMNS, optional: UNIT_OPTIONAL_COLUMNS }),
      )
    : null;
  const validatedUnits = validateUnits(units?.rows ?? []);
  const { registry } = validatedUnits;
  // A row with a problem of its own (dates, an overlapping code) is not compared with the official list: one cause, one problem.
  const flagged = new Set(validatedUnits.problems.map((p) => p.line));
  const official = checkProvinces(registry.units.filter((u) => !flagged.has(u.line)));
  const unitProblems = withoutBrokenReferences(units, [...validatedUnits.problems, ...official]);
  pushAll(problems, unitProblems);
  const trust = unitTrust(units, unitProblems);
  const trusted = (code: string) => trust.all && !trust.codes.has(code);

  // Results: a file not named after its year is reported once and not read further.
  const setAside: SetAsideRow[] = [];
  const resultRows: Located<ResultRow>[] = [];
  /** Valid rows read from each results file, for the validation summary. */
  const counts = new Map<string, number>();
  let unreadable = false;
  for (const src of files.results) {
    const misnamed = checkFileName(src.file);
    if (misnamed) {
      problems.push(misnamed);
      read.push({ file: src.file });
      continue;
    }
    const table = take(
      src,
      readTable(src, { schema: ResultRowSchema, required: RESULT_COLUMNS, optional: RESULT_OPTIONAL_COLUMNS }),
    );
    for (const r of table.rows) resultRows.push(r);
    counts.set(src.file, (counts.get(src.file) ?? 0) + table.rows.length);
    for (const r of table.failed) {
      const period = parsePeriod((r.cells.period ?? '').trim());
      setAside.push({
        file: src.file,
        line: r.line,
        code: (r.cells.unit_code ?? '').trim(),
        period: period?.key ?? null,
      });
    }
    for (const line of table.unplaced) setAside.push({ file: src.file, line, code: '', period: null });
    if (table.unplaced.length > 0) unreadable = true;
  }
  const placement = checkPeriodPlacement(resultRows);
  pushAll(problems, placement.problems);
  for (const r of placement.misplaced)
    setAside.push({ file: r.file, line: r.line, code: r.unit_code, period: r.period.key });

  const checked = validateResults(placement.placed, registry, {
    trusted,
    setAside,
    // The rows were read here and are handed to no one else: each takes its unit in place.
    adopt: true,
  });
  pushAll(problems, checked.problems, checkCumulativePeriods(checked.results));
  pushAll(
    problems,
    checkRateJumps(checked.results),
    checkCarryContinuity(checked.results, registry),
    checkMagnitudeJumps(checked.results),
  );
  // Rows of the latest year set aside by an error may be the very rows that look missing: then the check waits.
  const latest = checked.results.reduce<Period | null>((l, r) => (l && l.order >= r.period.order ? l : r.period), null);
  const blocked = [...setAside, ...checked.unresolved].some(
    (s) =>
      latest !== null &&
      s.file === `results/${latest.year}.csv` &&
      (s.period === null || s.period === latest.key) &&
      trusted(s.code),
  );
  if (trust.all && !unreadable && !blocked) {
    pushAll(
      problems,
      checkLatestCoverage(checked.results, registry, (c) => !trusted(c)),
    );
  } else if (trust.all) {
    skipped.push({
      vi: 'Chưa tìm các đơn vị thiếu số liệu kỳ mới nhất, vì một số dòng kết quả chưa đọc được hoặc chưa xác định được đơn vị (xem các lỗi trên).',
      en: 'Units without figures for the latest period were not looked for, since some results rows could not be read or matched to a unit (see the errors above).',
    });
  }

  const targets = files.targets
    ? take(
        files.targets,
        readTable(files.targets, {
          schema: TargetRowSchema,
          required: TARGET_COLUMNS,
          optional: TARGET_OPTIONAL_COLUMNS,
        }),
      )
    : null;
  const checkedTargets = validateTargets(targets?.rows ?? [], registry, trusted);
  pushAll(problems, checkedTargets.problems);

  if (checked.unchecked + checkedTargets.unchecked > 0) {
    const rows = {
      vi: `${checked.unchecked} dòng kết quả và ${checkedTargets.unchecked} dòng chỉ tiêu`,
      en: `${checked.unchecked} results row(s) and ${checkedTargets.unchecked} target row(s)`,
    };
    const why = trust.all
      ? {
          vi: `có lỗi ở mã ${[...trust.codes].join(', ')}, nên ${rows.vi} mang các mã đó`,
          en: `has errors on code(s) ${[...trust.codes].join(', ')}, so ${rows.en} with those codes`,
        }
      : files.units
        ? {
            vi: `có lỗi khiến không đọc được hết, nên ${rows.vi}`,
            en: `has errors that keep it from being read in full, so ${rows.en}`,
          }
        : { vi: `không có, nên ${rows.vi}`, en: `is missing, so ${rows.en}` };
    skipped.push({
      vi: `units.csv ${why.vi} chưa được đối chiếu với danh sách đơn vị (mã có hiệu lực, tổng theo tỉnh, so sánh theo đơn vị, đơn vị thiếu kỳ mới nhất).`,
      en: `units.csv ${why.en} were not checked against the units (code in force, province totals, per-unit comparisons, units missing from the latest period).`,
    });
  }
  if (placement.misplaced.length > 0) {
    skipped.push({
      vi: `${placement.misplaced.length} dòng nằm sai tệp năm chưa được đối chiếu với các dòng khác.`,
      en: `${placement.misplaced.length} row(s) in the wrong year's file were not compared with other rows.`,
    });
  }

  const located = problems.map((p) => {
    const locator = p.line !== undefined && p.column !== undefined ? locators.get(p.file) : undefined;
    const col = locator?.col(p.line!, p.column!);
    return withPeriodHint(col === undefined ? p : { ...p, col });
  });
  const sorted = sortProblems(located);
  const outcome = { problems: sorted, skipped, files: read };
  if (hasErrors(sorted) || !info.info) return { ...outcome, dataset: null };
  return {
    ...outcome,
    dataset: {
      info: info.info,
      registry,
      results: checked.results,
      targets: checkedTargets.targets,
      files: [
        { file: 'units.csv', rows: registry.units.length },
        ...files.results.map((f) => ({ file: f.file, rows: counts.get(f.file) ?? 0 })),
        { file: 'targets.csv', rows: checkedTargets.targets.length },
      ],
    },
  };
}
