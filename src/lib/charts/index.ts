export { renderSvg, CHART_CLASS, type ChartA11y, type RenderOptions } from './render';
export { rateTrend, type TrendPoint, type TargetPoint, type TrendOptions } from './trend';
export { rateRanking, type RankingBar, type RankingOptions } from './ranking';
export { rateComparison, type ComparisonRow } from './comparison';
export * as palette from './palette';
