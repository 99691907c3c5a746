import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Driver, fixtureConfig } from '../../../test/support/session';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import type { Command, SessionConfig } from '../session/events';
import { aiMoves } from './ai-delegate';
import { selfPlayTimestamp } from './self-play';

/**
 * Issue 16 items 3 and 5, in the chamber's terms: a private message to an AI delegation gets an
 * answer in the same phase, and the AI delegations leave the people at the table the first move.
 */

function shipped(file: string): Scenario {
  const result = loadScenarioText(readFileSync(join(import.meta.dirname, '..', '..', '..', 'scenarios', file), 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.scenario;
}

const syria = shipped('syria-2011-2013.yaml');
const shield = shipped('d2r-shield.yaml');

/** The fixture's seats with these states played by people. */
function withHumans(scenario: Scenario, humans: string[]): SessionConfig {
  const config = fixtureConfig(scenario);
  return { ...config, seats: config.seats.map((s) => (s.state && humans.includes(s.state) ? { ...s, kind: 'human' as const } : s)) };
}

function movesOf(s: Driver, seat: string): Command[] {
  const checked = aiMoves(s.scenario, s.state, seat, selfPlayTimestamp(s.state.log.length + 1));
  expect(checked.refused).toEqual([]);
  return checked.commands;
}

/** Lets the AI seats move until none has anything more to do (as the host does after a human move); the moves they made. */
function playAi(s: Driver): Command[] {
  const made: Command[] = [];
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (const seat of s.state.config.seats) {
      if (seat.kind !== 'ai') continue;
      for (const command of movesOf(s, seat.id)) {
        s.do(seat.id, command.event);
        made.push(command);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return made;
}

function repliesOf(s: Driver, seat: string, to: string): string[] {
  return movesOf(s, seat).flatMap((c) => (c.event.type === 'message.private' && c.event.to === to ? [c.event.text] : []));
}

describe('every private message from a person gets an answer', () => {
  it("China answers France's message on a tabled draft with its vote on it by title and what would move it", () => {
    const s = new Driver(syria, withHumans(syria, ['FRA'])).toPhase('council');
    s.do('fra', { type: 'draft.table', draftId: 'fr-1', forum: 'council', title: 'Accountability in Syria', measures: ['condemnation', 'sanctions'], operativeParagraphs: ['Decides.'], chapter: 'VII' });
    s.do('fra', { type: 'message.private', to: 'CHN', text: 'Could China support the sanctions in our draft, or at least abstain?' });
    const [answer, ...more] = repliesOf(s, 'chn', 'FRA');
    expect(more).toEqual([]);
    expect(answer).toContain('"Accountability in Syria"');
    expect(answer).toMatch(/we would (vote against it|abstain|vote for it)/);
    expect(answer).toMatch(/sanctions/);
    expect(answer).toMatch(/We would consider|We have no offer/);
    expect(answer).not.toMatch(/cannot make out/);
  });

  it('says plainly when it cannot read a proposal in the message, and still gives its position', () => {
    const s = new Driver(syria, withHumans(syria, ['FRA'])).toPhase('negotiation');
    s.do('fra', { type: 'message.private', to: 'RUS', text: 'Good morning, dear colleagues.' });
    const [answer] = repliesOf(s, 'rus', 'FRA');
    expect(answer).toMatch(/cannot make out in it a draft, a measure or an agreement/);
    expect(answer).toMatch(/No draft is before the Council/);
    expect(answer).toMatch(/we could not accept|we would support/);
  });

  it('answers once: after its reply it waits for the next message', () => {
    const s = new Driver(syria, withHumans(syria, ['FRA'])).toPhase('negotiation');
    s.do('fra', { type: 'message.private', to: 'RUS', text: 'Would you accept an arms embargo?' });
    const [answer] = repliesOf(s, 'rus', 'FRA');
    s.do('rus', { type: 'message.private', to: 'FRA', text: answer! });
    expect(repliesOf(s, 'rus', 'FRA')).toEqual([]);
    s.do('fra', { type: 'message.private', to: 'RUS', text: 'And humanitarian access?' });
    expect(repliesOf(s, 'rus', 'FRA')).toHaveLength(1);
  });

  it('AI delegations do not answer one another (no endless exchange)', () => {
    const s = new Driver(syria).toPhase('negotiation');
    s.do('fra', { type: 'message.private', to: 'RUS', text: 'Would you accept an arms embargo?' });
    expect(repliesOf(s, 'rus', 'FRA')).toEqual([]);
  });
});

describe('the AI delegations leave the people at the table the first move', () => {
  // An AI draft is tabled by putting its circulated text in blue, then put to the vote (penholding.ts).
  const TABLING: readonly string[] = ['draft.table', 'draft.putInBlue', 'vote.open'];

  it('the AI penholder does not table before a human Council member has tabled or passed', () => {
    const s = new Driver(syria, withHumans(syria, ['FRA'])).toPhase('negotiation');
    expect(playAi(s).some((c) => c.event.type === 'draft.circulate')).toBe(true);
    s.advance();
    const tables = () => s.state.config.seats.filter((x) => x.kind === 'ai').flatMap((x) => movesOf(s, x.id)).filter((c) => TABLING.includes(c.event.type));
    expect(tables()).toEqual([]);
    s.do('fra', { type: 'delegation.pass' });
    expect(tables().length).toBeGreaterThan(0);
  });

  it("after a human's draft is vetoed, no AI tables a compromise before its sponsor tables again or passes, nor at once after", () => {
    const s = new Driver(shield, withHumans(shield, ['GBR'])).toPhase('council');
    s.do('gbr', { type: 'draft.table', draftId: 'gb-1', forum: 'council', title: 'Protection of civilians', measures: ['sanctions', 'humanitarian-access'], operativeParagraphs: ['Decides.'], chapter: 'VII' });
    s.do('gbr', { type: 'vote.open', draftId: 'gb-1' });
    const ballot = s.state.ballots.at(-1)!;
    for (const code of ballot.electorate) s.do(code.toLowerCase(), { type: 'vote.cast', ballotId: ballot.id, vote: code === 'USA' ? 'no' : 'yes' });
    if (s.state.ballots.at(-1)!.closedSeq === null) s.do('chair', { type: 'vote.close', ballotId: ballot.id });
    expect(s.state.drafts['gb-1']!.status).toBe('vetoed');
    const tabledByAi = () => playAi(s).filter((c) => TABLING.includes(c.event.type));
    expect(tabledByAi()).toEqual([]);
    s.do('gbr', { type: 'delegation.pass' });
    // Nor after it passes: no AI re-tables at once after a veto; the next text is circulated in the next round's Negotiation.
    expect(playAi(s).filter((c) => c.event.type === 'draft.table')).toEqual([]);
  });

  it('after a veto, a human Council member moves the referral first; the AI moves it only once that member has passed', () => {
    const s = new Driver(shield, withHumans(shield, ['GBR'])).toPhase('council');
    s.do('gbr', { type: 'draft.table', draftId: 'gb-1', forum: 'council', title: 'Protection of civilians', measures: ['sanctions', 'arms-embargo'], operativeParagraphs: ['Decides.'], chapter: 'VII' });
    s.do('gbr', { type: 'vote.open', draftId: 'gb-1' });
    const ballot = s.state.ballots.at(-1)!.id;
    for (const seat of s.state.config.seats) {
      if (seat.kind === 'facilitator' || seat.state === null || !s.state.ballots.at(-1)!.electorate.includes(seat.state)) continue;
      s.do(seat.id, { type: 'vote.cast', ballotId: ballot, vote: seat.state === 'USA' ? 'no' : 'yes' });
    }
    if (s.state.ballots.at(-1)!.closedSeq === null) s.do('chair', { type: 'vote.close', ballotId: ballot });
    expect(s.state.drafts['gb-1']!.status).toBe('vetoed');
    s.do('chair', { type: 'phase.advance' });
    expect(s.state.phase).toBe('unitingForPeace');
    const initiative = () =>
      s.state.config.seats.filter((x) => x.kind === 'ai').flatMap((x) => movesOf(s, x.id)).filter((c) => c.event.type === 'ufp.propose-referral' || c.event.type === 'ufp.request');
    expect(initiative()).toEqual([]);
    s.do('gbr', { type: 'delegation.pass' });
    expect(initiative().map((c) => c.event.type)).toContain('ufp.propose-referral');
  });

  it('a pass is refused twice in a phase, and outside the Council and Uniting for Peace', () => {
    const s = new Driver(syria, withHumans(syria, ['FRA'])).toPhase('negotiation');
    expect(s.try('fra', { type: 'delegation.pass' }).ok).toBe(false);
    s.do('chair', { type: 'phase.advance' });
    s.do('fra', { type: 'delegation.pass' });
    const again = s.try('fra', { type: 'delegation.pass' });
    expect(again.ok).toBe(false);
  });
});
