import type {
  ErrorCode,
  Push,
  RequestPayload,
  RequestResult,
  RequestType,
} from '../../core/protocol';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

/**
 * The renderer's only way to talk to the host. Two implementations share the same protocol:
 * IPC in the desktop app (window.mootCouncil present), WebSocket in browser mode.
 */
export interface HostClient {
  readonly transport: 'ipc' | 'websocket';
  request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<RequestResult<T>>;
  onPush(listener: (push: Push) => void): () => void;
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  close(): void;
}

/** A failed request, with the host's error code and its readable message. */
export class HostError extends Error {
  constructor(
    readonly code: ErrorCode | 'transport' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
