import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../../../test/support/session';
import { factsInputFromRecord } from '../law/record-input';
import { viewFor } from './view';

const scenario = loadFixture();

describe('an inject the facilitator writes on the spot', () => {
  it('to chosen delegations: they and the facilitator read it, no other seat does', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('chair', { type: 'inject.write', title: 'A defector talks', text: 'A colonel offers Kenya the army’s orders.', recipients: ['KEN'] });
    const seen = (seatId: string) => JSON.stringify(viewFor(scenario, s.state, { seatId }).state.log).includes('A defector talks');
    expect(seen('ken')).toBe(true);
    expect(seen('chair')).toBe(true);
    expect(seen('fra')).toBe(false);
    expect(JSON.stringify(viewFor(scenario, s.state, 'projector'))).not.toContain('A colonel offers');
  });

  it('a public one raises the public evidence level, and the law times what states knew by it as by a scenario inject', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    expect(s.state.evidence.level).toBe('reports');
    // Titled like the scenario's unfired "Aid convoy attacked": the law cites the entry written, not the scenario's inject.
    s.do('chair', { type: 'inject.write', title: 'Aid convoy attacked', text: 'A second convoy is shelled in daylight.', raisesEvidenceTo: 'manifest' });
    const seq = s.state.log[s.state.log.length - 1]!.seq;
    expect(s.state.evidence.level).toBe('manifest');
    expect(viewFor(scenario, s.state, { seatId: 'fra' }).state.evidence.level).toBe('manifest');
    const steps = factsInputFromRecord(scenario, s.state).evidence!;
    expect(steps).toContainEqual({ round: 1, level: 'manifest', seq, note: 'Aid convoy attacked', ref: `#${seq}` });
  });

  it('is the facilitator’s: a delegation cannot write one, a private one cannot move the public level, and the level never goes down', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    expect(s.reject('fra', { type: 'inject.write', title: 'Rumour', text: 'A rumour.' })).toMatch(/facilitator/);
    expect(s.reject('chair', { type: 'inject.write', title: 'Rumour', text: 'A rumour.', recipients: ['KEN'], raisesEvidenceTo: 'credible' })).toMatch(/only a public inject/);
    expect(s.reject('chair', { type: 'inject.write', title: 'Rumour', text: 'A rumour.', raisesEvidenceTo: 'none' })).toMatch(/never lower/);
    expect(s.reject('chair', { type: 'inject.write', title: 'Rumour', text: 'A rumour.', recipients: ['XYZ'] })).toMatch(/no delegation in this session/);
  });
});
