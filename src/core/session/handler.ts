import type { SessionEventType } from './events';
import type { Act, Actor, SessionContext } from './context';
import type { SessionState } from './state';

/**
 * The rules and effect of one event type. `check` returns the reason a command is rejected
 * (null when it is in order); `available` answers the coarser question the UI and the AI ask
 * before composing a command ("could this delegation do this at all now?"); `apply` derives the
 * next state. The phase and sender rules of phases.ts are checked before any of them.
 *
 * `apply` is required: an event whose whole effect is its entry in the record and the machine's
 * change of phase says so with `recordOnly`.
 */
export interface EventHandler<T extends SessionEventType> {
  check?: (ctx: SessionContext, act: Act<T>) => string | null;
  available?: (ctx: SessionContext, actor: Actor) => string | null;
  apply: (ctx: SessionContext, act: Act<T>) => SessionState;
}

/** Handlers for some event types (one file per concept); command-rules.ts joins them into a total map. */
export type EventHandlers<T extends SessionEventType = SessionEventType> = { [K in T]: EventHandler<K> };

/** The effect of an event that changes nothing but the record (and, through the machine, the phase). */
export function recordOnly({ session }: SessionContext): SessionState {
  return session;
}
