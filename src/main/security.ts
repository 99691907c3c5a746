/**
 * Pure security decisions of the desktop shell, kept out of index.ts so they are unit-tested
 * without Electron.
 */

/** The app is served from a custom, standard, secure scheme rather than file:// (checklist #18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'moot-council';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when a URL belongs to our own renderer: the app:// origin, or in development the
 * electron-vite dev server's origin. Used to check every IPC sender frame and every navigation.
 */
export function isTrustedAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Sites a link in the app may open in the user's browser (sources the scenarios and the law
 * model cite). Anything else is refused. https only.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'www.un.org',
  'un.org',
  'press.un.org',
  'digitallibrary.un.org',
  'documents.un.org',
  'legal.un.org',
  'www.icj-cij.org',
  'icj-cij.org',
  'hudoc.echr.coe.int',
  'www.icc-cpi.int',
  'www.ohchr.org',
  'openyls.law.yale.edu',
  'github.com',
];

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  if (parsed.port && parsed.port !== '443') return false;
  return EXTERNAL_ALLOW_LIST.includes(parsed.hostname.toLowerCase());
}
