import { AUTHORITY } from './procedural-authorities';

export interface VetoInitiativeDebate {
  draftId: string;
  vetoedBy: string[];
  /** The vetoing members speak first (GA res. 76/262 ¶2), then others in the order they asked. */
  speakingOrder: string[];
  authority: string;
}

/**
 * GA res. 76/262 ¶1: within ten working days of a veto the President of the Assembly convenes a
 * formal meeting, unless the Assembly meets in an emergency special session on the same situation.
 */
export function vetoInitiativeDebate(
  draftId: string,
  vetoedBy: readonly string[],
  emergencySpecialSessionOnSameSituation: boolean,
  otherSpeakers: readonly string[] = [],
): VetoInitiativeDebate | null {
  if (vetoedBy.length === 0 || emergencySpecialSessionOnSameSituation) return null;
  const rest = otherSpeakers.filter((s) => !vetoedBy.includes(s));
  return { draftId, vetoedBy: [...vetoedBy], speakingOrder: [...vetoedBy, ...rest], authority: AUTHORITY.vetoInitiative };
}
