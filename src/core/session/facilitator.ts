import { stateName } from '../scenario/membership';
import { PHASE_TITLES } from './phases';
import { fireInject, remainingSeconds } from './round';
import { recordOnly, type EventHandlers } from './handler';
import { noSuch } from './lookup';

/** Facilitator controls: pause and resume, timers, injects, seats. Phase changes are the machine's. */
export const facilitatorHandlers = {
  // The phase changes are the machine's transitions (machine.ts); the entry in the record is all they add.
  'session.start': { apply: recordOnly },
  'phase.advance': { apply: recordOnly },
  'phase.skip': { apply: recordOnly },
  'session.end': { apply: recordOnly },
  'session.pause': {
    apply: ({ session }, { at }) => ({
      ...session,
      paused: true,
      timer: { ...session.timer, remainingWhenPaused: remainingSeconds(session, at) },
    }),
  },
  'session.resume': {
    check: ({ session }) => (session.paused ? null : 'The session is not paused.'),
    available: ({ session }) => (session.paused ? null : 'The session is not paused.'),
    apply: ({ session }, { at }) => {
      const { durationSeconds, remainingWhenPaused } = session.timer;
      // The phase keeps its allotted time: the clock restarts where it stopped.
      const startedAt =
        durationSeconds !== null && remainingWhenPaused !== null
          ? new Date(Date.parse(at) - (durationSeconds - remainingWhenPaused) * 1000).toISOString()
          : at;
      return { ...session, paused: false, timer: { ...session.timer, startedAt, remainingWhenPaused: null } };
    },
  },
  'timer.adjust': {
    check: ({ session }) => (session.timer.durationSeconds === null ? `The ${PHASE_TITLES[session.phase]} phase has no timer.` : null),
    available: ({ session }) => (session.timer.durationSeconds === null ? 'This phase has no timer.' : null),
    apply: ({ session }, { event }) => {
      const { durationSeconds, remainingWhenPaused } = session.timer;
      return {
        ...session,
        timer: {
          ...session.timer,
          durationSeconds: Math.max(0, durationSeconds! + event.seconds),
          remainingWhenPaused: remainingWhenPaused === null ? null : Math.max(0, remainingWhenPaused + event.seconds),
        },
      };
    },
  },
  'timer.expired': {
    check: ({ session }, { event }) => {
      if (session.timer.durationSeconds === null) return `The ${PHASE_TITLES[session.phase]} phase has no timer.`;
      if (event.round !== session.round || event.phase !== session.phase) {
        return `Stale deadline: it was for ${event.phase} of round ${event.round}, the session is in ${session.phase} of round ${session.round}.`;
      }
      return null;
    },
    available: ({ session }) => (session.timer.durationSeconds === null ? 'This phase has no timer.' : null),
    apply: recordOnly,
  },
  'inject.fire': {
    check: ({ scenario, session }, { event }) => {
      if (!scenario.injects.some((i) => i.id === event.injectId)) return noSuch('inject', event.injectId, 'in this scenario');
      if (session.injectsFired.some((f) => f.injectId === event.injectId)) return `The crisis update "${scenario.injects.find((i) => i.id === event.injectId)?.title ?? 'chosen'}" has already been fired.`;
      return null;
    },
    available: ({ scenario, session }) =>
      scenario.injects.some((i) => !session.injectsFired.some((f) => f.injectId === i.id)) ? null : 'Every inject has been fired.',
    apply: ({ scenario, session }, { event, seq }) => fireInject(scenario, session, event.injectId, seq, false),
  },
  'seat.assign': {
    check: ({ scenario, session }, { event }) => {
      const seat = session.config.seats.find((s) => s.id === event.seatId);
      if (!seat) return noSuch('seat', event.seatId);
      if (seat.kind === 'facilitator') return 'The facilitator\'s seat cannot be handed to a delegate.';
      if (seat.kind === event.kind) return `${seat.state ? `${stateName(scenario, seat.state)}'s seat` : 'That seat'} is already ${event.kind === 'ai' ? 'played by an AI delegate' : 'played by a person'}.`;
      return null;
    },
    apply: ({ session }, { event }) => ({
      ...session,
      config: { ...session.config, seats: session.config.seats.map((s) => (s.id === event.seatId ? { ...s, kind: event.kind } : s)) },
    }),
  },
} satisfies Partial<EventHandlers>;
