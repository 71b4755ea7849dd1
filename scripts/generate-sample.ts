/**
 * `npm run sample`: writes the SAMPLE dataset into data/ (units.csv,
 * results/YYYY.csv, targets.csv, dataset.json, changelog.csv). The figures are invented but
 * follow the rules of the reporting forms; the provinces, their 2025 merger
 * and the former district names are real. Deterministic: a fixed seed, no
 * clock, so two runs produce byte-identical files.
 *
 * Usage: tsx scripts/generate-sample.ts [--out DIR]
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANGELOG_COLUMNS } from '../src/lib/schemas/changelog';
import { type DatasetInfo, DatasetSchema } from '../src/lib/schemas/dataset';
import { MEASURES, RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS } from '../src/lib/schemas/results';
import { TARGET_COLUMNS } from '../src/lib/schemas/targets';
import { SUCCESSOR_SEPARATOR, UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS } from '../src/lib/schemas/units';
import { addNotes } from './sample/annotate';
import { checkRows } from './sample/checks';
import { type Cell, toCsv } from './sample/csv';
import { loadFormerDistricts } from './sample/districts';
import { buildGeography, type UnitRecord } from './sample/geography';
import { YEARS } from './sample/profiles';
import { type SampleRow, simulate } from './sample/simulate';
import { buildTargets, type TargetRecord } from './sample/targets';

// `--out DIR` writes elsewhere (the tests regenerate into a temporary directory and compare with data/).
const outAt = process.argv.indexOf('--out');
const DATA_DIR =
  outAt >= 0
    ? path.resolve(process.argv[outAt + 1]!)
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data');
const SOURCE = 'Dữ liệu mẫu, không phải số liệu thật';

const DATASET: DatasetInfo = {
  title: 'Kết quả thi hành án dân sự theo tỉnh và đơn vị',
  publisher: 'Dự án thống kê thi hành án dân sự (dữ liệu mẫu)',
  licence: 'CC BY 4.0',
  licence_url: 'https://creativecommons.org/licenses/by/4.0/',
  updated: '2026-11-20',
  sample: true,
  description:
    'DỮ LIỆU MẪU, không phải số liệu thật: số liệu được sinh tự động để thử trang web. Tên tỉnh, việc hợp nhất tỉnh từ 01/7/2025 và tên các huyện trước ' +
    'đây là thật; các con số thụ lý, thi hành xong, chỉ tiêu và tên các phòng khu vực là giả định.',
  title_en: 'Civil judgment enforcement results in Viet Nam, by province and office',
  publisher_en: 'Civil judgment enforcement statistics project (sample data)',
  description_en:
    'SAMPLE DATA, not real figures: generated to try out the site. The names of the provinces, their merger on 1 July 2025 and the names of the ' +
    'former districts are real; the caseloads, completions, targets and the names of the regional offices are made up.',
};

const RESULT_HEADER = [...RESULT_COLUMNS, ...RESULT_OPTIONAL_COLUMNS] as const;

/** A result row as cells, looked up by column name so the column order comes from the schema alone. */
function resultCells(r: SampleRow): Cell[] {
  const cells: Record<string, Cell> = { period: r.period.key, unit_code: r.unit, source: SOURCE, note: r.note };
  for (const m of MEASURES) {
    for (const [field, value] of Object.entries(r[m])) {
      const breakdown = field === 'in_progress' || field === 'postponed' || field === 'suspended';
      cells[`${m}_${field}`] = breakdown && !r.breakdown ? null : value;
    }
  }
  return RESULT_HEADER.map((c) => {
    if (!(c in cells)) throw new Error(`No value for column ${c}`);
    return cells[c]!;
  });
}

const UNIT_HEADER = [...UNIT_COLUMNS, ...UNIT_OPTIONAL_COLUMNS] as const;

// Several successors are written in one cell, separated by "|" (none in the sample: every merger is whole).
const unitCells = (u: UnitRecord): Cell[] =>
  UNIT_HEADER.map((c) => (c === 'successor_code' ? u[c].join(SUCCESSOR_SEPARATOR) || null : u[c]));

const targetCells = (t: TargetRecord): Cell[] => {
  const cells: Record<(typeof TARGET_COLUMNS)[number], Cell> = {
    year: t.year,
    unit_code: t.unit,
    cases_rate: t.cases,
    money_rate: t.money,
  };
  return TARGET_COLUMNS.map((c) => cells[c]);
};

/** Rows of one results file: by period end, then unit code (a province just before its offices). */
function sortRows(rows: SampleRow[]): SampleRow[] {
  return rows.sort((a, b) => a.period.order - b.period.order || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

/** National completion rate of a period, percent, from the summed province rows. */
function nationalRate(rows: readonly SampleRow[], period: string, m: (typeof MEASURES)[number]): string {
  const provinces = rows.filter((r) => r.period.key === period && !r.unit.includes('-'));
  const done = provinces.reduce((s, r) => s + r[m].completed + r[m].terminated, 0);
  const enforceable = provinces.reduce((s, r) => s + r[m].enforceable, 0);
  return ((100 * done) / enforceable).toFixed(2);
}

async function main(): Promise<void> {
  const districts = loadFormerDistricts();
  const geo = buildGeography(districts.byProvince);
  const rows = simulate(geo);
  addNotes(rows, geo);
  checkRows(rows, geo);
  const targets = buildTargets(geo);
  DatasetSchema.parse(DATASET);

  // Start from an empty results folder so that a year dropped from the sample cannot linger.
  const resultsDir = path.join(DATA_DIR, 'results');
  await mkdir(resultsDir, { recursive: true });
  for (const name of await readdir(resultsDir)) {
    if (/^\d{4}\.csv$/.test(name)) await rm(path.join(resultsDir, name));
  }
  await writeFile(path.join(DATA_DIR, 'units.csv'), toCsv(UNIT_HEADER, geo.units.map(unitCells)));
  await writeFile(path.join(DATA_DIR, 'targets.csv'), toCsv(TARGET_COLUMNS, targets.map(targetCells)));
  await writeFile(path.join(DATA_DIR, 'dataset.json'), `${JSON.stringify(DATASET, null, 2)}\n`);
  // The record of publications: the sample is published once, as the version of its `updated` date.
  const first = `Công bố lần đầu bộ dữ liệu mẫu (không phải số liệu thật), các năm thống kê ${YEARS[0]} đến ${YEARS.at(-1)}.`;
  await writeFile(
    path.join(DATA_DIR, 'changelog.csv'),
    toCsv(CHANGELOG_COLUMNS, [[DATASET.updated, 'note', null, null, first]]),
  );

  console.log('Dữ liệu mẫu / sample data → data/');
  for (const line of districts.log) console.log(`  · ${line}`);
  console.log(
    `  units.csv       ${geo.units.length} units: ${geo.oldProvinces.length} former and ${geo.newProvinces.length} current ` +
      `provinces (${geo.oldProvinces.length + geo.newProvinces.length - geo.units.filter((u) => u.level === 'province').length} continuous), ` +
      `${geo.districtOffices.length} district offices, ${geo.regionalOffices.length} regional offices`,
  );
  console.log(`  targets.csv     ${targets.length} rows`);
  for (const year of YEARS) {
    const yearRows = sortRows(rows.filter((r) => r.period.year === year));
    await writeFile(path.join(resultsDir, `${year}.csv`), toCsv(RESULT_HEADER, yearRows.map(resultCells)));
    const rates = `cases ${nationalRate(yearRows, String(year), 'cases')}%, money ${nationalRate(yearRows, String(year), 'money')}%`;
    console.log(`  results/${year}.csv ${String(yearRows.length).padStart(5)} rows; national ${year}: ${rates}`);
  }
}

await main();
