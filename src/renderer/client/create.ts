import type { HostClient } from './HostClient';
import { IpcHostClient } from './ipc-client';
import { WebSocketHostClient, sameOriginSocketUrl } from './ws-client';

/** IPC when the desktop preload bridge is present, WebSocket to the serving host otherwise. */
export function createHostClient(): HostClient {
  if (window.mootCouncil) return new IpcHostClient(window.mootCouncil);
  return new WebSocketHostClient(sameOriginSocketUrl(window.location));
}
