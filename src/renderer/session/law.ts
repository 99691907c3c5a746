import { adjudicate, factsInputFromRecord, legalRiskPreview, shortCitation, suggestDefences, whatIfForState, YOU, type DefenceSuggestion, type ExposureReport, type RiskNote, type StateWhatIf } from '../../core/law';
import type { Scenario } from '../../core/scenario/schema';
import type { ConductKind, ConductScale, SessionView } from '../../core/session';

/**
 * The renderer's window on the law engine (src/core/law): the judgment report, the practice-mode
 * legal-risk preview and the suggested defences. Everything goes through here so that a failure
 * of the engine is a readable message on the screen, never a blank one.
 */

export type { DefenceSuggestion, ExposureReport, RiskNote };
export { shortCitation };
export type { Finding, FindingDefence, StateExposure, StateWhatIf, WhatIfChange } from '../../core/law';

export type LawResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function attempt<T>(what: string, fn: () => T): LawResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, reason: `${what} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The view's scenario is the scenario minus what the viewer may not see; the engine reads what is there. */
function scenarioOf(view: SessionView): Scenario {
  return view.scenario as unknown as Scenario;
}

/**
 * The judgment on the record as the viewer sees it. On the facilitator's view this is the
 * judgment itself; in the debrief a delegation sees the whole record except other states'
 * private intelligence, so the host's report (when the shell provides it) is preferred.
 */
export function judgmentReport(view: SessionView): LawResult<ExposureReport> {
  return attempt('The judgment', () => adjudicate(scenarioOf(view), view.state, { trace: false }));
}

/**
 * What would have changed the findings against `state`, judged on the view (the screen harness,
 * without a host): exact for the facilitator's view; a delegation is addressed as "you".
 */
export function whatIfOnView(view: SessionView, state: string): LawResult<StateWhatIf> {
  const own = view.viewer.kind === 'seat' && view.viewer.state === state;
  return attempt('What would have changed the findings', () => whatIfForState(factsInputFromRecord(scenarioOf(view), view.state), state, own ? { addressee: YOU } : {}));
}

export interface RiskStripModel {
  level: 'none' | 'info' | 'caution' | 'warning';
  notes: RiskNote[];
}

const SEVERITY_RANK = { info: 1, caution: 2, warning: 3 } as const;

/** What a proposed act would change in the state's legal position (practice mode). */
export function riskPreview(view: SessionView, state: string, conduct: { kind: ConductKind; target: string | null; scale: ConductScale }): LawResult<RiskStripModel> {
  return attempt('The legal-risk preview', () => {
    const notes = legalRiskPreview(scenarioOf(view), view.state, state, conduct);
    let level: RiskStripModel['level'] = 'none';
    for (const n of notes) if (level === 'none' || SEVERITY_RANK[n.severity] > SEVERITY_RANK[level as keyof typeof SEVERITY_RANK]) level = n.severity;
    return { level, notes };
  });
}

/** Defence arguments the record supports for a state, best first. */
export function suggestedDefences(view: SessionView, state: string): LawResult<DefenceSuggestion[]> {
  return attempt('The suggested defences', () => suggestDefences(scenarioOf(view), view.state, state));
}

export const BAND_WORDS: Record<ExposureReport['states'][number]['band'], string> = {
  none: 'None',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  'very-high': 'Very high',
};

/** Band colours run from low (teal) to very high (red); the word always goes with them. */
export const BAND_COLOURS: Record<ExposureReport['states'][number]['band'], string> = {
  none: 'gray',
  low: 'teal',
  moderate: 'yellow',
  high: 'orange',
  'very-high': 'red',
};
