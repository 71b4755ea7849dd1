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

// One row per stat and one list per model, built once per build and shared by every download and page.
const rowOfStat = new WeakMap<Stat, DownloadRow>();
const rowsOfModel = new WeakMap<SiteData['model'], readonly DownloadRow[]>();

/** downloadRow, built once per stat: the site's download, its page and a unit's own CSV share the object. */
export function downloadRowOf(s: Stat, registry: UnitRegistry): DownloadRow {
  let row = rowOfStat.get(s);
  if (!row) {
    row = downloadRow(s, registry);
    rowOfStat.set(s, row);
  }
  return row;
}

/**
 * Every row of the site: per period in order, the nation then the units as
 * reported; then, in a block of their own, the comparable rows (basis
 * sum_of_predecessors) of units formed by merger, so that adding up the
 * reported rows of a period never counts a territory twice. Built once per
 * model; do not change the rows.
 */
export function allDownloadRows({ dataset, model }: SiteData): readonly DownloadRow[] {
  const known = rowsOfModel.get(model);
  if (known) return known;
  const reported = model.periods.flatMap((p) =>
    [model.national.get(p.key)!, ...[...model.byPeriod.get(p.key)!].sort(byLevelThenCode)].map((s) =>
      downloadRowOf(s, dataset.registry),
    ),
  );
  const sums = [...model.byUnit.values()].flat().filter((s) => s.basis === 'sum_of_predecessors');
  sums.sort((a, b) => a.period.order - b.period.order || byLevelThenCode(a, b));
  const rows = [...reported, ...sums.map((s) => downloadRowOf(s, dataset.registry))];
  rowsOfModel.set(model, rows);
  return rows;
}

/** How many rows the download has, and how many of them are comparable sums (basis sum_of_predecessors). */
export function downloadCounts(data: SiteData): { rows: number; sums: number } {
  const rows = allDownloadRows(data);
  return { rows: rows.length, sums: rows.filter((r) => r.basis === 'sum_of_predecessors').length };
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
export function toCsv(rows: readonly DownloadRow[], delimiter: CsvDelimiter = ','): string {
  return [...csvChunks(rows, delimiter)].join('');
}

// Rows per piece of a streamed download: a few hundred kB of text at a time.
const CHUNK_ROWS = 500;

/** toCsv in pieces of a few hundred lines, for a download written as a stream. */
export function* csvChunks(rows: readonly DownloadRow[], delimiter: CsvDelimiter = ','): Generator<string> {
  const header = delimiter === ';' ? EXCEL_HEADERS : DOWNLOAD_COLUMNS;
  yield `\uFEFF${header.map((h) => csvCell(h, delimiter)).join(delimiter)}\r\n`;
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    let text = '';
    for (const r of rows.slice(i, i + CHUNK_ROWS))
      text += `${DOWNLOAD_COLUMNS.map((c) => csvCell(r[c] ?? null, delimiter)).join(delimiter)}\r\n`;
    yield text;
  }
}

/** JSON for download: dataset description, notes, the field names, and each row as an array of values in their order. */
export function toJson(data: SiteData, rows: readonly DownloadRow[]): string {
  return [...jsonChunks(data, rows)].join('');
}

/** The values of a row in the order of DOWNLOAD_COLUMNS, as the JSON download writes it. */
export const rowValues = (r: DownloadRow): (string | number | null)[] => DOWNLOAD_COLUMNS.map((c) => r[c] ?? null);

/**
 * toJson in pieces, the same bytes as one JSON.stringify of the whole document.
 * Rows are arrays, not objects: repeating the 80 column names on every row made
 * the file 3.5 times the CSV (18 MB for 5 MB); `fields` names them once.
 */
export function* jsonChunks(data: SiteData, rows: readonly DownloadRow[]): Generator<string> {
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
  yield head.slice(0, -2);
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const part = rows.slice(i, i + CHUNK_ROWS).map((r) => JSON.stringify(rowValues(r)));
    yield (i === 0 ? '' : ',') + part.join(',');
  }
  yield ']}';
}

/** The size in bytes of a download written from `chunks`, as UTF-8. */
export function byteLength(chunks: Iterable<string>): number {
  let n = 0;
  for (const c of chunks) n += Buffer.byteLength(c, 'utf8');
  return n;
}

/** The size in bytes of each of the site's three downloads. */
export interface DownloadSizes {
  csv: number;
  excel: number;
  json: number;
}

const sizesOfModel = new WeakMap<SiteData['model'], DownloadSizes>();

/** The size of each download, written once more without holding any of them whole; once per model. */
export function downloadSizes(data: SiteData): DownloadSizes {
  const known = sizesOfModel.get(data.model);
  if (known) return known;
  const rows = allDownloadRows(data);
  const csv = byteLength(csvChunks(rows));
  // The Excel file is thads.csv but for its header: a decimal comma takes the point's byte, a semicolon the
  // comma's, and csvCell quotes a cell alike in both dialects. Written once less, a third of this work.
  const header = (delimiter: CsvDelimiter) => byteLength(csvChunks([], delimiter));
  const sizes = { csv, excel: csv - header(',') + header(';'), json: byteLength(jsonChunks(data, rows)) };
  sizesOfModel.set(data.model, sizes);
  return sizes;
}

/** A body that encodes `chunks` as UTF-8 one at a time, as the reader asks for them. */
export function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
