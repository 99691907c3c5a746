import { EVIDENCE_ORDER, type EvidenceLevel, type PhaseName, type Scenario } from '../scenario/schema';
import type { SessionContext } from './context';
import type { SessionState } from './state';

export function higherEvidence(a: EvidenceLevel, b: EvidenceLevel): EvidenceLevel {
  return EVIDENCE_ORDER.indexOf(a) >= EVIDENCE_ORDER.indexOf(b) ? a : b;
}

/** Enters a phase: nobody has acted yet and its timer (if the round plan gives one) starts now. */
export function enterPhase(scenario: Scenario, session: SessionState, phase: PhaseName, at: string | null): SessionState {
  const durationSeconds = scenario.roundPlan.timers[phase] ?? null;
  return {
    ...session,
    phase,
    actedThisPhase: [],
    doneThisPhase: [],
    timer: { durationSeconds, startedAt: at, remainingWhenPaused: null },
  };
}

/** Fires an inject: it joins the record and may raise the public evidence level. */
export function fireInject(scenario: Scenario, session: SessionState, injectId: string, seq: number | null, scheduled: boolean): SessionState {
  const inject = scenario.injects.find((i) => i.id === injectId)!;
  let evidence = session.evidence;
  if (inject.raisesEvidenceTo) {
    evidence = {
      ...evidence,
      level: higherEvidence(evidence.level, inject.raisesEvidenceTo),
      history: [...evidence.history, { round: session.round, level: inject.raisesEvidenceTo, note: inject.title, source: 'inject', seq }],
    };
  }
  return { ...session, evidence, injectsFired: [...session.injectsFired, { injectId, round: session.round, seq, scheduled }] };
}

/**
 * Starts the next round's crisis update: the scenario's evidence for the round, its scheduled
 * injects, and intelligence now in its recipients' hands. The public level never goes down: what
 * the world has seen stays seen (ARSIWA art. 16 knowledge).
 */
export function startRound({ scenario }: SessionContext, session: SessionState, seq: number): SessionState {
  const round = session.round + 1;
  let next: SessionState = { ...session, round };
  const steps = scenario.evidence.filter((e) => e.round === round);
  if (steps.length > 0) {
    let level = next.evidence.level;
    for (const step of steps) level = higherEvidence(level, step.level);
    next = {
      ...next,
      evidence: {
        ...next.evidence,
        level,
        history: [...next.evidence.history, ...steps.map((s) => ({ round, level: s.level, note: s.note, source: 'scenario' as const, seq: null }))],
      },
    };
  }
  for (const inject of scenario.injects) {
    if (inject.kind === 'scheduled' && inject.round === round && !next.injectsFired.some((f) => f.injectId === inject.id)) {
      next = fireInject(scenario, next, inject.id, seq, true);
    }
  }
  next = {
    ...next,
    evidence: {
      ...next.evidence,
      intelligence: scenario.intelligence
        .filter((i) => i.round <= round)
        .map((i) => ({ round: i.round, recipients: [...i.recipients], level: i.level, note: i.note })),
    },
  };
  return next;
}

/** Seconds left on the phase timer at `at`, or null when the phase is untimed. */
export function remainingSeconds(session: SessionState, at: string): number | null {
  const { durationSeconds, startedAt, remainingWhenPaused } = session.timer;
  if (durationSeconds === null) return null;
  if (session.paused && remainingWhenPaused !== null) return remainingWhenPaused;
  if (startedAt === null) return durationSeconds;
  const elapsed = (Date.parse(at) - Date.parse(startedAt)) / 1000;
  return Math.max(0, Math.round(durationSeconds - elapsed));
}
