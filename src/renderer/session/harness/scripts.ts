import { loadScenarioText } from '../../../core/scenario/load';
import type { Scenario } from '../../../core/scenario/schema';
import { applyCommand, createSession, type SessionConfig, type SessionEvent, type SessionState } from '../../../core/session';
import shieldYaml from '../../../../scenarios/d2r-shield.yaml?raw';

/**
 * Scripted sessions for the screen harness (development only): the D2R scenario with two human
 * seats (Halvard and the United States), the facilitator, and AI seats for the rest of the Council.
 */
export function loadShield(): Scenario {
  const result = loadScenarioText(shieldYaml);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  // A stated meeting for the meeting card (the shipped scenario states none).
  return {
    ...result.scenario,
    meetings: [
      {
        id: 'arria-sarani',
        title: 'Arria-formula meeting on the Sarani',
        round: 1,
        convener: 'Norway',
        purpose: 'Hear Sarani survivors and press for humanitarian access to the camps.',
        invitees: ['HLV', 'USA', 'RUS', 'CHN', 'CAN'],
      },
    ],
  };
}

export function shieldConfig(scenario: Scenario, mode: SessionConfig['mode'] = 'hotseat'): SessionConfig {
  const codes = [...new Set([...scenario.council.permanent, ...scenario.council.elected, ...scenario.states.map((s) => s.code)])];
  return {
    scenarioId: scenario.id,
    seed: 41,
    mode,
    difficulty: 'realistic',
    seats: [
      { id: 'chair', kind: 'facilitator', state: null },
      ...codes.map((code) => ({ id: code.toLowerCase(), kind: code === 'HLV' || code === 'USA' ? ('human' as const) : ('ai' as const), state: code })),
    ],
  };
}

export class Script {
  state: SessionState;
  private clock = Date.now() - 20 * 60 * 1000;
  constructor(
    readonly scenario: Scenario,
    config: SessionConfig,
  ) {
    this.state = createSession(scenario, config);
  }
  at(): string {
    this.clock += 3000;
    return new Date(this.clock).toISOString();
  }
  do(by: string, event: SessionEvent, actingFor?: string): this {
    const result = applyCommand(this.scenario, this.state, { by, at: this.at(), event, ...(actingFor ? { actingFor } : {}) });
    if (!result.ok) throw new Error(`${by} ${event.type}: ${result.reason}`);
    this.state = result.state;
    return this;
  }
  advance(n = 1): this {
    for (let i = 0; i < n; i++) this.do('chair', { type: 'phase.advance' });
    return this;
  }
  /** Advances until the session is in `phase` (the round skips phases that do not apply). */
  until(phase: SessionState['phase']): this {
    for (let i = 0; i < 12 && this.state.phase !== phase; i++) this.advance();
    return this;
  }
}

const ARMS = { kind: 'no-arms-transfers', perpetrator: 'meridian-forces' } as const;

/** The named scripts: each a point in one session of the D2R scenario. */
export const SCRIPTS: Record<string, (s: Script) => Script> = {
  seating: (s) => s,
  negotiation: (s) =>
    s
      .do('chair', { type: 'session.start' })
      .advance(2)
      .do('hlv', { type: 'statement.public', text: 'Halvard will not let its ammunition be used against the Sarani.' })
      .do('usa', { type: 'message.private', to: 'HLV', text: 'We should talk before the Council meets. What would Halvard need?' })
      .do('hlv', { type: 'message.private', to: 'USA', text: 'A joint commitment: no arms to the Meridian forces while the operation lasts.' })
      .do('hlv', {
        type: 'd2r.propose',
        agreementId: 'd2r-hlv-usa-1',
        to: 'USA',
        clauses: [ARMS, { kind: 'monitoring-and-reporting' }],
        durationRounds: 3,
      }),
  /** Group channels: the United States writes to the permanent five, Norway invites Halvard and the United States to a contact group. */
  groups: (s) =>
    SCRIPTS.negotiation!(s)
      .do('usa', { type: 'group.message', groupId: 'permanent-five', text: 'Can the five agree on humanitarian access before the Council meets?' })
      .do('gbr', { type: 'group.message', groupId: 'permanent-five', text: 'The United Kingdom supports access and a commission of inquiry.' })
      .do('nor', { type: 'group.convene', groupId: 'friends-of-the-sarani', title: 'Friends of the Sarani', invitees: ['HLV', 'USA', 'CAN'] })
      .do('can', { type: 'group.join', groupId: 'friends-of-the-sarani' })
      .do('nor', { type: 'group.message', groupId: 'friends-of-the-sarani', text: 'We meet to press for a ceasefire around the camps.' }),
  /** A stated meeting: Canada attends, Russia declines; Halvard and the United States have yet to answer. */
  meeting: (s) =>
    SCRIPTS.negotiation!(s)
      .do('can', { type: 'meeting.attend', meetingId: 'arria-sarani' })
      .do('rus', { type: 'meeting.decline', meetingId: 'arria-sarani', reason: 'Russia will not join a meeting that prejudges the facts.' }),
  /** Council statements: Norway's presidential statement (Canada joins), Ghana's press statement blocked by China. */
  statements: (s) =>
    SCRIPTS.negotiation!(s)
      .until('council')
      .do('nor', { type: 'councilStatement.propose', statementId: 'statement-1', kind: 'presidential', text: 'The Security Council condemns the attacks on Sarani camps and calls on all parties to allow humanitarian access.' })
      .do('can', { type: 'councilStatement.join', statementId: 'statement-1' })
      .do('gha', { type: 'councilStatement.propose', statementId: 'statement-2', kind: 'press', text: 'The members of the Security Council call on the Meridian forces to stop shelling the camps.' })
      .do('chn', { type: 'councilStatement.object', statementId: 'statement-2', reason: 'The text prejudges facts the Council has not established.' }),
  signed: (s) =>
    SCRIPTS.negotiation!(s)
      .do('usa', { type: 'd2r.counter', agreementId: 'd2r-hlv-usa-1', clauses: [ARMS, { kind: 'monitoring-and-reporting' }, { kind: 'consultation-and-dispute-settlement' }] })
      .do('hlv', { type: 'd2r.sign', agreementId: 'd2r-hlv-usa-1' }),
  conduct: (s) =>
    SCRIPTS.signed!(s)
      .advance(1)
      .do('gbr', { type: 'draft.table', draftId: 'coi', forum: 'council', title: 'The situation in Meridia', measures: ['commission-of-inquiry'], operativeParagraphs: ['Decides to establish a commission of inquiry.'], chapter: 'VII' })
      .until('conduct')
      .do('usa', { type: 'conduct.act', kind: 'arms-transfer', target: 'meridian-forces', scale: 'substantial' })
      .do('hlv', { type: 'conduct.act', kind: 'humanitarian-aid', scale: 'limited' }),
  adjudication: (s) =>
    SCRIPTS.conduct!(s)
      .do('hlv', { type: 'conduct.done' })
      .do('chair', { type: 'session.end' })
      .do('hlv', { type: 'memorial.file', arguments: [{ argument: 'measures-taken', text: 'Halvard suspended its deliveries and sent aid.' }] }),
  debrief: (s) =>
    SCRIPTS.adjudication!(s)
      .do('chair', { type: 'judgment.override', state: 'USA', duty: 'not-obstruct', holds: false, reason: 'The United States offered its own draft on humanitarian access.' })
      .do('chair', { type: 'judgment.deliver' }),
};
