import { commitmentRegistry, type CommitmentRecord } from '../session/commitments';
import type { SessionState } from '../session/state';
import { TRUST_FLOOR, TRUST_LOSS_PER_BROKEN_COMMITMENT } from './decision-weights';

/**
 * A delegation's trust in another state's word (docs/ai.md, "Trust"): it falls with each
 * commitment that state made to it and the record shows broken. A promise to refrain from conduct
 * is left out until the debrief: another state's national conduct is not known to it before then.
 */

/** Commitments `other` made to `code` that the record shows broken, as `code` can know them. */
export function brokenTo(state: SessionState, other: string, code: string): CommitmentRecord[] {
  return commitmentRegistry(state).filter((c) => c.by === other && c.to === code && c.status === 'broken' && (c.term.kind !== 'refrain' || state.ended));
}

export function trustIn(state: SessionState, other: string, code: string): { trust: number; broken: CommitmentRecord[] } {
  const broken = brokenTo(state, other, code);
  return { trust: Math.max(TRUST_FLOOR, 1 - TRUST_LOSS_PER_BROKEN_COMMITMENT * broken.length), broken };
}
