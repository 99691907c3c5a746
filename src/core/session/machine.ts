import { assign, setup } from 'xstate';
import type { PhaseName } from '../scenario/schema';
import type { Act, MachineEvent, SessionContext } from './context';
import type { SessionEventType } from './events';
import { closeOpenBallots } from './ballots';
import { EVENT_POLICY, PHASE_CHANGING, ROUND_PHASES, SESSION_EVENT_TYPES } from './phases';
import { startRound, enterPhase } from './round';
import { recordAct } from './record-entry';
import { applyAct } from './command-rules';
import type { SessionState } from './state';
import { openVetoInitiativeDebates, vetoesThisRound } from './uniting-for-peace';

/** The act that caused the transition, if any (the machine's own start has none). */
function actOf(event: MachineEvent): Act | null {
  return 'act' in event ? event.act : null;
}

function emergencySpecialSessionMeets(session: SessionState): boolean {
  const ufp = session.unitingForPeace;
  // It meets in the round it is convened, and resumes when a later veto falls on the same situation.
  return ufp.status === 'convened' && (ufp.convenedRound === session.round || vetoesThisRound(session).length > 0);
}

/** What an event that stays in its phase does: its entry in the record, then its handler's effect. */
export const IN_PHASE_ACTIONS = ['recordEntry', 'applyEvent'] as const;

/** Transitions of the events that stay in the phase, built from the EVENT_POLICY table. */
function inPhaseEvents(phase: PhaseName) {
  const on: Partial<Record<SessionEventType, { actions: typeof IN_PHASE_ACTIONS }>> = {};
  for (const type of SESSION_EVENT_TYPES) {
    if (EVENT_POLICY[type].phases.includes(phase) && !PHASE_CHANGING.includes(type)) on[type] = { actions: IN_PHASE_ACTIONS };
  }
  return on;
}

const advance = (target: string) => ({ target, actions: ['recordEntry' as const] });
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

/**
 * The session machine (docs/design.md §2.6): seating → briefing → rounds of [crisis update →
 * negotiation → Security Council → Uniting for Peace → emergency special session →
 * veto-initiative debate → national conduct] → adjudication → debrief. The three Assembly
 * phases are entered only when the procedure calls for them. All simulation state is plain
 * data in the context. It receives only commands already checked (command-rules.ts checkCommand, once per
 * command), as the act they make; its own guards are the procedure's (which phase comes next).
 * session.ts reads from it once which events stay in their phase and which move it
 * (transitions.ts), and runs it only for the latter (docs/architecture.md, "State and replay").
 */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as MachineEvent,
    input: {} as SessionContext,
  },
  guards: {
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
    recordEntry: assign(({ context, event }) => ({ session: recordAct(context, event.act) })),
    applyEvent: assign(({ context, event }) => ({ session: applyAct(context, event.act) })),
    enterPhase: assign(({ context, event }, params: { phase: PhaseName }) => ({
      session: enterPhase(context.scenario, context.session, params.phase, actOf(event)?.at ?? null),
    })),
    startRound: assign(({ context, event }) => ({ session: startRound(context, context.session, actOf(event)?.seq ?? 0) })),
    /** A vote still open when its phase ends is closed; on a missed deadline, per the round plan. */
    closeOpenBallots: assign(({ context, event }) => {
      const act = actOf(event);
      const missing = act?.event.type === 'timer.expired' && context.scenario.roundPlan.onMissedDeadline === 'abstain' ? 'abstain' : 'absent';
      return { session: closeOpenBallots(context, context.session, act?.seq ?? 0, missing) };
    }),
    openVetoInitiativeDebates: assign(({ context }) => ({ session: openVetoInitiativeDebates(context.session) })),
    endPause: assign(({ context }) => ({ session: { ...context.session, paused: false } })),
    markEnded: assign(({ context }) => ({ session: { ...context.session, ended: true } })),
  },
}).createMachine({
  id: 'moot',
  context: ({ input }) => input,
  initial: 'seating',
  states: {
    // A session begins here already seated (createSession); nothing enters seating again.
    seating: {
      on: {
        ...inPhaseEvents('seating'),
        'session.start': { target: 'briefing', actions: ['recordEntry'] },
        'session.end': { target: 'adjudication', actions: ['recordEntry', 'endPause'] },
      },
    },
    briefing: {
      entry: [{ type: 'enterPhase', params: { phase: 'briefing' } }],
      on: {
        ...inPhaseEvents('briefing'),
        ...advancing('round'),
        'session.end': { target: 'adjudication', actions: ['recordEntry', 'endPause'] },
      },
    },
    round: {
      entry: ['startRound'],
      initial: 'crisisUpdate',
      on: {
        'session.end': { target: '#moot.adjudication', actions: ['recordEntry', 'endPause'] },
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
        'judgment.deliver': { target: 'debrief', actions: ['recordEntry'] },
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
