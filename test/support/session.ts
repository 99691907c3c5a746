import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../../src/core/scenario/load';
import type { Scenario } from '../../src/core/scenario/schema';
import { applyCommand, createSession, type ApplyResult } from '../../src/core/session';
import type { Command, CouncilVote, SessionConfig, SessionEvent, SessionState } from '../../src/core/session';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

export function loadFixture(name = 'marun-crisis.yaml'): Scenario {
  const result = loadScenarioText(readFileSync(join(FIXTURE_DIR, name), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.scenario;
}

/** One seat per Council member and per briefed state, plus the facilitator ("chair"). Seat id = lower-case code. */
export function fixtureConfig(scenario: Scenario, seed = 1, extraStates: string[] = []): SessionConfig {
  const codes = [...new Set([...scenario.council.permanent, ...scenario.council.elected, ...scenario.states.map((s) => s.code), ...extraStates])];
  return {
    scenarioId: scenario.id,
    seed,
    mode: 'solo',
    difficulty: 'realistic',
    seats: [{ id: 'chair', kind: 'facilitator', state: null }, ...codes.map((code) => ({ id: code.toLowerCase(), kind: 'ai' as const, state: code }))],
  };
}

/** Drives a session in tests: `s.do('fra', {...})` applies and expects success; `s.try` returns the result. */
export class Driver {
  state: SessionState;
  private clock = 0;
  constructor(
    readonly scenario: Scenario,
    readonly config: SessionConfig = fixtureConfig(scenario),
  ) {
    this.state = createSession(scenario, config);
  }
  command(by: string, event: SessionEvent | Record<string, unknown>, extra: Partial<Command> = {}): Command {
    return { by, at: new Date(Date.UTC(2030, 0, 1) + 1000 * this.clock++).toISOString(), event: event as SessionEvent, ...extra };
  }
  try(by: string, event: SessionEvent | Record<string, unknown>, extra: Partial<Command> = {}): ApplyResult {
    const result = applyCommand(this.scenario, this.state, this.command(by, event, extra));
    if (result.ok) this.state = result.state;
    return result;
  }
  do(by: string, event: SessionEvent | Record<string, unknown>, extra: Partial<Command> = {}): this {
    const result = this.try(by, event, extra);
    if (!result.ok) throw new Error(`${by} ${String(event.type)} rejected: ${result.reason}`);
    return this;
  }
  reject(by: string, event: SessionEvent | Record<string, unknown>, extra: Partial<Command> = {}): string {
    const before = this.state;
    const result = this.try(by, event, extra);
    if (result.ok) throw new Error(`${by} ${String(event.type)} was accepted`);
    if (this.state !== before) throw new Error('state changed on rejection');
    return result.reason;
  }
  advance(times = 1): this {
    for (let i = 0; i < times; i++) this.do('chair', { type: 'phase.advance' });
    return this;
  }
  /** From seating to the given phase of round 1 (crisis update → negotiation → council). */
  toPhase(phase: 'crisisUpdate' | 'negotiation' | 'council'): this {
    this.do('chair', { type: 'session.start' }).advance();
    if (phase !== 'crisisUpdate') this.advance();
    if (phase === 'council') this.advance();
    return this;
  }
  /** Votes of Council members on the open ballot: codes in yes/no/abstain lists. */
  voteAll(votes: { yes?: string[]; no?: string[]; abstain?: string[] }): this {
    const ballot = this.state.ballots.find((b) => b.closedSeq === null);
    if (!ballot) throw new Error('no open ballot');
    for (const [vote, codes] of Object.entries(votes)) {
      for (const code of codes ?? []) this.do(code.toLowerCase(), { type: 'vote.cast', ballotId: ballot.id, vote: vote as CouncilVote });
    }
    return this;
  }
  tableCouncilDraft(by: string, draftId: string, extra: Record<string, unknown> = {}): this {
    return this.do(by, {
      type: 'draft.table',
      draftId,
      forum: 'council',
      title: 'The situation in the Marun Valley',
      measures: ['commission-of-inquiry'],
      operativeParagraphs: ['Decides to establish a commission of inquiry.'],
      chapter: 'VII',
      ...extra,
    });
  }
}

/** The 11-1-3 pattern of 25 Feb 2022 (S/2022/155) transposed onto the fixture's Council. */
export const ELEVEN_ONE_THREE = {
  yes: ['FRA', 'GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR'],
  no: ['RUS'],
  abstain: ['CHN', 'IND', 'ARE'],
};
