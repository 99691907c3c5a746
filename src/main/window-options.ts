import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The security-relevant preferences of every Moot Council window (Electron security checklist).
 * A pure function so a unit test can assert them without starting Electron.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // A middle click must not open a link in a new window behind our handlers' back.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
    devTools: true,
  };
}

export interface WindowOptionsInput {
  preloadPath: string;
  /** Background while the renderer loads, so dark mode does not flash white. */
  dark?: boolean;
  iconPath?: string;
}

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Moot Council',
    show: false,
    backgroundColor: input.dark ? '#1f1f1f' : '#ffffff',
    autoHideMenuBar: false,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: secureWebPreferences(input.preloadPath),
  };
}
