export { type ComparisonRow, rateComparison } from './comparison';
export {
  ARCHIPELAGOS,
  classOf,
  hatchId,
  MAP_RAMPS,
  type MapArea,
  type MapClass,
  type MapShapes,
  mapClasses,
  NO_DATA,
  type RateMapOptions,
  rateMap,
} from './map';
export * as palette from './palette';
export { CHART_WIDE_WIDTH, CHART_WIDTH } from './palette';
export { type RankingBar, type RankingOptions, rateRanking } from './ranking';
export { CHART_CLASS, type ChartA11y, type RenderOptions, renderSvg } from './render';
export { rateTrend, type TargetPoint, type TrendOptions, type TrendPoint } from './trend';
export { CHART_WORDS, type ChartWords, MEASURE_SERIES } from './words';
