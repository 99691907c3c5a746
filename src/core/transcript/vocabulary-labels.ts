import type { DraftStatus } from '../session/state';
import type { EvidenceLevel } from '../scenario/schema';
import { MEASURE_LABELS } from '../session/labels';
import type { Measure } from '../shared/vocabulary';

/** Words the transcript uses for the vocabulary (the UI's own labels live in the renderer). */

export function measureLabel(measure: string): string {
  return MEASURE_LABELS[measure as Measure] ?? measure;
}

export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  none: 'no evidence',
  reports: 'reports',
  credible: 'credible findings',
  manifest: 'manifest',
};

export function evidenceLabel(level: string): string {
  return EVIDENCE_LABELS[level as EvidenceLevel] ?? level;
}

export const VOTE_LETTERS: Record<string, string> = {
  yes: 'Y',
  no: 'N',
  abstain: 'A',
  absent: '–',
};
export const VOTE_WORDS: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstain',
  absent: 'Absent',
};

export const BAND_LABELS: Record<string, string> = {
  none: 'None',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  'very-high': 'Very high',
  grave: 'Grave',
};

export function bandLabel(band: string): string {
  return BAND_LABELS[band] ?? band;
}

export const HOLDS_LABELS: Record<string, string> = {
  holds: 'Holds',
  'does-not-hold': 'Does not hold',
  unknown: 'Open (the record does not settle it)',
};

export function holdsLabel(holds: string | null): string {
  return holds === null ? '' : (HOLDS_LABELS[holds] ?? holds);
}

/** Every draft status, in words (a Record over DraftStatus, so a new status cannot go unnamed). */
export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  circulating: 'In circulation, not yet in blue',
  tabled: 'Tabled, not voted on',
  'in-vote': 'Vote under way',
  adopted: 'Adopted',
  'not-adopted': 'Not adopted',
  vetoed: 'Not adopted (veto)',
  withdrawn: 'Withdrawn',
};

export const AGREEMENT_STATUS_LABELS: Record<string, string> = {
  proposed: 'Proposed',
  countered: 'Countered',
  signed: 'Signed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const FACILITATOR_ACTION_LABELS: Record<string, string> = {
  'session.start': 'Opened the session',
  'phase.advance': 'Advanced the phase',
  'phase.skip': 'Skipped the rest of the phase',
  'session.pause': 'Paused the session',
  'session.resume': 'Resumed the session',
  'timer.adjust': 'Adjusted the timer',
  'timer.expired': 'Deadline passed',
  'session.end': 'Ended the rounds early',
  'inject.fire': 'Fired an inject',
  'inject.write': 'Wrote an inject',
  'seat.assign': 'Reassigned a seat',
  'vote.open': 'Put a draft to the vote',
  'vote.close': 'Closed a vote',
  'judgment.override': 'Overrode a finding',
  'rubric.edit': 'Edited the assessment rubric',
  'judgment.deliver': 'Delivered the judgment',
};

export function ordinalRound(round: number): string {
  return round === 0 ? 'Before the rounds' : `Round ${round}`;
}

/** "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
