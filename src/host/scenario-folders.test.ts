import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Host } from './host';

/**
 * Issue 19 item 2: an instructor adds the folder where they keep their own scenarios, and Home
 * lists its scenarios beside the shipped ones, now and the next time the app starts.
 */
const root = mkdtempSync(join(tmpdir(), 'moot-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const shipped = join(root, 'shipped');
const mine = join(root, 'my scenarios');
mkdirSync(shipped);
mkdirSync(mine);
copyFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'scenarios', 'training-placeholder.yaml'), join(mine, 'placeholder.yaml'));
writeFileSync(join(root, 'a-file.txt'), 'not a folder');
const settings = join(root, 'data', 'settings.json');
const ctx = { transport: 'websocket' as const };

async function ask<T>(host: Host, type: string, payload: object = {}): Promise<T> {
  const reply = await host.handle({ id: type, type, payload }, ctx);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as T;
}
const listedIds = async (host: Host) =>
  (await ask<{ scenarios: { ok: boolean; id?: string }[] }>(host, 'scenarios.list')).scenarios.map((s) => s.id);

describe('scenario folders added in the app', () => {
  it("lists an added folder's scenarios, keeps the folder for the next start, and stops listing it once removed", async () => {
    const host = new Host({ scenariosDir: shipped, settingsFile: settings, appVersion: '0' });
    expect(await listedIds(host)).toEqual([]);
    const folders = await ask<{ shipped: string; added: string[] }>(host, 'scenarios.addFolder', { path: mine });
    expect(folders).toEqual({ shipped, added: [mine] });
    expect(await listedIds(host)).toEqual(['training-placeholder']);
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({ scenarioFolders: [mine] });

    const restarted = new Host({ scenariosDir: shipped, settingsFile: settings, appVersion: '0' });
    expect(await listedIds(restarted)).toEqual(['training-placeholder']);
    await ask(restarted, 'scenarios.removeFolder', { path: mine });
    expect(await listedIds(restarted)).toEqual([]);
    expect(await ask(new Host({ scenariosDir: shipped, settingsFile: settings, appVersion: '0' }), 'scenarios.folders')).toEqual({ shipped, added: [] });
  });

  it('refuses, in words, a path that is not a folder of this computer', async () => {
    const host = new Host({ scenariosDir: shipped, appVersion: '0' });
    await expect(ask(host, 'scenarios.addFolder', { path: 'scenarios' })).rejects.toThrow(/not a full path/);
    await expect(ask(host, 'scenarios.addFolder', { path: join(root, 'nowhere') })).rejects.toThrow(/There is no folder at/);
    await expect(ask(host, 'scenarios.addFolder', { path: join(root, 'a-file.txt') })).rejects.toThrow(/is a file, not a folder/);
    expect(await ask(host, 'scenarios.folders')).toEqual({ shipped, added: [] });
  });
});
