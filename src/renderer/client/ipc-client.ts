import type { RequestPayload, RequestResult, RequestType } from '../../core/protocol';
import type { MootCouncilBridge } from '../../core/protocol/channels';
import { BaseClient, nextRequestId, unwrapReply } from './base';
import { HostError } from './HostClient';

/** Desktop app: requests go through the preload bridge to the main process's host. */
export class IpcHostClient extends BaseClient {
  readonly transport = 'ipc' as const;
  private readonly unsubscribe: () => void;

  constructor(private readonly bridge: MootCouncilBridge) {
    super();
    this.unsubscribe = bridge.onPush((message) => this.emitPush(message));
    this.setStatus('connected');
  }

  async request<T extends RequestType>(
    type: T,
    payload: RequestPayload<T>,
  ): Promise<RequestResult<T>> {
    let raw: unknown;
    try {
      raw = await this.bridge.request({ id: nextRequestId(), type, payload });
    } catch (error) {
      throw new HostError(
        'transport',
        `the desktop host did not answer: ${(error as Error).message}`,
      );
    }
    return unwrapReply(type, raw);
  }

  close(): void {
    this.unsubscribe();
    this.setStatus('disconnected');
  }
}
