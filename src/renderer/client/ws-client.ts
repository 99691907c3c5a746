import type { RequestPayload, RequestResult, RequestType } from '../../core/protocol';
import { BaseClient, nextRequestId, unwrapReply } from './base';
import { HostError } from './HostClient';
import { PatchedTopics, RESYNC, withPatches } from './patches';

interface Pending {
  type: RequestType;
  /** Sent again after a reconnection when not empty (only where that is harmless). */
  message: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Requests that do long work on the host get longer: an export may typeset a PDF of the whole
 * record in Chromium, which takes seconds on an idle machine and much more on a busy one.
 */
export const SLOW_REQUEST_TIMEOUT_MS: Partial<Record<RequestType, number>> = { 'session.export': 180_000 };

export function requestTimeoutMs(type: RequestType): number {
  return SLOW_REQUEST_TIMEOUT_MS[type] ?? REQUEST_TIMEOUT_MS;
}

/** The host's WebSocket on the page's own origin: `ws(s)://<host>/ws`. */
export function sameOriginSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/** Reconnection back-off: the first delay, doubled each failed try up to the most. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/**
 * The plumbing of a WebSocket to the host: requests matched to replies by id (with a timeout),
 * session views taken as patches, messages held while not ready, and reconnection with
 * back-off. Subclasses say what happens once a socket opens ({@link opened}) and whether a
 * close ends the client for good ({@link stopsOn}).
 */
export abstract class SocketClient extends BaseClient {
  readonly transport = 'websocket' as const;
  protected socket: WebSocket | undefined;
  protected readonly pending = new Map<string, Pending>();
  /** Messages sent once the connection is ready (in order). */
  protected readonly queue: string[] = [];
  /** Session views arrive as patches after the first (see ./patches.ts). */
  private readonly patches = new PatchedTopics();
  private retries = 0;
  protected closed = false;
  /** Whether requests may go out on the socket now. */
  protected ready = false;

  protected constructor(
    private readonly url: string,
    private readonly backoff: Backoff,
  ) {
    super();
  }

  protected connect(): void {
    this.ready = false;
    this.setStatus('connecting');
    this.patches.reset();
    const socket = new WebSocket(withPatches(this.url));
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (socket !== this.socket) return;
      this.retries = 0;
      this.opened(socket);
    });
    socket.addEventListener('message', (event) => {
      if (socket === this.socket) this.receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (socket !== this.socket) return;
      this.ready = false;
      this.setStatus('disconnected');
      if (this.stopsOn(event) || this.closed) return;
      const delay = Math.min(this.backoff.maxMs, this.backoff.firstMs * 2 ** this.retries);
      this.retries += 1;
      setTimeout(() => this.connect(), delay);
    });
  }

  /** The socket has opened; by default the connection is ready at once. */
  protected opened(socket: WebSocket): void {
    this.online(socket);
  }

  /** Whether this close ends the client for good (no reconnection). */
  protected stopsOn(_event: CloseEvent): boolean {
    return false;
  }

  /** Ready: sends the resendable requests that lost their answer, then the waiting ones. */
  protected online(socket: WebSocket): void {
    this.ready = true;
    this.setStatus('connected');
    for (const pending of this.pending.values()) if (pending.message) socket.send(pending.message);
    for (const message of this.queue.splice(0)) socket.send(message);
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

  /**
   * Sends `message` (request `id`) now if ready; otherwise a resendable one goes out with the
   * others on reconnection and any other waits in the queue. Rejects after the timeout.
   */
  protected send<T extends RequestType>(
    id: string,
    type: T,
    message: string,
    resendable: boolean,
  ): Promise<RequestResult<T>> {
    return new Promise<RequestResult<T>>((resolve, reject) => {
      const timeoutMs = requestTimeoutMs(type);
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new HostError('timeout', `the host did not answer ${type} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, {
        type,
        message: resendable ? message : '',
        resolve: resolve as (value: unknown) => void,
        reject,
        timer,
      });
      if (this.ready && this.socket?.readyState === WebSocket.OPEN) this.socket.send(message);
      else if (!resendable) this.queue.push(message);
    });
  }

  /** Rejects every request still waiting for an answer. */
  protected rejectAll(reason: string): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new HostError('transport', reason));
      this.pending.delete(id);
    }
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
    this.rejectAll('connection closed');
  }
}

/**
 * Browser mode: one WebSocket to the host, reconnecting with back-off. Requests sent while
 * disconnected wait for the connection (up to the request timeout).
 */
export class WebSocketHostClient extends SocketClient {
  constructor(url: string) {
    super(url, { firstMs: 500, maxMs: 10_000 });
    this.connect();
  }

  request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<RequestResult<T>> {
    const id = nextRequestId();
    return this.send(id, type, JSON.stringify({ id, type, payload }), false);
  }
}
