import type { CouncilVote, RecordedVote } from '../shared/vocabulary';
import { AUTHORITY } from './procedural-authorities';
import { countVotes, resultAnnouncement } from './count';

/** Charter art. 27(2)-(3): nine affirmative votes for any decision of the Council. */
export const COUNCIL_AFFIRMATIVE_VOTES_REQUIRED = 9;

export interface CouncilBallot {
  kind: 'substantive' | 'procedural';
  permanent: readonly string[];
  elected: readonly string[];
  /** Votes cast; a member missing here was absent. */
  votes: Readonly<Partial<Record<string, CouncilVote>>>;
  chapter?: 'VI' | 'VII';
  partiesToDispute?: readonly string[];
  /** "draft resolution" or "proposal" in the President's announcement. */
  subject?: string;
  /** Nine since the 1965 enlargement (A/RES/1991 (XVIII)); seven in the Council of eleven. */
  affirmativeVotesRequired?: number;
}

export interface CouncilResult {
  adopted: boolean;
  inFavour: number;
  against: number;
  abstentions: number;
  absent: number;
  required: number;
  /** Permanent members whose negative vote defeated a substantive draft (art. 27(3)). */
  vetoedBy: string[];
  /** Permanent members who voted no on a draft that also lacked nine votes: a negative vote, not a decisive veto. */
  permanentNegativeVotes: string[];
  failedForWantOfVotes: boolean;
  /** Parties to the dispute whose vote was counted as an abstention (Chapter VI). */
  obligatoryAbstentions: string[];
  recorded: Record<string, RecordedVote>;
  announcement: string;
  authorities: string[];
}

export function tallyCouncilVote(ballot: CouncilBallot): CouncilResult {
  const members = [...ballot.permanent, ...ballot.elected];
  const permanent = new Set(ballot.permanent);
  const obligedToAbstain = new Set(ballot.chapter === 'VI' ? (ballot.partiesToDispute ?? []) : []);
  const recorded: Record<string, RecordedVote> = {};
  const obligatoryAbstentions: string[] = [];
  for (const member of members) {
    let vote: RecordedVote = ballot.votes[member] ?? 'absent';
    if (obligedToAbstain.has(member) && (vote === 'yes' || vote === 'no')) {
      obligatoryAbstentions.push(member);
      vote = 'abstain';
    }
    recorded[member] = vote;
  }
  const counts = countVotes(members.map((m) => recorded[m]!));
  const { inFavour } = counts;
  const required = ballot.affirmativeVotesRequired ?? COUNCIL_AFFIRMATIVE_VOTES_REQUIRED;
  const enoughVotes = inFavour >= required;
  const permanentNo = members.filter((m) => permanent.has(m) && recorded[m] === 'no');
  const substantive = ballot.kind === 'substantive';
  const vetoedBy = substantive && enoughVotes ? permanentNo : [];
  const adopted = enoughVotes && vetoedBy.length === 0;
  const subject = ballot.subject ?? (substantive ? 'draft resolution' : 'proposal');

  const authorities: string[] = [substantive ? AUTHORITY.substantiveVote : AUTHORITY.proceduralVote];
  if (substantive && members.some((m) => permanent.has(m) && (recorded[m] === 'abstain' || recorded[m] === 'absent'))) {
    authorities.push(AUTHORITY.abstentionNotVeto);
  }
  if (obligatoryAbstentions.length > 0 || obligedToAbstain.size > 0) authorities.push(AUTHORITY.obligatoryAbstention);

  let outcome: string;
  if (adopted) outcome = `The ${subject} has been adopted.`;
  else if (vetoedBy.length === 1) outcome = `The ${subject} has not been adopted, owing to the negative vote of a permanent member of the Council.`;
  else if (vetoedBy.length > 1) outcome = `The ${subject} has not been adopted, owing to the negative votes of permanent members of the Council.`;
  else outcome = `The ${subject} has not been adopted, having failed to obtain the required number of votes.`;
  const announcement = resultAnnouncement(counts, outcome);

  return {
    adopted,
    ...counts,
    required,
    vetoedBy,
    permanentNegativeVotes: substantive ? permanentNo : [],
    failedForWantOfVotes: !enoughVotes,
    obligatoryAbstentions,
    recorded,
    announcement,
    authorities,
  };
}

/** Only a permanent member's negative vote on a substantive matter can be a veto (art. 27(3)). */
export function canVeto(state: string, permanent: readonly string[]): boolean {
  return permanent.includes(state);
}
