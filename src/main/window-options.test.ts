import { describe, expect, it } from 'vitest';
import { createWindowOptions, secureWebPreferences } from './window-options';

describe('BrowserWindow security preferences', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('every window gets those preferences', () => {
    const options = createWindowOptions({ preloadPath: '/p.cjs', dark: true });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe('#1f1f1f');
  });

  it('the preload is the CommonJS bundle (a sandboxed renderer cannot load an ESM preload)', () => {
    expect(createWindowOptions({ preloadPath: '/x/index.cjs' }).webPreferences?.preload).toMatch(
      /\.cjs$/,
    );
  });
});
