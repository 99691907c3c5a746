import { phaseName, type PhaseName } from '../scenario/schema';
import type { SessionEventType } from './events';
import { IN_PHASE_ACTIONS, sessionMachine } from './machine';
import { EVENT_POLICY, SESSION_EVENT_TYPES, isRoundPhase } from './phases';

/**
 * What an event does in a phase, read once from the statechart (machine.ts): it `stays` in the
 * phase (its entry in the record and its handler's effect, nothing else), or it `moves` the
 * session on (exit and entry actions, the procedure's guards), which the machine itself runs.
 * Events not in order in a phase have no entry: checkCommand refuses them first.
 */
export type EventCourse = 'stays' | 'moves';

function machineStateOf(phase: PhaseName) {
  return sessionMachine.getStateNodeById(isRoundPhase(phase) ? `moot.round.${phase}` : `moot.${phase}`);
}

function courseIn(phase: PhaseName, type: SessionEventType): EventCourse | null {
  for (let node: ReturnType<typeof machineStateOf> | undefined = machineStateOf(phase); node; node = node.parent) {
    const transitions = node.on[type];
    if (!transitions || transitions.length === 0) continue;
    const [transition] = transitions;
    if (transitions.length > 1 || transition!.guard) {
      throw new Error(`internal: "${type}" in ${phase} has guarded transitions; commands are checked once, before the machine`);
    }
    const actions = transition!.actions as readonly unknown[];
    const stays = transition!.target === undefined && actions.length === IN_PHASE_ACTIONS.length && IN_PHASE_ACTIONS.every((a, i) => actions[i] === a);
    if (!stays && actions[0] !== 'recordEntry') throw new Error(`internal: "${type}" in ${phase} does not record its entry first`);
    return stays ? 'stays' : 'moves';
  }
  return null;
}

function readCourses(): ReadonlyMap<PhaseName, ReadonlyMap<SessionEventType, EventCourse>> {
  const courses = new Map<PhaseName, Map<SessionEventType, EventCourse>>();
  for (const phase of phaseName.options) {
    const inPhase = new Map<SessionEventType, EventCourse>();
    for (const type of SESSION_EVENT_TYPES) {
      const course = courseIn(phase, type);
      // The rules (EVENT_POLICY) and the statechart must agree on what is in order where.
      if ((course !== null) !== EVENT_POLICY[type].phases.includes(phase)) {
        throw new Error(`internal: the machine and EVENT_POLICY disagree on "${type}" in ${phase}`);
      }
      if (course) inPhase.set(type, course);
    }
    courses.set(phase, inPhase);
  }
  return courses;
}

const EVENT_COURSES = readCourses();

/** Whether a command in order in this phase stays in it or moves the session on. */
export function courseOf(phase: PhaseName, type: SessionEventType): EventCourse | undefined {
  return EVENT_COURSES.get(phase)?.get(type);
}
