import type { SessionEventType } from './events';
import type { Measure } from '../shared/vocabulary';

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
  'd2r.propose': 'Proposing a D2R agreement',
  'd2r.counter': 'Countering a D2R proposal',
  'd2r.sign': 'Signing a D2R agreement',
  'd2r.reject': 'Rejecting a D2R proposal',
  'd2r.withdraw': 'Withdrawing a D2R proposal',
  'draft.table': 'Tabling a draft resolution',
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
  'judgment.deliver': 'Delivering the judgment',
};
