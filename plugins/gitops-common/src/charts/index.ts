export type { ChartFacts, ChartObjectName, ChartUndecided, RenderContext } from './types';
export { chartFullname, chartHttpService, chartServiceAccount } from './chartNames';
export { applyChartFacts } from './applyChartFacts';
export { chartsToRead } from './chartsToRead';
