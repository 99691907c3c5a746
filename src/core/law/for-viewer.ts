import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import { confidentialRefs, seesEverything, type Viewer } from '../session/view';
import { adjudicate, type ExposureReport } from './report';

/**
 * The judgment as one viewer may read it (`session.report`, the transcripts and exports): the
 * engine judges the whole record, the same findings and points for everyone, and it is public once
 * delivered (the debrief); before that only the facilitator gets it, as a provisional assessment.
 * A seat's copy withholds the description of every entry it may not see (viewFor's rule), so a
 * private veto threat is described to its author and addressee only. Null when not yet public.
 */
export function judgmentFor(scenario: Scenario, state: SessionState, viewer: Viewer, options: { trace?: boolean } = {}): ExposureReport | null {
  const everything = seesEverything(state, viewer);
  if (!everything && state.phase !== 'debrief') return null;
  const trace = options.trace ?? false;
  return adjudicate(scenario, state, everything ? { trace } : { trace, confidential: confidentialRefs(scenario, state, viewer) });
}
