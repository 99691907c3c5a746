import { createContext, useContext } from 'react';
import type { NavItem } from './types';

export interface SessionNav {
  /** The nav item on screen now. */
  current: NavItem;
  /** Shows another screen; with `seq`, the Timeline scrolls to `#timeline-<seq>` and highlights it. */
  goTo: (item: NavItem, options?: { seq?: number }) => void;
  /** The href of a session screen (hash route), e.g. for links; with `seq` for a timeline entry. */
  hrefFor: (item: NavItem, options?: { seq?: number }) => string;
}

export const SessionNavContext = createContext<SessionNav | null>(null);

/** Navigation between session screens (throws outside the session shell). */
export function useSessionNav(): SessionNav {
  const nav = useContext(SessionNavContext);
  if (!nav) throw new Error('useSessionNav outside the session shell');
  return nav;
}

/** The element id of a timeline entry, so other screens can point at evidence events. */
export function timelineAnchor(seq: number): string {
  return `timeline-${seq}`;
}
