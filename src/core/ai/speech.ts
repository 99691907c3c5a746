import { stateName } from '../scenario/membership';
import type { EvidenceLevel, Scenario } from '../scenario/schema';
import type { CouncilVote, Measure } from '../shared/vocabulary';
import { ADVERSARY_HOSTILITY, CHAMPION_HUMANITARIAN, PATRON_STAKE, VOTE_THRESHOLDS } from './decision-weights';
import { mainStake, principalPerpetrator, type DelegationProfile } from './profile';
import type { DelegateRandom } from './rng';
import { TEXT_MAX } from './templates';
import { ownEntry } from '../session/lookup';
import { proseName, prosePopulation, capped, EVIDENCE_WORDS, measureList } from './wording';

/**
 * What AI delegations say in character: public statements, veto threats, explanations of vote,
 * speeches in the veto-initiative debate. Texts come from templates chosen by the delegation's
 * role in the crisis and the evidence, with seeded variation. Words are chosen so other
 * delegations can read the stance ("we support", "we cannot accept").
 */

export type Role = 'territorial' | 'patron' | 'shield' | 'neighbour' | 'champion' | 'cautious';


export function roleOf(scenario: Scenario, profile: DelegationProfile): Role {
  if (profile.territorial) return 'territorial';
  // A state hostile to the government that commits the atrocities speaks against it, whatever armed
  // group it backs: the Gulf states on Syria in 2011-2012 called for action, not for respect of its sovereignty.
  const hostility = -(ownEntry(profile.alignment, principalPerpetrator(scenario).id)?.value ?? 0);
  if (hostility >= ADVERSARY_HOSTILITY) return 'champion';
  const { stake } = mainStake(scenario, profile);
  const supports = profile.relationships.some((r) => ['agency', 'substantial-support', 'arms-supplier'].includes(r.kind));
  if (stake >= PATRON_STAKE && supports) return 'patron';
  if (stake >= VOTE_THRESHOLDS.stakeToOppose) return 'shield';
  if (profile.relationships.some((r) => r.kind === 'proximity')) return 'neighbour';
  if (profile.humanitarianPriority.value >= CHAMPION_HUMANITARIAN) return 'champion';
  return 'cautious';
}

export interface StatementInput {
  scenario: Scenario;
  profile: DelegationProfile;
  role: Role;
  evidence: EvidenceLevel;
  favoured: Measure[];
  opposed: Measure[];
  random: DelegateRandom;
}

export function publicStatement(input: StatementInput): string {
  const { scenario, profile, role, evidence, favoured, opposed, random } = input;
  const territory = proseName(stateName(scenario, scenario.crisis.territorialState));
  const perpetrator = principalPerpetrator(scenario).name;
  const population = prosePopulation(scenario.crisis.atRiskPopulation);
  const seen = EVIDENCE_WORDS[evidence];
  const call = favoured.length ? ` We support ${measureList(favoured)}.` : '';
  const refuse = opposed.length ? ` We cannot accept ${measureList(opposed)}.` : '';
  let text: string;
  switch (role) {
    case 'territorial':
      text = random.pick([
        `The Government of ${territory} is restoring order against armed criminals and terrorists. The reports circulating are unverified and politically motivated. This is an internal matter.${refuse}`,
        `${territory} rejects interference in its internal affairs. Our forces act lawfully to protect all citizens; we invite those who spread rumours to respect our sovereignty.${refuse}`,
      ]);
      break;
    case 'patron':
    case 'shield':
      text =
        evidence === 'manifest'
          ? `${profile.name} is deeply concerned by the latest findings and calls on the authorities of ${territory} to exercise restraint. Coercive measures would only close the door to dialogue.${refuse}${call}`
          : random.pick([
              `${profile.name} calls for calm and for respect of the sovereignty of ${territory}. The reports are not established; the Council should support dialogue, not pressure.${refuse}${call}`,
              `${profile.name} urges all parties to show restraint. We oppose attempts to use this situation to interfere in the internal affairs of ${territory}.${refuse}${call}`,
            ]);
      break;
    case 'neighbour':
      text = `${profile.name} is receiving people fleeing ${territory} every day and calls for burden-sharing and for the protection of ${population} (${seen}).${call}${refuse}`;
      break;
    case 'champion':
      text = random.pick([
        `${profile.name} condemns the attacks on ${population}. In the face of ${seen}, the Council cannot stay silent: the ${perpetrator} must be held to account.${call}${refuse}`,
        `${profile.name} is appalled by ${seen} from ${territory}. We call on every state that arms or finances the ${perpetrator} to stop now.${call}${refuse}`,
      ]);
      break;
    default:
      text = `${profile.name} calls on all parties to exercise restraint, to protect civilians and to allow humanitarian access to ${population}.${call}${refuse}`;
  }
  return capped(text, TEXT_MAX);
}

export function vetoThreatText(profile: DelegationProfile, objected: Measure[], title: string): string {
  return capped(
    `${profile.name} will vote against "${title}" as it stands: we cannot accept ${measureList(objected)}. We are ready to support a text limited to what all members can agree.`,
    TEXT_MAX,
  );
}

const VOTE_PHRASES: Record<CouncilVote, string> = {
  yes: 'voted in favour of',
  no: 'voted against',
  abstain: 'abstained on',
};

export function explanationOfVote(profile: DelegationProfile, vote: CouncilVote, title: string, supported: Measure[], objected: Measure[], veto: boolean): string {
  const lead = `${profile.name} ${VOTE_PHRASES[vote]} "${title}".`;
  let reason: string;
  if (vote === 'yes') reason = supported.length ? ` We support ${measureList(supported)}: the situation demands it.` : ' The text is balanced and the situation demands action.';
  else if (vote === 'no')
    reason = `${veto ? ' Our negative vote reflects a principled position.' : ''} We cannot accept ${objected.length ? measureList(objected) : 'this text'}; it would not help the people concerned.${supported.length ? ` We remain ready to support ${measureList(supported)}.` : ''}`;
  else reason = ` The text contains elements we support${supported.length ? ` (${measureList(supported)})` : ''}, but ${objected.length ? `${measureList(objected)} go${objected.length === 1 ? 'es' : ''} too far` : 'it is not balanced'}.`;
  return capped(lead + reason, TEXT_MAX);
}

export function vetoInitiativeSpeech(profile: DelegationProfile, vetoer: boolean, vetoedByNames: string, alternative: Measure[], objected: Measure[], supported: boolean): string {
  if (vetoer) {
    return capped(
      `${profile.name} cast its negative vote because ${objected.length ? measureList(objected) : 'the draft'} would have deepened the crisis.${alternative.length ? ` We offered, and still offer, ${measureList(alternative)}.` : ''} We remain engaged.`,
      TEXT_MAX,
    );
  }
  return capped(
    supported
      ? `${profile.name} regrets the veto cast by ${vetoedByNames}. The Council failed the victims; the Assembly must now act, and the veto must carry a cost.`
      : `${profile.name} takes note of the vote. Quiet diplomacy, not confrontation, will help the people concerned.`,
    TEXT_MAX,
  );
}
