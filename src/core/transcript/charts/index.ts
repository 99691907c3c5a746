export { exposureChartSvg } from './exposure';
export {
  voteMatrixSvg,
  voteMatrixData,
  ballotShortLabel,
  type VoteMatrixOptions,
  type VoteMatrixData,
  type VoteMatrixRow,
  type VoteMatrixColumn,
  type VoteMatrixCell,
} from './vote-matrix';
export {
  assemblyMapSvg,
  assemblyMapData,
  type AssemblyMapData,
  type AssemblyMapCountry,
  worldDefsSvg,
  worldFeatures,
  type WorldTopology,
  type WorldFeatures,
  type AssemblyMapOptions,
} from './world-map';
export { timelineSvg, PHASE_COLOURS, EVIDENCE_COLOURS, MARKER_STYLE } from './timeline';
export { VOTE_STYLE, BAND_STYLE } from './svg';
export { alpha3OfNumeric, ISO_NUMERIC_TO_ALPHA3 } from './iso-numeric';
