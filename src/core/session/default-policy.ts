import { aiDelegatePolicy } from '../ai/policy';
import type { DelegatePolicy } from './policy';

/**
 * The policy that plays unscripted seats in `moot-council run`: the AI delegates (src/core/ai,
 * docs/ai.md). The plain baseline stays available as `baselinePolicy` (./baseline-policy).
 */
export const defaultDelegatePolicy: DelegatePolicy = aiDelegatePolicy;
