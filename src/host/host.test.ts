import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Host } from './host';
import { dataDir, sessionsDir } from './paths';
import { resolveStaticPath } from './static';

const placeholder = readFileSync(
  join(
    import.meta.dirname,
    '..',
    '..',
    'test',
    'fixtures',
    'scenarios',
    'training-placeholder.yaml',
  ),
  'utf8',
);
const dir = mkdtempSync(join(tmpdir(), 'moot-host-'));
writeFileSync(join(dir, 'good.yaml'), placeholder);
writeFileSync(join(dir, 'broken.yaml'), 'formatVersion: 1\nid: broken\n');
writeFileSync(join(dir, 'notes.txt'), 'ignored');
writeFileSync(
  join(dir, '_template.yaml'),
  placeholder.replace('id: training-placeholder', 'id: template'),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const host = new Host({ scenariosDir: dir, appVersion: '9.9.9' });
const ctx = { transport: 'websocket' as const };

describe('Host', () => {
  it('reports its protocol and version', async () => {
    expect(await host.handle({ id: 'a', type: 'host.info' }, ctx)).toEqual({
      id: 'a',
      ok: true,
      result: { protocolVersion: 1, appVersion: '9.9.9', transport: 'websocket' },
    });
  });

  it('lists valid scenarios with their counts, and broken files with their problems', async () => {
    const reply = await host.handle({ id: 'b', type: 'scenarios.list', payload: {} }, ctx);
    expect(reply.ok).toBe(true);
    const { scenarios } = (reply as { result: { scenarios: Array<Record<string, unknown>> } })
      .result;
    expect(scenarios.map((s) => s.file)).toEqual(['broken.yaml', 'good.yaml']);
    expect(scenarios[1]).toMatchObject({
      ok: true,
      id: 'training-placeholder',
      states: 4,
      rounds: 3,
      kind: 'fictional',
    });
    expect(scenarios[0]).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ path: 'title' })]),
    });
  });

  it('serves the public overview without confidential briefs or teaching notes', async () => {
    const reply = await host.handle(
      { id: 'c', type: 'scenario.get', payload: { id: 'training-placeholder' } },
      ctx,
    );
    expect(reply.ok).toBe(true);
    const overview = (reply as { result: Record<string, unknown> }).result;
    expect(overview.teachingNotes).toBeUndefined();
    expect(overview.states).toEqual([
      { code: 'VLD', name: 'Republic of Veldara' },
      { code: 'FRA', name: 'France' },
      { code: 'RUS', name: 'Russian Federation' },
      { code: 'KEN', name: 'Kenya' },
    ]);
    expect(JSON.stringify(overview)).not.toContain('Regime survival');
    expect((overview.names as Record<string, string>).USA).toBe('United States');
  });

  it("keeps the states' ties, the injects and the later evidence out of the overview: seats learn them in the session", async () => {
    const reply = await host.handle({ id: 'c2', type: 'scenario.get', payload: { id: 'training-placeholder' } }, ctx);
    const overview = (reply as { result: Record<string, unknown> }).result;
    expect(overview.relationships).toBeUndefined();
    expect(overview.intelligence).toBeUndefined();
    expect(overview.injects).toBeUndefined();
    expect(JSON.stringify(overview)).not.toContain('Aid convoy turned back');
    expect((overview.evidence as { round: number }[]).map((e) => e.round)).toEqual([1]);
  });

  it('answers unknown ids, broken files and bad payloads with readable errors', async () => {
    expect(
      await host.handle({ id: 'd', type: 'scenario.get', payload: { id: 'nope' } }, ctx),
    ).toEqual({
      id: 'd',
      ok: false,
      error: { code: 'not-found', message: 'no scenario with id "nope"' },
    });
    expect(
      await host.handle({ id: 'e', type: 'scenario.get', payload: { id: 'broken' } }, ctx),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        message: expect.stringContaining('broken.yaml is not a valid scenario'),
      },
    });
    expect(await host.handle({ id: 'f', type: 'scenario.get', payload: {} }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await host.handle('garbage', ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('lists nothing for a missing folder', async () => {
    const empty = new Host({ scenariosDir: join(dir, 'missing'), appVersion: '0' });
    expect(await empty.handle({ id: 'g', type: 'scenarios.list' }, ctx)).toEqual({
      id: 'g',
      ok: true,
      result: { scenarios: [] },
    });
  });
});

describe('data directory', () => {
  it('uses MOOT_COUNCIL_HOME, else ~/.moot-council', () => {
    expect(sessionsDir({ MOOT_COUNCIL_HOME: '/srv/mc' })).toBe('/srv/mc/sessions');
    expect(dataDir({})).toMatch(/\.moot-council$/);
  });
});

describe('static paths', () => {
  it('stays inside the web root', () => {
    expect(resolveStaticPath('/web', '/assets/a.js')).toBe('/web/assets/a.js');
    expect(resolveStaticPath('/web', '/')).toBe('/web');
    expect(resolveStaticPath('/web', '/../etc/passwd')).toBeUndefined();
    expect(resolveStaticPath('/web', '/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveStaticPath('/web', '/a/..%2f..%2fetc')).toBeUndefined();
    expect(resolveStaticPath('/web', '/a%5c..%5c..%5cetc')).toBeUndefined();
    expect(resolveStaticPath('/web', '/a%00.js')).toBeUndefined();
    expect(resolveStaticPath('/web', '/%E0%A4%A')).toBeUndefined();
  });
});
