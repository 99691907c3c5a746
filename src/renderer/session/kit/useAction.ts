import { useCallback, useRef, useState } from 'react';
import type { SessionEvent } from '../../../core/session';
import type { SessionScreenProps } from '../types';

export type SubmitResult = { ok: true } | { ok: false; reason: string };

/**
 * Runs a screen's submissions: one at a time, with the pending state for a loading button and
 * the host's refusal kept as a readable message (never a blank screen or a silent failure).
 */
export function useAction(submit: SessionScreenProps['submit']) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const run = useCallback(
    async (event: SessionEvent, key: string = event.type): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      setPending(key);
      setError(null);
      try {
        const result: SubmitResult = await submit(event);
        if (!result.ok) setError(result.reason);
        return result.ok;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      } finally {
        busy.current = false;
        setPending(null);
      }
    },
    [submit],
  );

  return { run, pending, error, clearError: () => setError(null) };
}
