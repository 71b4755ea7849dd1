/** A cell as the sample writes it: null is an empty cell ("not reported"). */
export type Cell = string | number | null;

/** One cell of RFC 4180 CSV, quoted only when it has to be. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`Not a safe integer: ${value}`);
    return String(value);
  }
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text: header row first, comma delimiter, LF line endings, final newline, no BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`Row has ${row.length} cells, header ${header.length}`);
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
