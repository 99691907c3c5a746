/**
 * AI delegates for solo practice (docs/design.md §4.2; docs/ai.md): seeded, deterministic, explainable.
 */
export { aiDelegatePolicy, aiMoves, aiSeatMove, nextAiMove, planMoves, type CheckedMoves, type RefusedMove } from './ai-delegate';
export { delegationProfile, type DelegationProfile, type Interest, type Provenance } from './profile';
export { judgeDraft, measureValue, type DraftJudgement, type Factor, type MeasureValue } from './assessment';
export { agreementValue, counterProposal } from './d2r';
export { defencesSupported } from './memorial';
export { DIFFICULTY, type Difficulty } from './decision-weights';
export type { PlannedMove } from './decision-context';
export { everyMemberConfig, selfPlay, type SelfPlayOptions, type SelfPlayResult } from './self-play';
