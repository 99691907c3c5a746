import type { PhaseName } from '../../../core/scenario/schema';
import type { SessionView } from '../../../core/session';
import { evidenceLabel } from '../../components/labels';
import { listOf, proseName } from '../../../core/ai/wording';
import { capitalised, describeEntry, entryPhases, nameOf, scenarioOf } from '../format';
import { commitmentRegistry } from '../../../core/session';
import { termInWords } from '../../../core/session/offer-terms';

export interface TimelineRow {
  key: string;
  /** The log entry this row is (or follows, for results and crisis updates). */
  seq: number;
  /** True for the row that is the log entry itself (it carries the #timeline-<seq> anchor). */
  anchor: boolean;
  round: number;
  phase: PhaseName;
  at: string;
  kind: 'entry' | 'result' | 'evidence' | 'inject';
  /** The event type of a log entry's row. */
  eventType?: string;
  text: string;
  quote?: string | undefined;
  confidential: boolean;
  state: string | null;
  /** For national conduct that breached a D2R agreement: the breach, in words. */
  breach?: string | undefined;
  /** Political commitments this entry showed kept or broken, in words. */
  commitments?: { text: string; broken: boolean }[] | undefined;
  /** For results: adopted / not adopted / vetoed. */
  outcome?: 'adopted' | 'failed' | 'vetoed';
}

/**
 * The record as this viewer may see it, in order: every visible log entry in words, each
 * ballot's result after the entry that closed it, and each round's evidence after the entry
 * that opened the round.
 */
export function timelineRows(view: SessionView): TimelineRow[] {
  const { state } = view;
  const phases = entryPhases(state);
  const rows: TimelineRow[] = [];
  const resultsBySeq = new Map<number, typeof state.ballots>();
  for (const b of state.ballots) {
    if (b.closedSeq === null) continue;
    resultsBySeq.set(b.closedSeq, [...(resultsBySeq.get(b.closedSeq) ?? []), b]);
  }
  const injectsBySeq = new Map<number, string[]>();
  for (const f of state.injectsFired) {
    if (f.seq === null || !f.scheduled) continue;
    injectsBySeq.set(f.seq, [...(injectsBySeq.get(f.seq) ?? []), f.injectId]);
  }
  const settled = commitmentsSettledBy(view);
  const evidenceRounds = new Set<number>();
  state.log.forEach((entry, index) => {
    const where = phases.get(entry.seq) ?? { round: state.round, phase: state.phase };
    const d = describeEntry(view, entry);
    rows.push({
      key: `e${entry.seq}`,
      seq: entry.seq,
      anchor: true,
      round: where.round,
      phase: where.phase,
      at: entry.at,
      kind: 'entry',
      eventType: entry.event.type,
      text: d.text,
      quote: d.quote,
      confidential: d.confidential,
      state: d.state,
      breach: d.breach,
      commitments: settled.get(entry.seq),
    });
    // A round begins with this entry: its scheduled crisis updates and evidence follow it.
    const next = state.log[index + 1];
    const nextRound = next ? phases.get(next.seq)?.round : state.round;
    if (nextRound !== undefined && nextRound > where.round && !evidenceRounds.has(nextRound)) {
      evidenceRounds.add(nextRound);
      for (const step of state.evidence.history.filter((h) => h.round === nextRound && h.source === 'scenario')) {
        rows.push({
          key: `ev${nextRound}-${rows.length}`,
          seq: entry.seq,
          anchor: false,
          round: nextRound,
          phase: 'crisisUpdate',
          at: entry.at,
          kind: 'evidence',
          text: `Evidence: ${evidenceLabel(step.level)}. ${step.note}`,
          confidential: false,
          state: null,
        });
      }
    }
    for (const injectId of injectsBySeq.get(entry.seq) ?? []) {
      const inject = view.scenario.injects.find((i) => i.id === injectId);
      rows.push({
        key: `in${injectId}`,
        seq: entry.seq,
        anchor: false,
        round: nextRound ?? where.round,
        phase: 'crisisUpdate',
        at: entry.at,
        kind: 'inject',
        text: inject ? `Crisis update: ${inject.title}` : 'Crisis update.',
        quote: inject?.text,
        confidential: false,
        state: null,
      });
    }
    for (const ballot of resultsBySeq.get(entry.seq) ?? []) {
      const result = ballot.councilResult ?? ballot.assemblyResult;
      if (!result) continue;
      const vetoedBy = ballot.councilResult?.vetoedBy ?? [];
      const draft = state.drafts[ballot.draftId];
      const title = draft ? `"${draft.title}"` : 'a draft';
      const subject = ballot.purpose === 'referral' ? `Referral of ${title} to the Assembly` : draft ? title : 'A draft';
      rows.push({
        key: `r${ballot.id}`,
        seq: entry.seq,
        anchor: false,
        round: ballot.round,
        phase: where.phase,
        at: entry.at,
        kind: 'result',
        text: `${subject}: ${result.adopted ? 'adopted' : vetoedBy.length ? `vetoed by ${listOf(vetoedBy.map((code) => proseName(nameOf(view, code))))} (art. 27(3))` : 'not adopted'}, ${result.inFavour}-${result.against}-${result.abstentions}.`,
        quote: result.announcement,
        confidential: false,
        state: null,
        outcome: result.adopted ? 'adopted' : vetoedBy.length ? 'vetoed' : 'failed',
      });
    }
  });
  return rows;
}

/** The commitments each entry settled (the ballot's close, the act, the draft in blue), in words, by seq. */
function commitmentsSettledBy(view: SessionView): Map<number, { text: string; broken: boolean }[]> {
  const out = new Map<number, { text: string; broken: boolean }[]>();
  for (const c of commitmentRegistry(view.state)) {
    if (c.seq === null || (c.status !== 'kept' && c.status !== 'broken')) continue;
    const by = capitalised(proseName(nameOf(view, c.by)));
    const text = `Commitment ${c.status}: ${by} had promised ${proseName(nameOf(view, c.to))} to ${termInWords(scenarioOf(view), view.state, c.term)}; ${c.shows ?? ''}.`;
    out.set(c.seq, [...(out.get(c.seq) ?? []), { text, broken: c.status === 'broken' }]);
  }
  return out;
}
