import type { NationStat, Stat } from '../compute/model';
import { DASH, formatCases, formatCount, formatMoney, formatPercent, formatRank, formatSignedPoints } from '../format';
import { MEASURE_LABEL } from '../glossary';
import { periodLabel, periodRange, previousYearPeriod } from '../period';
import { MEASURES } from '../schemas/results';
import { changeWhyText } from './change-why';
import { POINTS_ABBR } from './sentence';
import type { HeadlineView } from './types';

/** "Toàn quốc: 83,68%", beside a unit's rate. */
export const nationalBeside = (rate: number | null): string => `Toàn quốc: ${formatPercent(rate)}`;

/**
 * The headline figures of one unit (or the nation) in one period: both rates,
 * their change on the same period of last year, the gap to target and, for a
 * unit with a `rankScope` ("trong tỉnh"), the rank. `heading` opens its title
 * ("Toàn quốc: năm 2026"). A unit's figures stand beside the nation's of
 * the same period when `national` is given.
 */
export function headlineOf(stat: Stat, heading: string, rankScope?: string, national?: NationStat): HeadlineView {
  const prev = periodLabel(previousYearPeriod(stat.period)).toLowerCase();
  const notes: string[] = [];
  // Before a merged unit's own first report, its figures are its former units' added up: say so first.
  if (stat.basis === 'sum_of_predecessors') {
    notes.push(
      `Số liệu kỳ này là tổng số liệu báo cáo của các đơn vị cũ trên cùng địa bàn (${stat.members.map((u) => u.name).join(', ')}), tỷ lệ tính lại từ các tổng; đơn vị này chưa có báo cáo riêng cho kỳ này.`,
    );
  }
  if (!stat.previous) notes.push(`Không có số liệu cùng kỳ năm trước của đơn vị này để so sánh: ${prev}.`);
  // Across the reform, last year's figures are those of the same territory: the former units added up.
  const summed = stat.previousBasis === 'sum_of_predecessors';
  if (summed) {
    notes.push(
      `Số liệu cùng kỳ năm trước, ${prev}, là tổng số liệu của các đơn vị cũ hợp thành đơn vị này, để so sánh trên cùng một địa bàn.`,
    );
  }
  if (stat.kind === 'nation' && stat.coverage.reporting < stat.coverage.inForce) {
    notes.push(
      `Tổng toàn quốc gồm ${stat.coverage.reporting}/${stat.coverage.inForce} tỉnh, thành phố có số liệu kỳ này.`,
    );
  }
  const rank = stat.kind === 'unit' && rankScope ? { scope: rankScope, ranks: stat.rank, of: stat.rankOf } : null;
  return {
    title: periodLabel(stat.period),
    heading: `${heading}: ${periodLabel(stat.period).toLowerCase()}`,
    range: periodRange(stat.period),
    notes,
    items: MEASURES.map((m) => {
      const f = stat.figures[m];
      const target = stat.target[m];
      return {
        label: `Tỷ lệ thi hành xong ${MEASURE_LABEL[m].toLowerCase()}`,
        rate: formatPercent(f.rate),
        detail:
          m === 'cases'
            ? `${formatCount(f.done)} / ${formatCases(f.enforceable)} có điều kiện thi hành`
            : `${formatMoney(f.done)} / ${formatMoney(f.enforceable)} có điều kiện thi hành`,
        change: formatSignedPoints(stat.change[m].rate),
        ...(stat.change[m].rate === null ? {} : { changeUnit: POINTS_ABBR }),
        ...(stat.change[m].rate === null ? { changeWhy: changeWhyText(stat, m) ?? '' } : {}),
        changeNote: summed ? `so với ${prev} (cộng các đơn vị cũ)` : `so với ${prev}`,
        ...(national && stat.kind === 'unit' ? { national: nationalBeside(national.figures[m].rate) } : {}),
        target: target ? formatPercent(target.value) : DASH,
        ...(target?.source === 'national' && stat.kind === 'unit' ? { targetNote: 'Chỉ tiêu chung toàn quốc' } : {}),
        gap: formatSignedPoints(stat.gap[m]),
        ...(stat.gap[m] === null ? {} : { gapUnit: POINTS_ABBR }),
        ...(rank
          ? {
              rankLabel: `Xếp hạng ${rank.scope}`,
              rank: rank.ranks[m] === null ? 'Không xếp hạng' : formatRank(rank.ranks[m], rank.of),
            }
          : {}),
      };
    }),
  };
}
