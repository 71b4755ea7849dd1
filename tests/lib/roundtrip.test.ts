/**
 * The round trip a new maintainer makes: open the valid data in Excel on
 * Vietnamese Windows and save it again. Whatever Excel writes (semicolons,
 * a byte-order mark, CRLF, "1.525", Vietnamese headers, UTF-16 "Unicode
 * text"), the loader must give exactly the same dataset.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ExcelStyle, exportLikeExcel, kindOf } from '../../scripts/excel-export';
import { type LoadOutcome, loadDataset } from '../../src/lib/load';
import { type DataFiles, readDataFiles, type SourceFile, sourceOf } from '../../src/lib/read';
import { SMALL_DIR } from './helpers';

const SHIPPED_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** `raw` keeps the cells as written ("1.525"); everything computed from them must be identical. */
const withoutRaw = <T extends { raw: unknown }>({ raw: _, ...rest }: T) => rest;
function comparable(outcome: LoadOutcome) {
  expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const d = outcome.dataset!;
  return {
    // The same warnings at the same rows (their values and character columns follow the export's spelling).
    warnings: outcome.problems.map((p) => ({ code: p.code, file: p.file, line: p.line, related: p.related })),
    info: d.info,
    files: d.files,
    units: d.registry.units.map(withoutRaw),
    results: d.results.map((r) => ({ ...withoutRaw(r), unit: withoutRaw(r.unit) })),
    targets: d.targets.map((t) => ({ ...withoutRaw(t), unit: t.unit && withoutRaw(t.unit) })),
  };
}

type Style = Omit<ExcelStyle, 'kind'>;

/** Every CSV file saved again by Excel in `style(file)`, through the real decoder. */
function reexport(files: DataFiles, style: (file: string) => Style): DataFiles {
  const again = (src: SourceFile | null) =>
    src && sourceOf(src.file, exportLikeExcel(src.text, { ...style(src.file), kind: kindOf(src.file) }));
  return {
    dataset: files.dataset,
    units: again(files.units),
    targets: again(files.targets),
    results: files.results.map((f) => again(f)!),
  };
}

const STYLES: Record<string, (file: string) => Style> = {
  'semicolons, BOM, CRLF, "1.525", Vietnamese headers everywhere': () => ({
    format: 'semicolon',
    vietnameseHeaders: true,
  }),
  'semicolons with column names, Vietnamese headers in results/2024.csv only': (file) => ({
    format: 'semicolon',
    vietnameseHeaders: file === 'results/2024.csv',
  }),
  'UTF-16 LE "Unicode text", tab-delimited, Vietnamese headers': () => ({ format: 'utf16', vietnameseHeaders: true }),
};

describe.each([
  ['the small fixture', SMALL_DIR],
  ['the shipped sample', SHIPPED_DIR],
])('%s saved again by Excel', (_, dir) => {
  const files = readDataFiles(dir);
  const original = files.then((f) => comparable(loadDataset(f)));
  it.each(Object.keys(STYLES))('%s: loads to exactly the same dataset', async (name) => {
    const exported = reexport(await files, STYLES[name]!);
    // The export really is what Excel writes, not the original bytes again.
    expect(exported.results[0]!.text).not.toBe((await files).results[0]!.text);
    expect(comparable(loadDataset(exported))).toEqual(await original);
  });
});

describe('exportLikeExcel', () => {
  it('writes what Vietnamese Excel writes', () => {
    const csv = 'period,unit_code,cases_new,money_new,note\n2024,01,1525,1234567,"a; b"\n';
    const bytes = exportLikeExcel(csv, { format: 'semicolon', vietnameseHeaders: true, kind: 'results' });
    expect(Buffer.from(bytes).toString('utf8')).toBe(
      '\uFEFFKỳ báo cáo;Mã đơn vị;Thụ lý mới (việc);Thụ lý mới (tiền);Ghi chú\r\n2024;01;1.525;1.234.567;"a; b"\r\n',
    );
    const utf16 = exportLikeExcel('year,unit_code,cases_rate\n2025,,82.60\n', {
      format: 'utf16',
      vietnameseHeaders: false,
      kind: 'targets',
    });
    expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(Buffer.from(utf16.subarray(2)).toString('utf16le')).toBe('year\tunit_code\tcases_rate\r\n2025\t\t82,60\r\n');
  });
});
