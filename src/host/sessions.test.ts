import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Push, SessionMeta, SessionUpdate } from '../core/protocol';
import { openBallotOf } from '../core/session';
import { move, type DelegatePolicy } from '../core/session/delegate-policy';
import { Host } from './host';
import { ScenarioStore } from './scenarios';
import { readSessionFile } from './journal';
import { FACILITATOR_SEAT, SESSION_EXTENSION, SessionService } from './sessions';

const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');
const root = mkdtempSync(join(tmpdir(), 'moot-sessions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A plain policy for the service's mechanics: AI seats only vote (no on a red-line measure). */
const votingPolicy: DelegatePolicy = (ctx) => {
  const ballot = openBallotOf(ctx.state);
  if (!ballot || !ballot.electorate.includes(ctx.code) || ballot.votes[ctx.code] !== undefined) return [];
  const redLines = ctx.scenario.states.find((s) => s.code === ctx.code)?.ai?.vetoes ?? [];
  const crossed = ctx.state.drafts[ballot.draftId]?.measures.some((m) => redLines.includes(m)) ?? false;
  return [move(ctx, { type: 'vote.cast', ballotId: ballot.id, vote: crossed ? 'no' : 'yes' }, { says: 'We vote.', coach: 'test' })];
};

let counter = 0;
function setup(options: { timers?: boolean; clock?: () => Date; ai?: boolean } = {}) {
  counter += 1;
  const pushes: { connection: string; push: Push }[] = [];
  const warnings: string[] = [];
  const service = new SessionService({
    scenarios: new ScenarioStore(scenariosDir),
    sessionsDir: join(root, `s${counter}`),
    send: (connection, push) => pushes.push({ connection, push }),
    timers: options.timers ?? false,
    warn: (m) => warnings.push(m),
    ...(options.ai ? {} : { policy: votingPolicy }),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { service, pushes, warnings };
}

/** The facilitator's meta names the session file (a seat's never does). */
function withFile(meta: SessionMeta): SessionMeta & { file: string } {
  if (meta.file === null) throw new Error('the facilitator was not told the session file');
  return { ...meta, file: meta.file };
}

const solo = { scenarioId: 'training-kestria', seed: 41, mode: 'solo' as const, humanStates: ['FRA'], difficulty: 'realistic' as const, timers: true };

async function toCouncil(service: SessionService, id: string) {
  // briefing -> crisis update -> negotiation -> council
  for (let i = 0; i < 3; i += 1) {
    const r = service.submit('c1', id, FACILITATOR_SEAT, { type: 'phase.advance' });
    expect(r.ok).toBe(true);
  }
  expect(service.stateOf(id).phase).toBe('council');
}

describe('SessionService', () => {
  it('creates a solo session: one human seat, AI for every briefed or Council state, a facilitator; started and journaled', async () => {
    const { service } = setup();
    const meta = await service.create(solo, 'c1');
    const state = service.stateOf(meta.sessionId);
    expect(state.phase).toBe('briefing');
    expect(meta.seats.filter((s) => s.kind === 'human').map((s) => s.state)).toEqual(['FRA']);
    expect(meta.seats.find((s) => s.kind === 'facilitator')?.id).toBe(FACILITATOR_SEAT);
    // 15 Council members + KST and OMB (briefed, not on the Council) + facilitator
    expect(meta.seats.map((s) => s.state)).toEqual(expect.arrayContaining(['KST', 'OMB', 'RUS', 'NOR']));
    expect(meta.localSeats).toEqual(['fra', FACILITATOR_SEAT]);
    expect(meta.seed).toBe(41);
    expect(meta.file!.endsWith(SESSION_EXTENSION)).toBe(true);
    expect(meta.file).not.toMatch(/seed/);
    const lines = readFileSync(meta.file!, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'moot-council-session', version: 1, mode: 'solo', timers: true, config: { scenarioId: 'training-kestria', seed: 41 } });
    expect(JSON.parse(lines[1]!)).toMatchObject({ seq: 1, by: FACILITATOR_SEAT, event: { type: 'session.start' } });
    service.closeAll();
  });

  it('refuses impossible setups with readable messages', async () => {
    const { service } = setup();
    await expect(service.create({ ...solo, humanStates: [] }, 'c1')).rejects.toThrow('exactly one human seat');
    await expect(service.create({ ...solo, mode: 'hotseat' }, 'c1')).rejects.toThrow('at least two');
    await expect(service.create({ ...solo, humanStates: ['ZAF'] }, 'c1')).rejects.toThrow('cannot be played');
    await expect(service.create({ ...solo, scenarioId: 'nope' }, 'c1')).rejects.toThrow('no scenario');
  });

  it('lets a connection act only as the human seats and the facilitator', async () => {
    const { service } = setup();
    const { sessionId } = await service.create(solo, 'c1');
    expect(() => service.subscribe('c1', sessionId, 'rus')).toThrow('AI delegate');
    expect(() => service.subscribe('c1', sessionId, 'xyz')).toThrow('No seat');
    expect(() => service.submit('c1', sessionId, 'rus', { type: 'conduct.done' })).toThrow('AI delegate');
    const update = service.subscribe('c1', sessionId, 'fra');
    expect(update.view.viewer).toEqual({ kind: 'seat', seatId: 'fra', state: 'FRA' });
    service.closeAll();
  });

  it('pushes each connection only its own seat\'s view, never the facilitator\'s', async () => {
    const { service, pushes } = setup();
    const { sessionId } = await service.create({ ...solo, mode: 'hotseat', humanStates: ['FRA', 'GBR'], facilitatorPin: null }, 'c1');
    service.subscribe('seat-conn', sessionId, 'fra');
    service.subscribe('fac-conn', sessionId, FACILITATOR_SEAT);
    pushes.length = 0;
    expect(service.submit('fac-conn', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' })).toMatchObject({ ok: true });
    const byConnection = new Map(pushes.map((p) => [p.connection, (p.push as { payload: SessionUpdate }).payload]));
    expect([...byConnection.keys()].sort()).toEqual(['fac-conn', 'seat-conn']);
    const seatView = byConnection.get('seat-conn')!;
    expect(seatView.seatId).toBe('fra');
    expect(seatView.view.viewer.kind).toBe('seat');
    const briefs = seatView.view.scenario.states.filter((s) => 'brief' in s && s.brief).map((s) => s.code);
    expect(briefs).toEqual(['FRA']);
    expect(byConnection.get('fac-conn')!.view.viewer.kind).toBe('facilitator');
    expect(pushes.every((p) => p.push.type === 'update' && p.push.topic === `session:${sessionId}`)).toBe(true);
    service.closeAll();
  });

  it('plays a Council vote: the human tables and votes, AI seats vote, a permanent member vetoes', async () => {
    const { service } = setup();
    const { sessionId, file } = withFile(await service.create(solo, 'c1'));
    await toCouncil(service, sessionId);
    const table = service.submit('c1', sessionId, 'fra', {
      type: 'draft.table',
      draftId: 'icc',
      forum: 'council',
      title: 'Accountability in Kestria',
      measures: ['condemnation', 'icc-referral'],
      operativeParagraphs: ['Decides to refer the situation in Kestria since March 2031 to the Prosecutor of the ICC.'],
      chapter: 'VII',
    });
    expect(table).toMatchObject({ ok: true });
    expect(service.submit('c1', sessionId, 'fra', { type: 'vote.open', draftId: 'icc' })).toMatchObject({ ok: true });
    const open = service.stateOf(sessionId).ballots[0]!;
    expect(open.closedSeq).toBeNull();
    expect(Object.keys(open.votes)).toHaveLength(14); // every AI member has voted; France has not
    expect(service.submit('c1', sessionId, 'fra', { type: 'vote.cast', ballotId: open.id, vote: 'yes' })).toMatchObject({ ok: true });
    const state = service.stateOf(sessionId);
    const ballot = state.ballots[0]!;
    expect(ballot.councilResult?.vetoedBy).toEqual(['RUS']);
    expect(state.drafts.icc!.status).toBe('vetoed');
    expect(state.unitingForPeace.status).toBe('open');
    // Every accepted command is on disk, in order, before the reply.
    const onDisk = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l) as { seq: number });
    expect(onDisk.map((e) => e.seq)).toEqual(state.log.map((e) => e.seq));
    service.closeAll();
  });

  it('lets the AI delegates play every other seat through a whole round without a refused move', async () => {
    const { service, warnings } = setup({ ai: true });
    const { sessionId } = await service.create(solo, 'c1');
    for (let i = 0; i < 12 && service.stateOf(sessionId).round < 2; i += 1) {
      const r = service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' });
      expect(r).toMatchObject({ ok: true });
    }
    const state = service.stateOf(sessionId);
    expect(state.round).toBe(2);
    const aiMoves = state.log.filter((e) => e.by !== FACILITATOR_SEAT && e.by !== 'fra');
    expect(aiMoves.length).toBeGreaterThan(5);
    expect(aiMoves.every((e) => e.ai !== undefined)).toBe(true);
    expect(warnings.filter((w) => w.includes('refused'))).toEqual([]);
    service.closeAll();
  });

  it('returns a rejected command\'s reason and journals nothing', async () => {
    const { service } = setup();
    const { sessionId, file } = withFile(await service.create(solo, 'c1'));
    const before = readFileSync(file, 'utf8');
    const result = service.submit('c1', sessionId, 'fra', { type: 'vote.open', draftId: 'none' });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('not in order') });
    expect(readFileSync(file, 'utf8')).toBe(before);
    service.closeAll();
  });

  it('reopens a session file to the identical state, dropping a torn last line', async () => {
    const { service, warnings } = setup();
    const { sessionId, file } = withFile(await service.create(solo, 'c1'));
    await toCouncil(service, sessionId);
    const before = service.stateOf(sessionId);
    service.close(sessionId);
    appendFileSync(file, '{"seq": 99, "by": "fra", "at": "20');
    const reopened = await service.open(file, 'c1');
    expect(service.stateOf(reopened.sessionId)).toEqual(before);
    expect(warnings.some((w) => w.includes('was cut short without an end of line'))).toBe(true);
    // The facilitator is told, in the session's information, what was set aside and where.
    expect(reopened.record).toMatchObject({ status: 'verified', notices: [expect.stringMatching(/was never acknowledged\. It was left out of the session and kept, unchanged, in .+\.damaged-\d{8}-\d{6}\.jsonl\./)] });
    // The torn line is gone and the next entry starts on its own line.
    expect(service.submit('c1', reopened.sessionId, FACILITATOR_SEAT, { type: 'session.pause' })).toMatchObject({ ok: true });
    expect(readSessionFile(file).log).toHaveLength(before.log.length + 1);
    service.closeAll();
  });

  it('saves as a new file atomically and keeps journaling there; lists recent sessions', async () => {
    const { service } = setup();
    const { sessionId, file } = withFile(await service.create(solo, 'c1'));
    const saved = service.saveAs(sessionId, 'my practice', false, 'c1');
    expect(saved.file).toBe(join(service.sessionsDir, `my practice${SESSION_EXTENSION}`));
    expect(() => service.saveAs(sessionId, file, false, 'c1')).toThrow('already exists');
    service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' });
    expect(readSessionFile(saved.file!).log).toHaveLength(service.stateOf(sessionId).log.length);
    expect(readSessionFile(file).log.length).toBeLessThan(service.stateOf(sessionId).log.length);
    const recent = service.recent();
    expect(recent.sessions.map((s) => s.name)).toEqual(expect.arrayContaining([`my practice${SESSION_EXTENSION}`]));
    expect(recent.sessions.find((s) => s.file === saved.file)).toMatchObject({ open: true, humanStates: ['FRA'], humanDelegations: ['France'], title: expect.stringContaining('Kestria') });
    // A file saved again by Notepad (a byte-order mark, a blank line) is still listed.
    const notepad = join(service.sessionsDir, `notepad${SESSION_EXTENSION}`);
    writeFileSync(notepad, `\uFEFF\n${readFileSync(file, 'utf8')}`);
    expect(service.recent().sessions.find((s) => s.file === notepad)).toMatchObject({ events: readSessionFile(file).log.length, title: expect.stringContaining('Kestria') });
    expect(() => service.saveAs(sessionId, 'relative/path', false, 'c1')).toThrow('full path');
    service.closeAll();
  });

  it('never lets two sessions write one file: Save As over an open session, a symlink, a second host on the folder', async () => {
    const { service } = setup();
    const created = await service.create(solo, 'c1');
    // The creating connection holds the facilitator's seat, so it is told the file.
    const first = { sessionId: created.sessionId, file: created.file ?? '' };
    expect(first.file).not.toBe('');
    await toCouncil(service, first.sessionId);
    const moves = service.stateOf(first.sessionId).log.length;
    const second = await service.create({ ...solo, seed: 42 }, 'c1');
    // Save As over the first session's file would have orphaned its journal: refused.
    expect(() => service.saveAs(second.sessionId, first.file, true, 'c1')).toThrow(/^Cannot save over .+: This session file is already open in this Moot Council/);
    expect(service.submit('c1', first.sessionId, FACILITATOR_SEAT, { type: 'session.pause' })).toMatchObject({ ok: true });
    expect(readSessionFile(first.file).log).toHaveLength(moves + 1);
    expect(readSessionFile(first.file).config.seed).toBe(41);

    // The same file through a symlink is the same session, not a second writer.
    const link = join(root, `link-${counter}${SESSION_EXTENSION}`);
    symlinkSync(first.file, link);
    expect((await service.open(link, 'c1')).sessionId).toBe(first.sessionId);

    // A second host on the same sessions folder is told why it cannot open the session.
    const other = new SessionService({ scenarios: new ScenarioStore(scenariosDir), sessionsDir: service.sessionsDir, send: () => {}, timers: false, warn: () => {} });
    await expect(other.open(first.file, 'c2')).rejects.toThrow(/already open in this Moot Council/);
    await expect(other.open(link, 'c2')).rejects.toThrow(/already open in this Moot Council/);
    service.close(first.sessionId);
    const reopened = await other.open(link, 'c2');
    expect(other.stateOf(reopened.sessionId).log).toHaveLength(moves + 1);
    other.closeAll();
    service.closeAll();
  });

  it('tells the facilitator, not a delegation, whether the record verified', async () => {
    const { service } = setup();
    const created = await service.create(solo, 'c1');
    const { sessionId } = created;
    const file = created.file ?? '';
    service.close(sessionId);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${[lines[0]!.replace('"seed":41', '"seed":40'), ...lines.slice(1)].join('\n')}\n`);
    const reopened = await service.open(file, 'c1');
    expect(reopened.record).toMatchObject({ status: 'edited', summary: expect.stringMatching(/^Edited outside Moot Council: entry 1 \(Starting the session, by Facilitator/) });
    const restricted = new SessionService({ scenarios: new ScenarioStore(scenariosDir), sessionsDir: service.sessionsDir, send: () => {}, timers: false, access: () => ['fra'] });
    service.closeAll();
    const seatOnly = await restricted.open(file, 'student');
    expect(seatOnly.record).toBeUndefined();
    restricted.closeAll();
  });

  it('refuses a file that is not a session', async () => {
    const { service } = setup();
    const bad = join(root, `bad${SESSION_EXTENSION}`);
    writeFileSync(bad, 'hello\n');
    await expect(service.open(bad, 'c1')).rejects.toThrow('not a Moot Council session file');
    await expect(service.open(join(root, 'missing.moot.jsonl'), 'c1')).rejects.toThrow('no session file');
    const scenario = join(root, 'my-crisis.yaml');
    writeFileSync(scenario, 'id: my-crisis\n');
    await expect(service.open(scenario, 'c1')).rejects.toThrow(/my-crisis\.yaml is a scenario file, not a saved session, and it has \d+ problems:\n/);
  });

  describe('timers', () => {
    beforeEach(() => vi.useFakeTimers({ now: new Date('2031-03-01T10:00:00Z') }));
    afterEach(() => vi.useRealTimers());

    it('ends a timed phase with timer.expired when its deadline passes', async () => {
      const { service } = setup({ timers: true });
      const { sessionId } = await service.create(solo, 'c1');
      service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' }); // -> crisis update (60 s)
      expect(service.stateOf(sessionId).phase).toBe('crisisUpdate');
      await vi.advanceTimersByTimeAsync(61_000);
      const state = service.stateOf(sessionId);
      expect(state.phase).toBe('negotiation');
      expect(state.log.map((e) => e.event)).toContainEqual({ type: 'timer.expired', round: 1, phase: 'crisisUpdate' });
      service.closeAll();
    });

    it('reopens an interrupted timed phase paused where it stopped, not expired', async () => {
      const { service } = setup({ timers: true });
      const { sessionId, file } = withFile(await service.create(solo, 'c1'));
      service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' }); // crisis update, 60 s
      await vi.advanceTimersByTimeAsync(20_000);
      service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'statement.public', text: 'x' }); // refused, nothing changes
      service.close(sessionId);
      await vi.advanceTimersByTimeAsync(600_000); // the file stays closed for ten minutes
      const reopened = await service.open(file, 'c1');
      const state = service.stateOf(reopened.sessionId);
      expect(state.phase).toBe('crisisUpdate');
      expect(state.paused).toBe(true);
      expect(state.timer.remainingWhenPaused).toBe(60);
      await vi.advanceTimersByTimeAsync(120_000);
      expect(service.stateOf(reopened.sessionId).phase).toBe('crisisUpdate');
      expect(service.submit('c1', reopened.sessionId, FACILITATOR_SEAT, { type: 'session.resume' })).toMatchObject({ ok: true });
      await vi.advanceTimersByTimeAsync(61_000);
      expect(service.stateOf(reopened.sessionId).phase).toBe('negotiation');
      service.closeAll();
    });
  });
});

describe('Host session protocol', () => {
  it('answers session requests and addresses pushes to the requesting connection', async () => {
    const host = new Host({ scenariosDir, sessionsDir: join(root, 'host'), appVersion: '0', sessionTimers: false });
    const addressed: string[] = [];
    host.onAddressedPush((connection) => addressed.push(connection));
    const ctx = { transport: 'websocket' as const, connection: 'ws:1' };
    const created = await host.handle({ id: '1', type: 'session.create', payload: solo }, ctx);
    expect(created).toMatchObject({ ok: true, result: { localSeats: ['fra', FACILITATOR_SEAT] } });
    const sessionId = (created as { result: { sessionId: string } }).result.sessionId;
    const sub = await host.handle({ id: '2', type: 'session.subscribe', payload: { sessionId, seatId: 'fra' } }, ctx);
    expect(sub).toMatchObject({ ok: true, result: { seatId: 'fra' } });
    const bad = await host.handle({ id: '3', type: 'session.submit', payload: { sessionId, seatId: 'fra', event: { type: 'vote.cast' } } }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const refused = await host.handle({ id: '4', type: 'session.submit', payload: { sessionId, seatId: 'fra', event: { type: 'phase.advance' } } }, ctx);
    expect(refused).toMatchObject({ ok: true, result: { ok: false, reason: expect.stringContaining('facilitator') } });
    const advanced = await host.handle({ id: '5', type: 'session.submit', payload: { sessionId, seatId: FACILITATOR_SEAT, event: { type: 'phase.advance' } } }, ctx);
    expect(advanced).toMatchObject({ ok: true, result: { ok: true } });
    expect(addressed).toEqual(['ws:1']);
    const gone = await host.handle({ id: '6', type: 'session.subscribe', payload: { sessionId: 'nope', seatId: 'fra' } }, ctx);
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('not open') } });
    const recent = await host.handle({ id: '7', type: 'session.recent', payload: {} }, ctx);
    expect(recent).toMatchObject({ ok: true, result: { sessions: [expect.objectContaining({ scenarioId: 'training-kestria' })] } });
    host.disconnect('ws:1');
    host.sessions.closeAll();
    expect(existsSync(join(root, 'host'))).toBe(true);
  });
});
