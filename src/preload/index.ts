import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type MootCouncilBridge } from '../core/protocol/channels';

/**
 * The whole bridge between the sandboxed renderer and the main process: send a protocol
 * envelope, receive pushes. No Node or Electron object crosses it; the main process validates
 * every message it receives.
 */
const bridge: MootCouncilBridge = {
  transport: 'ipc',
  request: (envelope: unknown) => ipcRenderer.invoke(IPC_CHANNELS.request, envelope),
  shell: (request: unknown) => ipcRenderer.invoke(IPC_CHANNELS.shell, request),
  onPush: (listener: (message: unknown) => void) => {
    const wrapped = (_event: IpcRendererEvent, message: unknown) => listener(message);
    ipcRenderer.on(IPC_CHANNELS.push, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.push, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('mootCouncil', bridge);
