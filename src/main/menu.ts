import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../core/protocol';

export interface MenuActions {
  /** Sends a menu command to the focused window's renderer. */
  send(command: ShellCommand): void;
  showAbout(): void;
  openDocumentation(): void;
  quit(): void;
}

/**
 * The application menu. Items that need features of later issues (sessions, export) send a
 * command to the renderer, which owns the flow and says what is not available yet.
 */
export function buildMenuTemplate(
  actions: MenuActions,
  options: { isDev: boolean; isMac: boolean; appName?: string },
): MenuItemConstructorOptions[] {
  const appName = options.appName ?? 'Moot Council';
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({
      label: appName,
      submenu: [
        { label: `About ${appName}`, click: () => actions.showAbout() },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { label: `Quit ${appName}`, accelerator: 'Cmd+Q', click: () => actions.quit() },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        {
          id: 'session.new',
          label: 'New Session…',
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.send('session.new'),
        },
        {
          id: 'session.open',
          label: 'Open…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.send('session.open'),
        },
        {
          id: 'scenario.open',
          label: 'Open Scenario…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => actions.send('scenario.open'),
        },
        { type: 'separator' },
        {
          id: 'session.saveAs',
          label: 'Save As…',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => actions.send('session.saveAs'),
        },
        {
          id: 'session.export',
          label: 'Export…',
          accelerator: 'CmdOrCtrl+E',
          click: () => actions.send('session.export'),
        },
        ...(options.isMac
          ? []
          : ([
              { type: 'separator' },
              { id: 'quit', label: 'Quit', accelerator: 'Ctrl+Q', click: () => actions.quit() },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(options.isDev
          ? ([{ role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])
          : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        {
          id: 'theme.toggle',
          label: 'Toggle Dark Theme',
          accelerator: 'CmdOrCtrl+Shift+D',
          click: () => actions.send('theme.toggle'),
        },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        {
          id: 'help.documentation',
          label: 'Documentation',
          click: () => actions.openDocumentation(),
        },
        ...(options.isMac
          ? []
          : ([
              { id: 'help.about', label: `About ${appName}`, click: () => actions.showAbout() },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
  );
  return template;
}
