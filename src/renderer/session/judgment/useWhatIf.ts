import { useContext, useEffect, useMemo, useState } from 'react';
import type { SessionView } from '../../../core/session';
import { useHostClient } from '../../client/context';
import { whatIfOnView, type LawResult, type StateWhatIf } from '../law';
import { SessionShellContext } from '../shell-context';

export type WhatIfState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; search: StateWhatIf | null } | { status: 'error'; reason: string };

/**
 * What would have changed the findings against one state, asked for when the reader opens it:
 * from the host (`session.whatIf`, which answers a seat about its own state only), or judged on
 * the view without a host session (the screen harness), as useJudgment does.
 */
export function useWhatIf(view: SessionView, seatId: string, state: string, wanted: boolean): WhatIfState {
  const shell = useContext(SessionShellContext);
  const client = useHostClient();
  const lastSeq = view.state.log.at(-1)?.seq ?? 0;
  const local = useMemo<LawResult<StateWhatIf> | null>(() => (wanted && !shell ? whatIfOnView(view, state) : null), [wanted, shell, view, state]);
  const [remote, setRemote] = useState<WhatIfState>({ status: 'loading' });
  const sessionId = shell?.meta.sessionId ?? null;

  useEffect(() => {
    if (!wanted || sessionId === null) return;
    let cancelled = false;
    setRemote({ status: 'loading' });
    client.request('session.whatIf', { sessionId, seatId, state }).then(
      (searches) => !cancelled && setRemote({ status: 'ready', search: searches[0] ?? null }),
      (error: unknown) => !cancelled && setRemote({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, sessionId, seatId, state, wanted, lastSeq]);

  if (!wanted) return { status: 'idle' };
  if (local) return local.ok ? { status: 'ready', search: local.value } : { status: 'error', reason: local.reason };
  return remote;
}
