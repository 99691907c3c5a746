import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Driver, FIXTURE_DIR, fixtureConfig, loadFixture } from '../../../test/support/session';
import { deepFreeze, randomCommand, type Pick } from '../../../test/support/random-session';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { delegationProfile } from '../ai/profile';
import { adjudicate, renderJudgmentMarkdown } from '../law';
import { loadScenarioText } from '../scenario/load';
import { renderTranscript, transcriptFor } from '../transcript';
import type { Command, SessionEvent } from './events';
import { applyCommand, createSession, replay } from './session';
import type { SessionState } from './state';

/**
 * Ids named like the built-in properties of every JavaScript object. A session keeps drafts,
 * agreements, memorials and votes by id, so an id such as "constructor" must never find
 * something that is not there: a move naming one is refused in words or applied harmlessly, and
 * the record still exports and replays.
 */
const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  'prototype',
] as const;

const scenario = loadFixture();
const config = fixtureConfig(scenario, 11, ['SRB']);

/** Every field of an event (and of the command) that names something in the session. */
function withPrototypeId(command: Command, name: string, which: number): Command {
  const event = { ...command.event } as Record<string, unknown>;
  const fields = [
    'agreementId',
    'draftId',
    'ballotId',
    'injectId',
    'seatId',
    'duty',
    'target',
    'phase',
    'to',
    'state',
  ].filter((f) => f in event);
  const choices: (() => Command)[] = [
    ...fields.map((field) => () => ({
      ...command,
      event: { ...event, [field]: name } as SessionEvent,
    })),
    () => ({ ...command, by: name }),
    () => ({ ...command, actingFor: name }),
  ];
  if (Array.isArray(event.clauses)) {
    choices.push(() => ({
      ...command,
      event: {
        ...event,
        clauses: [{ kind: 'no-arms-transfers', perpetrator: name }],
      } as SessionEvent,
    }));
  }
  if (event.type === 'memorial.file') {
    choices.push(() => ({
      ...command,
      event: {
        ...event,
        arguments: [{ argument: 'lack-of-knowledge', duty: name, text: 'We did not know.' }],
      } as SessionEvent,
    }));
  }
  if (event.type === 'vote.open' || event.type === 'draft.table') {
    choices.push(() => ({ ...command, event: { ...event, draftId: name } as SessionEvent }));
  }
  return choices[which % choices.length]!();
}

/** Like runRandomSession, but about one command in three names something by a prototype name. */
function runWithPrototypeIds(picks: [Pick, number, number][]): {
  state: SessionState;
  refusals: string[];
} {
  let state = deepFreeze(createSession(scenario, config));
  const refusals: string[] = [];
  picks.forEach(([pick, nameIndex, which], i) => {
    const at = new Date(Date.UTC(2030, 0, 1) + i * 7000).toISOString();
    let command = randomCommand(scenario, state, pick, at);
    if (which % 3 === 0)
      command = withPrototypeId(
        command,
        PROTOTYPE_NAMES[nameIndex % PROTOTYPE_NAMES.length]!,
        Math.floor(which / 3),
      );
    const result = applyCommand(scenario, state, command);
    if (result.ok) state = deepFreeze(result.state);
    else refusals.push(result.reason);
  });
  return { state, refusals };
}

function everyExport(state: SessionState): void {
  const report = adjudicate(scenario, state);
  expect(renderJudgmentMarkdown(report, scenario)).toMatch(/\S/);
  expect(JSON.stringify(report)).toMatch(/\S/);
  // The facilitator's record and one delegation's (every seat's record is built the same way).
  const perspectives = ['facilitator' as const, { state: 'SRB' }];
  for (const perspective of perspectives) {
    const transcript = transcriptFor(scenario, state, perspective, report);
    for (const format of ['md', 'html', 'json'] as const)
      expect(renderTranscript(transcript, format)).toMatch(/\S/);
  }
}

const steps = fc.array(
  fc.tuple(
    fc.tuple(
      fc.noBias(fc.nat()),
      fc.noBias(fc.nat()),
      fc.noBias(fc.nat()),
      fc.noBias(fc.nat()),
    ) as fc.Arbitrary<Pick>,
    fc.nat(),
    fc.nat(),
  ),
  { minLength: 150, maxLength: 700, size: 'large' },
);

function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key)
    ? (record as Record<string, { value: unknown }>)[key]!.value
    : undefined;
}

function toAdjudication(): Driver {
  const s = new Driver(scenario, config);
  s.do('chair', { type: 'session.start' });
  while (s.state.phase !== 'adjudication') s.advance();
  return s;
}

describe('ids named like built-in object properties', () => {
  it("a judge's override of a duty the law does not know is refused, naming the duties", () => {
    const s = toAdjudication();
    for (const duty of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(
        s.reject('chair', {
          type: 'judgment.override',
          state: 'RUS',
          duty,
          holds: true,
          reason: 'Because.',
        }),
      ).toMatch(
        new RegExp(
          `^There is no duty called "${duty}"\\. The duties are: Territorial duty to protect \\("territorial"\\); .*Duty under a D2R agreement \\("d2r-agreement"\\)\\.$`,
        ),
      );
    }
    s.do('chair', {
      type: 'judgment.override',
      state: 'RUS',
      duty: 'respect',
      holds: true,
      reason: 'The record shows it.',
    });
    s.do('chair', { type: 'judgment.deliver' });
    everyExport(s.state);
  });

  it('a memorial pleading against a duty the law does not know is refused', () => {
    const s = toAdjudication();
    expect(
      s.reject('rus', {
        type: 'memorial.file',
        arguments: [{ argument: 'lack-of-knowledge', duty: 'toString', text: 'We did not know.' }],
      }),
    ).toMatch(/^There is no duty called "toString"\./);
  });

  it('an answer to an agreement that does not exist is refused in words, whatever it is called', () => {
    const s = new Driver(scenario, config).toPhase('negotiation');
    for (const type of ['d2r.sign', 'd2r.reject', 'd2r.withdraw'] as const) {
      expect(s.reject('rus', { type, agreementId: 'constructor' })).toBe(
        'There is no agreement called "constructor".',
      );
    }
    expect(
      s.reject('rus', {
        type: 'd2r.counter',
        agreementId: 'constructor',
        clauses: [{ kind: 'no-arms-transfers' }],
      }),
    ).toBe('There is no agreement called "constructor".');
    // An agreement may even be called "constructor": it is the session's own, not the object's.
    s.do('fra', {
      type: 'd2r.propose',
      agreementId: 'constructor',
      to: 'RUS',
      clauses: [{ kind: 'no-arms-transfers' }],
    });
    s.do('rus', { type: 'd2r.sign', agreementId: 'constructor' });
    expect(s.state.agreements.constructor).toMatchObject({
      parties: ['FRA', 'RUS'],
      signedBy: ['FRA', 'RUS'],
    });
  });

  it('a perpetrator a scenario calls "constructor" is weighed by the AI like any other', () => {
    const loaded = loadScenarioText(
      readFileSync(join(FIXTURE_DIR, 'marun-crisis.yaml'), 'utf8').replaceAll(
        'iron-hand',
        'constructor',
      ),
    );
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
    // Russia's profile gives an alignment for the army only: the other is derived, not inherited from Object.
    const alignment = delegationProfile(loaded.scenario, 'RUS').alignment;
    expect(typeof ownValue(alignment, 'constructor')).toBe('number');
  });

  it('a draft that does not exist is refused in words, whatever it is called', () => {
    const s = new Driver(scenario, config).toPhase('council');
    for (const type of ['vote.open', 'draft.cosponsor', 'draft.withdraw'] as const) {
      expect(s.reject('fra', { type, draftId: 'constructor' })).toBe(
        'There is no draft called "constructor".',
      );
    }
    s.tableCouncilDraft('fra', 'constructor');
    expect(s.state.drafts.constructor).toMatchObject({ sponsors: ['FRA'], status: 'tabled' });
  });

  it('are refused in words or applied harmlessly; every export still renders and replay is identical', () => {
    fc.assert(
      fc.property(steps, (picks) => {
        const { state, refusals } = runWithPrototypeIds(picks);
        for (const reason of refusals) {
          expect(reason).not.toMatch(/^internal|TypeError|is not a function|Cannot read/);
          expect(reason.length).toBeGreaterThan(0);
        }
        everyExport(state);
        expect(replay(scenario, config, state.log)).toEqual(state);
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });
});
