import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import { confidentialRefs, seesEverything, type Viewer } from '../session/view';
import { factsInputFromRecord } from './record-input';
import { whatIfForState, whatIfReport, YOU } from './what-if';
import type { StateWhatIf } from './what-if';

/**
 * What would have changed the findings, as one viewer may ask (the judgment screen, the
 * transcripts): when the judgment is public to the viewer (judgmentFor's rule). A seat asks about
 * its own delegation only, addressed as "you", and the rule that decides each change is redacted as
 * its judgment is: the alternatives are its own decisions, so it learns nothing of another seat's
 * private acts. The facilitator asks about any state (`state`), or every reported state. Null when
 * the judgment is not yet public to the viewer; empty for a state the viewer may not ask about.
 */
export function whatIfFor(scenario: Scenario, state: SessionState, viewer: Viewer, code?: string): StateWhatIf[] | null {
  const everything = seesEverything(state, viewer);
  if (!everything && state.phase !== 'debrief') return null;
  const input = factsInputFromRecord(scenario, state);
  if (everything) return code ? [whatIfForState(input, code)] : whatIfReport(input);
  const own = typeof viewer === 'object' ? state.config.seats.find((s) => s.id === viewer.seatId)?.state : null;
  if (!own || (code !== undefined && code !== own)) return [];
  return [whatIfForState(input, own, { addressee: YOU, confidential: confidentialRefs(scenario, state, viewer) })];
}
