import { stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import { seatOfState, withEntry, type SessionContext } from './context';
import type { EventHandlers } from './handler';
import type { Agreement, SessionState } from './state';
import { CLAUSE_FORBIDS, type ConductKind, type D2rClause } from '../shared/vocabulary';
import { noSuch, ownEntry } from './lookup';

/**
 * Bilateral Duty-to-Refrain agreements (seed 004, Part VI.A). An offer (proposal or counter) is its
 * author's consent to be bound by that text, and awaits the other party alone; the agreement is
 * concluded when the other party signs the text offered (VCLT arts. 11-12: consent expressed by
 * signature, the offer standing as the offering party's). Nobody is asked to sign its own offer.
 * A counter-proposal changes the text, so the consent given to the old text lapses and the
 * counter stands as its author's consent to the new one.
 */

const OPEN: ReadonlySet<Agreement['status']> = new Set(['proposed', 'countered']);

function agreementOf(session: SessionState, id: string): Agreement | undefined {
  return ownEntry(session.agreements, id);
}

function clauseProblem(scenario: Scenario, clauses: readonly D2rClause[]): string | null {
  const perpetrators = new Set(scenario.crisis.perpetrators.map((p) => p.id));
  for (const clause of clauses) {
    if (clause.perpetrator !== undefined && !perpetrators.has(clause.perpetrator)) {
      return `Clause "${clause.kind}" names "${clause.perpetrator}", which is not a perpetrator in this scenario.`;
    }
  }
  return null;
}

/**
 * Whether a state may know the agreement exists: its parties, and everyone once it is signed (the
 * registry is public). To anyone else an unsigned agreement answers as if there were none, so a
 * refusal never tells a delegation that two others are negotiating.
 */
function knownTo(agreement: Agreement, state: string | null): boolean {
  return agreement.status === 'signed' || (state !== null && agreement.parties.includes(state));
}

const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An agreement by its parties, never its id: "the D2R agreement between France and Russia". */
function agreementInWords(scenario: Scenario, agreement: Agreement): string {
  return `the D2R ${agreement.status === 'signed' ? 'agreement' : 'proposal'} between ${stateName(scenario, agreement.parties[0])} and ${stateName(scenario, agreement.parties[1])}`;
}

/** Only the party the agreement awaits may sign, counter or reject it. */
function awaitedPartyProblem(ctx: SessionContext, id: string, state: string, verb: string): string | null {
  const agreement = agreementOf(ctx.session, id);
  if (!agreement || !knownTo(agreement, state)) return noSuch('agreement', id);
  const named = agreementInWords(ctx.scenario, agreement);
  if (!agreement.parties.includes(state)) return `${stateName(ctx.scenario, state)} is not a party to ${named}.`;
  if (!OPEN.has(agreement.status)) return `${capitalFirst(named)} is ${agreement.status}; it can no longer be ${verb}.`;
  if (agreement.awaiting !== state) {
    return `${capitalFirst(named)} awaits ${stateName(ctx.scenario, agreement.awaiting!)}: only the party awaited may sign, counter or reject it.`;
  }
  return null;
}

function awaitingAny(session: SessionState, state: string | null): string | null {
  return Object.values(session.agreements).some((a) => OPEN.has(a.status) && a.awaiting === state)
    ? null
    : 'No agreement awaits your answer.';
}

function update(ctx: SessionContext, agreement: Agreement): SessionState {
  return { ...ctx.session, agreements: withEntry(ctx, ctx.session.agreements, agreement.id, agreement) };
}

export const agreementHandlers = {
  'd2r.propose': {
    check: ({ scenario, session }, { actor, event }) => {
      if (agreementOf(session, event.agreementId)) return 'An agreement is already recorded under this reference; propose it again.';
      if (event.to === actor.state) return 'A bilateral agreement needs another party.';
      if (!seatOfState(session, event.to)) return `No delegation of ${stateName(scenario, event.to)} is seated to answer.`;
      return clauseProblem(scenario, event.clauses);
    },
    apply: (ctx, { actor, event, seq }) =>
      update(ctx, {
        id: event.agreementId,
        parties: [actor.state!, event.to],
        clauses: event.clauses,
        durationRounds: event.durationRounds ?? null,
        note: event.note ?? null,
        status: 'proposed',
        awaiting: event.to,
        signedBy: [actor.state!],
        inForceFromRound: null,
        history: [{ seq, round: ctx.session.round, state: actor.state!, action: 'propose', clauses: event.clauses }],
        breaches: [],
      }),
  },
  'd2r.counter': {
    check: (ctx, { actor, event }) =>
      awaitedPartyProblem(ctx, event.agreementId, actor.state!, 'countered') ?? clauseProblem(ctx.scenario, event.clauses),
    available: ({ session }, actor) => awaitingAny(session, actor.state),
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const a = agreementOf(session, event.agreementId)!;
      const other = a.parties[0] === actor.state ? a.parties[1] : a.parties[0];
      return update(ctx, {
        ...a,
        clauses: event.clauses,
        note: event.note ?? a.note,
        status: 'countered',
        awaiting: other,
        signedBy: [actor.state!],
        history: [...a.history, { seq, round: session.round, state: actor.state!, action: 'counter', clauses: event.clauses }],
      });
    },
  },
  'd2r.sign': {
    check: (ctx, { actor, event }) => awaitedPartyProblem(ctx, event.agreementId, actor.state!, 'signed'),
    available: ({ session }, actor) => awaitingAny(session, actor.state),
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const a = agreementOf(session, event.agreementId)!;
      // The awaited party's signature concludes it: the other party consented by its offer.
      return update(ctx, {
        ...a,
        signedBy: [...a.signedBy, actor.state!],
        status: 'signed',
        awaiting: null,
        inForceFromRound: session.round,
        history: [...a.history, { seq, round: session.round, state: actor.state!, action: 'sign' }],
      });
    },
  },
  'd2r.reject': {
    check: (ctx, { actor, event }) => awaitedPartyProblem(ctx, event.agreementId, actor.state!, 'rejected'),
    available: ({ session }, actor) => awaitingAny(session, actor.state),
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const a = agreementOf(session, event.agreementId)!;
      return update(ctx, {
        ...a,
        status: 'rejected',
        awaiting: null,
        signedBy: [],
        history: [...a.history, { seq, round: session.round, state: actor.state!, action: 'reject' }],
      });
    },
  },
  'd2r.withdraw': {
    check: ({ scenario, session }, { actor, event }) => {
      const a = agreementOf(session, event.agreementId);
      if (!a || !knownTo(a, actor.state)) return noSuch('agreement', event.agreementId);
      if (a.parties[0] !== actor.state) {
        return `Only the proposer (${stateName(scenario, a.parties[0])}) may withdraw ${agreementInWords(scenario, a)}.`;
      }
      if (!OPEN.has(a.status)) return `${capitalFirst(agreementInWords(scenario, a))} is ${a.status}; it can no longer be withdrawn.`;
      return null;
    },
    available: ({ session }, actor) =>
      Object.values(session.agreements).some((a) => OPEN.has(a.status) && a.parties[0] === actor.state)
        ? null
        : 'You have no open proposal to withdraw.',
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const a = agreementOf(session, event.agreementId)!;
      return update(ctx, {
        ...a,
        status: 'withdrawn',
        awaiting: null,
        signedBy: [],
        history: [...a.history, { seq, round: session.round, state: actor.state!, action: 'withdraw' }],
      });
    },
  },
} satisfies Partial<EventHandlers>;

/**
 * When a party consented to the text in force: its signature, or the offer (proposal or counter)
 * of that text, which stands as its signature. 0 when it never did (an agreement a scenario starts with).
 */
export function consentSeq(agreement: Agreement, state: string): number {
  const own = agreement.history.filter((h) => h.state === state && (h.action === 'sign' || h.action === 'propose' || h.action === 'counter'));
  return own.at(-1)?.seq ?? 0;
}

/** Whether a signed agreement binds in a round (from signature for its duration, if any). */
export function agreementInForce(agreement: Agreement, round: number): boolean {
  if (agreement.status !== 'signed' || agreement.inForceFromRound === null) return false;
  if (round < agreement.inForceFromRound) return false;
  return agreement.durationRounds === null || round < agreement.inForceFromRound + agreement.durationRounds;
}

/**
 * The clauses of agreements in force that an act of `state` is contrary to: a refrain clause
 * forbidding this kind of conduct, protecting against this target or against any perpetrator
 * when it names none (pacta sunt servanda, VCLT art. 26).
 */
export function clausesBreached(
  session: SessionState,
  state: string,
  kind: ConductKind,
  target: string | null,
): { agreementId: string; clause: D2rClause }[] {
  const out: { agreementId: string; clause: D2rClause }[] = [];
  for (const agreement of Object.values(session.agreements)) {
    if (!agreement.parties.includes(state) || !agreementInForce(agreement, session.round)) continue;
    for (const clause of agreement.clauses) {
      const forbids = CLAUSE_FORBIDS[clause.kind];
      if (!forbids?.includes(kind)) continue;
      if (clause.perpetrator !== undefined && clause.perpetrator !== target) continue;
      out.push({ agreementId: agreement.id, clause });
    }
  }
  return out;
}
