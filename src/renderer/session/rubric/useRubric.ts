import { useMemo } from 'react';
import { rubricEditsOf, rubricFor, type SeatRubric } from '../../../core/assessment';
import type { SessionView } from '../../../core/session';
import { debriefScenario, debriefTranscript } from '../charts/chart-data';
import type { ExposureReport, LawResult } from '../law';

/**
 * The assessment rubric of every seated delegation (docs/assessment.md), drawn from the
 * facilitator's record and the delivered judgment, with the facilitator's edits: the same rubric
 * the CSV export writes. Built again only when the record or the judgment changes.
 */
export function useRubric(view: SessionView, report: ExposureReport): LawResult<SeatRubric[]> {
  return useMemo(() => {
    try {
      const transcript = debriefTranscript(view, report);
      return { ok: true, value: rubricFor(debriefScenario(view), transcript, rubricEditsOf(view.state)) };
    } catch (e) {
      return { ok: false, reason: `The rubric could not be drawn from the record: ${e instanceof Error ? e.message : String(e)}` };
    }
  }, [view, report]);
}

/** A line's score as the instructor reads it: out of 100, or that the line does not apply. */
export function rubricScoreWords(score: number | null): string {
  return score === null ? 'does not apply' : `${Math.round(score * 1000) / 10} / 100`;
}
