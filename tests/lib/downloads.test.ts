import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/lib/compute/model';
import {
  csvChunks,
  DOWNLOAD_COLUMNS,
  downloadChunks,
  downloadCounts,
  downloadRow,
  downloadRows,
  downloadStats,
  EXCEL_HEADERS,
  excelHeader,
  jsonChunks,
  rowValues,
  toCsv,
  toJson,
} from '../../src/lib/downloads';
import { FIELD_LABEL } from '../../src/lib/glossary';
import { loadDataset } from '../../src/lib/load';
import { parseCsv } from '../../src/lib/parse';
import { readDataFiles, type SourceFile } from '../../src/lib/read';
import { BREAKDOWN_FIELDS, COUNT_FIELDS, MEASURES } from '../../src/lib/schemas/results';
import type { SiteData } from '../../src/lib/site-data';
import { SMALL_DIR } from './helpers';

const HYPERLINK = '=HYPERLINK("https://example.org/x","Báo cáo, bấm vào")';

/** The small fixture with text cells a spreadsheet would run as formulas. */
async function siteData(): Promise<SiteData> {
  const files = await readDataFiles(SMALL_DIR);
  const edit = (f: SourceFile, from: string, to: string): SourceFile => {
    if (f.text.split(from).length !== 2) throw new Error(`"${from}" must occur once in ${f.file}`);
    return { file: f.file, text: f.text.replace(from, to) };
  };
  let r2025 = files.results[1]!;
  // Hà Nội 2025: note; Bắc Ninh 2025: note; 24-KV01: source.
  r2025 = edit(
    r2025,
    'https://example.org/bao-cao-2025,\n',
    `https://example.org/bao-cao-2025,"${HYPERLINK.replace(/"/g, '""')}"\n`,
  );
  r2025 = edit(r2025, '45000000,0,,,,,,,,\n', '45000000,0,,,,,,,,@SUM(A1:A9)\n');
  r2025 = edit(r2025, '35000000,0,,,,,,,,\n', '35000000,0,,,,,,,+84 24 3825 1234,-\n');
  const outcome = loadDataset({ ...files, results: [files.results[0]!, r2025] });
  if (!outcome.dataset) throw new Error(JSON.stringify(outcome.problems));
  return { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
}

const data = await siteData();
const rows = [...downloadRows(data)];
const csv = toCsv(rows);
const csvLines = csv.slice(1).split('\r\n');
/** The CSV read back with the site's own parser, to look at cells by column name. */
const parsed = parseCsv('du-lieu.csv', csv);
const record = (period: string, unit: string) =>
  parsed.records.find((r) => r.cells.period === period && r.cells.unit_code === unit)!.cells;

describe('downloadRows', () => {
  it('lists the nation, then provinces, then offices, per period in order; then the comparable sums', () => {
    expect(rows.map((r) => `${r.period} ${r.unit_code}`)).toEqual([
      '2024 VN',
      '2024 01',
      '2024 24',
      '2024 27',
      '2024 01-01',
      '2024 01-02',
      '2024 01-03',
      '2024 24-01',
      '2024 27-01',
      '2025 VN',
      '2025 01',
      '2025 24',
      '2025 01-KV01',
      '2025 24-KV01',
      // Units formed on 2025-07-01, in 2024: the sums of their predecessors, after every reported row.
      '2024 24',
      '2024 01-KV01',
      '2024 24-KV01',
    ]);
    expect(rows.map((r) => r.basis)).toEqual([...Array(14).fill('reported'), ...Array(3).fill('sum_of_predecessors')]);
  });

  it('says which former units a comparable row adds up, and leaves reported rows without', () => {
    expect(rows[14]).toMatchObject({
      period: '2024',
      unit_id: 'bac-ninh-24',
      unit_name: 'Tỉnh Bắc Ninh',
      unit_valid_from: '2025-07-01',
      basis: 'sum_of_predecessors',
      summed_unit_ids: 'bac-giang-24-den-2025-06-30|bac-ninh-27-den-2025-06-30',
      // README: (448 + 396) / (560 + 440) = 84,40%; (21 + 20) / (50 + 40) = 45,56%.
      cases_enforceable: 1000,
      cases_done: 844,
      cases_rate: 84.4,
      money_rate: 45.5556,
      cases_target: null,
      cases_gap_pp: null,
      cases_rank: null,
      source: null,
    });
    expect(rows[16]).toMatchObject({
      unit_id: 'khu-vuc-1-24-kv01',
      summed_unit_ids: 'thanh-pho-bac-giang-24-01-den-2025-06-30|thanh-pho-bac-ninh-27-01-den-2025-06-30',
    });
    expect(rows.slice(0, 14).every((r) => r.summed_unit_ids === null)).toBe(true);
  });

  it('gives every row exactly the download columns', () => {
    for (const row of rows) expect(Object.keys(row)).toEqual([...DOWNLOAD_COLUMNS]);
  });

  it('describes the nation as VN, Toàn quốc, without province or rank', () => {
    expect(rows[9]).toMatchObject({
      period: '2025',
      statistical_year: 2025,
      period_start: '2024-10-01',
      period_end: '2025-09-30',
      unit_code: 'VN',
      unit_name: 'Toàn quốc',
      level: 'nation',
      province_code: null,
      province_name: null,
      cases_enforceable: 5991,
      cases_done: 5013,
      cases_rate: 83.6755,
      cases_rate_change_pp: -0.6578,
      cases_target: 82.6,
      cases_target_source: 'national',
      cases_rank: null,
      rank_of: null,
    });
  });

  it('names each office’s province as it was at the end of the period', () => {
    expect(rows.find((r) => r.period === '2024' && r.unit_code === '24-01')).toMatchObject({
      province_code: '24',
      province_name: 'Tỉnh Bắc Giang',
    });
    expect(rows.find((r) => r.period === '2025' && r.unit_code === '24-KV01')).toMatchObject({
      province_code: '24',
      province_name: 'Tỉnh Bắc Ninh',
      source: '+84 24 3825 1234',
      note: '-',
    });
  });

  it('rounds rates and differences to 4 decimals and leaves undefined ones empty', () => {
    expect(rows.find((r) => r.period === '2025' && r.unit_code === '01')).toMatchObject({
      cases_rate: 84.4119,
      money_rate: 59.606, // 28078 / 47106 = 0.59605995…
      cases_rate_change_pp: 0.1119,
      cases_gap_pp: 0.2419,
      money_gap_pp: 1.606,
      cases_target_source: 'own',
      cases_rank: 1,
      rank_of: 2,
    });
    expect(rows.find((r) => r.period === '2024' && r.unit_code === '01-03')).toMatchObject({
      cases_rate: null,
      cases_rank: null,
      cases_rate_change_pp: null,
    });
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFperiod,statistical_year,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csvLines).toHaveLength(rows.length + 2);
    expect(csvLines.at(-1)).toBe('');
  });

  it('has the download columns as its header', () => {
    expect(csvLines[0]).toBe(DOWNLOAD_COLUMNS.join(','));
    expect(parsed.header).toEqual([...DOWNLOAD_COLUMNS]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toHaveLength(rows.length);
  });

  it('writes the nation with unit code VN and decimals with a point', () => {
    expect(csvLines[1]!.startsWith('2024,2024,2023-10-01,2024-09-30,toan-quoc,VN,Toàn quốc,nation,,,,,')).toBe(true);
    expect(record('2025', 'VN')).toMatchObject({
      cases_rate: '83.6755',
      money_rate: '55.1179',
      rank_of: '',
      provinces_reporting: '2',
      provinces_in_force: '2',
    });
  });

  it('tells units that share a code apart by unit_id and validity', () => {
    expect(record('2024', '24')).toMatchObject({ unit_id: 'bac-giang-24-den-2025-06-30', unit_valid_to: '2025-06-30' });
    expect(record('2025', '24')).toMatchObject({
      unit_id: 'bac-ninh-24',
      unit_valid_from: '2025-07-01',
      unit_valid_to: '',
    });
  });

  it('gives the percent change of the counts on the same period last year', () => {
    // Hà Nội: 4.991 enforceable cases in 2025 against 2.000 in 2024; 4.213 done against 1.686.
    expect(Number(record('2025', '01').cases_enforceable_change_pct)).toBeCloseTo(149.55, 2);
    expect(Number(record('2025', '01').cases_done_change_pct)).toBeCloseTo(149.8814, 4);
  });

  it('neutralises text a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(record('2025', '01').note).toBe(`'${HYPERLINK}`);
    expect(record('2025', '24').note).toBe("'@SUM(A1:A9)");
    expect(record('2025', '24-KV01').source).toBe("'+84 24 3825 1234");
    expect(record('2025', '24-KV01').note).toBe("'-");
    // Ordinary text is untouched.
    expect(record('2025', '01').source).toBe('https://example.org/bao-cao-2025');
    expect(record('2024', '01-03').note).toBe('Không có việc có điều kiện thi hành');
  });

  it('escapes quotes by doubling them inside a quoted cell', () => {
    expect(csvLines[11]!.endsWith(`,"'=HYPERLINK(""https://example.org/x"",""Báo cáo, bấm vào"")"`)).toBe(true);
  });

  it('writes negative numbers as numbers, without an apostrophe', () => {
    const bacNinh = record('2025', '24');
    expect(bacNinh.cases_gap_pp).toBe('-2.6');
    expect(bacNinh.money_gap_pp).toBe('-8.1');
    expect(record('2025', 'VN').cases_rate_change_pp).toBe('-0.6578');
    expect(csv).not.toMatch(/'-\d/);
  });

  it('writes an empty cell for a missing value, never "null" or "NaN"', () => {
    expect(csv).not.toMatch(/null|NaN|undefined|Infinity/);
    expect(record('2024', '01-03')).toMatchObject({ cases_rate: '', cases_rank: '', cases_in_progress: '' });
  });
});

describe('toJson', () => {
  const json = JSON.parse(toJson(data, rows));
  // Each row is an array in the order of `fields`; read back as records to compare with the rows.
  const records = json.rows.map((r: unknown[]) =>
    Object.fromEntries(json.fields.map((f: string, i: number) => [f, r[i]])),
  );

  it('has the same rows, the fields and the dataset description', () => {
    expect(records).toEqual(rows);
    expect(json.fields).toEqual([...DOWNLOAD_COLUMNS]);
    expect(json.rows.every((r: unknown[]) => Array.isArray(r) && r.length === DOWNLOAD_COLUMNS.length)).toBe(true);
    expect(json.dataset).toEqual(data.dataset.info);
    expect(json.notes.money).toBe('thousand đồng (nghìn đồng)');
  });

  it('keeps text as written (the apostrophe is for spreadsheets only) and numbers as numbers', () => {
    const haNoi = records.find(
      (r: { period: string; unit_code: string }) => r.period === '2025' && r.unit_code === '01',
    );
    expect(haNoi.note).toBe(HYPERLINK);
    expect(haNoi.cases_rate).toBe(84.4119);
    expect(haNoi.money_in_progress).toBe(100_000_000);
  });
});

describe('the files for Vietnamese Excel (";", decimal comma)', () => {
  const excel = toCsv(rows, ';');
  const read = Papa.parse<string[]>(excel.slice(1), { delimiter: ';', skipEmptyLines: true });
  const [header, ...cells] = read.data;
  const plain = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);

  it('name every column in Vietnamese from the glossary: unique, as many and in the order of thads.csv', () => {
    expect(read.errors).toEqual([]);
    expect(header).toEqual([...EXCEL_HEADERS]);
    expect(header).toEqual(DOWNLOAD_COLUMNS.map(excelHeader));
    expect(header).toHaveLength(DOWNLOAD_COLUMNS.length);
    expect(new Set(header).size).toBe(header!.length);
    for (const [i, h] of header!.entries()) {
      expect(h, DOWNLOAD_COLUMNS[i]).not.toMatch(/_/);
      expect(h, DOWNLOAD_COLUMNS[i]).not.toBe(DOWNLOAD_COLUMNS[i]);
    }
    for (const m of MEASURES)
      for (const f of [...COUNT_FIELDS, ...BREAKDOWN_FIELDS])
        expect(excelHeader(`${m}_${f}`).toLowerCase()).toContain(FIELD_LABEL[f].toLowerCase());
  });

  it('say the unit where it helps', () => {
    const of = (column: (typeof DOWNLOAD_COLUMNS)[number]) => header![DOWNLOAD_COLUMNS.indexOf(column)];
    expect(of('money_completed')).toBe('Tiền thi hành xong (nghìn đồng)');
    expect(of('cases_completed')).toBe('Việc thi hành xong (việc)');
    expect(of('cases_done')).toBe('Việc thi hành xong và đình chỉ (việc)');
    expect(of('cases_rate')).toBe('Tỷ lệ thi hành xong về việc (%)');
    expect(of('money_gap_pp')).toBe('Chênh lệch tỷ lệ với chỉ tiêu về tiền (điểm %)');
    expect(of('unit_name')).toBe('Tên đơn vị');
    expect(of('period')).toBe('Kỳ báo cáo');
  });

  it('keep the English code names in thads.csv and thads.json', () => {
    expect(csvLines[0]).toBe(DOWNLOAD_COLUMNS.join(','));
    expect(JSON.parse(toJson(data, rows)).fields).toEqual([...DOWNLOAD_COLUMNS]);
  });

  it('give back every value of thads.csv, a decimal comma read as the decimal point', () => {
    expect(cells).toHaveLength(rows.length);
    const number = (cell: string) => Number(cell.replace(',', '.'));
    const rate = header!.indexOf('Tỷ lệ thi hành xong về việc (%)');
    const haNoi = cells.find((c) => c[0] === '2025' && c[5] === '01')!;
    // Hà Nội 2025: the rate 84,4119 is written with a comma, and reads back as the number of the row.
    expect(haNoi[rate]).toBe('84,4119');
    expect(number(haNoi[rate]!)).toBe(84.4119);
    for (const [i, r] of rows.entries())
      for (const [j, c] of DOWNLOAD_COLUMNS.entries()) {
        const v = r[c];
        const cell = cells[i]![j]!;
        if (typeof v === 'number') expect(number(cell), `${r.period} ${r.unit_code} ${c}`).toBe(v);
        else expect(cell, `${r.period} ${r.unit_code} ${c}`).toBe(plain[i]![j]);
      }
  });
});

describe('built as written, a piece at a time', () => {
  const bytesOf = (chunks: Iterable<string>) => Buffer.from([...chunks].join(''));

  it('orders the stats once per model and builds each row anew as it is read, holding none', () => {
    expect(downloadStats(data)).toBe(downloadStats(data));
    expect(downloadStats(data)).toHaveLength(rows.length);
    const again = [...downloadRows(data)];
    expect(again).toEqual(rows);
    expect(again[0]).not.toBe(rows[0]);
    const stat = data.model.national.get('2025')!;
    expect(rows.find((r) => r.period === '2025' && r.unit_code === 'VN')).toEqual(
      downloadRow(stat, data.dataset.registry),
    );
  });

  it('counts the rows and the comparable sums from the same stats', () => {
    expect(downloadCounts(data)).toEqual({ rows: 17, sums: 3 });
    expect(rows.filter((r) => r.basis === 'sum_of_predecessors')).toHaveLength(3);
  });

  it('reads no more rows than the piece it writes', () => {
    let read = 0;
    function* counted() {
      for (let i = 0; i < 1201; i++) {
        read++;
        yield rows[i % rows.length]!;
      }
    }
    for (const chunks of [csvChunks(counted()), jsonChunks(data, counted())]) {
      read = 0;
      chunks.next(); // the header
      chunks.next(); // the first 500 rows
      expect(read).toBe(500);
      chunks.next();
      expect(read).toBe(1000);
    }
  });

  it('writes in pieces the same bytes as the whole text, in both CSV dialects and in JSON', () => {
    for (const delimiter of [',', ';'] as const) {
      const header = (delimiter === ';' ? EXCEL_HEADERS : DOWNLOAD_COLUMNS).join(delimiter);
      const lines = [header, ...rows.map((r) => toCsv([r], delimiter).split('\r\n')[1])];
      const whole = `\uFEFF${lines.join('\r\n')}\r\n`;
      expect(bytesOf(csvChunks(rows, delimiter)).equals(Buffer.from(whole))).toBe(true);
    }
    const { info } = data.dataset;
    const json = bytesOf(jsonChunks(data, rows));
    const values = rows.map(rowValues);
    expect(
      json.equals(Buffer.from(JSON.stringify({ ...JSON.parse(toJson(data, [])), dataset: info, rows: values }))),
    ).toBe(true);
  });

  it('writes the three downloads in one pass with the same text as each on its own', () => {
    const pieces = [...downloadChunks(data)];
    expect(pieces.map((p) => p.csv).join('')).toBe(toCsv(rows));
    expect(pieces.map((p) => p.excel).join('')).toBe(toCsv(rows, ';'));
    expect(pieces.map((p) => p.json).join('')).toBe(toJson(data, rows));
    // The header, one piece of the 17 rows, and the end of the JSON.
    expect(pieces).toHaveLength(3);
  });

  it('cuts a long download into pieces and joins them without a seam', () => {
    const many = Array.from({ length: 1201 }, (_, i) => ({ ...rows[i % rows.length]!, unit_name: `Đơn vị ${i}` }));
    expect([...csvChunks(many)]).toHaveLength(1 + 3);
    expect([...jsonChunks(data, many)].join('')).toBe(
      JSON.stringify({ ...JSON.parse(toJson(data, [])), rows: many.map(rowValues) }),
    );
    expect([...jsonChunks(data, [])].join('')).toBe(toJson(data, []));
  });
});
