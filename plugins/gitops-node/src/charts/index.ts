export { ChartReader, DEFAULT_CHART_LIMITS } from './ChartReader';
export { deriveChartFacts } from './deriveChartFacts';
export { unpackChart } from './unpackChart';
export { HELM_CHART_LAYER } from './ociRegistry';
export type { ChartFiles, ChartLocation, ReadLimits } from './types';
