import { baselinePolicy } from './baseline-policy';
import type { DelegatePolicy } from './policy';

/**
 * The policy that plays unscripted seats in `moot-council run`. The baseline until the AI
 * delegates (src/core/ai) land; they replace it here, through the same DelegatePolicy interface.
 */
export const defaultDelegatePolicy: DelegatePolicy = baselinePolicy;
