import { describe, expect, it } from 'vitest';
import { CONFIDENTIAL_ENTRY, judgmentFor, type ExposureReport } from '../../src/core/law';
import { exportTranscript } from '../../src/host/export';
import { scriptedTranscriptSession } from '../support/transcript-session';

/**
 * Russia privately threatens France with a veto of draft d1 (entry #18 of the scripted session).
 * The judgment holds Russia to the duty not to obstruct on the whole record, the same for every
 * reader; only the description of the threat is kept from those who were not party to it.
 */
const { scenario, driver } = scriptedTranscriptSession();
const state = driver.state;
const threat = state.log.find((e) => e.event.type === 'veto.threaten' && e.event.visibility === 'private')!;
const described = `#${threat.seq} round 1: private threat to veto`;
const withheld = `#${threat.seq}: ${CONFIDENTIAL_ENTRY}`;

function obstruction(report: ExposureReport | null) {
  const finding = report?.states.find((s) => s.state === 'RUS')?.findings.find((f) => f.duty === 'not-obstruct');
  if (!finding) throw new Error("no finding on Russia's duty not to obstruct");
  return finding;
}

describe("a private veto threat in the judgment's reasoning", () => {
  it('is described to the facilitator, to Russia who made it and to France it was made to', () => {
    expect(state.phase).toBe('debrief');
    for (const viewer of ['facilitator', { seatId: 'rus' }, { seatId: 'fra' }] as const) {
      expect(obstruction(judgmentFor(scenario, state, viewer)).reasoning).toContain(described);
    }
  });

  it('is withheld from every other seat, which reads the same finding, points and evidence list', () => {
    const full = obstruction(judgmentFor(scenario, state, 'facilitator'));
    for (const seatId of ['srb', 'usa', 'ken', 'chn']) {
      const finding = obstruction(judgmentFor(scenario, state, { seatId }));
      expect(finding.reasoning).not.toContain('private threat');
      expect(finding.reasoning).toContain(withheld);
      expect({ ...finding, reasoning: '' }).toEqual({ ...full, reasoning: '' });
    }
  });

  it("is withheld from Serbia's record in every export format, and not from France's", async () => {
    for (const format of ['md', 'html', 'json'] as const) {
      const serbia = String((await exportTranscript(scenario, state, { format, as: 'SRB', world: null })).content);
      expect(serbia).not.toContain('private threat to veto');
      const france = String((await exportTranscript(scenario, state, { format, as: 'FRA', world: null })).content);
      expect(france).toContain('private threat to veto');
    }
  });

  it('is not given to a seat before the judgment is delivered (the facilitator gets a provisional one)', () => {
    const before = scriptedTranscriptSession().driver;
    const cut = { ...before.state, phase: 'adjudication' as const, ended: false };
    expect(judgmentFor(scenario, cut, { seatId: 'fra' })).toBeNull();
    expect(judgmentFor(scenario, cut, 'facilitator')).not.toBeNull();
  });
});
