import { csvCell } from '../downloads';
import { formatCount, formatDate, formatMoney, formatPercent } from '../format';
import { parsePeriod, periodLabel } from '../period';
import type { Measure } from '../schemas/results';
import type { DataDiff, MeasureValue, Revision, UnitRef } from './compare';

/*
 * The change log rows that `npm run diff -- --changelog` drafts from what
 * changed, in words a reader follows (data/changelog.csv is read by
 * ../changelog.ts).
 */
const unitText = (u: UnitRef): string => `${u.name} (${u.code}${u.validFrom ? `, từ ${formatDate(u.validFrom)}` : ''})`;

const periodName = (key: string): string => {
  const p = parsePeriod(key);
  return p ? periodLabel(p) : key;
};

const amount = (m: Measure, n: number): string => (m === 'cases' ? `${formatCount(n)} việc` : formatMoney(n));

function measureText(m: Measure, a: MeasureValue | undefined, b: MeasureValue | undefined): string | null {
  if (a && b && a.done === b.done && a.enforceable === b.enforceable) return null;
  const side = (v: MeasureValue | undefined) =>
    v
      ? `${amount(m, v.done)} xong trên ${amount(m, v.enforceable)} có điều kiện (${formatPercent(v.rate)})`
      : 'không có';
  return `${m === 'cases' ? 'về việc' : 'về tiền'} ${side(a)} → ${side(b)}`;
}

/** "Sửa số liệu Thành phố Hà Nội (01), Năm 2025: về việc 4.213 việc xong … (84,41%) → …". */
export function revisionText(r: Revision): string {
  const parts = (['cases', 'money'] as const)
    .map((m) => measureText(m, r.before?.[m], r.after?.[m]))
    .filter((x) => x !== null);
  const what = parts.length ? parts.join('; ') : `các cột ${r.fields.join(', ')}`;
  return `Sửa số liệu ${unitText(r.unit)}, ${periodName(r.period)}: ${what}.`;
}

/** Draft rows of data/changelog.csv for the new version, from a diff, to be read and edited before committing. */
export function draftChangelog(d: DataDiff): string {
  const rows: (string | null)[][] = [
    ...d.revisions.map((r) => ['revision', r.unit.code, r.period, revisionText(r)]),
    ...d.periods.added.map((p) => [
      'period',
      null,
      p.key,
      `Thêm số liệu ${periodName(p.key).replace(/^N/, 'n')} (${formatCount(p.units)} đơn vị).`,
    ]),
    ...d.units.added.map((c) => ['unit', c.unit.code, null, `Thêm đơn vị ${unitText(c.unit)}.`]),
    ...d.units.ended.map((c) => [
      'unit',
      c.unit.code,
      null,
      `${unitText(c.unit)}: ngày kết thúc ${c.validTo ? formatDate(c.validTo) : 'bỏ trống'}.`,
    ]),
    ...d.units.renamed.map((c) => ['unit', c.unit.code, null, `Đổi tên ${c.nameBefore} thành ${c.unit.name}.`]),
    ...[...d.targets.added, ...d.targets.changed].map((t) => [
      'target',
      t.unit?.code ?? null,
      String(t.year),
      `Chỉ tiêu năm ${t.year} ${t.unit ? `của ${unitText(t.unit)}` : 'toàn quốc'}: về việc ${formatPercent(t.after?.cases)}, về tiền ${formatPercent(t.after?.money)}${t.before ? ` (trước: ${formatPercent(t.before.cases)}, ${formatPercent(t.before.money)})` : ''}.`,
    ]),
  ];
  return (
    rows.map((r) => [d.version.after, ...r].map((c) => csvCell(c)).join(',')).join('\n') + (rows.length ? '\n' : '')
  );
}
