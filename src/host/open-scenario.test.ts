import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Host } from './host';

/**
 * Issue 19 item 2: an instructor opens a scenario file from the app. The host checks it with the
 * validator's code and either opens its overview or lists its problems, the field in words.
 */
const placeholder = readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'scenarios', 'training-placeholder.yaml'), 'utf8');
const emptyFolder = mkdtempSync(join(tmpdir(), 'moot-open-'));
afterAll(() => rmSync(emptyFolder, { recursive: true, force: true }));
const host = new Host({ scenariosDir: emptyFolder, appVersion: '9.9.9' });
const ctx = { transport: 'websocket' as const };

describe('opening a scenario file in the app', () => {
  it('lists the problems of a broken file, one each, with the field path in words', async () => {
    const broken = placeholder.replace(/^id: training-placeholder$/m, 'id: Not An Id');
    const reply = await host.handle({ id: 'a', type: 'scenario.check', payload: { fileName: 'mine.yaml', text: broken } }, ctx);
    expect(reply).toMatchObject({ ok: true, result: { ok: false } });
    const problems = (reply as { result: { problems: { where: string; message: string }[] } }).result.problems;
    expect(problems.map((p) => p.where)).toContain('id');
    const nested = await host.handle({ id: 'b', type: 'scenario.check', payload: { fileName: 'mine.yaml', text: 'formatVersion: 1\nstates:\n  - code: 12\n' } }, ctx);
    const where = (nested as { result: { problems: { where: string }[] } }).result.problems.map((p) => p.where);
    expect(where.some((w) => w.includes(' › '))).toBe(true);
    expect(where.join('\n')).not.toMatch(/\[\d+\]/);
  });

  it('opens a valid file that is in no scenarios folder: its overview is there to read', async () => {
    expect((await host.handle({ id: 'c', type: 'scenario.get', payload: { id: 'training-placeholder' } }, ctx)).ok).toBe(false);
    const reply = await host.handle({ id: 'd', type: 'scenario.check', payload: { fileName: 'C:/Users/me/placeholder.yaml', text: placeholder } }, ctx);
    expect(reply).toMatchObject({ ok: true, result: { ok: true, id: 'training-placeholder' } });
    const overview = await host.handle({ id: 'e', type: 'scenario.get', payload: { id: 'training-placeholder' } }, ctx);
    expect(overview).toMatchObject({ ok: true, result: { id: 'training-placeholder' } });
  });
});
