import { describe, expect, it } from 'vitest';
import {
  ELECTRON_NOT_DOWNLOADED_SENTENCE,
  ELECTRON_NOT_INSTALLED_SENTENCE,
  browserOpenerFor,
  hostAddressIn,
  nextStartStep,
} from '../scripts/start-plan';

describe('npm start: desktop app or browser mode', () => {
  it('runs the desktop app when Electron is present, without downloading anything', () => {
    expect(nextStartStep({ binaryPresent: true, installerPresent: true }, 'not-tried')).toEqual({
      kind: 'run-desktop',
    });
  });

  it('downloads the binary first when npm skipped it, and runs the desktop app once it is there', () => {
    const missing = { binaryPresent: false, installerPresent: true };
    expect(nextStartStep(missing, 'not-tried')).toEqual({ kind: 'download-electron' });
    expect(nextStartStep({ ...missing, binaryPresent: true }, 'downloaded')).toEqual({
      kind: 'run-desktop',
    });
  });

  it('falls back to browser mode with one sentence when the download fails, and tries it only once', () => {
    const step = nextStartStep({ binaryPresent: false, installerPresent: true }, 'failed');
    expect(step).toEqual({ kind: 'run-browser', sentence: ELECTRON_NOT_DOWNLOADED_SENTENCE });
    // A "successful" download that left no binary is a failure too, not another attempt.
    expect(nextStartStep({ binaryPresent: false, installerPresent: true }, 'downloaded')).toEqual(
      step,
    );
  });

  it('falls back to browser mode when the electron package is not installed at all', () => {
    expect(nextStartStep({ binaryPresent: false, installerPresent: false }, 'not-tried')).toEqual({
      kind: 'run-browser',
      sentence: ELECTRON_NOT_INSTALLED_SENTENCE,
    });
  });

  it('says why in one sentence, without a stack trace', () => {
    for (const sentence of [ELECTRON_NOT_DOWNLOADED_SENTENCE, ELECTRON_NOT_INSTALLED_SENTENCE]) {
      expect(sentence).not.toMatch(/\n|Error|\bat\s/);
      expect(sentence.match(/\.(\s|$)/g)).toHaveLength(1);
      expect(sentence).toMatch(/opens in your browser instead\.$/);
    }
  });

  it("opens the browser on the address the host prints, on this machine's loopback only", () => {
    expect(hostAddressIn('Moot Council host: http://127.0.0.1:5317/')).toBe(
      'http://127.0.0.1:5317/',
    );
    expect(hostAddressIn('Building the web bundle (out/web) first…')).toBeNull();
    expect(hostAddressIn('Moot Council host: http://0.0.0.0:5317/')).toBeNull();
  });

  it("uses each system's own opener", () => {
    const address = 'http://127.0.0.1:5317/';
    expect(browserOpenerFor('linux', address)).toEqual({ command: 'xdg-open', args: [address] });
    expect(browserOpenerFor('darwin', address)).toEqual({ command: 'open', args: [address] });
    expect(browserOpenerFor('win32', address)).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', address],
    });
  });
});
