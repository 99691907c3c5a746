/** The four numbers of a recorded vote. */
export interface VoteCounts {
  inFavour: number;
  against: number;
  abstentions: number;
  absent: number;
}

export function countVotes(votes: readonly string[]): VoteCounts {
  const count = (v: string) => votes.filter((x) => x === v).length;
  return {
    inFavour: count('yes'),
    against: count('no'),
    abstentions: count('abstain'),
    absent: count('absent'),
  };
}

/** The President's announcement of the result, as both the Council and the Assembly word it. */
export function resultAnnouncement(counts: VoteCounts, outcome: string): string {
  return `The result of the voting is as follows: in favour ${counts.inFavour}, against ${counts.against}, abstentions ${counts.abstentions}. ${outcome}`;
}
