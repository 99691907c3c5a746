import type { Scenario } from '../scenario/schema';
import type { AllowedAction } from './allowed';
import type { AiExplanation, Command, Seat, SessionEvent } from './events';
import type { SessionState } from './state';
import type { SessionView } from './view';

/**
 * What a delegate policy is told when it is its seat's turn. A fair delegate reasons from `view`
 * (what its seat may see); `state` is there for trusted tools (e.g. a baseline that reads the
 * public record faster). `seed` is the session's seed, for the delegate's own seeded randomness.
 */
export interface PolicyContext {
  scenario: Scenario;
  state: SessionState;
  view: SessionView;
  seat: Seat;
  /** The state the seat represents. */
  code: string;
  seed: number;
  allowed: AllowedAction[];
  /** The timestamp the driver gives the commands returned (the driver stamps them anyway). */
  at: string;
}

/**
 * A policy's context whose `view` is computed only if the policy reads it, and then once: building
 * a seat's view walks the record, and the AI delegates read the state through their own rules of
 * what a seat could see (docs/ai.md), so a pass over many AI seats builds none. A policy that
 * reads `view` still gets exactly its seat's view and nothing more.
 */
export function policyContext(fields: Omit<PolicyContext, 'view'>, view: () => SessionView): PolicyContext {
  let seen: SessionView | undefined;
  return {
    ...fields,
    get view() {
      seen ??= view();
      return seen;
    },
  };
}

/**
 * Plays one seat: the commands it wants to send now, in order (possibly none). The driver asks
 * again after other seats have moved, so a policy must not repeat a move it has already made:
 * it returns [] once it has nothing more to do in the phase.
 */
export type DelegatePolicy = (ctx: PolicyContext) => Command[];

/** A command of the policy's seat. */
export function move(ctx: PolicyContext, event: SessionEvent, ai?: AiExplanation): Command {
  return { by: ctx.seat.id, at: ctx.at, event, ...(ai ? { ai } : {}) };
}
