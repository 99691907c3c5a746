import { useContext, useEffect, useMemo, useState } from 'react';
import type { SessionView } from '../../../core/session';
import { useHostClient } from '../../client/context';
import { judgmentReport, type ExposureReport, type LawResult } from '../law';
import { SessionShellContext } from '../shell-context';

export type JudgmentState = { status: 'loading' } | { status: 'ready'; report: ExposureReport; source: 'host' | 'view' } | { status: 'error'; reason: string };

/**
 * The judgment to show. The host judges the whole record (`session.report`), so every seat reads
 * the same judgment; a seat's own view lacks other states' intelligence. Without a host session
 * (the screen harness) the view itself is judged, which is exact for the facilitator.
 */
export function useJudgment(view: SessionView, seatId: string, wanted: boolean): JudgmentState {
  const shell = useContext(SessionShellContext);
  const client = useHostClient();
  const lastSeq = view.state.log.at(-1)?.seq ?? 0;
  const local = useMemo<LawResult<ExposureReport> | null>(() => (wanted && !shell ? judgmentReport(view) : null), [wanted, shell, view]);
  const [remote, setRemote] = useState<JudgmentState>({ status: 'loading' });
  const sessionId = shell?.meta.sessionId ?? null;

  useEffect(() => {
    if (!wanted || sessionId === null) return;
    let cancelled = false;
    client.request('session.report', { sessionId, seatId }).then(
      (report) => !cancelled && setRemote({ status: 'ready', report, source: 'host' }),
      (error: unknown) => !cancelled && setRemote({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, sessionId, seatId, wanted, lastSeq, view.state.phase]);

  if (!wanted) return { status: 'loading' };
  if (local) return local.ok ? { status: 'ready', report: local.value, source: 'view' } : { status: 'error', reason: local.reason };
  return remote;
}
