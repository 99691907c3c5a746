import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  session,
  shell,
} from 'electron';
import { IPC_CHANNELS } from '../core/protocol/channels';
import type { Push, ShellCommand } from '../core/protocol';
import { Host } from '../host/host';
import { settingsFile } from '../host/paths';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../host/csp';
import { MIME_TYPES, resolveStaticPath } from '../host/static';
import { electronPdfPrinter } from './export-pdf';
import { ipcConnection, registerIpc, registerShellIpc } from './ipc';
import { createShellHandler } from './shell-ipc';
import { buildMenuTemplate } from './menu';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_SCHEME,
  isAllowedExternalUrl,
  isTrustedAppUrl,
} from './security';
import { createWindowOptions } from './window-options';

/** Set by `electron-vite dev`; absent in a build. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isDev = devServerUrl !== undefined;
const isTrusted = (url: string) => isTrustedAppUrl(url, devServerUrl);

const outDir = join(import.meta.dirname, '..'); // out/ (main/, preload/, renderer/)
const rendererDir = join(outDir, 'renderer');
const preloadPath = join(outDir, 'preload', 'index.cjs');
const resourcesRoot = app.isPackaged ? process.resourcesPath : app.getAppPath();

// Must run before `ready`: app:// behaves like https (standard, secure origin, fetch allowed).
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

const host = new Host({
  scenariosDir: join(resourcesRoot, 'scenarios'),
  settingsFile: settingsFile(),
  appVersion: app.getVersion(),
  pdfPrinter: electronPdfPrinter(),
  // Open to classroom in the Facilitator console is the facilitator's explicit choice to listen on the network.
  classroom: { listenOnDemand: true },
});

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not Found', { status: 404 });
    const path = resolveStaticPath(
      rendererDir,
      url.pathname === '/' ? '/index.html' : url.pathname,
    );
    if (!path) return new Response('Bad Request', { status: 400 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        },
      });
    } catch {
      return new Response('Not Found', { status: 404 });
    }
  });
}

function hardenSession(): void {
  const csp = isDev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  // No camera, microphone, notifications, geolocation…: the app needs none.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

// Every web contents: no navigation away from the app, no new windows, no <webview>.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (isTrusted(url) && url.split('#')[0] === contents.getURL().split('#')[0]) return;
    event.preventDefault();
    openExternalIfAllowed(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrusted(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
});

function broadcast(push: Push): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.webContents.send(IPC_CHANNELS.push, push);
  }
}

function sendCommand(command: ShellCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(IPC_CHANNELS.push, { type: 'command', command } satisfies Push);
}

function installMenu(): void {
  const template = buildMenuTemplate(
    {
      send: sendCommand,
      quit: () => app.quit(),
      showAbout: () => {
        void dialog.showMessageBox({
          type: 'info',
          title: 'About Moot Council',
          message: `Moot Council ${app.getVersion()}`,
          detail:
            'A Security Council / General Assembly atrocity-crisis moot court.\n' +
            `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
        });
      },
      openDocumentation: () => {
        const docs = join(resourcesRoot, 'docs');
        if (existsSync(docs)) void shell.openPath(docs);
      },
    },
    { isDev, isMac: process.platform === 'darwin' },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createMainWindow(): Promise<BrowserWindow> {
  const iconPath = join(resourcesRoot, 'build', 'icon.png');
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath,
      dark: nativeTheme.shouldUseDarkColors,
      ...(existsSync(iconPath) ? { iconPath } : {}),
    }),
  );
  window.once('ready-to-show', () => window.show());
  const connection = ipcConnection(window.webContents.id);
  window.webContents.on('destroyed', () => host.disconnect(connection));
  // A reloaded page starts afresh, its facilitator seat locked again (docs/hot-seat.md).
  window.webContents.on('did-navigate', () => host.disconnect(connection));
  await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}

app.on('second-instance', () => {
  const window = BrowserWindow.getAllWindows()[0];
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Closing the sessions releases their session-file locks (docs/session-log.md §2.2).
app.on('will-quit', () => host.sessions.closeAll());

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
});

void app.whenReady().then(async () => {
  serveAppProtocol();
  hardenSession();
  registerIpc(ipcMain, host, isTrusted);
  registerShellIpc(
    ipcMain,
    createShellHandler({
      showSaveDialog: async (options) => {
        const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        const result = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      showItemInFolder: (file) => shell.showItemInFolder(file),
      defaultFolder: () => app.getPath('documents'),
      join,
    }),
    isTrusted,
  );
  host.onPush(broadcast);
  host.onAddressedPush((connection, push) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed() && ipcConnection(window.webContents.id) === connection) {
        window.webContents.send(IPC_CHANNELS.push, push);
      }
    }
  });
  installMenu();
  await createMainWindow();
});
