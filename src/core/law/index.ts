/**
 * The law engine (docs/design.md §1, §4.2, §5.2): facts from the record -> duties -> findings -> defences ->
 * exposure report. Pure TypeScript. Documented for instructors in docs/law.md.
 */
export { adjudicate, adjudicateFacts, bandOf, exposureOf, renderJudgmentMarkdown } from './report';
export { judgmentFor } from './for-viewer';
export { whatIfFor } from './what-if-viewer';
export { applyEdits, whatIfForState, whatIfReport, WHAT_IF_SEARCH, YOU } from './what-if';
export type { DecisiveRule, FindingWhatIf, RecordEdit, StateWhatIf, WhatIfChange, WhatIfOutcome } from './what-if';
export { renderWhatIfMarkdown } from './what-if-markdown';
export { redactTrace, CONFIDENTIAL_ENTRY, CONFIDENTIAL_FACT } from './confidential';
export type { AdjudicateOptions, ExposureReport, Finding, FindingDefence, StateExposure } from './report';
export { completeFacts, factsFromRecord } from './facts';
export { factsInputFromRecord } from './record-input';
export type { RecordFacts, StateFacts } from './facts';
export type { FactsInput, StateRecordInput } from './record-input';
export { legalRiskPreview, suggestDefences } from './preview';
export type { ProposedConduct, RiskNote, DefenceSuggestion } from './preview';
export { DEFENCES, DEFENCE_ARGUMENTS } from './defences';
export type { DefenceRuling } from './defences';
export { DUTIES, DUTY_BY_ID } from './duties';
export { PARAMETERS, parameterTable } from './parameters';
export { CITE, SOURCE, shortCitation } from './authorities';
export { ConflictingExceptionsError } from './rule-evaluation';
export { renderReasoning, traceRules } from './trace';
export { DUTY_IDS } from './types';
export type { Citation, DutyId, EvidenceRef, NormativeStatus, TraceNode, Truth } from './types';
export { compareJudgments } from './judgment-comparison';
export { renderComparisonMarkdown } from './judgment-comparison-markdown';
export type { ExposureComparison, ExposureSide, FindingComparison, FindingSide, JudgmentComparison } from './judgment-comparison';
