import { expect, it } from 'vitest';
import { formatCheckSummary } from '../../src/lib/check-summary';

it('lists each check with its outcome and says what a failed one means', () => {
  const md = formatCheckSummary(['validate=failure', 'diff=success', 'build=skipped', 'test=skipped']);
  expect(md).toContain('| Kiểm tra dữ liệu / Data validation (npm run validate) | ❌ không đạt / failed |');
  expect(md).toContain(
    '| Xây dựng trang / Site build (npm run build) | ⏭️ bỏ qua (một bước trước không đạt) / skipped (an earlier step failed) |',
  );
  expect(md).toContain('- **Kiểm tra dữ liệu / Data validation (npm run validate)**: Mỗi lỗi là một chú thích');
  expect(md).not.toContain('**Xây dựng trang');
});

it('gives no advice when every check passed', () => {
  const md = formatCheckSummary(['validate=success', 'build=success', 'test=success']);
  expect(md).not.toContain('MAINTAINING.md');
});

it('refuses an unknown check, so that a typo in a workflow shows', () => {
  expect(() => formatCheckSummary(['valdate=success'])).toThrow(/Unknown check "valdate"/);
});
