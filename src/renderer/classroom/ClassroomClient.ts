import type {
  ClassroomJoinResult,
  RequestPayload,
  RequestResult,
  RequestType,
} from '../../core/protocol';
import { nextRequestId } from '../client/base';
import { HostError } from '../client/HostClient';
import { REQUEST_TIMEOUT_MS, SocketClient } from '../client/ws-client';
import type { Credential } from './credential';

/** The host closed the connection on purpose (code revoked, replaced, too many wrong codes). */
const HOST_ENDED = (code: number) => code >= 4000 && code < 4100;

/** Requests that may be sent again after a reconnection without doing anything twice. */
const RESENDABLE: ReadonlySet<string> = new Set([
  'host.info',
  'scenario.get',
  'session.info',
  'session.subscribe',
  'session.allowed',
  'classroom.projector',
  'classroom.status',
]);

/** Why the host will not take this tab back (shown instead of reconnecting). */
export interface Ended {
  reason: string;
}

const SEQ_KEY = 'moot-council:classroom:seq';
const CLIENT_KEY = 'moot-council:classroom:client';

/**
 * A browser in the classroom: one WebSocket to the host that, on every (re)connection, first
 * shows this tab's code (`classroom.join`, or `classroom.auth` for the facilitator) and only
 * then sends anything else. Commands carry a replay nonce (this tab's id and a number kept in
 * sessionStorage), so a command sent just before the Wi-Fi dropped is sent again on reconnection
 * and applied once. When the host ends the connection on purpose (code revoked or used on
 * another device) the client stops and says why.
 */
export class ClassroomClient extends SocketClient {
  private credential: Credential | null = null;
  private joinedResult: ClassroomJoinResult | null = null;
  private endedState: Ended | null = null;
  private readonly joinListeners = new Set<() => void>();
  private readonly clientId: string;
  private seq: number;

  constructor(url: string) {
    super(url, { firstMs: 300, maxMs: 8_000 });
    this.current = 'disconnected';
    this.clientId = stored(CLIENT_KEY) ?? randomClientId();
    remember(CLIENT_KEY, this.clientId);
    this.seq = Number(stored(SEQ_KEY) ?? '0') || 0;
  }

  /** Connects (or reconnects) showing this code; resolves with the host's answer to it. */
  start(credential: Credential): Promise<ClassroomJoinResult | { role: 'facilitator' }> {
    this.credential = credential;
    this.endedState = null;
    this.closed = false;
    this.socket?.close();
    return new Promise((resolve, reject) => {
      const off = this.onJoin(() => {
        off();
        if (this.endedState) reject(new HostError('forbidden', this.endedState.reason));
        else resolve(this.joinedResult ?? { role: 'facilitator' });
      });
      this.connect();
    });
  }

  /** The seat (or projector) this tab holds, once the host has accepted its code. */
  joined(): ClassroomJoinResult | null {
    return this.joinedResult;
  }

  /** Set when the host ended this tab's connection on purpose; no reconnection follows. */
  ended(): Ended | null {
    return this.endedState;
  }

  /** Called after each handshake (accepted or refused) and when the host ends the connection. */
  onJoin(listener: () => void): () => void {
    this.joinListeners.add(listener);
    return () => this.joinListeners.delete(listener);
  }

  private notifyJoin(): void {
    for (const listener of [...this.joinListeners]) listener();
  }

  protected override connect(): void {
    if (!this.credential || this.closed) return;
    super.connect();
  }

  protected override stopsOn(event: CloseEvent): boolean {
    if (!HOST_ENDED(event.code)) return false;
    this.end(event.reason || 'The host ended this connection.');
    return true;
  }

  /** The handshake: nothing else is sent until the host has accepted this tab's code. */
  protected override opened(socket: WebSocket): void {
    const credential = this.credential!;
    const id = nextRequestId();
    const type = credential.kind === 'facilitator' ? 'classroom.auth' : 'classroom.join';
    const payload =
      credential.kind === 'facilitator' ? { token: credential.code } : { code: credential.code };
    const timer = setTimeout(() => socket.close(), REQUEST_TIMEOUT_MS);
    this.pending.set(id, {
      type,
      message: '',
      timer,
      resolve: (result) => {
        if (type === 'classroom.join') this.joinedResult = result as ClassroomJoinResult;
        // Requests waiting for the connection, and resendable ones that lost their answer.
        this.online(socket);
        this.notifyJoin();
      },
      reject: (error) => this.end(error.message),
    });
    socket.send(JSON.stringify({ id, type, payload }));
  }

  private end(reason: string): void {
    this.closed = true;
    this.endedState = { reason };
    this.socket?.close();
    this.rejectAll(reason);
    this.setStatus('disconnected');
    this.notifyJoin();
  }

  request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<RequestResult<T>> {
    const id = nextRequestId();
    let body: unknown = payload;
    let resendable = RESENDABLE.has(type);
    if (type === 'session.submit') {
      this.seq += 1;
      remember(SEQ_KEY, String(this.seq));
      body = { ...(payload as object), nonce: { client: this.clientId, seq: this.seq } };
      resendable = true;
    }
    if (this.endedState) return Promise.reject(new HostError('transport', this.endedState.reason));
    // Kept for resending after a reconnection only when that is harmless.
    return this.send(id, type, JSON.stringify({ id, type, payload: body }), resendable);
  }
}

function stored(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function remember(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // without storage, a reload starts a new client id (the host then sees a new tab)
  }
}

function randomClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
