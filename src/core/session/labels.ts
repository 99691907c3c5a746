import type { SessionEventType } from './events';
import type { Measure } from '../shared/vocabulary';
import type { PerpetratorKind } from '../scenario/schema';

/** Plain names of the Council's measures (docs/design.md §3.4), for the screens and the transcript. */
export const MEASURE_LABELS: Record<Measure, string> = {
  condemnation: 'Condemnation',
  'commission-of-inquiry': 'Commission of inquiry',
  'icc-referral': 'ICC referral',
  sanctions: 'Sanctions',
  'arms-embargo': 'Arms embargo',
  'humanitarian-access': 'Humanitarian access',
  'peace-operation': 'Peace operation',
  'authorisation-of-force': 'Authorisation of force',
};

/** What each kind of perpetrator is called in a sentence or a table ("Iron Hand militia (armed group)"). */
export const PERPETRATOR_KIND_LABELS: Record<PerpetratorKind, string> = {
  government: 'government forces',
  'armed-group': 'armed group',
  'de-facto-administration': 'de facto administration',
};

/** The label of a perpetrator kind read from a transcript, where the kind is a plain string. */
export function perpetratorKindLabel(kind: string): string {
  return (PERPETRATOR_KIND_LABELS as Record<string, string>)[kind] ?? 'perpetrator';
}

/** What each event is called in a sentence ("<label> is not in order now"). */
export const EVENT_LABELS: Record<SessionEventType, string> = {
  'session.start': 'Starting the session',
  'phase.advance': 'Advancing to the next phase',
  'phase.skip': 'Skipping the rest of the phase',
  'session.pause': 'Pausing the session',
  'session.resume': 'Resuming the session',
  'timer.adjust': 'Adjusting the timer',
  'timer.expired': 'A deadline',
  'session.end': 'Ending the rounds early',
  'inject.fire': 'Firing an inject',
  'inject.write': 'Writing an inject',
  'seat.assign': 'Reassigning a seat',
  'statement.public': 'A public statement',
  'message.private': 'A private message',
  'group.message': 'A message in a group channel',
  'group.convene': 'Convening a contact group',
  'group.join': 'Joining a contact group',
  'group.decline': 'Declining a contact group',
  'meeting.attend': 'Attending a meeting',
  'meeting.decline': 'Declining a meeting',
  'councilStatement.propose': 'Proposing a Council statement',
  'councilStatement.join': 'Joining the consensus on a Council statement',
  'councilStatement.object': 'Objecting to a Council statement',
  'd2r.propose': 'Proposing a D2R agreement',
  'd2r.counter': 'Countering a D2R proposal',
  'd2r.sign': 'Signing a D2R agreement',
  'd2r.reject': 'Rejecting a D2R proposal',
  'd2r.withdraw': 'Withdrawing a D2R proposal',
  'offer.make': 'Making an offer',
  'offer.answer': 'Answering an offer',
  'draft.table': 'Tabling a draft resolution',
  'draft.circulate': 'Circulating a zero draft',
  'draft.requestChange': 'Asking the penholder for a change',
  'draft.answerRequest': 'Answering a request for a change',
  'draft.putInBlue': 'Putting a draft in blue',
  'draft.cosponsor': 'Co-sponsoring a draft',
  'draft.withdraw': 'Withdrawing a draft',
  'veto.threaten': 'A veto threat',
  'vote.open': 'Putting a draft to the vote',
  'vote.cast': 'Voting',
  'vote.close': 'Closing a vote',
  'vote.explain': 'An explanation of vote',
  'ufp.propose-referral': 'Moving the Council\'s referral to the General Assembly',
  'ufp.request': 'Requesting an emergency special session',
  'vetoInitiative.speak': 'Speaking in the veto-initiative debate',
  'conduct.act': 'National conduct',
  'conduct.done': 'Declaring conduct done',
  'delegation.pass': 'Passing (leaving the first move to others)',
  'memorial.file': 'Filing a defence memorial',
  'judgment.override': 'Overriding a finding',
  'rubric.edit': 'Editing the assessment rubric',
  'judgment.deliver': 'Delivering the judgment',
};
