import type { z } from 'zod';
import { parseCsv } from './parse';
import { error, hasErrors, type Problem, sortProblems } from './problems';
import type { DataFiles, SourceFile } from './read';
import { type DatasetInfo, DatasetSchema } from './schemas/dataset';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS, ResultRowSchema } from './schemas/results';
import { TARGET_COLUMNS, TARGET_OPTIONAL_COLUMNS, TargetRowSchema } from './schemas/targets';
import { UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS, UnitRowSchema } from './schemas/units';
import type { UnitRegistry } from './units';
import { type Result, validateResults } from './validate/results';
import { type Located, type TableSpec, validateTable } from './validate/table';
import { type Target, validateTargets } from './validate/targets';
import { validateUnits } from './validate/units';

/** The whole validated dataset: what compute and the pages work from. */
export interface Dataset {
  info: DatasetInfo;
  registry: UnitRegistry;
  results: Result[];
  targets: Target[];
  /** What was read, for the validation summary. */
  files: { file: string; rows: number }[];
}

export type LoadOutcome = { dataset: Dataset; problems: Problem[] } | { dataset: null; problems: Problem[] };

const missingFile = (file: string): Problem =>
  error({
    code: 'file-missing',
    file,
    vi: `Không tìm thấy tệp ${file} trong thư mục dữ liệu.`,
    en: `The file ${file} was not found in the data directory.`,
  });

function parseDatasetInfo(src: SourceFile): { info?: DatasetInfo; problems: Problem[] } {
  if (src.problems?.length) return { problems: src.problems };
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

/** Parses one CSV file and checks it against its table contract; problems go to `into`. */
function readTable<S extends z.ZodType<unknown, Record<string, string>>>(
  src: SourceFile | null,
  spec: TableSpec<S>,
  into: Problem[],
): Located<z.output<S>>[] {
  if (!src) return [];
  // Bytes that could not be decoded were refused by the reader; its problem says why.
  if (src.problems?.length) {
    into.push(...src.problems);
    return [];
  }
  const parsed = parseCsv(src.file, src.text);
  const table = validateTable(parsed, spec);
  into.push(...parsed.problems, ...table.problems);
  return table.rows;
}

/**
 * Parses and validates every data file, collecting all problems in one pass.
 * Pure: takes the files' text, touches nothing. Returns no dataset when
 * there is any error, so nothing half-valid can be rendered.
 */
export function loadDataset(files: DataFiles): LoadOutcome {
  const problems: Problem[] = [];
  if (!files.dataset) problems.push(missingFile('dataset.json'));
  if (!files.units) problems.push(missingFile('units.csv'));
  if (!files.targets) problems.push(missingFile('targets.csv'));
  if (files.results.length === 0) problems.push(missingFile('results/*.csv'));

  const info = files.dataset ? parseDatasetInfo(files.dataset) : { problems: [] };
  problems.push(...info.problems);

  const unitRows = readTable(
    files.units,
    { schema: UnitRowSchema, required: UNIT_COLUMNS, optional: UNIT_OPTIONAL_COLUMNS },
    problems,
  );
  const { registry, problems: unitProblems } = validateUnits(unitRows);
  problems.push(...unitProblems);

  const resultRows = files.results.flatMap((src) =>
    readTable(src, { schema: ResultRowSchema, required: RESULT_COLUMNS, optional: RESULT_OPTIONAL_COLUMNS }, problems),
  );
  const { results, problems: resultProblems } = validateResults(resultRows, registry);
  problems.push(...resultProblems);

  const targetRows = readTable(
    files.targets,
    { schema: TargetRowSchema, required: TARGET_COLUMNS, optional: TARGET_OPTIONAL_COLUMNS },
    problems,
  );
  const { targets, problems: targetProblems } = validateTargets(targetRows, registry);
  problems.push(...targetProblems);

  const sorted = sortProblems(problems);
  if (hasErrors(sorted) || !info.info) return { dataset: null, problems: sorted };
  const counts = new Map<string, number>();
  for (const r of resultRows) counts.set(r.file, (counts.get(r.file) ?? 0) + 1);
  return {
    dataset: {
      info: info.info,
      registry,
      results,
      targets,
      files: [
        { file: 'units.csv', rows: registry.units.length },
        ...files.results.map((f) => ({ file: f.file, rows: counts.get(f.file) ?? 0 })),
        { file: 'targets.csv', rows: targets.length },
      ],
    },
    problems: sorted,
  };
}
