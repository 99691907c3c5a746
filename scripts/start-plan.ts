// What `npm start` does next, as plain decisions (scripts/start.mjs carries them out): the
// desktop app where Electron's binary is present or can be downloaded, otherwise browser mode
// after one sentence saying why.

/** What is on disk about Electron before `npm start` decides. */
export interface ElectronProbe {
  /** node_modules/electron/dist holds the binary and path.txt names it. */
  binaryPresent: boolean;
  /** node_modules/electron/install.js exists, so the binary can be downloaded now. */
  installerPresent: boolean;
}

/** The outcome of trying to download Electron's binary in this run, if it was tried. */
export type DownloadOutcome = 'not-tried' | 'downloaded' | 'failed';

export type StartStep =
  | { kind: 'run-desktop' }
  | { kind: 'download-electron' }
  | { kind: 'run-browser'; sentence: string };

export const ELECTRON_NOT_INSTALLED_SENTENCE =
  'Moot Council: the desktop app is not installed (no Electron package in node_modules), so it opens in your browser instead.';
export const ELECTRON_NOT_DOWNLOADED_SENTENCE =
  "Moot Council: the desktop app's Electron binary could not be downloaded (check the network or proxy, then run npm start again), so it opens in your browser instead.";

export function nextStartStep(probe: ElectronProbe, download: DownloadOutcome): StartStep {
  if (probe.binaryPresent) return { kind: 'run-desktop' };
  if (!probe.installerPresent)
    return { kind: 'run-browser', sentence: ELECTRON_NOT_INSTALLED_SENTENCE };
  if (download === 'not-tried') return { kind: 'download-electron' };
  // 'downloaded' yet no binary on disk counts as a failed download.
  return { kind: 'run-browser', sentence: ELECTRON_NOT_DOWNLOADED_SENTENCE };
}

/** The line scripts/host.mjs prints once it listens (src/host/main.ts). */
const HOST_LISTENING_LINE = /^Moot Council host: (http:\/\/127\.0\.0\.1:\d+\/)\s*$/;

/** The address the host printed on this line of its output, or null. */
export function hostAddressIn(line: string): string | null {
  return HOST_LISTENING_LINE.exec(line)?.[1] ?? null;
}

export interface BrowserOpener {
  command: string;
  args: string[];
}

/** The system's own way of opening an address in the default browser. */
export function browserOpenerFor(platform: NodeJS.Platform, address: string): BrowserOpener {
  if (platform === 'darwin') return { command: 'open', args: [address] };
  // `start` is a cmd.exe built-in; its first quoted argument is a window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', address] };
  return { command: 'xdg-open', args: [address] };
}

export function couldNotOpenBrowserSentence(address: string): string {
  return `Moot Council: no browser could be opened from here; open ${address} in your browser.`;
}
