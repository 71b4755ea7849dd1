import { pointsDifference } from '../domain/formulas';
import { formatCount, formatDate, formatMoney, formatPercent, formatPoints } from '../format';
import { parsePeriod, periodLabel } from '../period';
import { formatProblem, type Problem } from '../problems';
import type { Measure } from '../schemas/results';
import {
  type DataDiff,
  isEmptyDiff,
  type MeasureValue,
  type Revision,
  type TargetValue,
  type UnitRef,
} from './compare';

/**
 * The diff as Markdown for a person (the pull request's job summary):
 * Vietnamese with English, warnings and revisions of published figures first.
 */

/** Text from the data, safe in a Markdown table cell: no markup, no column break. */
export const mdText = (s: string): string => s.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

export const unitLabel = (u: UnitRef): string =>
  `${mdText(u.name)} (${u.code}${u.validFrom ? `, từ ${formatDate(u.validFrom)}` : ''})`;

export const periodText = (key: string): string => {
  const p = parsePeriod(key);
  return p ? `${periodLabel(p)}, ${key}` : key;
};

const amount = (m: Measure, n: number): string => (m === 'cases' ? formatCount(n) : formatMoney(n));

/** "4.213/4.991 → 4.250/4.991; 84,41% → 85,15% (+0,74 điểm %)", or "không đổi / unchanged". */
export function measureChange(m: Measure, before: MeasureValue | undefined, after: MeasureValue | undefined): string {
  const side = (v: MeasureValue | undefined) => (v ? `${amount(m, v.done)}/${amount(m, v.enforceable)}` : '—');
  if (before && after && before.done === after.done && before.enforceable === after.enforceable) {
    return 'không đổi / unchanged';
  }
  const delta = pointsDifference(after?.rate ?? null, before?.rate ?? null);
  return (
    `${side(before)} → ${side(after)}; ${formatPercent(before?.rate)} → ${formatPercent(after?.rate)}` +
    (delta === null ? '' : ` (${formatPoints(delta)})`)
  );
}

function revisionsTable(revisions: readonly Revision[]): string[] {
  return [
    '| Đơn vị / Unit | Kỳ / Period | Về việc: xong/có điều kiện, tỷ lệ / Cases: done/enforceable, rate | Về tiền / Money | Cột thay đổi / Columns changed |',
    '| --- | --- | --- | --- | --- |',
    ...revisions.map((r) => {
      const note =
        r.before === null ? 'dòng mới / new row' : r.after === null ? 'dòng bị xóa / row removed' : r.fields.join(', ');
      return `| ${unitLabel(r.unit)} | ${periodText(r.period)} | ${measureChange('cases', r.before?.cases, r.after?.cases)} | ${measureChange('money', r.before?.money, r.after?.money)} | ${note} |`;
    }),
  ];
}

const targetText = (t: TargetValue | null): string =>
  t ? `việc / cases ${formatPercent(t.cases)}, tiền / money ${formatPercent(t.money)}` : '—';

function section(title: string, lines: readonly string[]): string[] {
  return lines.length ? ['', `### ${title}`, '', ...lines] : [];
}

/** How many warnings the summary lists; the validate step's log and annotations have them all. */
const WARNINGS_SHOWN = 20;

export interface MarkdownOptions {
  /** What each side is called: a directory or a git ref. */
  before: string;
  after: string;
  /** Warnings of the new data (npm run validate), shown first. */
  warnings?: readonly Problem[];
}

/** The whole summary. Deterministic: the same two datasets give the same text. */
export function formatDiffMarkdown(d: DataDiff, o: MarkdownOptions): string {
  const warnings = o.warnings ?? [];
  const lines = [
    '## Dữ liệu mới thay đổi gì / What the new data changes',
    '',
    `So sánh / Compared: \`${mdText(o.before)}\` → \`${mdText(o.after)}\`. Phiên bản / version (dataset.json \`updated\`): ${d.version.before} → ${d.version.after}.`,
  ];
  if (d.version.before === d.version.after && !isEmptyDiff(d)) {
    lines.push(
      '',
      '> [!WARNING]',
      '> Số liệu thay đổi nhưng ngày `updated` trong `data/dataset.json` vẫn như cũ: hãy đặt ngày công bố mới và ghi nhật ký thay đổi (`data/changelog.csv`).',
      '> The figures change but `updated` in `data/dataset.json` does not: set the new publication date and add the change log entry (`data/changelog.csv`).',
    );
  }
  lines.push(
    ...section(`Cảnh báo / Warnings (${warnings.length})`, [
      ...warnings.slice(0, WARNINGS_SHOWN).map((w) => `- ${mdText(formatProblem(w)).replace(/\n\s*/g, ' — ')}`),
      ...(warnings.length > WARNINGS_SHOWN
        ? [`- … (+${warnings.length - WARNINGS_SHOWN}): xem bước "Validate" / see the "Validate" step`]
        : []),
    ]),
    ...section(
      `Sửa số liệu đã công bố / Revisions of published figures (${d.revisions.length})`,
      d.revisions.length ? revisionsTable(d.revisions) : [],
    ),
    ...section('Kỳ báo cáo mới / New periods', [
      ...d.periods.added.map((p) => `- ${periodText(p.key)}: ${formatCount(p.units)} dòng số liệu / rows`),
      ...d.periods.removed.map((k) => `- Bị xóa / removed: ${periodText(k)}`),
    ]),
    ...section('Đơn vị / Units', [
      ...d.units.added.map((c) => `- Mới / new: ${unitLabel(c.unit)}`),
      ...d.units.ended.map(
        (c) =>
          `- Ngày kết thúc / end date: ${unitLabel(c.unit)}: ${c.validToBefore ? formatDate(c.validToBefore) : '—'} → ${c.validTo ? formatDate(c.validTo) : '—'}`,
      ),
      ...d.units.renamed.map((c) => `- Đổi tên / renamed: ${mdText(c.nameBefore ?? '')} → ${unitLabel(c.unit)}`),
      ...d.units.removed.map((c) => `- Bị xóa / removed: ${unitLabel(c.unit)}`),
    ]),
    ...section('Chỉ tiêu / Targets', [
      ...d.targets.added.map((t) => `- Mới / new: ${t.year}, ${targetUnit(t.unit)}: ${targetText(t.after)}`),
      ...d.targets.changed.map(
        (t) => `- Sửa / changed: ${t.year}, ${targetUnit(t.unit)}: ${targetText(t.before)} → ${targetText(t.after)}`,
      ),
      ...d.targets.removed.map((t) => `- Bị xóa / removed: ${t.year}, ${targetUnit(t.unit)}`),
    ]),
  );
  if (isEmptyDiff(d)) lines.push('', 'Không có số liệu nào thay đổi. / No figure changes.');
  return `${lines.join('\n')}\n`;
}

const targetUnit = (u: UnitRef | null): string => (u ? unitLabel(u) : 'toàn quốc / national');
