import type { AssemblyVote } from '../scenario/schema';
import { AUTHORITY } from './procedural-authorities';
import { countVotes, resultAnnouncement } from './count';

export interface AssemblyResult {
  adopted: boolean;
  inFavour: number;
  against: number;
  abstentions: number;
  absent: number;
  /** Members present and voting: those casting an affirmative or negative vote (GA rule 86). */
  presentAndVoting: number;
  /** Affirmative votes needed: two thirds of those present and voting, rounded up. */
  required: number;
  announcement: string;
  authorities: string[];
}

/** Charter art. 18(2): an important question needs two thirds of the members present and voting. */
export function tallyAssemblyVote(votes: Readonly<Record<string, AssemblyVote>>): AssemblyResult {
  const counts = countVotes(Object.values(votes));
  const { inFavour, against } = counts;
  const presentAndVoting = inFavour + against;
  const required = Math.ceil((2 * presentAndVoting) / 3);
  const adopted = presentAndVoting > 0 && inFavour >= required;
  const outcome = adopted
    ? 'The draft resolution has been adopted.'
    : `The draft resolution has not been adopted, having failed to obtain the required two-thirds majority (${required} of ${presentAndVoting} present and voting).`;
  return {
    adopted,
    ...counts,
    presentAndVoting,
    required,
    announcement: resultAnnouncement(counts, outcome),
    authorities: [AUTHORITY.importantQuestion],
  };
}
