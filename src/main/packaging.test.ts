import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const config = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8'),
) as Record<string, unknown>;

describe('the packaged desktop app (electron-builder.yml)', () => {
  it('flips the Electron fuses that close the binary to other uses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs the app into an ASAR archive (which the fuses validate and insist on)', () => {
    expect(config.asar).toBe(true);
  });
});
