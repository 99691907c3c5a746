import { EVIDENCE_ORDER } from '../scenario/schema';
import type { CouncilVote, Measure } from '../shared/vocabulary';
import { judgeDraft, weighedFactors, type DraftJudgement, type DraftSpec, type Factor, type Outlook } from './assessment';
import { MEASURE_NAMES, capped, listOf, measureList, num } from './wording';

/**
 * Coach's notes for the debrief: what weighed (the largest factors on each side, with their
 * values) and the counterfactual (what would have changed the decision). Never shown to players
 * before the debrief: the session's viewFor blanks them.
 */

export const COACH_NOTE_MAX = 2000;

const VOTE_WORDS: Record<CouncilVote, string> = { yes: 'voted for', no: 'voted against', abstain: 'abstained' };
/** The verdict before the draft's name. */
const VERDICT_WORDS: Record<CouncilVote, string> = { yes: 'voted for', no: 'voted against', abstain: 'abstained on' };
/** At most this many factors are named on each side of a coach note (the rest are small). */
const FACTORS_NAMED = 3;

export function factorPhrase(factors: readonly Factor[]): string {
  return listOf(factors.slice(0, FACTORS_NAMED).map((f) => `${f.label} [${f.value > 0 ? '+' : ''}${num(f.value)}]`));
}

export function sides(factors: readonly Factor[]): { gains: Factor[]; costs: Factor[] } {
  return { gains: factors.filter((f) => f.value > 0), costs: factors.filter((f) => f.value < 0) };
}

function verdictWord(vote: CouncilVote, veto: boolean): string {
  return veto ? 'vetoed (a permanent member\'s negative vote)' : VERDICT_WORDS[vote];
}

/** What would have changed the vote: dropping the measures it objects to, adding one it opposes, or stronger evidence. */
export function counterfactual(outlook: Outlook, spec: DraftSpec, judgement: DraftJudgement): string | null {
  const changed = (j: DraftJudgement) => j.vote !== judgement.vote;
  if (judgement.vote !== 'yes') {
    const negatives = [...judgement.measures].filter((m) => m.net < 0).sort((a, b) => a.net - b.net);
    const dropped: Measure[] = [];
    for (const m of negatives) {
      dropped.push(m.measure);
      const remaining = spec.measures.filter((x) => !dropped.includes(x));
      if (remaining.length === 0) break;
      const j = judgeDraft(outlook, { ...spec, measures: remaining });
      if (changed(j)) return `would have ${VOTE_WORDS[j.vote]} if the draft had dropped ${measureList(dropped)}`;
    }
    const current = EVIDENCE_ORDER.indexOf(outlook.state.evidence.level);
    for (const level of EVIDENCE_ORDER.slice(current + 1)) {
      const j = judgeDraft(outlook, spec, level);
      if (changed(j)) return `would have ${VOTE_WORDS[j.vote]} had the evidence reached ${level === 'manifest' ? 'manifest atrocities' : `${level} findings`}`;
    }
    return judgement.vote === 'no' ? 'would have opposed any text with these measures at this stage' : null;
  }
  const absent = (Object.keys(MEASURE_NAMES) as Measure[]).filter((m) => !spec.measures.includes(m));
  let worst: { measure: Measure; j: DraftJudgement } | null = null;
  for (const m of absent) {
    const j = judgeDraft(outlook, { ...spec, measures: [...spec.measures, m] });
    if (changed(j) && (!worst || j.net < worst.j.net)) worst = { measure: m, j };
  }
  return worst ? `would have ${VOTE_WORDS[worst.j.vote]} if the draft had added ${MEASURE_NAMES[worst.measure]}` : null;
}

/** The coach's note on a vote: verdict, weighed factors, constraint, counterfactual. */
export function voteCoachNote(outlook: Outlook, spec: DraftSpec, judgement: DraftJudgement, subject: string, verdictOverride?: string): string {
  const { gains, costs } = sides(weighedFactors(judgement));
  const name = outlook.profile.name;
  const verdict = verdictOverride ?? verdictWord(judgement.vote, judgement.veto);
  let because: string;
  if (judgement.vote === 'yes') because = `${factorPhrase(gains)} outweigh ${costs.length ? factorPhrase(costs) : 'any cost to it'}`;
  else if (judgement.vote === 'no') because = `${factorPhrase(costs)} outweigh ${gains.length ? factorPhrase(gains) : 'anything it gains'}`;
  else because = `neither side carried it: ${gains.length ? factorPhrase(gains) : 'nothing for it'} against ${costs.length ? factorPhrase(costs) : 'nothing against it'}`;
  const parts = [`${name} ${verdict} ${subject} because ${because} (net ${num(judgement.net)}).`];
  if (judgement.constraint) parts.push(`Decisive: ${judgement.constraint}.`);
  const cf = counterfactual(outlook, spec, judgement);
  if (cf) parts.push(`It ${cf}.`);
  return capped(parts.join(' '), COACH_NOTE_MAX);
}

/** A short coach note for a decision that is not a vote: what it did, why, and what would have changed it. */
export function coachNote(name: string, did: string, because: string, otherwise?: string): string {
  return capped(`${name} ${did} because ${because}.${otherwise ? ` It ${otherwise}.` : ''}`, COACH_NOTE_MAX);
}
