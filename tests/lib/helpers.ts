/**
 * Shared builders for the lib tests: CSV text goes through the real parser
 * and table contract, so line numbers in the tests are the lines of the text.
 */
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/lib/parse';
import type { Problem } from '../../src/lib/problems';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS, ResultRowSchema } from '../../src/lib/schemas/results';
import { TARGET_COLUMNS, TARGET_OPTIONAL_COLUMNS, TargetRowSchema } from '../../src/lib/schemas/targets';
import { UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS, UnitRowSchema } from '../../src/lib/schemas/units';
import { validateResults } from '../../src/lib/validate/results';
import { validateTable } from '../../src/lib/validate/table';
import { validateUnits } from '../../src/lib/validate/units';

export const SMALL_DIR = fileURLToPath(new URL('../fixtures/small/', import.meta.url));

/** The units of the small fixture: code 24 is Bắc Giang until 2025-06-30, Bắc Ninh from 2025-07-01. */
export const UNITS = `code,name,level,parent_code,valid_from,valid_to,successor_code,area
01,Thành phố Hà Nội,province,,,,,
24,Tỉnh Bắc Giang,province,,,2025-06-30,24,
27,Tỉnh Bắc Ninh,province,,,2025-06-30,24,
24,Tỉnh Bắc Ninh,province,,2025-07-01,,,
01-01,Chi cục THADS quận Ba Đình,office,01,,2025-06-30,01-KV01,
01-02,Chi cục THADS quận Hoàn Kiếm,office,01,,2025-06-30,01-KV01,
01-03,Chi cục THADS quận Tây Hồ,office,01,,2025-06-30,01-KV01,
01-KV01,Phòng THADS khu vực 1,office,01,2025-07-01,,,"quận Ba Đình, quận Hoàn Kiếm, quận Tây Hồ"
24-01,Chi cục THADS thành phố Bắc Giang,office,24,,2025-06-30,24-KV01,
27-01,Chi cục THADS thành phố Bắc Ninh,office,27,,2025-06-30,24-KV01,
24-KV01,Phòng THADS khu vực 1,office,24,2025-07-01,,,
`;

export const unitTable = (text: string, file = 'units.csv') =>
  validateTable(parseCsv(file, text), {
    schema: UnitRowSchema,
    required: UNIT_COLUMNS,
    optional: UNIT_OPTIONAL_COLUMNS,
  });

export const resultTable = (text: string, file = 'results/2024.csv') =>
  validateTable(parseCsv(file, text), {
    schema: ResultRowSchema,
    required: RESULT_COLUMNS,
    optional: RESULT_OPTIONAL_COLUMNS,
  });

export const targetTable = (text: string, file = 'targets.csv') =>
  validateTable(parseCsv(file, text), {
    schema: TargetRowSchema,
    required: TARGET_COLUMNS,
    optional: TARGET_OPTIONAL_COLUMNS,
  });

/** Validated units; throws if the text itself is not a clean units table. */
export function registryOf(text = UNITS) {
  const table = unitTable(text);
  if (table.problems.length) throw new Error(`units fixture is broken: ${JSON.stringify(table.problems)}`);
  const { registry, problems } = validateUnits(table.rows);
  if (problems.length) throw new Error(`units fixture is broken: ${JSON.stringify(problems)}`);
  return registry;
}

/** The required result columns plus the breakdown, in the order of the real files. */
export const RESULT_HEADER = [
  ...RESULT_COLUMNS,
  'cases_in_progress',
  'cases_postponed',
  'cases_suspended',
  'note',
].join(',');

/**
 * One result line whose identities hold unless overridden:
 * cases 10 + 5 − 1 = 10 + 4, done 6 + 1 of 10; money 1000 + 500 − 0 = 1200 + 300, done 700 + 100 of 1200.
 */
export function resultLine(period: string, unit: string, over: Record<string, string | number> = {}): string {
  const cells: Record<string, string | number> = {
    period,
    unit_code: unit,
    cases_carried_over: 10,
    cases_new: 5,
    cases_entrusted: 1,
    cases_enforceable: 10,
    cases_unenforceable: 4,
    cases_completed: 6,
    cases_terminated: 1,
    money_carried_over: 1000,
    money_new: 500,
    money_entrusted: 0,
    money_enforceable: 1200,
    money_unenforceable: 300,
    money_completed: 700,
    money_terminated: 100,
    cases_in_progress: '',
    cases_postponed: '',
    cases_suspended: '',
    note: '',
    ...over,
  };
  for (const key of Object.keys(over)) {
    if (!RESULT_HEADER.split(',').includes(key)) throw new Error(`unknown column in test row: ${key}`);
  }
  return RESULT_HEADER.split(',')
    .map((c) => String(cells[c]))
    .join(',');
}

export const resultCsv = (...lines: string[]) => [RESULT_HEADER, ...lines, ''].join('\n');

/** Place and code of each problem, the shape most assertions compare. */
export const where = (problems: readonly Problem[]) =>
  problems.map((p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    value: p.value,
    code: p.code,
    ...(p.related ? { related: p.related } : {}),
  }));

/** Resolved results of several files (each a list of result lines); throws if any row has a problem of its own. */
export function resolvedResults(registry: ReturnType<typeof registryOf>, ...files: [file: string, lines: string[]][]) {
  const rows = files.flatMap(([file, lines]) => {
    const table = resultTable(resultCsv(...lines), file);
    if (table.problems.length) throw new Error(`results fixture is broken: ${JSON.stringify(table.problems)}`);
    return table.rows;
  });
  const checked = validateResults(rows, registry);
  if (checked.problems.length) throw new Error(`results fixture is broken: ${JSON.stringify(checked.problems)}`);
  return checked.results;
}
