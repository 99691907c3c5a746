import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../core/protocol/channels';
import { MAX_MESSAGE_BYTES, errorReply, type Reply } from '../core/protocol';
import type { Host } from '../host/host';
import type { ShellReply } from './shell-ipc';

/**
 * Wires the protocol's IPC transport. Every message is checked twice: the sender must be the
 * top-level frame of our own renderer (app:// origin, or the dev server in development), and
 * the payload is validated by the host against the protocol's zod schemas.
 */
export function registerIpc(
  ipcMain: IpcMain,
  host: Host,
  isTrustedUrl: (url: string) => boolean,
): void {
  ipcMain.handle(
    IPC_CHANNELS.request,
    async (event: IpcMainInvokeEvent, message: unknown): Promise<Reply> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return errorReply(
          '',
          'bad-request',
          'request refused: not sent by the Moot Council window',
        );
      }
      if (jsonLength(message) > MAX_MESSAGE_BYTES) {
        return errorReply('', 'bad-request', 'request refused: message too large');
      }
      return host.handle(message, { transport: 'ipc', connection: ipcConnection(event.sender.id) });
    },
  );
}

/**
 * Wires the desktop shell's own channel (save dialog, show in folder) behind the same sender
 * check; `handle` validates the message (src/main/shell-ipc.ts).
 */
export function registerShellIpc(
  ipcMain: IpcMain,
  handle: (message: unknown) => Promise<ShellReply>,
  isTrustedUrl: (url: string) => boolean,
): void {
  ipcMain.handle(IPC_CHANNELS.shell, async (event: IpcMainInvokeEvent, message: unknown): Promise<ShellReply> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return { ok: false, error: 'request refused: not sent by the Moot Council window' };
    }
    if (jsonLength(message) > 4096) return { ok: false, error: 'request refused: message too large' };
    return handle(message);
  });
}

/** Length of a message as JSON; Infinity for what JSON cannot hold (cycles, BigInt). */
export function jsonLength(message: unknown): number {
  try {
    return (JSON.stringify(message ?? null) ?? '').length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The connection id of one window's renderer (session pushes are addressed to it). */
export function ipcConnection(webContentsId: number): string {
  return `ipc:${webContentsId}`;
}
