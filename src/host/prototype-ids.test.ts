import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Host } from './host';
import { FACILITATOR_SEAT } from './sessions';

const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');
const root = mkdtempSync(join(tmpdir(), 'moot-prototype-ids-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const hotseat = {
  scenarioId: 'training-kestria',
  seed: 5,
  mode: 'hotseat' as const,
  humanStates: ['FRA', 'RUS'],
  difficulty: 'realistic' as const,
  timers: false,
  facilitatorPin: null,
};

/**
 * Ids named like the built-in properties of every JavaScript object ("constructor", "toString"),
 * sent the way the desktop window and the browser send moves: refused in words, never blamed on
 * the disk, and the record still exports.
 */
describe('the host, given ids named like built-in object properties', () => {
  it('refuses them in words and the transcript still exports in every text format', async () => {
    const host = new Host({
      scenariosDir,
      sessionsDir: join(root, 'sessions'),
      appVersion: '0',
      sessionTimers: false,
    });
    const ctx = { transport: 'websocket' as const, connection: 'ws:1' };
    let n = 0;
    const request = (type: string, payload: unknown) =>
      host.handle({ id: String((n += 1)), type, payload }, ctx);
    const created = (await request('session.create', hotseat)) as {
      ok: true;
      result: { sessionId: string };
    };
    const { sessionId } = created.result;
    const submit = (seatId: string, event: unknown) =>
      request('session.submit', { sessionId, seatId, event });
    const phase = () => host.sessions.stateOf(sessionId).phase;

    while (phase() !== 'negotiation')
      expect(await submit(FACILITATOR_SEAT, { type: 'phase.advance' })).toMatchObject({
        result: { ok: true },
      });
    for (const type of ['d2r.sign', 'd2r.reject']) {
      expect(await submit('rus', { type, agreementId: 'constructor' })).toEqual({
        id: expect.any(String),
        ok: true,
        result: { ok: false, reason: 'There is no agreement called "constructor".' },
      });
    }

    while (phase() !== 'adjudication')
      expect(await submit(FACILITATOR_SEAT, { type: 'phase.advance' })).toMatchObject({
        result: { ok: true },
      });
    for (const duty of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) {
      expect(
        await submit(FACILITATOR_SEAT, {
          type: 'judgment.override',
          state: 'RUS',
          duty,
          holds: true,
          reason: 'Because.',
        }),
      ).toMatchObject({
        ok: true,
        result: {
          ok: false,
          reason: expect.stringMatching(new RegExp(`^There is no duty called "${duty}"\\.`)),
        },
      });
    }
    expect(await submit(FACILITATOR_SEAT, { type: 'judgment.deliver' })).toMatchObject({
      result: { ok: true },
    });
    for (const format of ['md', 'html', 'json']) {
      expect(await request('session.export', { sessionId, format })).toMatchObject({
        ok: true,
        result: { format, content: expect.stringMatching(/\S/) },
      });
    }
    host.disconnect('ws:1');
    host.sessions.closeAll();
  });
});
