import type {
  ClassroomJoinResult,
  RequestPayload,
  RequestResult,
  RequestType,
} from '../../core/protocol';
import { BaseClient, nextRequestId, unwrapReply } from '../client/base';
import { HostError } from '../client/HostClient';
import { PatchedTopics, RESYNC, withPatches } from '../client/patches';
import type { Credential } from './credential';

const REQUEST_TIMEOUT_MS = 15_000;
const MAX_RECONNECT_DELAY_MS = 8_000;
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

interface Pending {
  type: RequestType;
  message: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

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
export class ClassroomClient extends BaseClient {
  readonly transport = 'websocket' as const;
  private socket: WebSocket | undefined;
  private readonly pending = new Map<string, Pending>();
  /** Sent once the handshake has succeeded (in order). */
  private readonly queue: string[] = [];
  /** Session views arrive as patches after the first (see ../client/patches.ts). */
  private readonly patches = new PatchedTopics();
  private retries = 0;
  private closed = false;
  private ready = false;
  private credential: Credential | null = null;
  private joinedResult: ClassroomJoinResult | null = null;
  private endedState: Ended | null = null;
  private readonly joinListeners = new Set<() => void>();
  private readonly clientId: string;
  private seq: number;

  constructor(private readonly url: string) {
    super();
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

  private connect(): void {
    if (!this.credential || this.closed) return;
    this.ready = false;
    this.setStatus('connecting');
    this.patches.reset();
    const socket = new WebSocket(withPatches(this.url));
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (socket !== this.socket) return;
      this.retries = 0;
      this.handshake(socket);
    });
    socket.addEventListener('message', (event) => {
      if (socket === this.socket) this.receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (socket !== this.socket) return;
      this.ready = false;
      this.setStatus('disconnected');
      if (HOST_ENDED(event.code)) {
        this.end(event.reason || 'The host ended this connection.');
        return;
      }
      if (this.closed) return;
      const delay = Math.min(MAX_RECONNECT_DELAY_MS, 300 * 2 ** this.retries);
      this.retries += 1;
      setTimeout(() => this.connect(), delay);
    });
  }

  private handshake(socket: WebSocket): void {
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
        this.ready = true;
        this.setStatus('connected');
        // Requests waiting for the connection, and resendable ones that lost their answer.
        for (const pending of this.pending.values())
          if (pending.message) socket.send(pending.message);
        for (const message of this.queue.splice(0)) socket.send(message);
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
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new HostError('transport', reason));
      this.pending.delete(id);
    }
    this.setStatus('disconnected');
    this.notifyJoin();
  }

  private receive(data: unknown): void {
    let message: unknown;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const id = (message as { id?: unknown }).id;
    if (typeof id === 'string' && 'ok' in message) {
      const pending = this.pending.get(id);
      if (!pending) return;
      this.pending.delete(id);
      clearTimeout(pending.timer);
      try {
        pending.resolve(unwrapReply(pending.type, message));
      } catch (error) {
        pending.reject(error as Error);
      }
      return;
    }
    const push = this.patches.accept(message);
    // A patch that does not fit: start a new connection (it begins with whole views).
    if (push === RESYNC) this.socket?.close();
    else this.emitPush(push);
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
    const message = JSON.stringify({ id, type, payload: body });
    return new Promise<RequestResult<T>>((resolve, reject) => {
      if (this.endedState) {
        reject(new HostError('transport', this.endedState.reason));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new HostError(
            'timeout',
            `the host did not answer ${type} within ${REQUEST_TIMEOUT_MS / 1000} s`,
          ),
        );
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, {
        type,
        // Kept for resending after a reconnection only when that is harmless.
        message: resendable ? message : '',
        resolve: resolve as (value: unknown) => void,
        reject,
        timer,
      });
      if (this.ready && this.socket?.readyState === WebSocket.OPEN) this.socket.send(message);
      else if (!resendable) this.queue.push(message);
    });
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new HostError('transport', 'connection closed'));
      this.pending.delete(id);
    }
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
