import {
  REQUESTS,
  describeZodError,
  pushSchema,
  replySchema,
  type Push,
  type Reply,
  type RequestPayload,
  type RequestResult,
  type RequestType,
} from '../../core/protocol';
import { HostError, type ConnectionStatus, type HostClient } from './HostClient';

let counter = 0;
/** Request ids: unique per page load. */
export function nextRequestId(): string {
  counter += 1;
  return `r${counter.toString(36)}-${Math.floor(performance.now()).toString(36)}`;
}

/** Checks a reply and the shape of its result, turning failures into {@link HostError}s. */
export function unwrapReply<T extends RequestType>(type: T, raw: unknown): RequestResult<T> {
  const reply = replySchema.safeParse(raw);
  if (!reply.success)
    throw new HostError(
      'transport',
      `malformed reply to ${type}: ${describeZodError(reply.error)}`,
    );
  const value: Reply = reply.data;
  if (!value.ok) throw new HostError(value.error.code, value.error.message);
  const result = REQUESTS[type].result.safeParse(value.result);
  if (!result.success)
    throw new HostError(
      'transport',
      `unexpected result for ${type}: ${describeZodError(result.error)}`,
    );
  return result.data as RequestResult<T>;
}

export function parsePush(raw: unknown): Push | undefined {
  const push = pushSchema.safeParse(raw);
  return push.success ? push.data : undefined;
}

/** Listener bookkeeping shared by both clients. */
export abstract class BaseClient implements HostClient {
  abstract readonly transport: 'ipc' | 'websocket';
  protected current: ConnectionStatus = 'connecting';
  private readonly pushListeners = new Set<(push: Push) => void>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();

  abstract request<T extends RequestType>(
    type: T,
    payload: RequestPayload<T>,
  ): Promise<RequestResult<T>>;
  abstract close(): void;

  status(): ConnectionStatus {
    return this.current;
  }

  onPush(listener: (push: Push) => void): () => void {
    this.pushListeners.add(listener);
    return () => this.pushListeners.delete(listener);
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  protected setStatus(status: ConnectionStatus): void {
    if (status === this.current) return;
    this.current = status;
    for (const listener of this.statusListeners) listener(status);
  }

  protected emitPush(raw: unknown): void {
    const push = parsePush(raw);
    if (!push) return;
    for (const listener of this.pushListeners) listener(push);
  }
}
