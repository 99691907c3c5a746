import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { APP_ENTRY_URL, isAllowedExternalUrl, isTrustedAppUrl } from './security';
import { buildMenuTemplate } from './menu';
import { jsonLength } from './ipc';

describe('trusted app URLs (IPC sender frames, navigation)', () => {
  it('accepts the app:// origin only', () => {
    expect(isTrustedAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedAppUrl('app://moot-council/assets/x.js')).toBe(true);
    expect(isTrustedAppUrl('app://other/index.html')).toBe(false);
    expect(isTrustedAppUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedAppUrl('https://moot-council/')).toBe(false);
    expect(isTrustedAppUrl('not a url')).toBe(false);
  });

  it('accepts the dev server origin only when one is running', () => {
    expect(isTrustedAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('external links allow-list', () => {
  it('opens https links to listed sites', () => {
    expect(isAllowedExternalUrl('https://www.un.org/en/about-us/un-charter')).toBe(true);
    expect(isAllowedExternalUrl('https://www.icj-cij.org/case/91')).toBe(true);
  });
  it('refuses everything else', () => {
    expect(isAllowedExternalUrl('http://www.un.org/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.un.org.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.un.org/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('https://www.un.org:8443/')).toBe(false);
  });
});

describe('application menu', () => {
  const sent: string[] = [];
  const actions = {
    send: (c: string) => sent.push(c),
    showAbout: () => sent.push('about'),
    openDocumentation: () => sent.push('docs'),
    quit: () => sent.push('quit'),
  };
  const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role);
  const submenu = (items: MenuItemConstructorOptions[], label: string) =>
    items.find((i) => i.label === label)!.submenu as MenuItemConstructorOptions[];

  it('has File, View and Help with the required items', () => {
    const template = buildMenuTemplate(actions, { isDev: false, isMac: false });
    expect(labels(template)).toEqual(['&File', 'editMenu', '&View', '&Help']);
    expect(labels(submenu(template, '&File')).filter(Boolean)).toEqual([
      'New Session…',
      'Open…',
      'Open Scenario…',
      'Save As…',
      'Export…',
      'Quit',
    ]);
    expect(labels(submenu(template, '&Help'))).toEqual(['Documentation', 'About Moot Council']);
    const view = submenu(template, '&View').map((i) => i.role ?? i.label);
    expect(view).toEqual(
      expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'Toggle Dark Theme']),
    );
    expect(view).not.toContain('toggleDevTools');
  });

  it('offers devtools in development only', () => {
    const view = submenu(buildMenuTemplate(actions, { isDev: true, isMac: false }), '&View');
    expect(view.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('items for later features send a command to the renderer', () => {
    const file = submenu(buildMenuTemplate(actions, { isDev: false, isMac: false }), '&File');
    for (const item of file) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual([
      'session.new',
      'session.open',
      'scenario.open',
      'session.saveAs',
      'session.export',
      'quit',
    ]);
  });
});

describe('IPC message size', () => {
  it('measures JSON and rejects what JSON cannot hold', () => {
    expect(jsonLength({ a: 1 })).toBe(7);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(jsonLength(cyclic)).toBe(Number.POSITIVE_INFINITY);
  });
});
