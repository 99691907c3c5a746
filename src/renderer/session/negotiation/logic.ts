import { agreementInForce, channelKey, type Agreement, type SessionView } from '../../../core/session';
import { OK, refuse, type Guard } from '../kit/guard';
import { nameOf } from '../kit/names';
import { proseName } from '../../../core/ai/wording';

/**
 * The negotiation screen's logic, kept out of the components so that it is tested on its own:
 * who the counterparts are, what each agreement action needs, where a proposal stands.
 */

export interface Counterpart {
  state: string;
  name: string;
  seatId: string;
  kind: 'human' | 'ai';
}

/** The other delegations seated in the session (one bilateral channel each): people first, then by name. */
export function counterparts(view: SessionView, me: string | null): Counterpart[] {
  const out: Counterpart[] = [];
  for (const seat of view.state.config.seats) {
    if (seat.kind === 'facilitator' || seat.state === null || seat.state === me) continue;
    if (out.some((c) => c.state === seat.state)) continue;
    out.push({ state: seat.state, name: nameOf(view.scenario, seat.state), seatId: seat.id, kind: seat.kind });
  }
  // People first (in hot-seat they are the ones to talk to), then the AI delegations, by name.
  return out.sort((a, b) => Number(a.kind === 'ai') - Number(b.kind === 'ai') || a.name.localeCompare(b.name));
}

export function channelMessages(view: SessionView, a: string, b: string) {
  return view.state.channels[channelKey(a, b)] ?? [];
}

/** Messages the viewer has not seen: from the other side, after the last seq seen. */
export function unreadCount(view: SessionView, me: string, other: string, lastSeen: number): number {
  return channelMessages(view, me, other).filter((m) => m.from !== me && m.seq > lastSeen).length;
}

export type AgreementAction = 'sign' | 'counter' | 'reject' | 'withdraw';

const OPEN: ReadonlySet<Agreement['status']> = new Set(['proposed', 'countered']);

export function isOpen(agreement: Agreement): boolean {
  return OPEN.has(agreement.status);
}

/**
 * Whether the viewer's state may take each action on an agreement, and if not why: the core's
 * guard for the kind of event first (phase, pause), then the agreement's own state (whose turn).
 */
export function agreementActions(
  view: SessionView,
  agreement: Agreement,
  me: string | null,
  allowed: (type: 'd2r.sign' | 'd2r.counter' | 'd2r.reject' | 'd2r.withdraw') => Guard,
): Record<AgreementAction, Guard> {
  const name = (code: string) => nameOf(view.scenario, code);
  const general = (type: 'd2r.sign' | 'd2r.counter' | 'd2r.reject' | 'd2r.withdraw'): Guard | null => {
    const g = allowed(type);
    // "No agreement awaits your answer" is about all agreements; this one says it better below.
    if (!g.allowed && g.reason && !/awaits your answer|no open proposal/i.test(g.reason)) return g;
    return null;
  };
  const answer = (type: 'd2r.sign' | 'd2r.counter' | 'd2r.reject', verb: string): Guard => {
    if (me === null || !agreement.parties.includes(me)) return refuse(`Only the parties may ${verb} this agreement.`);
    if (!isOpen(agreement)) return refuse(`The agreement is ${agreement.status}; it can no longer be ${verb === 'sign' ? 'signed' : verb === 'counter' ? 'countered' : 'rejected'}.`);
    const g = general(type);
    if (g) return g;
    if (agreement.awaiting !== me) return refuse(`It is ${name(agreement.awaiting ?? '')}'s turn: the agreement awaits its answer.`);
    return OK;
  };
  const withdraw = ((): Guard => {
    if (me === null || agreement.parties[0] !== me) return refuse(`Only the proposer (${name(agreement.parties[0])}) may withdraw the proposal.`);
    if (!isOpen(agreement)) return refuse(`The agreement is ${agreement.status}; it can no longer be withdrawn.`);
    return general('d2r.withdraw') ?? OK;
  })();
  return {
    sign: answer('d2r.sign', 'sign'),
    counter: answer('d2r.counter', 'counter'),
    reject: answer('d2r.reject', 'reject'),
    withdraw,
  };
}

export type StepState = 'done' | 'current' | 'todo' | 'skipped';

export interface Step {
  label: string;
  state: StepState;
  outcome?: 'good' | 'bad';
}

/** The stepper of UX.md: draft → proposed → countered → signed / rejected / withdrawn. */
export function agreementSteps(agreement: Pick<Agreement, 'status' | 'history'> | null): Step[] {
  if (agreement === null) {
    return [
      { label: 'Draft', state: 'current' },
      { label: 'Proposed', state: 'todo' },
      { label: 'Countered', state: 'todo' },
      { label: 'Outcome', state: 'todo' },
    ];
  }
  const countered = agreement.status === 'countered' || agreement.history.some((h) => h.action === 'counter');
  const closed = !OPEN.has(agreement.status);
  const outcomeLabel = { signed: 'Signed', rejected: 'Rejected', withdrawn: 'Withdrawn', proposed: '', countered: '' }[agreement.status];
  return [
    { label: 'Draft', state: 'done' },
    { label: 'Proposed', state: agreement.status === 'proposed' ? 'current' : 'done' },
    {
      label: countered ? 'Countered' : closed ? 'Countered (skipped)' : 'Countered',
      state: agreement.status === 'countered' ? 'current' : countered ? 'done' : closed ? 'skipped' : 'todo',
    },
    closed
      ? { label: outcomeLabel, state: 'current', outcome: agreement.status === 'signed' ? 'good' : 'bad' }
      : { label: 'Outcome', state: 'todo' },
  ];
}

/** "Russia's", "the United States'": the possessive of a state's name in prose. */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Where an open agreement stands, in one sentence. */
export function agreementSituation(view: SessionView, agreement: Agreement, me: string | null): string {
  const name = (code: string) => nameOf(view.scenario, code);
  switch (agreement.status) {
    case 'signed':
      return `Signed by both parties; in force from round ${agreement.inForceFromRound}${agreement.durationRounds ? ` for ${agreement.durationRounds} ${agreement.durationRounds === 1 ? 'round' : 'rounds'}` : ''}.`;
    case 'rejected':
      return `Rejected by ${name(agreement.history.at(-1)?.state ?? '')}.`;
    case 'withdrawn':
      return `Withdrawn by ${name(agreement.parties[0])}.`;
    default: {
      const later = view.state.phase === 'negotiation' ? '' : ' in the next Negotiation phase';
      // The last offer (proposal or counter) stands as its author's signature; the other party's concludes it.
      const offeredBy = agreement.history.findLast((h) => h.action === 'propose' || h.action === 'counter')?.state ?? agreement.parties[0];
      const awaited = agreement.awaiting ?? '';
      if (offeredBy === me) {
        return `Your offer stands as your signature; awaiting ${possessive(proseName(name(awaited)))} answer${later}.`;
      }
      if (agreement.awaiting === me) {
        const subject = proseName(name(offeredBy));
        return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} offered this text and is bound by it once you sign: sign to conclude the agreement, counter or reject${later}.`;
      }
      return `Offered by ${proseName(name(offeredBy))}; awaiting ${possessive(proseName(name(awaited)))} answer${later}.`;
    }
  }
}

/** Signed agreements for the registry, in force now or not, newest first. */
export function registryEntries(view: SessionView): { agreement: Agreement; inForce: boolean }[] {
  return Object.values(view.state.agreements)
    .filter((a) => a.status === 'signed')
    .map((agreement) => ({ agreement, inForce: agreementInForce(agreement, view.state.round) }))
    .sort((a, b) => (b.agreement.inForceFromRound ?? 0) - (a.agreement.inForceFromRound ?? 0) || a.agreement.id.localeCompare(b.agreement.id));
}

/** The viewer's agreements (as a party), open ones first, then by last activity. */
export function myAgreements(view: SessionView, me: string | null): Agreement[] {
  const all = Object.values(view.state.agreements).filter((a) => me === null || a.parties.includes(me));
  const last = (a: Agreement) => a.history.at(-1)?.seq ?? 0;
  return all.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || last(b) - last(a));
}
