export { exposureChartSvg } from './exposure';
export { voteMatrixSvg, ballotShortLabel, type VoteMatrixOptions } from './vote-matrix';
export {
  assemblyMapSvg,
  worldDefsSvg,
  worldFeatures,
  type WorldTopology,
  type WorldFeatures,
  type AssemblyMapOptions,
} from './world-map';
export { timelineSvg } from './timeline';
export { alpha3OfNumeric, ISO_NUMERIC_TO_ALPHA3 } from './iso-numeric';
