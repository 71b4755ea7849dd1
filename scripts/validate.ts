/**
 * `npm run validate`: checks the data files alone and prints what was read.
 * Exits 1 when there is any error, so CI stops before building.
 */

import { computeModel } from '../src/lib/compute/model';
import { formatCount, formatPercent } from '../src/lib/format';
import { loadDataset } from '../src/lib/load';
import { periodLabel } from '../src/lib/period';
import { formatProblem } from '../src/lib/problems';
import { readDataFiles } from '../src/lib/read';
import { dataDir } from '../src/lib/site-data';

const dir = dataDir();
const started = performance.now();
const outcome = loadDataset(await readDataFiles(dir));
const errors = outcome.problems.filter((p) => p.severity === 'error');
const warnings = outcome.problems.filter((p) => p.severity === 'warning');

for (const p of outcome.problems) console.log(formatProblem(p));
if (!outcome.dataset) {
  console.error(
    `\n✗ ${dir}: ${errors.length} lỗi, ${warnings.length} cảnh báo. Sửa các lỗi trên rồi chạy lại.\n` +
      `✗ ${dir}: ${errors.length} error(s), ${warnings.length} warning(s). Fix the errors above and run again.`,
  );
  process.exit(1);
}

const { dataset } = outcome;
const model = computeModel(dataset);
const national = model.national.get(model.latest.key)!;
console.log(`Dữ liệu / data: ${dir}${dataset.info.sample ? ' (DỮ LIỆU MẪU / sample data)' : ''}`);
for (const f of dataset.files) console.log(`  ${f.file.padEnd(24)} ${formatCount(f.rows).padStart(8)} dòng / rows`);
console.log(
  `  ${model.periods.length} kỳ báo cáo / periods, từ / from ${model.periods[0]!.key} đến / to ${model.latest.key}`,
);
console.log(
  `  Toàn quốc ${periodLabel(model.latest).toLowerCase()}: về việc ${formatPercent(national.figures.cases.rate)}, về tiền ${formatPercent(national.figures.money.rate)}`,
);
console.log(
  `✓ Hợp lệ / valid: ${warnings.length} cảnh báo / warning(s), ${Math.round(performance.now() - started)} ms`,
);
