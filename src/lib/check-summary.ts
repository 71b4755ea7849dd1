/**
 * The end of a pull request's job summary: each check with its outcome, in
 * Vietnamese with English, and what to do when one failed. The outcomes are
 * GitHub's step outcomes (success, failure, cancelled, skipped).
 */

export const CHECKS = {
  validate: {
    name: 'Kiểm tra dữ liệu / Data validation (npm run validate)',
    failed:
      'Mỗi lỗi là một chú thích trên đúng dòng của tệp (tab "Files changed"); báo cáo đầy đủ ở nhật ký của bước này. / Each error is an annotation on its line (the "Files changed" tab); the full report is in this step\'s log.',
  },
  diff: {
    name: 'So sánh với dữ liệu trước / Comparison with the previous data (npm run diff)',
    failed:
      "Không so sánh được với dữ liệu trước; xem nhật ký của bước này. / The comparison could not be made; see this step's log.",
  },
  build: {
    name: 'Xây dựng trang / Site build (npm run build)',
    failed:
      "Trang web không xây dựng được: không có gì được xuất bản; xem nhật ký của bước này. / The site did not build: nothing would be published; see this step's log.",
  },
  test: {
    name: 'Kiểm thử / Tests (npm test)',
    failed:
      "Một kiểm thử không đạt: nhờ người phát triển xem nhật ký của bước này. / A test failed: ask a developer to read this step's log.",
  },
} as const;

export type Check = keyof typeof CHECKS;

const OUTCOME: Record<string, string> = {
  success: '✅ đạt / passed',
  failure: '❌ không đạt / failed',
  cancelled: '⏹️ đã hủy / cancelled',
  skipped: '⏭️ bỏ qua (một bước trước không đạt) / skipped (an earlier step failed)',
};

/** "validate=success" arguments → the Markdown table. Unknown checks are refused, so a typo in a workflow shows. */
export function formatCheckSummary(args: readonly string[]): string {
  const rows: string[] = [];
  const advice: string[] = [];
  for (const arg of args) {
    const [check, outcome = ''] = arg.split('=', 2) as [string, string?];
    if (!(check in CHECKS)) throw new Error(`Unknown check "${check}"; known: ${Object.keys(CHECKS).join(', ')}`);
    const c = CHECKS[check as Check];
    rows.push(`| ${c.name} | ${OUTCOME[outcome] ?? (outcome || '—')} |`);
    if (outcome === 'failure') advice.push(`- **${c.name}**: ${c.failed}`);
  }
  const lines = ['## Kết quả kiểm tra / Checks', '', '| Bước / Step | Kết quả / Outcome |', '| --- | --- |', ...rows];
  if (advice.length) lines.push('', ...advice, '', 'Cách đọc và sửa lỗi / How to read and fix errors: MAINTAINING.md.');
  return `${lines.join('\n')}\n`;
}
