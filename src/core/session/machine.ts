import { assign, setup } from 'xstate';
import type { PhaseName } from '../scenario/schema';
import { appended, resolveActor, withEntry, type Act, type MachineEvent, type SessionContext } from './context';
import type { SessionEventType } from './events';
import { closeOpenBallots } from './ballots';
import { EVENT_POLICY, PHASE_CHANGING, ROUND_PHASES, SESSION_EVENT_TYPES } from './phases';
import { startRound, enterPhase } from './round';
import { checkCommand, handlerFor } from './rules';
import type { SessionState } from './state';
import { openVetoInitiativeDebates, vetoesThisRound } from './uniting-for-peace';

function actOf(context: SessionContext, event: MachineEvent): Act {
  const actor = resolveActor(context.session, event.command);
  if (typeof actor === 'string') throw new Error(`internal: action on a rejected command (${actor})`);
  return { command: event.command, event: event.command.event, actor, seq: event.seq, at: event.command.at };
}

/** The command that caused the transition, if any (the machine's own start has none). */
function commandOf(event: { type: string }): MachineEvent | null {
  return 'command' in event ? (event as MachineEvent) : null;
}

function record(context: SessionContext, event: MachineEvent): SessionState {
  const { session } = context;
  const act = actOf(context, event);
  const entry = { seq: event.seq, ...event.command };
  const byFacilitator = act.actor.state === null || act.actor.actingFacilitator !== null;
  const delegationMove = act.actor.state !== null;
  return {
    ...session,
    log: appended(context, session.log, entry),
    aiNotes: event.command.ai ? withEntry(context, session.aiNotes, event.seq, event.command.ai) : session.aiNotes,
    facilitatorActions: byFacilitator
      ? appended(context, session.facilitatorActions, {
          seq: event.seq,
          round: session.round,
          phase: session.phase,
          action: event.command.event.type,
          ...(act.actor.actingFacilitator ? { actingFor: act.actor.seat.id } : {}),
        })
      : session.facilitatorActions,
    actedThisPhase:
      delegationMove && !session.actedThisPhase.includes(act.actor.seat.id)
        ? [...session.actedThisPhase, act.actor.seat.id]
        : session.actedThisPhase,
  };
}

function emergencySpecialSessionMeets(session: SessionState): boolean {
  const ufp = session.unitingForPeace;
  // It meets in the round it is convened, and resumes when a later veto falls on the same situation.
  return ufp.status === 'convened' && (ufp.convenedRound === session.round || vetoesThisRound(session).length > 0);
}

/** Transitions of the events that stay in the phase, built from the EVENT_POLICY table. */
function inPhaseEvents(phase: PhaseName) {
  const on: Partial<Record<SessionEventType, { guard: 'commandAccepted'; actions: ['recordEntry', 'applyEvent'] }>> = {};
  for (const type of SESSION_EVENT_TYPES) {
    if (EVENT_POLICY[type].phases.includes(phase) && !PHASE_CHANGING.includes(type)) {
      on[type] = { guard: 'commandAccepted', actions: ['recordEntry', 'applyEvent'] };
    }
  }
  return on;
}

const advance = (target: string) => ({ guard: 'commandAccepted' as const, target, actions: ['recordEntry' as const] });
function advancing(target: string) {
  return { 'phase.advance': advance(target), 'phase.skip': advance(target), 'timer.expired': advance(target) };
}

function roundPhase(
  phase: (typeof ROUND_PHASES)[number],
  next: string,
  extra: { entry?: 'openVetoInitiativeDebates'[]; exit?: 'closeOpenBallots'[] } = {},
) {
  return {
    entry: [{ type: 'enterPhase' as const, params: { phase } }, ...(extra.entry ?? [])],
    ...(extra.exit ? { exit: extra.exit } : {}),
    on: { ...inPhaseEvents(phase), ...advancing(next) },
  };
}

const INERT_CONTEXT = { scenario: null, session: null } as unknown as SessionContext;

/**
 * The session machine (docs/design.md §2.6): seating → briefing → rounds of [crisis update →
 * negotiation → Security Council → Uniting for Peace → emergency special session →
 * veto-initiative debate → national conduct] → adjudication → debrief. The three Assembly
 * phases are entered only when the procedure calls for them. All simulation state is plain
 * data in the context; the machine runs through xstate's pure transition() (see session.ts).
 */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as MachineEvent,
    input: {} as SessionContext,
  },
  guards: {
    /** Every rule of the command's event type holds (rules.ts, with reasons). */
    commandAccepted: ({ context, event }) => checkCommand(context, event.command).ok,
    /** GA res. 377 A (V): a draft fell this round to a permanent member's negative vote, and no session is convened yet. */
    unitingForPeaceDue: ({ context }) =>
      vetoesThisRound(context.session).length > 0 && context.session.unitingForPeace.status !== 'convened',
    emergencySpecialSessionMeets: ({ context }) => emergencySpecialSessionMeets(context.session),
    /** GA res. 76/262 ¶1: a veto was cast this round and no emergency special session meets on the situation. */
    vetoInitiativeDue: ({ context }) =>
      vetoesThisRound(context.session).length > 0 && !emergencySpecialSessionMeets(context.session),
    roundsRemain: ({ context }) => context.session.round < context.scenario.roundPlan.rounds,
  },
  actions: {
    recordEntry: assign(({ context, event }) => ({ session: record(context, event) })),
    applyEvent: assign(({ context, event }) => {
      const act = actOf(context, event);
      const apply = handlerFor(event.command.event.type)?.apply as ((c: SessionContext, a: Act) => SessionState) | undefined;
      return { session: apply ? apply(context, act) : context.session };
    }),
    enterPhase: assign(({ context, event }, params: { phase: PhaseName }) =>
      context.scenario === null
        ? {}
        : { session: enterPhase(context.scenario, context.session, params.phase, commandOf(event)?.command.at ?? null) },
    ),
    startRound: assign(({ context, event }) => ({ session: startRound(context, context.session, commandOf(event)?.seq ?? 0) })),
    /** A vote still open when its phase ends is closed; on a missed deadline, per the round plan. */
    closeOpenBallots: assign(({ context, event }) => {
      const command = commandOf(event);
      const missing =
        command?.command.event.type === 'timer.expired' && context.scenario.roundPlan.onMissedDeadline === 'abstain' ? 'abstain' : 'absent';
      return { session: closeOpenBallots(context, context.session, command?.seq ?? 0, missing) };
    }),
    openVetoInitiativeDebates: assign(({ context }) => ({ session: openVetoInitiativeDebates(context.session) })),
    endPause: assign(({ context }) => ({ session: { ...context.session, paused: false } })),
    markEnded: assign(({ context }) => ({ session: { ...context.session, ended: true } })),
  },
}).createMachine({
  id: 'moot',
  // xstate's pure transition() builds a throwaway actor without input; it gets an inert context.
  context: ({ input }) => input ?? INERT_CONTEXT,
  initial: 'seating',
  states: {
    seating: {
      entry: [{ type: 'enterPhase', params: { phase: 'seating' } }],
      on: {
        ...inPhaseEvents('seating'),
        'session.start': { guard: 'commandAccepted', target: 'briefing', actions: ['recordEntry'] },
        'session.end': { guard: 'commandAccepted', target: 'adjudication', actions: ['recordEntry', 'endPause'] },
      },
    },
    briefing: {
      entry: [{ type: 'enterPhase', params: { phase: 'briefing' } }],
      on: {
        ...inPhaseEvents('briefing'),
        ...advancing('round'),
        'session.end': { guard: 'commandAccepted', target: 'adjudication', actions: ['recordEntry', 'endPause'] },
      },
    },
    round: {
      entry: ['startRound'],
      initial: 'crisisUpdate',
      on: {
        'session.end': { guard: 'commandAccepted', target: '#moot.adjudication', actions: ['recordEntry', 'endPause'] },
      },
      states: {
        crisisUpdate: roundPhase('crisisUpdate', 'negotiation'),
        negotiation: roundPhase('negotiation', 'council'),
        council: roundPhase('council', 'afterCouncil', { exit: ['closeOpenBallots'] }),
        afterCouncil: {
          always: [
            { guard: 'unitingForPeaceDue', target: 'unitingForPeace' },
            { guard: 'emergencySpecialSessionMeets', target: 'emergencySpecialSession' },
            { guard: 'vetoInitiativeDue', target: 'vetoInitiative' },
            { target: 'conduct' },
          ],
        },
        unitingForPeace: roundPhase('unitingForPeace', 'afterUnitingForPeace', { exit: ['closeOpenBallots'] }),
        afterUnitingForPeace: {
          always: [
            { guard: 'emergencySpecialSessionMeets', target: 'emergencySpecialSession' },
            { guard: 'vetoInitiativeDue', target: 'vetoInitiative' },
            { target: 'conduct' },
          ],
        },
        emergencySpecialSession: roundPhase('emergencySpecialSession', 'conduct', { exit: ['closeOpenBallots'] }),
        vetoInitiative: roundPhase('vetoInitiative', 'conduct', { entry: ['openVetoInitiativeDebates'] }),
        conduct: roundPhase('conduct', 'afterConduct'),
        afterConduct: {
          always: [{ guard: 'roundsRemain', target: '#moot.round', reenter: true }, { target: '#moot.adjudication' }],
        },
      },
    },
    adjudication: {
      entry: [{ type: 'enterPhase', params: { phase: 'adjudication' } }],
      on: {
        ...inPhaseEvents('adjudication'),
        ...advancing('debrief'),
        'judgment.deliver': { guard: 'commandAccepted', target: 'debrief', actions: ['recordEntry'] },
      },
    },
    debrief: {
      entry: [{ type: 'enterPhase', params: { phase: 'debrief' } }, 'markEnded'],
      on: inPhaseEvents('debrief'),
    },
  },
});

export type SessionMachine = typeof sessionMachine;

/** The machine's state value for a phase (the round's phases are children of `round`). */
export function stateValueOf(phase: PhaseName): string | Record<string, string> {
  return (ROUND_PHASES as readonly string[]).includes(phase) ? { round: phase } : phase;
}
