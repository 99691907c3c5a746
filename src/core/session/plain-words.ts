import { CONDUCT_GROUPS, type ConductKind, type DefenceArgument, type RubricCriterion } from '../shared/vocabulary';
import { ownEntry } from './lookup';

/**
 * The plain-language meaning of the national-conduct and defence vocabulary: what a student
 * should weigh before choosing (docs/design.md §1.2, §1.6, UX "National conduct" and "Adjudication"). Shared by
 * the UI and the transcript so that both say the same thing.
 */

export type ConductGroup = keyof typeof CONDUCT_GROUPS;

export const CONDUCT_GROUP_TITLES: Record<ConductGroup, { title: string; description: string }> = {
  support: {
    title: 'Support to a party',
    description: 'Helping one side of the conflict. Lawful or not depends on whom you help, what you know and how much it matters.',
  },
  protective: {
    title: 'Protective measures',
    description: 'Pressure on the perpetrators. These are the measures a duty to protect or to prevent asks for.',
  },
  help: {
    title: 'Help',
    description: 'Assistance to the population at risk and to those who flee.',
  },
  participation: {
    title: 'Participation',
    description: 'Whether your delegation takes part in the meetings that discuss the crisis.',
  },
  peaceOperation: {
    title: 'Peace operation',
    description: 'Your contingent in a peace operation in the territory: keep it, reinforce it or withdraw it. Only a state with troops there has these choices.',
  },
};

export const CONDUCT_LABELS: Record<ConductKind, string> = {
  'arms-transfer': 'Transfer arms',
  'intelligence-sharing': 'Share intelligence',
  financing: 'Provide financing',
  logistics: 'Provide logistics',
  training: 'Train forces',
  'troop-deployment': 'Deploy troops',
  'administering-territory': 'Administer territory',
  perpetrating: 'Take part directly',
  sanctions: 'Impose sanctions',
  'diplomatic-pressure': 'Apply diplomatic pressure',
  'criminal-measures': 'Take criminal measures',
  'suspending-support': 'Suspend support',
  'arms-embargo': 'Impose an arms embargo',
  'disarming-group': 'Disarm or demobilise a group',
  'humanitarian-aid': 'Send humanitarian aid',
  'prevention-assistance': 'Give prevention assistance',
  'accepting-refugees': 'Accept refugees',
  'attend-meeting': 'Attend the meetings',
  'boycott-meeting': 'Boycott the meetings',
  'contingent-reinforcement': 'Reinforce your contingent',
  'contingent-withdrawal': 'Withdraw your contingent',
};

/** The legal meaning of each kind of conduct, in plain words. */
export const CONDUCT_MEANINGS: Record<ConductKind, string> = {
  'arms-transfer':
    'Weapons for the party you name. If it commits atrocities and you know it, this is aid or assistance in its crimes (ARSIWA art. 16). Substantial, continuing supply can also give you a duty to restrain it.',
  'intelligence-sharing':
    'Information that helps the party target and operate. With knowledge of the atrocities it can be aid or assistance (ARSIWA art. 16).',
  financing:
    'Money that keeps the party going. Financing on which it depends is "substantial support", which grounds a duty to restrain it (Armed Activities); with knowledge it is also assistance.',
  logistics:
    'Transport, fuel and supply. Ordinary trade is not unlawful, but logistics for forces you know are committing atrocities can be assistance (ARSIWA art. 16).',
  training:
    'Training the party\'s forces. It builds the capacity used in the crimes: assistance once the atrocities are known, and a tie that can ground a duty to restrain.',
  'troop-deployment':
    'Your troops in the territory. Presence alone does not make you responsible for others\' crimes (Behrami v. France); troops that fight beside the perpetrator are a different matter.',
  'administering-territory':
    'Governmental authority over the area (occupation or administration). It makes you answerable for protecting the people there (Armed Activities ¶¶173-178; Cyprus v. Turkey).',
  perpetrating:
    'Your own forces or agents commit the acts. Their conduct is attributed to your state (ARSIWA arts. 4, 5 and 8): direct responsibility, with no defence of ignorance.',
  sanctions:
    'Economic measures against the perpetrators. This is one of the measures a duty to protect asks of a state with influence, and it weighs in your favour.',
  'diplomatic-pressure':
    'Démarches, public condemnation, recalling ambassadors. A measure of prevention that costs little; it counts as doing something.',
  'criminal-measures':
    'Investigating and prosecuting those responsible, or supporting those who do. A measure against the perpetrators that the law asks for.',
  'suspending-support':
    'Stopping support you have been giving. For a state tied to the perpetrator this is the most important measure: continuing support is what makes you exposed.',
  'arms-embargo':
    'Stopping arms to the conflict. It answers the risk of assisting atrocities and supports the Council\'s or Assembly\'s calls.',
  'disarming-group':
    'Disarming or demobilising the armed group you name: taking in its weapons, disbanding its units, returning its fighters to civilian life. A measure against that group of the kind a duty to restrain it asks for (Hakimi, Part IV.B.2), and cooperation to bring the atrocities to an end (ARSIWA art. 41(1)). A state that disarms a group it supported has stopped supporting it from that round, though what it gave before remains on the record.',
  'humanitarian-aid':
    'Relief for the population at risk. Lawful and helpful; it does not by itself discharge a duty to restrain a perpetrator you support.',
  'prevention-assistance':
    'Resources, training and institutions that lessen the risk. What a duty to assist asks of a state that contributed to the risk or has a special tie.',
  'accepting-refugees':
    'Taking in those who flee. Non-refoulement forbids sending them back to danger; accepting them is protection in practice.',
  'attend-meeting':
    'Taking your seat in the meetings on the crisis. Participation is neutral; it keeps the multilateral path open.',
  'boycott-meeting':
    'Staying away from the meetings. Declining multilateral meetings can be evidence of obstruction of protective measures.',
  'contingent-reinforcement':
    'More troops for your contingent in the peace operation. Presence without governmental authority does not by itself make you answerable for protecting the people there (Behrami v. France), but it is a link towards the capacity to influence that the duty to prevent genocide measures (Bosnia v. Serbia ¶430).',
  'contingent-withdrawal':
    'Bringing your contingent home. Contributing states may withdraw their troops; from the next round your presence no longer counts towards your capacity to influence events there (Bosnia v. Serbia ¶430). Those the troops sheltered lose that protection: a point for the debrief.',
};

/** Whom each kind of conduct is directed at: a perpetrator, a perpetrator or a state, or no one. */
export type ConductTarget = 'perpetrator' | 'perpetrator-or-state' | 'none';

export const CONDUCT_TARGET: Record<ConductKind, ConductTarget> = {
  'arms-transfer': 'perpetrator',
  'intelligence-sharing': 'perpetrator',
  financing: 'perpetrator',
  logistics: 'perpetrator',
  training: 'perpetrator',
  'troop-deployment': 'perpetrator',
  'administering-territory': 'none',
  perpetrating: 'none',
  sanctions: 'perpetrator-or-state',
  'diplomatic-pressure': 'perpetrator-or-state',
  'criminal-measures': 'perpetrator',
  'suspending-support': 'perpetrator',
  'arms-embargo': 'perpetrator-or-state',
  'disarming-group': 'perpetrator',
  'humanitarian-aid': 'none',
  'prevention-assistance': 'none',
  'accepting-refugees': 'none',
  'attend-meeting': 'none',
  'boycott-meeting': 'none',
  'contingent-reinforcement': 'none',
  'contingent-withdrawal': 'none',
};

export function conductGroupOf(kind: ConductKind): ConductGroup {
  for (const [group, kinds] of Object.entries(CONDUCT_GROUPS) as [ConductGroup, readonly ConductKind[]][]) {
    if (kinds.includes(kind)) return group;
  }
  return 'support';
}

export const DEFENCE_LABELS: Record<DefenceArgument, string> = {
  'lack-of-knowledge': 'Lack of knowledge',
  'meaningful-alternative': 'A meaningful alternative was pursued',
  'countervailing-interest': 'A weighty countervailing interest',
  'no-governmental-authority': 'No governmental authority over the area',
  'support-not-substantial': 'The support was not substantial',
  incapacity: 'Incapacity to influence',
  'council-authorisation': 'Authorised by the Security Council',
  'measures-taken': 'All measures due were taken',
  'no-attribution': 'The acts are not attributable to the state',
  acquiescence: 'Other measures were allowed to pass',
  'agreement-not-in-force': 'The agreement was not in force',
};

/** What each defence argument claims, and what the record must show for it to succeed. */
export const DEFENCE_EXPLANATIONS: Record<DefenceArgument, string> = {
  'lack-of-knowledge':
    'The state did not know of the atrocities when it acted. Aid or assistance needs knowledge of the circumstances (ARSIWA art. 16); it fails once the evidence was public or the state was told.',
  'meaningful-alternative':
    'The state blocked one measure but pursued another real one (its own draft, a different forum). A defence to obstruction.',
  'countervailing-interest':
    'A sufficiently weighty interest justified the state\'s position. A defence to obstruction, judged against the gravity of the crimes.',
  'no-governmental-authority':
    'The state\'s troops were present but it exercised no governmental authority over the area (Behrami v. France), so no duty to protect arose from presence.',
  'support-not-substantial':
    'The state\'s support was not such that the perpetrator depends on it, so no duty to restrain arose from it.',
  incapacity:
    'The state had no real capacity to influence the perpetrator (distance, links, legal position): the duty to prevent is measured by that capacity (Bosnia v. Serbia ¶430).',
  'council-authorisation':
    'The conduct was authorised or required by a Security Council decision.',
  'measures-taken':
    'The state took the measures reasonably available to it (sanctions, pressure, suspending support): due diligence is an obligation of conduct, not of result.',
  'no-attribution':
    'The perpetrators were not the state\'s organs or agents, and did not act on its instructions or under its direction or control (ARSIWA arts. 4, 5 and 8).',
  acquiescence:
    'The state let other protective measures pass (resolutions, presidential statements), which mitigates a veto or vote against one draft.',
  'agreement-not-in-force':
    'The D2R agreement did not bind the state when it acted: not yet signed by both parties, or its duration had run out (VCLT arts. 24 and 26).',
};

/** Plain names of the law engine's duties (docs/design.md §1.2), for headings and pickers. */
export const DUTY_LABELS: Record<string, string> = {
  territorial: 'Territorial duty to protect',
  respect: 'Duty to respect (not to commit or assist)',
  protect: 'Duty to protect (restrain the perpetrator)',
  'not-obstruct': 'Duty not to obstruct protective measures',
  assist: 'Duty to assist in prevention',
  cooperate: 'Duty to cooperate to end serious breaches',
  'd2r-agreement': 'Duty under a D2R agreement',
};

export function dutyLabel(duty: string): string {
  return ownEntry(DUTY_LABELS, duty) ?? duty;
}

/** The lines of the assessment rubric as a sentence names them (docs/assessment.md). */
export const RUBRIC_CRITERION_LABELS: Record<RubricCriterion, string> = {
  objectives: 'Objectives of its brief met',
  'red-lines': 'Red lines held',
  drafts: 'Drafts tabled, revised and adopted',
  commitments: 'Offers and commitments kept',
  exposure: 'Legal exposure avoided',
  memorial: 'Memorial: pleas accepted',
};
