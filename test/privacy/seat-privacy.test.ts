import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECTOR_SEAT, type ClassroomStatus, type Reply, type SessionMeta, type SessionUpdate } from '../../src/core/protocol';
import type { Scenario } from '../../src/core/scenario/schema';
import { applyCommand, createSession, type Command, type SessionConfig, type SessionState } from '../../src/core/session';
import { entryVisible } from '../../src/core/session/view';
import { exportTranscript, EXPORT_FORMATS, type PdfPrinter } from '../../src/host/export';
import { Host } from '../../src/host/host';
import { sessionFileHeader, writeSessionFile } from '../../src/host/session-file';
import { randomCommand, type Pick } from '../support/random-session';
import { scriptedTranscriptSession, transcriptConfig } from '../support/transcript-session';

/**
 * A fair table (issue 14): for sessions generated at random, nothing that leaves the host for a
 * delegation's seat or the projector carries a secret of another seat. Each seat joins with its
 * classroom code and sends every request a seat may send; every push it receives, and its record
 * in every export format (md, html, json, and the HTML and footer printed to PDF), is checked
 * against the secrets of the others: their briefs, intelligence, private messages, D2R notes,
 * private veto threats, injects the facilitator wrote to other delegations, memorials and coach
 * notes before the debrief, unfired injects, later
 * evidence, relationships and teaching notes before the debrief, the seed and the session file.
 */

/** The transcript fixture, with every confidential text made a token this test can find anywhere. */
function scenarioWithTokens(s: Scenario): Scenario {
  return {
    ...s,
    states: s.states.map((entry) =>
      entry.brief
        ? {
            ...entry,
            brief: {
              summary: `brief-secret:${entry.code}:summary`,
              interests: [`brief-secret:${entry.code}:interest`],
              redLines: [`brief-secret:${entry.code}:red-line`],
              objectives: [`brief-secret:${entry.code}:objective`],
            },
          }
        : entry,
    ),
    relationships: s.relationships.map((r, i) => ({ ...r, note: `relationship-secret:${i}` })),
    evidence: s.evidence.map((e, i) => (i === 0 ? e : { ...e, note: `evidence-secret:${i}` })),
    intelligence: [
      ...s.intelligence.map((x, i) => ({ ...x, note: `intel-secret:${i}` })),
      { round: 1, recipients: ['RUS'], level: 'manifest', note: `intel-secret:${s.intelligence.length}` },
      { round: 2, recipients: ['SRB', 'KEN'], level: 'credible', note: `intel-secret:${s.intelligence.length + 1}` },
    ],
    injects: s.injects.map((x) => ({ ...x, title: `inject-secret:${x.id}:title`, text: `inject-secret:${x.id}:text` })),
    teachingNotes: { ...s.teachingNotes, objectives: ['teaching-secret:objective'] },
  };
}

const scripted = scriptedTranscriptSession();
const scenario = scenarioWithTokens(scripted.scenario);
/** The host's facilitator seat is "facilitator" (the classroom console acts as it); the script's is "chair". */
const asHostSeat = (seatId: string) => (seatId === 'chair' ? 'facilitator' : seatId);
/**
 * The scripted session's commands (test/support/transcript-session.ts: private messages, a D2R
 * agreement, a private veto threat, vetoes, the veto-initiative debate, memorials, coach notes,
 * the judgment), replayed on the tokenised scenario.
 */
const script: Command[] = scripted.driver.state.log.map(({ seq: _seq, ...command }) => ({
  ...command,
  by: asHostSeat(command.by),
  ...(command.actingFor ? { actingFor: asHostSeat(command.actingFor) } : {}),
}));
const root = mkdtempSync(join(tmpdir(), 'moot-seat-privacy-'));
const scenariosDir = join(root, 'scenarios');
const sessionsDir = join(root, 'sessions');
mkdirSync(scenariosDir, { recursive: true });
mkdirSync(sessionsDir, { recursive: true });
writeFileSync(join(scenariosDir, 'marun-crisis.json'), JSON.stringify(scenario));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every seat played by a person (a classroom), so each can join with its own code. */
function classroomConfig(seed: number): SessionConfig {
  const config = transcriptConfig(scenario);
  return {
    ...config,
    seed,
    seats: config.seats.map((s) => (s.kind === 'ai' ? { ...s, kind: 'human' as const } : { ...s, id: asHostSeat(s.id) })),
  };
}

/**
 * A generated session: the script cut at a random point (every phase of both rounds, up to the
 * delivered judgment) and, where it falls in the rounds, an inject the facilitator writes to one
 * delegation, then random legal and illegal commands (test/support/random-session.ts).
 */
function generatedSession(config: SessionConfig, cut: number, picks: readonly Pick[]): SessionState {
  let state = createSession(scenario, config);
  for (const command of script.slice(0, cut)) {
    const result = applyCommand(scenario, state, command);
    if (!result.ok) throw new Error(`the script's ${command.event.type} was refused: ${result.reason}`);
    state = result.state;
  }
  // Where the cut falls in the rounds, the facilitator writes an inject to one delegation chosen by the seed.
  const codes = config.seats.flatMap((s) => (s.state ? [s.state] : []));
  const to = codes[config.seed % codes.length]!;
  const words = `written-inject-secret:${to}:scripted`;
  const at = script[Math.max(0, cut - 1)]!.at;
  const wrote = applyCommand(scenario, state, { by: 'facilitator', at, event: { type: 'inject.write', title: `${words}:title`, text: `${words}:text`, recipients: [to] } });
  if (wrote.ok) state = wrote.state;
  const start = Date.parse(script[script.length - 1]!.at);
  picks.forEach((pick, i) => {
    const result = applyCommand(scenario, state, randomCommand(scenario, state, pick, new Date(start + (i + 1) * 7000).toISOString()));
    if (result.ok) state = result.state;
  });
  return state;
}

const host = new Host({ scenariosDir, sessionsDir, sessionTimers: false, policy: () => [], appVersion: '0.0.0-test' });
const pushes = new Map<string, string[]>();
host.onAddressedPush((connection, push) => {
  const list = pushes.get(connection) ?? [];
  list.push(JSON.stringify(push));
  pushes.set(connection, list);
});
let counter = 0;
async function send(connection: string, type: string, payload: unknown = {}): Promise<Reply> {
  counter += 1;
  return host.handle({ id: `r${counter}`, type, payload }, { transport: 'websocket', connection });
}
function resultOf<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.result as T;
}

interface Secret {
  what: string;
  text: string;
}

/**
 * A text typed by a player (a message, a memorial, a note) is searched for only when it is long
 * enough not to occur by chance: the random commands may file an empty memorial or a one-letter
 * message, and "" or "a" is in every document. The scenario's own secrets are long markers.
 */
const DISTINCTIVE_TEXT_LENGTH = 12;
const distinctive = (text: string) => text.trim().length >= DISTINCTIVE_TEXT_LENGTH;

/** What a seat of `code` (null: the projector) must never receive. */
function secretsFor(state: SessionState, code: string | null, seed: number, file: string): Secret[] {
  const debrief = state.phase === 'debrief';
  const out: Secret[] = [
    { what: 'the seed', text: String(seed) },
    { what: 'the sessions folder', text: sessionsDir },
    { what: 'the session file name', text: basename(file, '.moot.jsonl') },
  ];
  const other = (owner: string | null | undefined) => owner !== code;
  for (const entry of scenario.states) if (entry.brief && other(entry.code)) out.push({ what: `${entry.code}'s brief`, text: `brief-secret:${entry.code}:` });
  scenario.intelligence.forEach((x, i) => {
    if (code === null || !x.recipients.includes(code)) out.push({ what: `intelligence to ${x.recipients.join('+')}`, text: `intel-secret:${i}` });
  });
  scenario.relationships.forEach((r, i) => {
    if (!debrief && other(r.from)) out.push({ what: `${r.from}'s relationship`, text: `relationship-secret:${i}` });
  });
  scenario.evidence.forEach((e, i) => {
    if (e.round > state.round) out.push({ what: `evidence of round ${e.round}`, text: `evidence-secret:${i}` });
  });
  const fired = new Set(state.injectsFired.map((f) => f.injectId));
  for (const x of scenario.injects) if (!fired.has(x.id)) out.push({ what: `unfired inject ${x.id}`, text: `inject-secret:${x.id}` });
  if (!debrief) out.push({ what: 'the teaching notes', text: 'teaching-secret:' });

  const sight = { facilitator: false, state: code, debrief };
  const stateOf = (seatId: string) => state.config.seats.find((s) => s.id === seatId)?.state ?? null;
  const signedNotes = new Set(Object.values(state.agreements).flatMap((a) => (a.status === 'signed' && a.note ? [a.note] : [])));
  const visibleCoach = new Set<string>();
  const hiddenCoach = new Set<string>();
  for (const entry of state.log) {
    const visible = entryVisible(state, entry, sight);
    const coach = entry.ai?.coach;
    if (coach && distinctive(coach)) (visible && debrief ? visibleCoach : hiddenCoach).add(coach);
    const e = entry.event;
    // An inject the facilitator wrote to chosen delegations: its title and text reach them only.
    if (e.type === 'inject.write' && e.recipients && (code === null || !e.recipients.includes(code))) {
      out.push({ what: `inject #${entry.seq} written to ${e.recipients.join('+')}`, text: e.text }, { what: `the title of inject #${entry.seq}`, text: e.title });
    }
    // The instructor's marks are the instructor's (docs/assessment.md): no seat's view, record or export holds a rubric comment, even in the debrief.
    if (e.type === 'rubric.edit' && code !== null && distinctive(e.comment)) out.push({ what: `the facilitator's rubric comment #${entry.seq}`, text: e.comment });
    if (visible) continue;
    // A proposal's note becomes an article of the agreement ("Understanding of the Parties"): public once signed.
    if ((e.type === 'd2r.propose' || e.type === 'd2r.counter') && e.note && distinctive(e.note) && !signedNotes.has(e.note)) out.push({ what: `D2R note #${entry.seq}`, text: e.note });
    // An offer's note and its answer's reason are for its two parties (and everyone in the debrief).
    if (e.type === 'offer.make' && e.note && distinctive(e.note)) out.push({ what: `the note of offer #${entry.seq}`, text: e.note });
    if (e.type === 'offer.answer' && distinctive(e.reason)) out.push({ what: `the reason of answer #${entry.seq}`, text: e.reason });
    if (e.type === 'veto.threaten') {
      // The engine's words for a threat are "#seq round r: private threat to veto …".
      out.push({ what: `private veto threat #${entry.seq} by ${stateOf(entry.actingFor ?? entry.by)}`, text: `#${entry.seq} round ` });
    }
  }
  for (const coach of hiddenCoach) if (!visibleCoach.has(coach)) out.push({ what: 'a coach note', text: coach });
  for (const messages of Object.values(state.channels)) {
    for (const m of messages) if (m.from !== code && m.to !== code && distinctive(m.text)) out.push({ what: `a message from ${m.from} to ${m.to}`, text: m.text });
  }
  // A group channel's messages reach its members only; a contact group's title, those it invited (everyone in the debrief).
  for (const group of Object.values(state.groups)) {
    if (debrief) continue;
    const member = code !== null && group.members.includes(code);
    if (!member) for (const m of group.messages) out.push({ what: `a message in the group ${group.id}`, text: m.text });
    const invited = code !== null && (group.convenor === code || group.invitees.includes(code) || member);
    if (group.kind === 'contact' && !invited) out.push({ what: `the title of contact group ${group.id}`, text: group.title });
  }
  // The presiding judge's reasons are part of the judgment: no seat reads them before it is delivered.
  if (!debrief) for (const o of state.overrides) if (distinctive(o.reason)) out.push({ what: `the judge's override on ${o.state}`, text: o.reason });
  for (const m of Object.values(state.memorials)) {
    if (!debrief && other(m.state)) for (const a of m.arguments) if (distinctive(a.text)) out.push({ what: `${m.state}'s memorial`, text: a.text });
  }
  return out;
}

/** Private messages between others: each text names its sender and addressee ("secret:FRA>RUS:…"). */
function foreignMessages(text: string, code: string | null): string[] {
  return [...text.matchAll(/secret:([A-Z]{3}|chair)>([A-Z]{3})/g)].filter((m) => m[1] !== code && m[2] !== code).map((m) => m[0]);
}

const capturingPrinter =
  (into: string[]): PdfPrinter =>
  async (html, { title, footer }) => {
    into.push(html, title, footer);
    return new Uint8Array();
  };

/** Everything a seat (or the projector) receives from the host, as text. */
async function whatASeatReceives(sessionId: string, seatId: string, code: string, nonce: number): Promise<string[]> {
  const connection = `lan-${sessionId}-${seatId}`;
  pushes.delete(connection);
  host.classroom.attach(connection, { lan: true, close: () => undefined });
  const received: string[] = [];
  const keep = (reply: Reply) => received.push(JSON.stringify(reply));
  const join = await send(connection, 'classroom.join', { code });
  keep(join);
  if (!join.ok) throw new Error(`could not join as ${seatId}: ${join.error.message}`);
  keep(await send(connection, 'host.info'));
  keep(await send(connection, 'session.info', { sessionId }));
  keep(await send(connection, 'classroom.projector', { sessionId }));
  keep(await send(connection, 'scenario.get', { id: scenario.id }));
  if (seatId !== PROJECTOR_SEAT) {
    const subscribed = await send(connection, 'session.subscribe', { sessionId, seatId });
    keep(subscribed);
    const meta = resultOf<SessionUpdate>(subscribed).meta;
    expect(meta.seed).toBeNull();
    expect(meta.file).toBeNull();
    keep(await send(connection, 'session.allowed', { sessionId, seatId }));
    keep(await send(connection, 'session.report', { sessionId, seatId }));
    // What would have changed the findings: its own state's, and (asked about every other) nothing.
    for (const { code: state } of scenario.states) keep(await send(connection, 'session.whatIf', { sessionId, seatId, state }));
    const submitted = await send(connection, 'session.submit', {
      sessionId,
      seatId,
      event: { type: 'statement.public', text: `Statement ${nonce}.` },
      nonce: { client: `privacy-${seatId}`, seq: nonce },
    });
    keep(submitted);
    // The seat's own move goes through (or is refused by the procedure, never by the message's form).
    if (!submitted.ok) expect(submitted.error.code, submitted.error.message).not.toBe('bad-request');
  }
  return received;
}

function leaksIn(texts: readonly string[], secrets: readonly Secret[], code: string | null): string[] {
  const leaks: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) if (text.includes(secret.text)) leaks.push(`${secret.what} ("${secret.text}")`);
    for (const message of foreignMessages(text, code)) leaks.push(`a private message between others (${message})`);
  }
  return [...new Set(leaks)];
}

const picks = fc.array(fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat())) as fc.Arbitrary<Pick>, {
  maxLength: 120,
});
/** Where the script stops: often at its end (the judgment delivered), else anywhere. */
const cuts = fc.oneof(fc.constant(script.length), fc.nat({ max: script.length }));
const seeds = fc.integer({ min: 100_000_000, max: 2 ** 31 - 1 });

describe('a fair table: nothing leaves the host for a seat that belongs to another', () => {
  it('every request a seat may send, every push and every export format hold no secret of another seat', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(cuts, picks, seeds, async (cut, sequence, seed) => {
        run += 1;
        const config = classroomConfig(seed);
        const played = generatedSession(config, cut, sequence);
        // An older file name with the seed in it: it opens, and the name is not shown to seats.
        const file = join(sessionsDir, `marun-crisis-run${run}-seed${seed}.moot.jsonl`);
        writeSessionFile(file, { ...sessionFileHeader(scenario, config), mode: 'classroom', timers: false } as ReturnType<typeof sessionFileHeader>, played.log);
        const opened = resultOf<SessionMeta>(await send('desk', 'session.open', { file }));
        expect(opened.seed).toBe(seed);
        const sessionId = opened.sessionId;
        try {
          const seats = opened.seats.filter((s) => s.kind !== 'facilitator');
          let status: ClassroomStatus | null = null;
          for (const seat of [...seats.map((s) => s.id), PROJECTOR_SEAT]) {
            status = resultOf<ClassroomStatus>(await send('desk', 'classroom.issue', { sessionId, seatId: seat }));
          }
          const codeOf = (seatId: string) =>
            seatId === PROJECTOR_SEAT ? status!.projector.code! : status!.seats.find((s) => s.seatId === seatId)!.code!;
          const viewers = [...seats.map((s) => ({ seatId: s.id, code: s.state })), { seatId: PROJECTOR_SEAT, code: null }];
          const received = new Map<string, string[]>();
          for (const [i, viewer] of viewers.entries()) received.set(viewer.seatId, await whatASeatReceives(sessionId, viewer.seatId, codeOf(viewer.seatId), i + 1));
          // What a seat may see only grows: its replies are checked against the record as it was then.
          const asked = host.sessions.stateOf(sessionId);
          // The facilitator moves the session on: every subscriber and the projector get a push.
          for (const event of [{ type: 'session.pause' }, { type: 'session.resume' }, { type: 'phase.advance' }]) {
            await send('desk', 'session.submit', { sessionId, seatId: 'facilitator', event });
          }
          const state = host.sessions.stateOf(sessionId);
          for (const viewer of viewers) {
            const replies = received.get(viewer.seatId)!;
            expect(leaksIn(replies, secretsFor(asked, viewer.code, seed, file), viewer.code), `${viewer.seatId} in ${asked.phase}`).toEqual([]);
            const texts = [...(pushes.get(`lan-${sessionId}-${viewer.seatId}`) ?? [])];
            if (viewer.code) {
              // The rubric (CSV) is the facilitator's alone: a seat asking for it is refused.
              await expect(exportTranscript(scenario, state, { format: 'csv', as: viewer.code, world: null })).rejects.toThrow(/facilitator's/);
              for (const format of EXPORT_FORMATS.filter((f) => f !== 'csv')) {
                const printed: string[] = [];
                const result = await exportTranscript(scenario, state, { format, as: viewer.code, world: null, printer: capturingPrinter(printed) });
                texts.push(typeof result.content === 'string' ? result.content : '', result.fileName, ...printed);
              }
            }
            expect(leaksIn(texts, secretsFor(state, viewer.code, seed, file), viewer.code), `${viewer.seatId} in ${state.phase}`).toEqual([]);
          }
        } finally {
          host.sessions.close(sessionId);
        }
      }),
      { numRuns: 3 },
    );
  }, 120_000);
});
