import { createContext, useContext } from 'react';
import type { SessionMeta } from '../../core/protocol';
import type { SessionEvent } from '../../core/session';
import type { SubmitResult } from './useSession';

/**
 * What the session shell offers beyond SessionScreenProps, for the few screens that need it
 * (the facilitator console acting for an absent seat, file actions): the host's meta for the
 * session and a submit that names the seat and, optionally, the seat acted for.
 */
export interface SessionShell {
  meta: SessionMeta;
  /** Seats this connection may act as (the host's decision). */
  localSeats: string[];
  submitAs: (seatId: string, event: SessionEvent, actingFor?: string) => Promise<SubmitResult>;
  /** The host's clock now (ISO), for countdowns. */
  now: () => string;
}

export const SessionShellContext = createContext<SessionShell | null>(null);

export function useSessionShell(): SessionShell {
  const shell = useContext(SessionShellContext);
  if (!shell) throw new Error('useSessionShell outside the session shell');
  return shell;
}
