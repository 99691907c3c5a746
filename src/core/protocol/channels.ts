/**
 * Names shared by the Electron main process and the preload bridge. Kept free of zod so the
 * sandboxed preload bundle stays tiny: it only forwards envelopes, the main process validates.
 */
export const IPC_CHANNELS = {
  /** renderer -> main: one request envelope, answered with one reply (ipcRenderer.invoke). */
  request: 'moot-council:request',
  /** main -> renderer: server pushes (updates, menu commands). */
  push: 'moot-council:push',
} as const;

/** The object the preload exposes as `window.mootCouncil` (contextBridge). */
export interface MootCouncilBridge {
  /** Sends one request envelope `{ id, type, payload }`; resolves with its reply. */
  request(envelope: unknown): Promise<unknown>;
  /** Subscribes to server pushes; returns the unsubscribe function. */
  onPush(listener: (message: unknown) => void): () => void;
  /** Always "ipc": lets the renderer pick its client. */
  readonly transport: 'ipc';
}
