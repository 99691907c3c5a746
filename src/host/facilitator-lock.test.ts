import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Reply, SessionMeta } from '../core/protocol';
import { Host } from './host';
import { MAX_PIN_FAILURES, PIN_LOCKOUT_SECONDS } from './facilitator-lock';
import { ScenarioStore } from './scenarios';
import { FACILITATOR_SEAT, HOST_CONNECTION, SessionService } from './sessions';

/**
 * The facilitator's PIN on a shared screen (docs/hot-seat.md): the host, not the screen, holds
 * the facilitator's seat back from a connection until it gives the PIN, and a reopened file
 * keeps the lock.
 */

const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');
const root = mkdtempSync(join(tmpdir(), 'moot-pin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PIN = 'tarn-4417';
const hotseat = {
  scenarioId: 'training-kestria',
  seed: 9,
  mode: 'hotseat' as const,
  humanStates: ['FRA', 'RUS'],
  timers: false,
};

let counter = 0;
const hosts: Host[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.sessions.closeAll();
});

function newHost(dir = `h${(counter += 1)}`): Host {
  const host = new Host({ scenariosDir, sessionsDir: join(root, dir), appVersion: '0', sessionTimers: false });
  hosts.push(host);
  return host;
}

/** A connection to the host as a transport would make it. */
function connect(host: Host, connection: string) {
  let id = 0;
  const send = (type: string, payload: unknown): Promise<Reply> =>
    host.handle({ id: String((id += 1)), type, payload }, { transport: 'websocket', connection });
  const ok = async <T>(type: string, payload: unknown): Promise<T> => {
    const reply = await send(type, payload);
    if (!reply.ok) throw new Error(`${type} refused: ${reply.error.message}`);
    return reply.result as T;
  };
  return { send, ok };
}

async function lockedHotseat(host: Host) {
  const screen = connect(host, 'screen');
  const meta = await screen.ok<SessionMeta>('session.create', { ...hotseat, facilitatorPin: PIN });
  return { screen, meta, sessionId: meta.sessionId };
}

/** Every facilitator-only request, as a delegate at the shared screen would try them. */
async function facilitatorRequests(client: ReturnType<typeof connect>, sessionId: string): Promise<Reply[]> {
  return [
    await client.send('session.subscribe', { sessionId, seatId: FACILITATOR_SEAT }),
    await client.send('session.submit', { sessionId, seatId: FACILITATOR_SEAT, event: { type: 'phase.advance' } }),
    await client.send('session.submit', { sessionId, seatId: FACILITATOR_SEAT, event: { type: 'session.pause' } }),
    await client.send('session.submit', { sessionId, seatId: FACILITATOR_SEAT, event: { type: 'session.resume' } }),
    await client.send('session.submit', { sessionId, seatId: FACILITATOR_SEAT, actingFor: 'fra', event: { type: 'conduct.done' } }),
    await client.send('session.allowed', { sessionId, seatId: FACILITATOR_SEAT }),
    await client.send('session.report', { sessionId, seatId: FACILITATOR_SEAT }),
    await client.send('session.export', { sessionId, format: 'md' }),
    await client.send('classroom.status', { sessionId, watch: false }),
    await client.send('classroom.issue', { sessionId, seatId: 'fra' }),
    await client.send('classroom.revoke', { sessionId, seatId: 'fra', toAi: true }),
  ];
}

describe('the facilitator PIN', () => {
  it('hot-seat needs a PIN or an explicit choice to play without one; a PIN is at least 4 characters', async () => {
    const screen = connect(newHost(), 'screen');
    const missing = await screen.send('session.create', hotseat);
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('Hot-seat needs a facilitator PIN') } });
    const short = await screen.send('session.create', { ...hotseat, facilitatorPin: '12' });
    expect(short).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('at least 4 characters') } });
    const without = await screen.ok<SessionMeta>('session.create', { ...hotseat, facilitatorPin: null });
    expect(without.facilitatorAccess).toBe('open');
    expect(without.localSeats).toContain(FACILITATOR_SEAT);
    // Solo practice may leave it out: the one person at the screen is also the facilitator.
    const solo = await screen.ok<SessionMeta>('session.create', { ...hotseat, mode: 'solo', humanStates: ['FRA'] });
    expect(solo).toMatchObject({ facilitatorAccess: 'open', localSeats: ['fra', FACILITATOR_SEAT] });
  });

  it('refuses every facilitator-only request before the PIN, and changes nothing', async () => {
    const host = newHost();
    const { screen, meta, sessionId } = await lockedHotseat(host);
    expect(meta.facilitatorAccess).toBe('locked');
    expect(meta.localSeats).toEqual(['fra', 'rus']);
    const before = JSON.stringify(host.sessions.stateOf(sessionId));
    for (const reply of await facilitatorRequests(screen, sessionId)) {
      if (reply.ok) {
        // The core's own guard answers a delegation acting for another seat: refused with a reason.
        expect(reply.result).toMatchObject({ ok: false });
        continue;
      }
      expect(reply.error.code, reply.error.message).toBe('forbidden');
      expect(reply.error.message).toMatch(/facilitator/i);
    }
    expect(JSON.stringify(host.sessions.stateOf(sessionId))).toBe(before);
    // A delegation's own record stays exportable.
    const own = await screen.ok<{ perspective: string }>('session.export', { sessionId, format: 'md', as: 'FRA' });
    expect(own.perspective).toBe('FRA');
  });

  it('a wrong PIN is refused in words; the right one opens the seat to that connection only', async () => {
    const host = newHost();
    const { screen, sessionId } = await lockedHotseat(host);
    const wrong = await screen.send('session.unlockFacilitator', { sessionId, pin: '0000' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining("not the facilitator's PIN") } });
    expect((await screen.ok<SessionMeta>('session.info', { sessionId })).facilitatorAccess).toBe('locked');

    const unlocked = await screen.ok<SessionMeta>('session.unlockFacilitator', { sessionId, pin: PIN });
    expect(unlocked).toMatchObject({ facilitatorAccess: 'unlocked', localSeats: expect.arrayContaining([FACILITATOR_SEAT]) });
    const view = await screen.ok<{ view: { viewer: { kind: string } } }>('session.subscribe', { sessionId, seatId: FACILITATOR_SEAT });
    expect(view.view.viewer.kind).toBe('facilitator');
    expect(await screen.ok('session.submit', { sessionId, seatId: FACILITATOR_SEAT, event: { type: 'phase.advance' } })).toMatchObject({ ok: true });
    expect(await screen.ok('session.export', { sessionId, format: 'md' })).toMatchObject({ perspective: 'facilitator' });

    // Another window on the same host has not given the PIN.
    const other = connect(host, 'another-window');
    expect(await other.send('session.subscribe', { sessionId, seatId: FACILITATOR_SEAT })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('locks again on "Lock facilitator" and when the screen moves to a delegation\'s seat', async () => {
    const host = newHost();
    const { screen, sessionId } = await lockedHotseat(host);
    await screen.ok('session.unlockFacilitator', { sessionId, pin: PIN });
    await screen.ok('session.subscribe', { sessionId, seatId: FACILITATOR_SEAT });
    const locked = await screen.ok<SessionMeta>('session.lockFacilitator', { sessionId });
    expect(locked).toMatchObject({ facilitatorAccess: 'locked', localSeats: ['fra', 'rus'] });
    expect(await screen.send('session.submit', { sessionId, seatId: FACILITATOR_SEAT, event: { type: 'phase.advance' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await screen.ok('session.unlockFacilitator', { sessionId, pin: PIN });
    await screen.ok('session.subscribe', { sessionId, seatId: 'rus' });
    expect((await screen.ok<SessionMeta>('session.info', { sessionId })).facilitatorAccess).toBe('locked');
    expect(await screen.send('session.report', { sessionId, seatId: FACILITATOR_SEAT })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps only a salted hash in the file, and a reopened file keeps the lock', async () => {
    const dir = `reopen${(counter += 1)}`;
    const first = newHost(dir);
    const { screen: locked, meta } = await lockedHotseat(first);
    // The file's path belongs to the facilitator: a locked screen is not told it.
    expect(meta.file).toBeNull();
    const file = (await locked.ok<SessionMeta>('session.unlockFacilitator', { sessionId: meta.sessionId, pin: PIN })).file ?? '';
    expect(file).not.toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(PIN);
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { facilitatorPin: Record<string, unknown> };
    expect(header.facilitatorPin).toMatchObject({ algorithm: 'scrypt', salt: expect.any(String), hash: expect.any(String) });
    first.sessions.closeAll();

    const second = newHost(dir);
    const screen = connect(second, 'screen-after-restart');
    const reopened = await screen.ok<SessionMeta>('session.open', { file });
    expect(reopened).toMatchObject({ facilitatorAccess: 'locked', localSeats: ['fra', 'rus'] });
    const sessionId = reopened.sessionId;
    expect(await screen.send('session.subscribe', { sessionId, seatId: FACILITATOR_SEAT })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await screen.send('session.unlockFacilitator', { sessionId, pin: 'tarn-4418' })).toMatchObject({ ok: false });
    expect(await screen.ok<SessionMeta>('session.unlockFacilitator', { sessionId, pin: PIN })).toMatchObject({ facilitatorAccess: 'unlocked' });

    // A copy saved under another name is locked with the same PIN.
    const copy = await screen.ok<SessionMeta>('session.saveAs', { sessionId, file: 'copy-of-locked' });
    second.sessions.closeAll();
    const third = connect(newHost(dir), 'third');
    expect(await third.ok<SessionMeta>('session.open', { file: copy.file ?? '' })).toMatchObject({ facilitatorAccess: 'locked' });
  });

  it(`stops listening for ${PIN_LOCKOUT_SECONDS} seconds after ${MAX_PIN_FAILURES} wrong PINs, whatever the connection`, async () => {
    let now = Date.parse('2030-03-01T09:00:00Z');
    const service = new SessionService({
      scenarios: new ScenarioStore(scenariosDir),
      sessionsDir: join(root, `lockout${(counter += 1)}`),
      send: () => {},
      timers: false,
      clock: () => new Date(now),
    });
    const { sessionId } = await service.create({ ...hotseat, difficulty: 'realistic', facilitatorPin: PIN }, 'a');
    for (let i = 1; i < MAX_PIN_FAILURES; i += 1) {
      await expect(service.unlockFacilitator(`tab-${i}`, sessionId, `guess-${i}`)).rejects.toThrow(`${MAX_PIN_FAILURES - i} ${MAX_PIN_FAILURES - i === 1 ? 'try' : 'tries'} left`);
    }
    await expect(service.unlockFacilitator('tab-last', sessionId, 'guess-last')).rejects.toThrow(`locked for ${PIN_LOCKOUT_SECONDS} seconds`);
    // Even the right PIN waits out the pause.
    await expect(service.unlockFacilitator('a', sessionId, PIN)).rejects.toThrow('Too many wrong PINs');
    // Closing the session and opening its file again does not start a fresh count.
    const file = (await service.info(sessionId, HOST_CONNECTION)).file ?? '';
    service.close(sessionId);
    const reopened = await service.open(file, 'b');
    await expect(service.unlockFacilitator('b', reopened.sessionId, PIN)).rejects.toThrow('Too many wrong PINs');
    now += PIN_LOCKOUT_SECONDS * 1000;
    await expect(service.unlockFacilitator('b', reopened.sessionId, PIN)).resolves.toMatchObject({ facilitatorAccess: 'unlocked' });
    service.closeAll();
  });

  it('before the PIN: no copy of the file, no seed in the recent list, no closing the classroom', async () => {
    const host = newHost();
    const { screen, sessionId } = await lockedHotseat(host);
    expect(await screen.send('session.saveAs', { sessionId, file: join(root, `copy-${counter}`) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const recent = await screen.ok<{ sessions: { seed: number | null }[] }>('session.recent', {});
    expect(recent.sessions.length).toBeGreaterThan(0);
    expect(recent.sessions.map((s) => s.seed)).toEqual(recent.sessions.map(() => null));
    await screen.ok('session.unlockFacilitator', { sessionId, pin: PIN });
    await screen.ok('classroom.issue', { sessionId, seatId: 'fra' });
    await screen.ok('session.lockFacilitator', { sessionId });
    expect(await screen.send('classroom.close', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await screen.ok('session.unlockFacilitator', { sessionId, pin: PIN });
    await screen.ok('classroom.close', {});
    await screen.ok('session.saveAs', { sessionId, file: join(root, `copy-${counter}`) });
  });
});
