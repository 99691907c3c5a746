import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureConfig, loadFixture } from '../../../test/support/session';
import { runRandomSession, type Pick } from '../../../test/support/random-session';
import { commitmentRegistry } from './commitments';
import { replay } from './session';

const scenario = loadFixture();
const config = fixtureConfig(scenario, 7, ['SRB']);
const picks = fc.array(fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat())) as fc.Arbitrary<Pick>, { minLength: 100, maxLength: 600, size: 'large' });

describe('offers and commitments in random sessions', () => {
  it('every offer gets at most one answer, and only from the side it was made to', () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        const run = runRandomSession(scenario, config, sequence);
        const answers = new Map<string, number>();
        for (const entry of run.state.log) if (entry.event.type === 'offer.answer') answers.set(entry.event.offerId, (answers.get(entry.event.offerId) ?? 0) + 1);
        expect([...answers.values()].filter((n) => n > 1)).toEqual([]);
        for (const offer of Object.values(run.state.offers)) expect(offer.answer === null ? 0 : 1).toBe(answers.get(offer.id) ?? 0);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it("a commitment's status is a pure function of the record: the same log replayed gives the same registry", () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        const run = runRandomSession(scenario, config, sequence);
        const registry = commitmentRegistry(run.state);
        expect(commitmentRegistry(replay(scenario, config, run.state.log))).toEqual(registry);
        // Computing it changes nothing: twice on the same state gives the same answer.
        expect(commitmentRegistry(run.state)).toEqual(registry);
      }),
      { numRuns: 30, seed: 5 },
    );
  });
});
