import { useCallback, useEffect, useState } from 'react';
import { classroomTopic, type ClassroomStatus } from '../../core/protocol';
import { HostError } from '../client/HostClient';
import { useConnectionStatus, useHostClient } from '../client/context';

export interface ClassroomHandle {
  status: ClassroomStatus | null;
  error: string | null;
  busy: string | null;
  /** Runs a classroom request that answers with the room's status (open, issue, revoke…). */
  act: (
    key: string,
    request: () => Promise<ClassroomStatus | Record<string, never>>,
  ) => Promise<void>;
  clearError: () => void;
}

/**
 * The room as the facilitator sees it: pushed by the host on every change (who connected, who
 * acted, codes issued or revoked). Null for a connection that may not watch (a student's).
 */
export function useClassroom(sessionId: string | null): ClassroomHandle {
  const client = useHostClient();
  const connection = useConnectionStatus();
  const [status, setStatus] = useState<ClassroomStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    if (!sessionId || connection !== 'connected') return;
    let cancelled = false;
    client.request('classroom.status', { sessionId, watch: true }).then(
      (s) => !cancelled && setStatus(s),
      () => !cancelled && setStatus(null),
    );
    const off = client.onPush((push) => {
      if (push.type === 'update' && push.topic === classroomTopic(sessionId)) {
        setStatus(push.payload as ClassroomStatus);
      }
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [client, sessionId, connection]);

  const act = useCallback<ClassroomHandle['act']>(async (key, request) => {
    setBusy(key);
    setError(null);
    try {
      const result = await request();
      if ('sessionId' in result) setStatus(result as ClassroomStatus);
    } catch (e) {
      setError(e instanceof HostError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }, []);

  return { status, error, busy, act, clearError: () => setError(null) };
}

/** Seats with a connected student, for the console's seat grid (undefined when unknown). */
export function connectedSeatsOf(status: ClassroomStatus | null): string[] | undefined {
  return status ? status.seats.filter((s) => s.connected).map((s) => s.seatId) : undefined;
}

/** The join page, with a seat's code in the fragment (never sent to the server) when given. */
export function joinLink(base: string, code?: string | null): string {
  return `${base}#/join${code ? `/${code}` : ''}`;
}

export function projectorLink(base: string, code: string): string {
  return `${base}#/projector/${code}`;
}
