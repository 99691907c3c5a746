import { useEffect, useRef, useState } from 'react';
import type { Ballot } from '../../../core/session';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * A show of hands, member by member: votes that arrive while the screen is watching are revealed
 * one at a time, in `order` (default: the order they were cast). A ballot already there when the
 * screen opened is shown at once. Returns the members revealed so far and whether all are.
 */
export function useReveal(ballot: Ballot | undefined, order?: readonly string[], stepMs = 110) {
  const keys = ballot ? (order ?? Object.keys(ballot.votes)).filter((k) => ballot.votes[k] !== undefined) : [];
  const total = keys.length;
  const mounted = useRef(false);
  const [seen, setSeen] = useState<{ id: string | undefined; count: number }>({ id: ballot?.id, count: total });
  let current = seen;
  if (ballot?.id !== seen.id) {
    current = { id: ballot?.id, count: mounted.current && !prefersReducedMotion() ? 0 : total };
    setSeen(current);
  }
  useEffect(() => {
    mounted.current = true;
  }, []);
  useEffect(() => {
    if (current.count >= total) return;
    if (prefersReducedMotion()) {
      setSeen((s) => ({ ...s, count: total }));
      return;
    }
    const timer = setTimeout(() => setSeen((s) => ({ ...s, count: Math.min(total, s.count + 1) })), stepMs);
    return () => clearTimeout(timer);
  }, [current.count, total, stepMs]);
  const shown = Math.min(current.count, total);
  return { revealed: new Set(keys.slice(0, shown)), done: shown >= total, shown, total };
}
