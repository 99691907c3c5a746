import type { CouncilResult } from './council';
import { AUTHORITY } from './procedural-authorities';

export interface UnitingForPeaceOpening {
  open: boolean;
  reason: string;
  authority: string;
}

/**
 * GA res. 377 A (V) ¶1: the path opens when the Council fails to act "because of lack of
 * unanimity of the permanent members". A substantive draft that had the nine votes and fell
 * to a permanent member's negative vote qualifies; one that failed for want of nine votes was
 * not blocked by a veto and does not by itself open the path.
 */
export function unitingForPeaceOpening(result: CouncilResult, nameInText: (code: string) => string = (code) => code): UnitingForPeaceOpening {
  if (result.adopted) {
    return { open: false, reason: 'The Council acted: the draft was adopted.', authority: AUTHORITY.unitingForPeace };
  }
  if (result.vetoedBy.length > 0) {
    return {
      open: true,
      reason: `The Council failed to act because of a lack of unanimity of its permanent members (the negative vote of ${listOfNames(result.vetoedBy.map(nameInText))}). Under resolution 377 A (V) the matter can go to the General Assembly: a procedural vote of any 9 Council members, or a request of a majority of Member States.`,
      authority: AUTHORITY.unitingForPeace,
    };
  }
  return {
    open: false,
    reason: `The draft failed for want of nine affirmative votes (${result.inFavour} in favour); it was not blocked by a veto, so resolution 377 A (V) does not open on this ground.`,
    authority: AUTHORITY.unitingForPeace,
  };
}

function listOfNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** The majority-of-Members route: more than half of the membership must request the session. */
export function majorityOfMembersRequested(requests: number, membership: number): boolean {
  return requests * 2 > membership;
}
