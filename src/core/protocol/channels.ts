/**
 * Names shared by the Electron main process and the preload bridge. Kept free of zod so the
 * sandboxed preload bundle stays tiny: it only forwards envelopes, the main process validates.
 */
export const IPC_CHANNELS = {
  /** renderer -> main: one request envelope, answered with one reply (ipcRenderer.invoke). */
  request: 'moot-council:request',
  /** main -> renderer: server pushes (updates, menu commands). */
  push: 'moot-council:push',
  /** renderer -> main: the desktop shell's own requests (save dialog, show in folder), see src/main/shell-ipc.ts. */
  shell: 'moot-council:shell',
} as const;

/** What the desktop shell answers to a shell request. */
export type ShellBridgeReply = { ok: true; file: string | null } | { ok: false; error: string };

/** The object the preload exposes as `window.mootCouncil` (contextBridge). */
export interface MootCouncilBridge {
  /** Sends one request envelope `{ id, type, payload }`; resolves with its reply. */
  request(envelope: unknown): Promise<unknown>;
  /** Subscribes to server pushes; returns the unsubscribe function. */
  onPush(listener: (message: unknown) => void): () => void;
  /**
   * Desktop only: `{ type: 'export.chooseFile', fileName, format }` asks where to save an export
   * (the chosen path, or null when cancelled); `{ type: 'export.showInFolder', file }` shows a
   * file chosen that way in its folder. Validated by the main process.
   */
  shell(request: unknown): Promise<ShellBridgeReply>;
  /** Always "ipc": lets the renderer pick its client. */
  readonly transport: 'ipc';
}
