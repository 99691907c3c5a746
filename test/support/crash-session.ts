import type { Scenario } from '../../src/core/scenario/schema';
import type { Command, SessionConfig } from '../../src/core/session';

/**
 * The session the crash test writes: the facilitator starts it and opens the negotiation, then
 * the delegations make long public statements, one after the other, for as long as it runs.
 */
export function crashConfig(scenario: Scenario): SessionConfig {
  const codes = [...new Set([...scenario.council.permanent, ...scenario.council.elected])];
  return {
    scenarioId: scenario.id,
    seed: 1,
    mode: 'solo',
    difficulty: 'realistic',
    seats: [{ id: 'chair', kind: 'facilitator', state: null }, ...codes.map((code) => ({ id: code.toLowerCase(), kind: 'human' as const, state: code }))],
  };
}

const SPEAKERS = ['fra', 'gbr', 'usa', 'rus', 'chn'];
const OPENING: Command['event'][] = [{ type: 'session.start' }, { type: 'phase.advance' }, { type: 'phase.advance' }];
/** Long enough that a kill often lands in the middle of writing a line. */
const STATEMENT_LENGTH = 3000;

export function crashCommand(i: number): Command {
  const at = new Date(Date.UTC(2030, 0, 1) + i * 1000).toISOString();
  const opening = OPENING[i];
  if (opening) return { by: 'chair', at, event: opening };
  const text = `Statement ${i}. ${'The delegation calls for restraint. '.repeat(STATEMENT_LENGTH / 36)}`.slice(0, STATEMENT_LENGTH);
  return { by: SPEAKERS[i % SPEAKERS.length]!, at, event: { type: 'statement.public', text } };
}
