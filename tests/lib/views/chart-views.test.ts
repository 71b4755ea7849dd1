/**
 * What the chart views of the small fixture draw against targets: the one the
 * ranking table measures each unit against, and none on a part year.
 */
import { describe, expect, it } from 'vitest';
import { computeModel } from '../../../src/lib/compute/model';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { rankingChart } from '../../../src/lib/views/charts';
import { textsOf } from '../charts/svg-snapshot';
import { SMALL_DIR } from '../helpers';

const outcome = loadDataset(await readDataFiles(SMALL_DIR));
if (!outcome.dataset) throw new Error('the small fixture must load');
const model = computeModel(outcome.dataset);
const provinces = model.provincesByPeriod.get(model.latest.key) ?? [];

describe('rankingChart', () => {
  it('draws a target shared by every unit of a full statistical year once, labelled with its value', () => {
    const shared = provinces.map((s) => ({
      ...s,
      target: { ...s.target, cases: { value: 85, source: 'national' as const } },
    }));
    const chart = rankingChart('x', shared, 'cases', 'các tỉnh');
    expect(textsOf(chart.svg).filter((t) => t.startsWith('Chỉ tiêu'))).toEqual(['Chỉ tiêu 85,00%']);
    expect(chart.svg).toContain('data-mark="rule"');
    expect(chart.summary).not.toContain('Không vẽ chỉ tiêu');
  });

  it('draws no target on a part year and says why under the chart', () => {
    const partYear = provinces.map((s) => ({ ...s, period: { ...s.period, months: 6 } }));
    const chart = rankingChart('x', partYear, 'cases', 'các tỉnh');
    expect(textsOf(chart.svg).join()).not.toContain('Chỉ tiêu');
    expect(chart.svg).not.toContain('stroke-dasharray');
    expect(chart.summary).toContain(
      'Không vẽ chỉ tiêu: chỉ tiêu đặt cho cả năm thống kê, còn đây là số lũy kế 6 tháng.',
    );
  });

  it("draws each unit's own target when they differ, not one for all", () => {
    const own = provinces.map((s, i) => ({
      ...s,
      target: { ...s.target, cases: { value: 70 + i, source: 'own' as const } },
    }));
    const chart = rankingChart('x', own, 'cases', 'các tỉnh');
    expect(textsOf(chart.svg)).toContain('Vạch đứt: chỉ tiêu của từng đơn vị');
    expect(textsOf(chart.svg).filter((t) => t.startsWith('Chỉ tiêu'))).toEqual([]);
    const ticks = /<g data-mark="tick"[^>]*>(.*?)<\/g>/.exec(chart.svg)?.[1] ?? '';
    expect(ticks.match(/<line /g)).toHaveLength(own.length);
  });
});
