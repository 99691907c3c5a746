import { useCallback, useEffect, useRef, useState } from 'react';
import { sessionTopic, type SessionMeta, type SessionUpdate } from '../../core/protocol';
import type { SessionEvent } from '../../core/session';
import { HostError } from '../client/HostClient';
import { useConnectionStatus, useHostClient } from '../client/context';

export type SubmitResult = { ok: true } | { ok: false; reason: string };

export interface SessionHandle {
  status: 'loading' | 'ready' | 'handover' | 'error';
  meta: SessionMeta | null;
  update: SessionUpdate | null;
  error: HostError | null;
  seatId: string | null;
  /** Hot-seat: the device is being passed from one seat to another; nothing confidential is shown. */
  handover: { from: string | null; to: string } | null;
  /** Difference between the host's clock and this machine's (ms), for the countdown. */
  clockOffset: number;
  chooseSeat: (seatId: string) => void;
  confirmHandover: () => void;
  cancelHandover: () => void;
  submit: (seatId: string, event: SessionEvent, actingFor?: string) => Promise<SubmitResult>;
  /** Gives the facilitator's PIN; on success the facilitator's seat opens (null), else the host's refusal. */
  unlockFacilitator: (pin: string) => Promise<string | null>;
  /** Locks the facilitator's seat again and goes back to a delegation's seat. */
  lockFacilitator: () => void;
  reload: () => void;
}

const FACILITATOR = 'facilitator';
const seatKey = (sessionId: string) => `moot-council:seat:${sessionId}`;

/** The seat this tab last chose in a session (for the export's default perspective), if any. */
export function storedSeat(sessionId: string): string | null {
  try {
    return sessionStorage.getItem(seatKey(sessionId));
  } catch {
    return null;
  }
}

function asHostError(error: unknown): HostError {
  return error instanceof HostError ? error : new HostError('internal', String((error as Error)?.message ?? error));
}

/** The seat a connection starts on: the one it had, else its first human seat, else the facilitator. */
export function defaultSeat(meta: SessionMeta, stored: string | null): string | null {
  if (stored && meta.localSeats.includes(stored)) return stored;
  const human = meta.seats.find((s) => s.kind === 'human' && meta.localSeats.includes(s.id));
  return human?.id ?? meta.localSeats[0] ?? null;
}

/**
 * One open session as this connection sees it: the host's meta, the current seat's view
 * (pushed on every change), seat switching (through a "pass the device" handover in hot-seat
 * mode, so one seat's confidential material is gone before the next seat looks) and submit.
 */
export function useSession(sessionId: string): SessionHandle {
  const client = useHostClient();
  const connection = useConnectionStatus();
  const [meta, setMeta] = useState<SessionMeta | null>(null);
  const [update, setUpdate] = useState<SessionUpdate | null>(null);
  const [error, setError] = useState<HostError | null>(null);
  const [seatId, setSeatId] = useState<string | null>(null);
  const [handover, setHandover] = useState<{ from: string | null; to: string } | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const [generation, setGeneration] = useState(0);
  const seatRef = useRef<string | null>(null);
  const wasDisconnected = useRef(false);

  const accept = useCallback((next: SessionUpdate) => {
    if (next.seatId !== seatRef.current) return;
    setUpdate(next);
    setMeta(next.meta);
    setClockOffset(Date.parse(next.now) - Date.now());
  }, []);

  const subscribe = useCallback(
    async (seat: string) => {
      seatRef.current = seat;
      setSeatId(seat);
      try {
        sessionStorage.setItem(seatKey(sessionId), seat);
      } catch {
        // storage may be unavailable; the seat is then chosen again on reload
      }
      try {
        accept(await client.request('session.subscribe', { sessionId, seatId: seat }));
        setError(null);
      } catch (e) {
        setError(asHostError(e));
      }
    },
    [client, sessionId, accept],
  );

  // Load the session's meta, then subscribe the chosen seat.
  useEffect(() => {
    let cancelled = false;
    setError(null);
    setUpdate(null);
    void (async () => {
      try {
        const info = await client.request('session.info', { sessionId });
        if (cancelled) return;
        setMeta(info);
        let stored: string | null = null;
        try {
          stored = sessionStorage.getItem(seatKey(sessionId));
        } catch {
          stored = null;
        }
        const seat = defaultSeat(info, seatRef.current ?? stored);
        if (!seat && info.facilitatorAccess === 'locked') {
          // Only the facilitator's seat, behind its PIN: ask for it first.
          setHandover({ from: null, to: FACILITATOR });
          return;
        }
        if (!seat) {
          setError(new HostError('invalid', 'This connection holds no seat in the session.'));
          return;
        }
        await subscribe(seat);
      } catch (e) {
        if (!cancelled) setError(asHostError(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, sessionId, subscribe, generation]);

  // Pushes for this session and seat.
  useEffect(
    () =>
      client.onPush((push) => {
        if (push.type !== 'update' || push.topic !== sessionTopic(sessionId)) return;
        accept(push.payload as SessionUpdate);
      }),
    [client, sessionId, accept],
  );

  // After a reconnection the host has forgotten the subscription: subscribe again.
  useEffect(() => {
    if (connection === 'disconnected') wasDisconnected.current = true;
    if (connection === 'connected' && wasDisconnected.current && seatRef.current) {
      wasDisconnected.current = false;
      void subscribe(seatRef.current);
    }
  }, [connection, subscribe]);

  // Leaving the session screen ends the subscription.
  useEffect(
    () => () => {
      void client.request('session.unsubscribe', { sessionId }).catch(() => undefined);
    },
    [client, sessionId],
  );

  const chooseSeat = useCallback(
    (next: string) => {
      if (next === seatRef.current) return;
      // Leaving the facilitator's seat locks it at once: nobody goes "back" to it without the PIN.
      const leavingUnlocked = seatRef.current === FACILITATOR && meta?.facilitatorAccess === 'unlocked';
      if (leavingUnlocked) {
        void client
          .request('session.lockFacilitator', { sessionId })
          .then(setMeta)
          .catch(() => undefined);
      }
      // The facilitator's seat behind a PIN, or hot-seat: the screen is passed to someone else.
      if (meta?.mode === 'hotseat' || (next === FACILITATOR && meta?.facilitatorAccess === 'locked')) {
        // Hide the previous seat's material at once: nothing of it stays on screen.
        seatRef.current = null;
        setUpdate(null);
        setHandover({ from: leavingUnlocked ? null : seatId, to: next });
        void client.request('session.unsubscribe', { sessionId }).catch(() => undefined);
        return;
      }
      setUpdate(null);
      void subscribe(next);
    },
    [client, meta, seatId, sessionId, subscribe],
  );

  const confirmHandover = useCallback(() => {
    if (!handover) return;
    const to = handover.to;
    setHandover(null);
    void subscribe(to);
  }, [handover, subscribe]);

  const cancelHandover = useCallback(() => {
    if (!handover) return;
    const back = handover.from;
    setHandover(null);
    if (back) void subscribe(back);
  }, [handover, subscribe]);

  const submit = useCallback(
    async (seat: string, event: SessionEvent, actingFor?: string): Promise<SubmitResult> => {
      try {
        const result = await client.request('session.submit', {
          sessionId,
          seatId: seat,
          event,
          ...(actingFor ? { actingFor } : {}),
        });
        return result.ok ? { ok: true } : { ok: false, reason: result.reason };
      } catch (e) {
        return { ok: false, reason: asHostError(e).message };
      }
    },
    [client, sessionId],
  );

  const unlockFacilitator = useCallback(
    async (pin: string): Promise<string | null> => {
      try {
        setMeta(await client.request('session.unlockFacilitator', { sessionId, pin }));
      } catch (e) {
        return asHostError(e).message;
      }
      setHandover(null);
      await subscribe(FACILITATOR);
      return null;
    },
    [client, sessionId, subscribe],
  );

  const lockFacilitator = useCallback(() => {
    seatRef.current = null;
    setUpdate(null);
    void (async () => {
      let locked: SessionMeta;
      try {
        locked = await client.request('session.lockFacilitator', { sessionId });
      } catch (e) {
        setError(asHostError(e));
        return;
      }
      setMeta(locked);
      const next = defaultSeat(locked, null);
      if (!next || next === FACILITATOR) setHandover({ from: null, to: FACILITATOR });
      // Hot-seat: the screen goes to a delegate, through the handover.
      else if (locked.mode === 'hotseat') setHandover({ from: null, to: next });
      else await subscribe(next);
    })();
  }, [client, sessionId, subscribe]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const status: SessionHandle['status'] = handover
    ? 'handover'
    : error && !update
      ? 'error'
      : update
        ? 'ready'
        : 'loading';
  return { status, meta, update, error, seatId, handover, clockOffset, chooseSeat, confirmHandover, cancelHandover, submit, unlockFacilitator, lockFacilitator, reload };
}
