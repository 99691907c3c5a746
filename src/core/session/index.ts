/**
 * The session core's public API (docs/design.md §4.2). A session is a scenario, a configuration (seed,
 * seats) and an append-only log of accepted commands; everything else is derived by replay.
 */
export { createSession, applyCommand, replay, replayEntries, replayEntriesUntil, validateSessionConfig, type ApplyResult } from './session';
export { forkSession, roundOpeningEntry, ForkError, type ForkOptions, type ForkedSession, type ForkOrigin, type SeatHandover } from './fork';
export { allowedActions, isAllowed, type AllowedAction } from './allowed';
export { viewFor, publicScenario, confidentialRefs, seesEverything, OPENING_ROUND, type SessionView, type ScenarioView, type Viewer, type ViewerIdentity } from './view';
export * from './selectors';
export { sessionMachine, stateValueOf } from './machine';
export { EVENT_POLICY, PHASE_TITLES, ROUND_PHASES, SESSION_EVENT_TYPES, isRoundPhase, type RoundPhase } from './phases';
export { EVENT_LABELS, MEASURE_LABELS, PERPETRATOR_KIND_LABELS } from './labels';
export { rollCallOrder } from './ballots';
export * from './events';
export * from './state';
export * from '../shared/vocabulary';
export { type DelegatePolicy, type PolicyContext, move } from './delegate-policy';
export { baselinePolicy, mostHumanitarianCouncilMember } from './baseline-policy';
export { runSession, runConfig, runTimestamp, RUN_EPOCH, FACILITATOR_SEAT, ScriptError, type RunOptions, type RunResult, type PolicyRejection } from './driver';
export { loadSessionScript, validateSessionScript, sessionScriptSchema, EMPTY_SCRIPT, type SessionScript, type ScriptedMove } from './script';
export { commitmentRegistry, commitmentStatus, commitmentsOf, type Commitment, type CommitmentCheck, type CommitmentRecord, type CommitmentStatus } from './commitments';
export { offerWords, termInWords, termProblem } from './offer-terms';
