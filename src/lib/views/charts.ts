import {
  CHART_WIDE_WIDTH,
  CHART_WORDS,
  rateComparison,
  rateRanking,
  rateTrend,
  renderSvg,
  type TargetPoint,
  type TrendPoint,
} from '../charts';
import type { Stat, UnitStat } from '../compute/model';
import { sortByRank } from '../compute/rank';
import { DASH } from '../format';
import { chartName, TERMS } from '../glossary';
import { type Lang, LOCALES } from '../locale';
import { MEASURES, type Measure } from '../schemas/results';
import { shortArea, withArea, withAreaColumn } from './area';
import { PERMALINK_LABEL } from './cite';
import type { ChartView } from './types';

const num = (text: string) => ({ text, numeric: true });

/**
 * Charts on a page are drawn at a phone's width and never grow past it: a
 * 360 px screen leaves 328 px, so the 16 px text reads about 15 px there and
 * 16 px on a desktop, where the drawing keeps its own size. A trend alone in
 * its column is drawn again for a desktop's whole column (CHART_WIDE_WIDTH).
 */
export const CHART_PHONE_WIDTH = 340;

/** The sentences of the charts, in each language; `m` is a measure inside a sentence ("về việc", "by cases"). */
const WORDS = {
  vi: {
    nation: 'Toàn quốc',
    noRate: (m: string) => `${m}: chưa có tỷ lệ`,
    single: (m: string, rate: string, year: number) => `${m} ${rate} (${year})`,
    held: (m: string, rate: string, from: number, to: number) => `${m} giữ ở ${rate} từ ${from} đến ${to}`,
    moved: (m: string, up: boolean, a: string, from: number, b: string, to: number) =>
      `${m} ${up ? 'tăng từ' : 'giảm từ'} ${a} (${from}) ${up ? 'lên' : 'xuống'} ${b} (${to})`,
    reform: (date: string) => `Sắp xếp ${date}`,
    reformShort: (month: number, year: string) => `Sắp xếp ${month}/${year}`,
    oneYear: (y: number) => `Năm ${y}`,
    years: (list: string) => `Các năm ${list}`,
    rule: (year: string, date: string) => `; đường chấm đứng trước năm ${year} đánh dấu ngày sắp xếp ${date}`,
    summed: (years: string, rule: string) =>
      ` ${years} là tổng số liệu của các đơn vị cũ trên cùng địa bàn, tỷ lệ tính lại từ các tổng${rule}.`,
    trendCaption: (name: string) => `${name}: tỷ lệ thi hành xong theo năm thống kê, so với chỉ tiêu`,
    trendEmpty: (name: string) => `${name} chưa có số liệu cả năm thống kê nào.`,
    trendSummary: (name: string, isNation: boolean, cases: string, money: string, note: string) =>
      `Tỷ lệ thi hành xong ${isNation ? 'toàn quốc' : `của ${name}`}: ${cases}; ${money}. Đường nét đứt là chỉ tiêu.${note}`,
    yLabel: 'Tỷ lệ (%)',
    showTable: 'Xem số liệu của biểu đồ dạng bảng',
    tableCaption: (caption: string) => `Số liệu của biểu đồ: ${caption}`,
    trendHead: ['Năm', 'Tỷ lệ về việc', 'Chỉ tiêu về việc', 'Tỷ lệ về tiền', 'Chỉ tiêu về tiền'],
    basis: 'Cơ sở số liệu',
    rankingCaption: (scope: string, m: string, period: string) =>
      `Xếp hạng ${scope} theo tỷ lệ thi hành xong ${m}, ${period}`,
    rankingOnly: (name: string, rate: string) => `${name}: ${rate}, đơn vị duy nhất có tỷ lệ trong kỳ này.`,
    rankingRange: (best: string, high: string, worst: string, low: string, n: number, scope: string) =>
      `Cao nhất là ${best} (${high}), thấp nhất là ${worst} (${low}) trong ${n} ${scope.replace(/^các /, '')}.`,
    rankingNone: (m: string) => `Chưa có đơn vị nào có tỷ lệ ${m} trong kỳ này.`,
    rankingHead: (m: string) => ['Hạng', 'Đơn vị', `Tỷ lệ ${m}`],
    comparisonCaption: (period: string) => `So sánh tỷ lệ thi hành xong, ${period}`,
    comparisonItem: (name: string, cases: string, money: string) => `${name}: ${cases} về việc, ${money} về tiền`,
    comparisonHead: ['Đơn vị', 'Tỷ lệ về việc', 'Tỷ lệ về tiền'],
    partYear: (months: number) =>
      ` Không vẽ chỉ tiêu: chỉ tiêu đặt cho cả năm thống kê, còn đây là số lũy kế ${months} tháng.`,
  },
  en: {
    nation: 'Nationwide',
    noRate: (m: string) => `${m}: no rate yet`,
    single: (m: string, rate: string, year: number) => `${m} ${rate} (${year})`,
    held: (m: string, rate: string, from: number, to: number) => `${m} stayed at ${rate} from ${from} to ${to}`,
    moved: (m: string, up: boolean, a: string, from: number, b: string, to: number) =>
      `${m} ${up ? 'rose' : 'fell'} from ${a} (${from}) to ${b} (${to})`,
    reform: (date: string) => `Reform ${date}`,
    reformShort: (month: number, year: string) => `Reform ${month}/${year}`,
    oneYear: (y: number) => `Year ${y}`,
    years: (list: string) => `Years ${list}`,
    rule: (year: string, date: string) => `; the dotted vertical line before ${year} marks the reform of ${date}`,
    summed: (years: string, rule: string) =>
      ` ${years}: the sums of the former units of the same area, the rates computed again from the sums${rule}.`,
    trendCaption: (name: string) => `${name}: completion rates by statistical year, against the targets`,
    trendEmpty: (name: string) => `${name} has no figures for a whole statistical year yet.`,
    trendSummary: (name: string, isNation: boolean, cases: string, money: string, note: string) =>
      `Completion rate ${isNation ? 'nationwide' : `of ${name}`}: ${cases}; ${money}. The dashed lines are the targets.${note}`,
    yLabel: 'Rate (%)',
    showTable: 'Show the chart data as a table',
    tableCaption: (caption: string) => `Chart data: ${caption}`,
    trendHead: ['Year', 'Rate by cases', 'Target by cases', 'Rate by money', 'Target by money'],
    basis: 'Basis of the figures',
    rankingCaption: (scope: string, m: string, period: string) =>
      `Ranking of ${scope} by completion rate ${m}, ${period}`,
    rankingOnly: (name: string, rate: string) => `${name}: ${rate}, the only unit with a rate in this period.`,
    rankingRange: (best: string, high: string, worst: string, low: string, n: number, scope: string) =>
      `Highest: ${best} (${high}); lowest: ${worst} (${low}), among ${n} ${scope.replace(/^the /, '')}.`,
    rankingNone: (m: string) => `No unit has a completion rate ${m} in this period yet.`,
    rankingHead: (m: string) => ['Rank', 'Unit', `Rate ${m}`],
    comparisonCaption: (period: string) => `Completion rates compared, ${period}`,
    comparisonItem: (name: string, cases: string, money: string) => `${name}: ${cases} by cases, ${money} by money`,
    comparisonHead: ['Unit', 'Rate by cases', 'Rate by money'],
    partYear: (months: number) =>
      ` No target is drawn: targets are set for the whole statistical year, and these are the cumulative figures of ${months === 1 ? '1 month' : `${months} months`}.`,
  },
} as const satisfies Record<Lang, unknown>;

/** The words, terms and formats a chart view writes with. */
const textOf = (lang: Lang) => ({ w: WORDS[lang], t: TERMS[lang], loc: LOCALES[lang] });

/** "tăng từ 80,00% (2019) lên 84,41% (2026)" over the first and last periods with a rate. */
function movement(stats: readonly Stat[], m: Measure, lang: Lang): string {
  const { w, t, loc } = textOf(lang);
  const measure = t.measureInText[m];
  const rated = stats.filter((s) => s.figures[m].rate !== null);
  if (rated.length === 0) return w.noRate(measure);
  const first = rated[0]!;
  const last = rated[rated.length - 1]!;
  const a = loc.percent(first.figures[m].rate);
  const b = loc.percent(last.figures[m].rate);
  if (first === last) return w.single(measure, b, first.period.year);
  const d = last.figures[m].rate! - first.figures[m].rate!;
  return Math.abs(d) < 0.005
    ? w.held(measure, b, first.period.year, last.period.year)
    : w.moved(measure, d > 0, a, first.period.year, b, last.period.year);
}

/**
 * Where to draw the reform on a unit's trend: before the first full year the
 * unit reported itself, when earlier years are sums of its predecessors.
 */
function reformBreak(
  years: readonly Stat[],
  reform: string | undefined,
  lang: Lang,
): { label: string; note: string } | undefined {
  if (!reform || !years.some((s) => s.basis === 'sum_of_predecessors')) return undefined;
  const first = years.find((s) => s.basis === 'reported' && s.period.end >= reform);
  return first ? { label: String(first.period.year), note: WORDS[lang].reform(LOCALES[lang].date(reform)) } : undefined;
}

/** The points of a trend: both rates of every year, and the targets that applied. */
function trendPoints(years: readonly Stat[], lang: Lang): { points: TrendPoint[]; targets: TargetPoint[] } {
  const series = TERMS[lang].measure;
  const points: TrendPoint[] = years.flatMap((s) =>
    MEASURES.map((m) => ({
      periodKey: s.period.key,
      label: String(s.period.year),
      order: s.period.order,
      series: series[m],
      value: s.figures[m].rate,
    })),
  );
  const targets: TargetPoint[] = years.flatMap((s) =>
    MEASURES.flatMap((m) => {
      const t = s.target[m];
      return t ? [{ label: String(s.period.year), order: s.period.order, series: series[m], value: t.value }] : [];
    }),
  );
  return { points, targets };
}

/** " Các năm 2023–2024 là tổng số liệu của các đơn vị cũ …": which years of a trend are sums of predecessors. */
function summedNote(
  summed: readonly number[],
  cut: { label: string } | undefined,
  reform: string | undefined,
  lang: Lang,
): string {
  if (summed.length === 0) return '';
  const w = WORDS[lang];
  // Consecutive years read as a range; a year missing from the sums must not hide inside one.
  const contiguous = summed.every((y, i) => i === 0 || y === summed[i - 1]! + 1);
  const years =
    summed.length === 1
      ? w.oneYear(summed[0]!)
      : contiguous
        ? w.years(`${summed[0]}–${summed[summed.length - 1]}`)
        : w.years(summed.join(', '));
  const rule = cut && reform ? w.rule(cut.label, LOCALES[lang].date(reform)) : '';
  return w.summed(years, rule);
}

/**
 * Completion rates by full statistical year for one unit or the nation, with
 * the targets that applied. Monthly cumulative periods are left out: they
 * are not comparable with whole years. `reform` is the first day of a unit
 * formed by merger: its earlier years are sums of its predecessors, and a
 * rule marks the break. Alone in its column (not `beside` another chart) it
 * is drawn a second time for a desktop's full column, at the same text size.
 * Longer than 60 lines because the drawing, its sentence and its table are
 * made from the same rows and words in one place.
 */
export function trendChart(
  id: string,
  name: string,
  stats: readonly Stat[],
  opts: { reform?: string; beside?: boolean; lang?: Lang } = {},
): ChartView {
  const lang = opts.lang ?? 'vi';
  const { w, t, loc } = textOf(lang);
  const years = stats.filter((s) => s.period.months === 12).sort((a, b) => a.period.order - b.period.order);
  const { points, targets } = trendPoints(years, lang);
  const cut = reformBreak(years, opts.reform, lang);
  const caption = w.trendCaption(name);
  const summed = years.filter((s) => s.basis === 'sum_of_predecessors').map((s) => s.period.year);
  const basisNote = summedNote(summed, cut, opts.reform, lang);
  const summary =
    years.length === 0
      ? w.trendEmpty(name)
      : w.trendSummary(
          name,
          name === w.nation,
          movement(years, 'cases', lang),
          movement(years, 'money', lang),
          basisNote,
        );
  // A phone's drawing writes the reform's note shorter, without the month's day.
  const phoneCut =
    cut && opts.reform
      ? { ...cut, note: w.reformShort(Number(opts.reform.slice(5, 7)), opts.reform.slice(0, 4)) }
      : undefined;
  const draw = (width: number, idPrefix: string) => {
    const phone = width === CHART_PHONE_WIDTH;
    const mark = phone ? phoneCut : cut;
    return renderSvg(
      rateTrend(points, {
        targets,
        width,
        words: CHART_WORDS[lang],
        ...(mark ? { break: mark } : {}),
        // On a phone the reform's note takes the line above the plot that the axis label would share.
        ...(phone && mark ? {} : { yLabel: w.yLabel }),
      }),
      { title: caption, description: summary },
      { idPrefix },
    );
  };
  return {
    id,
    caption,
    summary,
    showTable: w.showTable,
    permalink: PERMALINK_LABEL[lang].chart,
    svg: years.length ? draw(CHART_PHONE_WIDTH, id) : '',
    ...(years.length && !opts.beside ? { svgWide: draw(CHART_WIDE_WIDTH, `${id}-rong`) } : {}),
    table: {
      caption: w.tableCaption(caption),
      // The basis column appears only where some years are sums, so it is never a column of one value.
      head: [...w.trendHead, ...(summed.length ? [w.basis] : [])],
      rowHeader: 0,
      rows: years.map((s) => [
        { text: String(s.period.year) },
        num(loc.percent(s.figures.cases.rate)),
        num(loc.percent(s.target.cases?.value)),
        num(loc.percent(s.figures.money.rate)),
        num(loc.percent(s.target.money?.value)),
        ...(summed.length ? [{ text: t.basis[s.basis] }] : []),
      ]),
    },
  };
}

/**
 * Units of one period ranked by one rate, optionally highlighting one of them.
 * Longer than 60 lines because the drawing, its sentence and its table are
 * made from the same ranked rows in one place.
 */
export function rankingChart(
  id: string,
  stats: readonly UnitStat[],
  measure: Measure,
  scope: string,
  opts: { highlight?: string; lang?: Lang } = {},
): ChartView {
  const lang = opts.lang ?? 'vi';
  const { w, t, loc } = textOf(lang);
  const m = t.measureInText[measure];
  const sorted = sortByRank(stats, measure);
  const period = stats[0] ? loc.periodInText(stats[0].period) : '';
  const caption = w.rankingCaption(scope, m, period);
  const best = sorted[0];
  const rated = sorted.filter((s) => s.rank[measure] !== null);
  const worst = rated[rated.length - 1];
  const rate = (s: UnitStat) => loc.percent(s.figures[measure].rate);
  const summary =
    rated.length === 1
      ? w.rankingOnly(best!.unit.name, rate(best!))
      : best && worst && best.rank[measure] !== null
        ? w.rankingRange(best.unit.name, rate(best), worst.unit.name, rate(worst), sorted.length, scope)
        : w.rankingNone(m);
  // Targets are set for the whole statistical year (model.ts gapOf): a part year is drawn without them.
  const months = stats[0]?.period.months ?? 12;
  const partYear = months < 12 && stats.some((s) => s.target[measure]) ? w.partYear(months) : '';
  // An office's label carries its area, short; the tooltip and the table carry it whole.
  const bars = sorted.map((s) => ({
    key: s.unit.slug,
    name: chartName(s.unit.name),
    ...(s.unit.area ? { detail: shortArea(s.unit.area) } : {}),
    fullName: s.unit.name,
    value: s.figures[measure].rate,
    // Each unit's own target, the one the ranking table's gap is measured against.
    target: months < 12 ? null : (s.target[measure]?.value ?? null),
    highlight: s.unit.slug === opts.highlight,
    ...(s.unit.area ? { title: withArea(s.unit.name, s.unit, lang) } : {}),
  }));
  const showArea = sorted.some((s) => s.unit.area);
  return {
    id,
    caption,
    summary: summary + partYear,
    showTable: w.showTable,
    permalink: PERMALINK_LABEL[lang].chart,
    svg: sorted.length
      ? renderSvg(
          rateRanking(bars, { measure, width: CHART_PHONE_WIDTH, words: CHART_WORDS[lang] }),
          { title: caption, description: summary + partYear },
          { idPrefix: id },
        )
      : '',
    table: {
      caption: w.tableCaption(caption),
      head: withAreaColumn(w.rankingHead(m), showArea, lang),
      rowHeader: 1,
      rows: sorted.map((s) => [
        num(s.rank[measure] === null ? DASH : String(s.rank[measure])),
        { text: s.unit.name },
        ...(showArea ? [{ text: s.unit.area ?? DASH }] : []),
        num(rate(s)),
      ]),
    },
  };
}

/** An office beside its province and the nation, for the same period. */
export function comparisonChart(
  id: string,
  members: { name: string; stat: Stat | undefined }[],
  lang: Lang = 'vi',
): ChartView {
  const { w, t, loc } = textOf(lang);
  const present = members.filter((m): m is { name: string; stat: Stat } => m.stat !== undefined);
  const period = present[0] ? loc.periodInText(present[0].stat.period) : '';
  const caption = w.comparisonCaption(period);
  const summary = present
    .map((m) =>
      w.comparisonItem(m.name, loc.percent(m.stat.figures.cases.rate), loc.percent(m.stat.figures.money.rate)),
    )
    .join('; ')
    .concat('.');
  const rows = MEASURES.flatMap((measure) =>
    present.map((m) => ({
      series: chartName(m.name),
      measure: t.measure[measure],
      value: m.stat.figures[measure].rate,
    })),
  );
  return {
    id,
    caption,
    summary,
    showTable: w.showTable,
    permalink: PERMALINK_LABEL[lang].chart,
    svg: present.length
      ? renderSvg(
          rateComparison(rows, { width: CHART_PHONE_WIDTH, words: CHART_WORDS[lang] }),
          { title: caption, description: summary },
          { idPrefix: id },
        )
      : '',
    table: {
      caption: w.tableCaption(caption),
      head: [...w.comparisonHead],
      rowHeader: 0,
      rows: present.map((m) => [
        { text: m.name },
        num(loc.percent(m.stat.figures.cases.rate)),
        num(loc.percent(m.stat.figures.money.rate)),
      ]),
    },
  };
}
