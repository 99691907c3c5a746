import type { RequestPayload, RequestResult, RequestType } from '../../core/protocol';
import { BaseClient, nextRequestId, unwrapReply } from './base';
import { HostError } from './HostClient';
import { PatchedTopics, RESYNC, withPatches } from './patches';

interface Pending {
  type: RequestType;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

const REQUEST_TIMEOUT_MS = 15_000;
const MAX_RECONNECT_DELAY_MS = 10_000;

/** The host's WebSocket on the page's own origin: `ws(s)://<host>/ws`. */
export function sameOriginSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/**
 * Browser mode: one WebSocket to the host, reconnecting with back-off. Requests sent while
 * disconnected wait for the connection (up to the request timeout).
 */
export class WebSocketHostClient extends BaseClient {
  readonly transport = 'websocket' as const;
  private socket: WebSocket | undefined;
  private readonly pending = new Map<string, Pending>();
  private readonly queue: string[] = [];
  /** Session views arrive as patches after the first (see ./patches.ts). */
  private readonly patches = new PatchedTopics();
  private retries = 0;
  private closed = false;

  constructor(private readonly url: string) {
    super();
    this.connect();
  }

  private connect(): void {
    this.setStatus('connecting');
    this.patches.reset();
    const socket = new WebSocket(withPatches(this.url));
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retries = 0;
      this.setStatus('connected');
      for (const message of this.queue.splice(0)) socket.send(message);
    });
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', () => {
      this.setStatus('disconnected');
      if (this.closed) return;
      const delay = Math.min(MAX_RECONNECT_DELAY_MS, 500 * 2 ** this.retries);
      this.retries += 1;
      setTimeout(() => this.connect(), delay);
    });
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
    return new Promise<RequestResult<T>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new HostError(
            'timeout',
            `the host did not answer ${type} within ${REQUEST_TIMEOUT_MS / 1000} s`,
          ),
        );
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { type, resolve: resolve as (value: unknown) => void, reject, timer });
      const message = JSON.stringify({ id, type, payload });
      if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(message);
      else this.queue.push(message);
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
