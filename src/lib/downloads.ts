import type { Stat, UnitStat } from './compute/model';
import {
  COLUMN_LABEL,
  DERIVED_LABEL,
  FIELD_LABEL,
  FIGURE_LABEL,
  FIGURE_UNIT,
  MEASURE_NOUN,
  MEASURE_UNIT,
  TERMS,
} from './glossary';
import { BREAKDOWN_FIELDS, COUNT_FIELDS, MEASURES, type Measure } from './schemas/results';
import type { SiteData } from './site-data';
import type { UnitRegistry } from './units';

const round = (x: number | null, digits: number) => (x === null ? null : Number(x.toFixed(digits)));

/**
 * The columns of the downloads, in order. Rates and changes are in percent
 * and percentage points, rounded to 4 decimals, written with a decimal point.
 */
export const DOWNLOAD_COLUMNS = [
  'period',
  'statistical_year',
  'period_start',
  'period_end',
  'unit_id',
  'unit_code',
  'unit_name',
  'level',
  'unit_valid_from',
  'unit_valid_to',
  'province_code',
  'province_name',
  'basis',
  'summed_unit_ids',
  ...MEASURES.flatMap((m) => [
    ...COUNT_FIELDS.map((f) => `${m}_${f}`),
    ...BREAKDOWN_FIELDS.map((f) => `${m}_${f}`),
    `${m}_done`,
    `${m}_carried_next`,
    `${m}_rate`,
    `${m}_rate_change_pp`,
    `${m}_enforceable_change_pct`,
    `${m}_done_change_pct`,
    `${m}_target`,
    `${m}_target_source`,
    `${m}_gap_pp`,
    `${m}_rank`,
  ]),
  'rank_of',
  'provinces_reporting',
  'provinces_in_force',
  'source',
  'note',
] as const;

/** A column of the downloads, by its code name. */
export type DownloadColumn = (typeof DOWNLOAD_COLUMNS)[number];

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** A per-measure column's header: "Tiền thi hành xong (nghìn đồng)", "Tỷ lệ thi hành xong về việc (%)". */
function measureHeader(m: Measure, figure: string): string {
  const amounts: Record<string, string> = {
    ...FIELD_LABEL,
    done: DERIVED_LABEL.done,
    carried_next: DERIVED_LABEL.carriedNext,
  };
  if (figure in amounts) return `${MEASURE_NOUN[m]} ${lowerFirst(amounts[figure]!)} (${MEASURE_UNIT[m]})`;
  const [label, unit] =
    figure === 'rate'
      ? [DERIVED_LABEL.rate, '%']
      : [FIGURE_LABEL[figure as keyof typeof FIGURE_LABEL], FIGURE_UNIT[figure as keyof typeof FIGURE_UNIT]];
  if (label === undefined) throw new Error(`no Vietnamese header for ${m}_${figure}`);
  return `${label} ${TERMS.vi.measureInText[m]}${unit ? ` (${unit})` : ''}`;
}

/** The Vietnamese header of a column, as the files for Excel (thads-excel.csv, so-lieu-excel.csv) name it. */
export function excelHeader(column: DownloadColumn): string {
  const m = MEASURES.find((x) => column.startsWith(`${x}_`));
  return m ? measureHeader(m, column.slice(m.length + 1)) : COLUMN_LABEL[column as keyof typeof COLUMN_LABEL];
}

/** The header row of the files for Excel: one Vietnamese name per column, in the order of DOWNLOAD_COLUMNS. */
export const EXCEL_HEADERS: readonly string[] = DOWNLOAD_COLUMNS.map(excelHeader);

/** One row of the published dataset: reported figures plus everything computed from them. */
export type DownloadRow = Record<DownloadColumn, string | number | null>;

/**
 * The per-measure columns of one measure, named once: building a name such as
 * "cases_rate" for every cell of every row cost most of a row's time.
 */
const MEASURE_COLUMNS = MEASURES.map((m) => {
  const col = (figure: string) => `${m}_${figure}` as DownloadColumn;
  return {
    m,
    counts: COUNT_FIELDS.map((f) => [f, col(f)] as const),
    breakdown: BREAKDOWN_FIELDS.map((f) => [f, col(f)] as const),
    done: col('done'),
    carriedNext: col('carried_next'),
    rate: col('rate'),
    rateChange: col('rate_change_pp'),
    enforceableChange: col('enforceable_change_pct'),
    doneChange: col('done_change_pct'),
    target: col('target'),
    targetSource: col('target_source'),
    gap: col('gap_pp'),
    rank: col('rank'),
  };
});

/** Flattens one stat into a download row; the nation has unit_code "VN". */
export function downloadRow(s: Stat, registry: UnitRegistry): DownloadRow {
  const unit = s.kind === 'unit' ? s : null;
  const province =
    unit === null ? null : unit.unit.level === 'province' ? unit.unit : registry.parentOf(unit.unit, s.period.end);
  // Every column is set below, into an object of the fixed shape of UNSET_ROW: a row built key by key is
  // stored as a slow dictionary, about seven times the memory.
  const row: Record<DownloadColumn, string | number | null | undefined> = { ...UNSET_ROW };
  row.period = s.period.key;
  row.statistical_year = s.period.year;
  row.period_start = s.period.start;
  row.period_end = s.period.end;
  // The code alone does not identify a unit (24 is Bắc Giang, then Bắc Ninh); unit_id does.
  row.unit_id = unit?.unit.slug ?? 'toan-quoc';
  row.unit_code = unit?.unit.code ?? 'VN';
  row.unit_name = unit?.unit.name ?? 'Toàn quốc';
  row.level = unit?.unit.level ?? 'nation';
  row.unit_valid_from = unit?.unit.valid_from ?? null;
  row.unit_valid_to = unit?.unit.valid_to ?? null;
  row.province_code = province?.code ?? null;
  row.province_name = province?.name ?? null;
  // A comparable row (a period before the unit existed) names the former units it adds up.
  row.basis = s.basis;
  row.summed_unit_ids = s.basis === 'sum_of_predecessors' ? s.members.map((u) => u.slug).join('|') : null;
  for (const c of MEASURE_COLUMNS) {
    const f = s.figures[c.m];
    for (const [field, column] of c.counts) row[column] = f[field];
    for (const [field, column] of c.breakdown) row[column] = f[field];
    row[c.done] = f.done;
    row[c.carriedNext] = f.carriedNext;
    row[c.rate] = round(f.rate, 4);
    row[c.rateChange] = round(s.change[c.m].rate, 4);
    row[c.enforceableChange] = round(s.change[c.m].enforceable, 4);
    row[c.doneChange] = round(s.change[c.m].done, 4);
    row[c.target] = s.target[c.m]?.value ?? null;
    row[c.targetSource] = s.target[c.m]?.source ?? null;
    row[c.gap] = round(s.gap[c.m], 4);
    row[c.rank] = unit?.rank[c.m] ?? null;
  }
  row.rank_of = unit?.rankOf ?? null;
  row.provinces_reporting = s.kind === 'nation' ? s.coverage.reporting : null;
  row.provinces_in_force = s.kind === 'nation' ? s.coverage.inForce : null;
  row.source = unit?.row?.source ?? null;
  row.note = unit?.row?.note ?? null;
  const missing = DOWNLOAD_COLUMNS.filter((c) => row[c] === undefined);
  if (missing.length) throw new Error(`downloadRow: no value for ${missing.join(', ')}`);
  return row as DownloadRow;
}

const UNSET_ROW = Object.fromEntries(DOWNLOAD_COLUMNS.map((c) => [c, undefined])) as Record<DownloadColumn, undefined>;

const byLevelThenCode = (a: UnitStat, b: UnitStat): number =>
  a.unit.level === b.unit.level
    ? a.unit.code < b.unit.code
      ? -1
      : a.unit.code > b.unit.code
        ? 1
        : 0
    : a.unit.level === 'province'
      ? -1
      : 1;

// The order of the download's rows, worked out once per model: references to the model's stats, no row.
const statsOfModel = new WeakMap<SiteData['model'], readonly Stat[]>();

/**
 * The stats of the download's rows, in its order: per period in order, the
 * nation then the units as reported; then, in a block of their own, the
 * comparable rows (basis sum_of_predecessors) of units formed by merger, so
 * that adding up the reported rows of a period never counts a territory
 * twice. Once per model.
 */
export function downloadStats({ model }: SiteData): readonly Stat[] {
  const known = statsOfModel.get(model);
  if (known) return known;
  const reported = model.periods.flatMap((p) => [
    model.national.get(p.key)!,
    ...[...model.byPeriod.get(p.key)!].sort(byLevelThenCode),
  ]);
  const sums = [...model.byUnit.values()].flat().filter((s) => s.basis === 'sum_of_predecessors');
  sums.sort((a, b) => a.period.order - b.period.order || byLevelThenCode(a, b));
  const stats = [...reported, ...sums];
  statsOfModel.set(model, stats);
  return stats;
}

/**
 * Every row of the site, in the order of downloadStats, each built as it is
 * read and let go once written: the downloads are written a piece at a time
 * (downloadChunks; csvChunks and jsonChunks for toCsv and toJson), so no more
 * than a piece of rows is held. Held all
 * together, the rows were the largest thing in a build after the model
 * (115 MB at 100.000 result rows), for a pass that costs about 0,1 s with the
 * shipped data.
 */
export function* downloadRows(data: SiteData): Generator<DownloadRow> {
  const { registry } = data.dataset;
  for (const s of downloadStats(data)) yield downloadRow(s, registry);
}

/** How many rows the download has, and how many of them are comparable sums (basis sum_of_predecessors). */
export function downloadCounts(data: SiteData): { rows: number; sums: number } {
  const stats = downloadStats(data);
  return { rows: stats.length, sums: stats.filter((s) => s.basis === 'sum_of_predecessors').length };
}

/**
 * The two CSV dialects offered: comma with a decimal point and the English
 * code names as header (thads.csv), or semicolon with a decimal comma and the
 * Vietnamese headers (the files for Vietnamese Excel).
 */
export type CsvDelimiter = ',' | ';';

/**
 * Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe. A text cell with a comma or a semicolon is quoted, whichever
 * the delimiter: Excel set to Vietnamese splits an unquoted line on ";", which
 * would make "x;=1+1" a formula cell. In the semicolon dialect a number is
 * written with a decimal comma ("84,41"), as Vietnamese Excel reads numbers.
 */
export function csvCell(value: string | number | null, delimiter: CsvDelimiter = ','): string {
  if (value === null) return '';
  if (typeof value === 'number') return delimiter === ';' ? String(value).replace('.', ',') : String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV for download: UTF-8 with a byte-order mark so that Excel shows
 * Vietnamese correctly, CRLF line ends; comma delimiter and decimal point, or
 * with `;` the semicolon and decimal comma that Excel on Vietnamese Windows
 * opens straight into columns, under the Vietnamese headers of EXCEL_HEADERS.
 */
export function toCsv(rows: Iterable<DownloadRow>, delimiter: CsvDelimiter = ','): string {
  return [...csvChunks(rows, delimiter)].join('');
}

// Rows per piece of a streamed download: a few hundred kB of text at a time.
const CHUNK_ROWS = 500;

/** The rows in pieces of CHUNK_ROWS, as they come: rows built as they are read are held a piece at a time. */
function* pieces(rows: Iterable<DownloadRow>): Generator<DownloadRow[]> {
  let piece: DownloadRow[] = [];
  for (const r of rows) {
    piece.push(r);
    if (piece.length === CHUNK_ROWS) {
      yield piece;
      piece = [];
    }
  }
  if (piece.length) yield piece;
}

/** The header line of a CSV download, with its byte-order mark. */
const csvHeader = (delimiter: CsvDelimiter): string =>
  `\uFEFF${(delimiter === ';' ? EXCEL_HEADERS : DOWNLOAD_COLUMNS).map((h) => csvCell(h, delimiter)).join(delimiter)}\r\n`;

/** One row as a line of a CSV download. */
const csvLine = (r: DownloadRow, delimiter: CsvDelimiter): string =>
  `${DOWNLOAD_COLUMNS.map((c) => csvCell(r[c] ?? null, delimiter)).join(delimiter)}\r\n`;

/** toCsv in pieces of a few hundred lines (downloadChunks gives the three downloads' pieces together). */
export function* csvChunks(rows: Iterable<DownloadRow>, delimiter: CsvDelimiter = ','): Generator<string> {
  yield csvHeader(delimiter);
  for (const piece of pieces(rows)) {
    let text = '';
    for (const r of piece) text += csvLine(r, delimiter);
    yield text;
  }
}

/** JSON for download: dataset description, notes, the field names, and each row as an array of values in their order. */
export function toJson(data: SiteData, rows: Iterable<DownloadRow>): string {
  return [...jsonChunks(data, rows)].join('');
}

/** The values of a row in the order of DOWNLOAD_COLUMNS, as the JSON download writes it. */
export const rowValues = (r: DownloadRow): (string | number | null)[] => DOWNLOAD_COLUMNS.map((c) => r[c] ?? null);

/** The JSON download up to the opening bracket of its rows: it ends with "rows":[ and the rows follow. */
function jsonHead(data: SiteData): string {
  const head = JSON.stringify({
    dataset: data.dataset.info,
    notes: {
      format:
        'fields lists the column names once; each entry of rows is an array of values in the order of fields, null for an empty cell (the columns of thads.csv)',
      money: 'thousand đồng (nghìn đồng)',
      rates:
        'percent, (completed + terminated) / enforceable × 100, rounded to 4 decimals; null when nothing was enforceable',
      changes:
        'percentage points against the same period of the previous statistical year; across the 2025 reorganisation, against the sum of the former units (same territory)',
      basis:
        'reported: a row of the published data; sum_of_predecessors: a comparable figure of a unit formed by merger for a period before it existed, the sum of the reported rows of the former units listed in summed_unit_ids (rates from the summed counts). These rows come after all reported rows; leave them out when adding up units.',
    },
    fields: DOWNLOAD_COLUMNS,
    rows: [],
  });
  // The document ends with "rows":[]}; the rows go between the brackets.
  return head.slice(0, -2);
}

/** The end of the JSON download, after its last row. */
const JSON_TAIL = ']}';

/** One row as the JSON download writes it: an array of values. */
const jsonRow = (r: DownloadRow): string => JSON.stringify(rowValues(r));

/**
 * toJson in pieces, the same bytes as one JSON.stringify of the whole document.
 * Rows are arrays, not objects: repeating the 80 column names on every row made
 * the file 3.5 times the CSV (18 MB for 5 MB); `fields` names them once.
 */
export function* jsonChunks(data: SiteData, rows: Iterable<DownloadRow>): Generator<string> {
  yield jsonHead(data);
  let first = true;
  for (const piece of pieces(rows)) {
    yield (first ? '' : ',') + piece.map(jsonRow).join(',');
    first = false;
  }
  yield JSON_TAIL;
}

/** A piece of each of the three downloads, by the key of its file in DOWNLOADS (urls.ts). */
export interface DownloadTexts {
  csv: string;
  excel: string;
  json: string;
}

/**
 * The three downloads together, from one pass over the rows, a piece of
 * each at a time: each row is built once and written three times, as a line
 * of thads.csv, of thads-excel.csv and as an entry of thads.json. The same
 * text as csvChunks and jsonChunks.
 */
export function* downloadChunks(data: SiteData): Generator<DownloadTexts> {
  yield { csv: csvHeader(','), excel: csvHeader(';'), json: jsonHead(data) };
  let first = true;
  for (const piece of pieces(downloadRows(data))) {
    let csv = '';
    let excel = '';
    for (const r of piece) {
      csv += csvLine(r, ',');
      excel += csvLine(r, ';');
    }
    yield { csv, excel, json: (first ? '' : ',') + piece.map(jsonRow).join(',') };
    first = false;
  }
  yield { csv: '', excel: '', json: JSON_TAIL };
}

/** The size in bytes of each of the site's three downloads. */
export interface DownloadSizes {
  csv: number;
  excel: number;
  json: number;
}

const sizesOfModel = new WeakMap<SiteData['model'], DownloadSizes>();

/**
 * The size of each download, from one pass over the rows that writes each
 * row as a CSV line and as JSON and counts their bytes, holding none of them;
 * once per model. The Excel file is thads.csv but for its header: a decimal
 * comma takes the point's byte, a semicolon the comma's, and csvCell quotes a
 * cell alike in both dialects.
 */
export function downloadSizes(data: SiteData): DownloadSizes {
  const known = sizesOfModel.get(data.model);
  if (known) return known;
  let lines = 0;
  let json = 0;
  let rows = 0;
  for (const r of downloadRows(data)) {
    lines += Buffer.byteLength(csvLine(r, ','), 'utf8');
    json += Buffer.byteLength(jsonRow(r), 'utf8');
    rows++;
  }
  // The rows of the JSON download are separated by commas.
  json += Math.max(rows - 1, 0) + Buffer.byteLength(jsonHead(data), 'utf8') + JSON_TAIL.length;
  const header = (delimiter: CsvDelimiter) => Buffer.byteLength(csvHeader(delimiter), 'utf8');
  const sizes = { csv: header(',') + lines, excel: header(';') + lines, json };
  sizesOfModel.set(data.model, sizes);
  return sizes;
}
