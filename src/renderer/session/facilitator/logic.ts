import type { Scenario } from '../../../core/scenario/schema';
import { allowedActions, openBallotOf, PHASE_TITLES, type Seat, type SessionEventType, type SessionView } from '../../../core/session';
import type { Guard } from '../kit/guard';
import { nameOf } from '../kit/names';

/** One row of the console's seat grid. */
export interface SeatRow {
  seat: Seat;
  state: string;
  name: string;
  acted: boolean;
  done: boolean;
  /** Whether the seat has an answer owed: a vote on the open ballot, an agreement awaiting it. */
  owes: string[];
}

export function seatRows(view: SessionView): SeatRow[] {
  const s = view.state;
  const ballot = openBallotOf(s);
  return s.config.seats
    .filter((seat) => seat.kind !== 'facilitator' && seat.state !== null)
    .map((seat) => {
      const state = seat.state!;
      const owes: string[] = [];
      if (ballot && ballot.electorate.includes(state) && ballot.votes[state] === undefined) owes.push('vote');
      if (s.phase === 'negotiation' && Object.values(s.agreements).some((a) => (a.status === 'proposed' || a.status === 'countered') && a.awaiting === state)) owes.push('agreement');
      if (s.phase === 'adjudication' && !s.memorials[state]) owes.push('memorial');
      return {
        seat,
        state,
        name: nameOf(view.scenario, state),
        acted: s.actedThisPhase.includes(seat.id),
        done: s.doneThisPhase.includes(seat.id),
        owes,
      };
    })
    .sort((a, b) => Number(a.seat.kind === 'ai') - Number(b.seat.kind === 'ai') || a.name.localeCompare(b.name));
}

/** "04:32", or "—" for an untimed phase. */
export function formatClock(seconds: number | null): string {
  if (seconds === null) return '—';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Guards for a seat the facilitator acts for: the core's answer for that seat. */
export function guardsForSeat(view: SessionView, seatId: string): (type: SessionEventType) => Guard {
  // The facilitator's view carries the whole scenario and state.
  const actions = allowedActions(view.scenario as unknown as Scenario, view.state, seatId);
  return (type) => {
    const a = actions.find((x) => x.type === type);
    return a ? (a.allowed ? { allowed: true } : { allowed: false, reason: a.reason ?? 'Not in order now.' }) : { allowed: false, reason: 'Unknown action.' };
  };
}

export interface InjectRow {
  id: string;
  title: string;
  text: string;
  kind: 'scheduled' | 'optional';
  round: number | null;
  fired: { round: number; seq: number | null } | null;
}

export function injectRows(view: SessionView): InjectRow[] {
  return view.scenario.injects.map((i) => {
    const fired = view.state.injectsFired.find((f) => f.injectId === i.id);
    return {
      id: i.id,
      title: i.title,
      text: i.text,
      kind: i.kind,
      round: i.round ?? null,
      fired: fired ? { round: fired.round, seq: fired.seq } : null,
    };
  });
}

/** The console's one-line summary of where the session is. */
export function phaseLine(view: SessionView): string {
  const s = view.state;
  const rounds = view.scenario.roundPlan.rounds;
  if (s.phase === 'seating') return 'Seating: the session has not started.';
  if (s.phase === 'briefing') return 'Briefing: delegations read their confidential briefs.';
  if (s.phase === 'adjudication') return 'Adjudication: memorials are filed; you preside.';
  if (s.phase === 'debrief') return 'Debrief: the judgment has been delivered.';
  return `Round ${s.round} of ${rounds} · ${PHASE_TITLES[s.phase]}`;
}
