/** The texts the procedure rules encode, cited in results and in the transcript. */
export const AUTHORITY = {
  proceduralVote: 'UN Charter art. 27(2): procedural matters by an affirmative vote of nine members',
  substantiveVote:
    'UN Charter art. 27(3): all other matters by an affirmative vote of nine members including the concurring votes of the permanent members',
  abstentionNotVeto:
    'Legal Consequences for States of the Continued Presence of South Africa in Namibia, Advisory Opinion, ICJ Reports 1971, p. 16, ¶22 (abstention of a permanent member is not a bar to adoption)',
  obligatoryAbstention:
    'UN Charter art. 27(3), proviso: in decisions under Chapter VI a party to a dispute shall abstain from voting',
  importantQuestion:
    'UN Charter art. 18(2): decisions on important questions by a two-thirds majority of the members present and voting; rule 86 of the GA Rules of Procedure: abstaining members are considered as not voting',
  unitingForPeace:
    'GA res. 377 A (V) (3 Nov 1950) ¶1: where the Council, because of lack of unanimity of the permanent members, fails to exercise its primary responsibility, the Assembly shall consider the matter immediately; an emergency special session within 24 hours on request of the Council by a vote of any seven (now nine) members, or of a majority of the Members',
  vetoInitiative:
    'GA res. 76/262 (26 Apr 2022) ¶¶1-2: the President of the Assembly convenes a formal meeting within ten working days of the casting of a veto, and the vetoing member is given precedence in the list of speakers',
} as const;
