import type { SessionMeta } from '../../core/protocol';
import { targetName } from './kit/names';
import { evidenceLabel } from '../components/labels';
import { listOf, proseName } from '../../core/ai/wording';
import { articleOfClause, CLAUSE_TITLES } from '../../core/session/treaty';
import { regionalGroupOf, stateName } from '../../core/scenario/membership';
import type { PhaseName, Scenario } from '../../core/scenario/schema';
import { dutyLabel } from '../../core/session/plain-words';
import { changeInWords } from '../../core/session/revisions';
import { offerWords } from '../../core/session/offer-terms';
import { COUNCIL_STATEMENT_KIND_WORDS, councilStatementWords } from '../../core/session/council-statements';
import {
  MEASURE_LABELS,
  PHASE_TITLES,
  type D2rClauseKind,
  type LogEntry,
  type Measure,
  type SessionState,
  type SessionView,
} from '../../core/session';

export const CLAUSE_LABELS: Record<D2rClauseKind, string> = {
  'no-arms-transfers': 'no arms transfers',
  'no-intelligence-sharing': 'no intelligence sharing',
  'no-financing': 'no financing',
  'suspend-military-cooperation': 'suspend military cooperation',
  'monitoring-and-reporting': 'monitoring and reporting',
  'consultation-and-dispute-settlement': 'consultation and dispute settlement',
  'consequences-of-breach': 'consequences of breach',
};

/** The scenario part of a view is the scenario without the parts the viewer may not see. */
export function scenarioOf(view: SessionView): Scenario {
  return view.scenario as unknown as Scenario;
}

export function nameOf(view: SessionView, code: string): string {
  return stateName(scenarioOf(view), code);
}

export function groupOf(view: SessionView, code: string): string | null {
  return regionalGroupOf(scenarioOf(view), code);
}

/** A sentence's first word: "The United States …". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The header's round: where the session stands in the round plan, and that the rounds are over once they are. */
export function roundLabel(state: Pick<SessionState, 'round' | 'phase'>, rounds: number): string {
  if (state.phase === 'adjudication' || state.phase === 'debrief') {
    if (state.round === 0) return 'Ended before round 1';
    return state.round >= rounds ? `All ${rounds} rounds played` : `Ended after round ${state.round} of ${rounds}`;
  }
  return state.round === 0 ? 'Before round 1' : `Round ${state.round} of ${rounds}`;
}

/** The brief screen's heading: it is the screen of the phases before the rounds, so it follows the phase pill there. */
export function briefHeading(phase: PhaseName): string {
  if (phase === 'seating' || phase === 'crisisUpdate') return PHASE_TITLES[phase];
  return PHASE_TITLES.briefing;
}

export function phaseTitle(phase: PhaseName): string {
  return PHASE_TITLES[phase];
}

/** The state a log entry's move belongs to (the seat acted for, or the sender), or null for the facilitator. */
export function actorState(state: SessionState, entry: LogEntry): string | null {
  const seatId = entry.actingFor ?? entry.by;
  return state.config.seats.find((s) => s.id === seatId)?.state ?? null;
}

/**
 * The round and phase each visible entry was made in. Every phase change is a facilitator's
 * (or the host's timer's) entry, which records the phase it was made in; an entry belongs to the
 * phase of the first facilitator action at or after it, or to the current phase.
 */
export function entryPhases(state: SessionState): Map<number, { round: number; phase: PhaseName }> {
  const out = new Map<number, { round: number; phase: PhaseName }>();
  const actions = [...state.facilitatorActions].sort((a, b) => a.seq - b.seq);
  let i = 0;
  for (const entry of state.log) {
    while (i < actions.length && actions[i]!.seq < entry.seq) i += 1;
    const action = actions[i];
    out.set(entry.seq, action ? { round: action.round, phase: action.phase } : { round: state.round, phase: state.phase });
  }
  return out;
}

export interface EntryDescription {
  /** One line, in words ("France tabled Council draft …"). */
  text: string;
  /** A longer quote (statement, explanation), if any. */
  quote?: string;
  /** Only this seat (and the facilitator) can see it: a private item. */
  confidential: boolean;
  state: string | null;
  /** For national conduct that breached a D2R agreement in force: which, in words. */
  breach?: string;
}

/**
 * The D2R agreements an act of national conduct breached, as this viewer may see them (the
 * parties, the facilitator, everyone at the debrief): "In breach of art. 1 (No arms transfers)
 * of its D2R agreement with Halvard."
 */
function breachOf(view: SessionView, conductSeq: number): string | null {
  const breached = Object.values(view.state.agreements).flatMap((agreement) =>
    agreement.breaches
      .filter((b) => b.conductSeq === conductSeq)
      .map((b) => {
        const other = agreement.parties.find((p) => p !== b.state) ?? '';
        return `art. ${articleOfClause(agreement, b.clause.kind) ?? '?'} (${CLAUSE_TITLES[b.clause.kind]}) of its D2R agreement with ${proseName(nameOf(view, other))}`;
      }),
  );
  return breached.length > 0 ? `In breach of ${listOf(breached)}.` : null;
}

/** How a delegation voted, as a verb: "voted yes", "voted no", "abstained". */
export const VOTED: Record<string, string> = { yes: 'voted yes', no: 'voted no', abstain: 'abstained' };

function measures(list: readonly Measure[]): string {
  return list.map((m) => MEASURE_LABELS[m]).join(', ');
}

/** The public record's wording of one log entry, as the given viewer sees it. */
export function describeEntry(view: SessionView, entry: LogEntry): EntryDescription {
  const { state } = view;
  const code = actorState(state, entry);
  /** A state's name as it reads mid-sentence ("the United States", "France"). */
  const named = (stateCode: string) => proseName(nameOf(view, stateCode));
  const who = code ? capitalised(named(code)) : 'The facilitator';
  const by = entry.actingFor ? ` (entered by the facilitator)` : '';
  const draftTitle = (id: string) => {
    const d = state.drafts[id];
    return d ? `"${d.title}"` : 'a draft';
  };
  /** An agreement by its parties: "the D2R proposal between Jordan and Russia". */
  const agreementWords = (id: string, noun: 'proposal' | 'agreement') => {
    const parties = state.agreements[id]?.parties;
    return parties ? `the D2R ${noun} between ${named(parties[0])} and ${named(parties[1])}` : `a D2R ${noun}`;
  };
  /** A group channel by its title: the contact group "Friends of the Vell", the Permanent five channel. */
  const groupWords = (id: string) => {
    const group = state.groups[id];
    if (!group) return 'a group channel';
    return group.kind === 'contact' ? `the contact group "${group.title}"` : `the ${group.title} channel`;
  };
  const statementWords = (id: string) => {
    const statement = state.councilStatements[id];
    return statement ? councilStatementWords(statement, named) : 'a Council statement';
  };
  const meetingWords = (id: string) => {
    const meeting = view.scenario.meetings.find((m) => m.id === id);
    return meeting ? `the ${meeting.title}` : 'a meeting';
  };
  const ballotTitle = (id: string) => {
    const b = state.ballots.find((x) => x.id === id);
    return b ? (b.purpose === 'referral' ? `the referral of ${draftTitle(b.draftId)}` : draftTitle(b.draftId)) : 'a draft';
  };
  const e = entry.event;
  const base = { confidential: false, state: code };
  switch (e.type) {
    case 'session.start':
      return { ...base, text: 'The session opened; delegations read their briefs.' };
    case 'phase.advance':
      return { ...base, text: 'The facilitator moved to the next phase.' };
    case 'phase.skip':
      return { ...base, text: 'The facilitator skipped the rest of the phase.' };
    case 'session.pause':
      return { ...base, text: 'The facilitator paused the session.' };
    case 'session.resume':
      return { ...base, text: 'The facilitator resumed the session.' };
    case 'timer.adjust':
      return { ...base, text: `The facilitator ${e.seconds >= 0 ? 'extended' : 'shortened'} the phase by ${Math.abs(e.seconds)} s.` };
    case 'timer.expired':
      return { ...base, text: `Time ran out for the ${PHASE_TITLES[e.phase as PhaseName] ?? e.phase} phase.` };
    case 'session.end':
      return { ...base, text: 'The facilitator ended the rounds; the court convenes.' };
    case 'inject.fire': {
      const inject = view.scenario.injects.find((i) => i.id === e.injectId);
      return { ...base, text: inject ? `Crisis update: ${inject.title}` : 'Crisis update.', ...(inject ? { quote: inject.text } : {}) };
    }
    case 'inject.write': {
      const to = e.recipients ? ` (to ${listOf(e.recipients.map(named))} only)` : '';
      const raised = e.raisesEvidenceTo ? `; the evidence is now ${evidenceLabel(e.raisesEvidenceTo)}` : '';
      return { ...base, confidential: e.recipients !== undefined, text: `Crisis update${to}: ${e.title}${raised}`, quote: e.text };
    }
    case 'seat.assign': {
      const seatState = state.config.seats.find((seat) => seat.id === e.seatId)?.state;
      const subject = seatState ? capitalised(proseName(nameOf(view, seatState))) : "The facilitator's seat";
      return { ...base, text: `${subject} is now played by ${e.kind === 'ai' ? 'an AI delegate' : 'a person'}.` };
    }
    case 'statement.public':
      return { ...base, text: `${who} made a public statement${by}.`, quote: e.text };
    case 'message.private':
      return { ...base, confidential: true, text: `${who} sent ${named(e.to)} a private message${by}.`, quote: e.text };
    case 'group.message':
      return { ...base, confidential: true, text: `${who} wrote in ${groupWords(e.groupId)}${by}.`, quote: e.text };
    case 'group.convene':
      return { ...base, confidential: true, text: `${who} convened the contact group "${e.title}" and invited ${listOf(e.invitees.map(named))}${by}.` };
    case 'group.join':
      return { ...base, confidential: true, text: `${who} joined ${groupWords(e.groupId)}${by}.` };
    case 'group.decline':
      return { ...base, confidential: true, text: `${who} declined ${groupWords(e.groupId)}${by}; the decline is on the record.`, ...(e.reason ? { quote: e.reason } : {}) };
    case 'meeting.attend':
      return { ...base, text: `${who} attended ${meetingWords(e.meetingId)}${by}.` };
    case 'meeting.decline':
      return { ...base, text: `${who} declined ${meetingWords(e.meetingId)}${by}; the decline is on the record.`, ...(e.reason ? { quote: e.reason } : {}) };
    case 'councilStatement.propose':
      return { ...base, text: `${who} proposed a ${COUNCIL_STATEMENT_KIND_WORDS[e.kind]} of the Council, adopted by consensus unless a member objects${by}.`, quote: e.text };
    case 'councilStatement.join':
      return { ...base, text: `${who} joined the consensus on ${statementWords(e.statementId)}${by}.` };
    case 'councilStatement.object':
      return { ...base, text: `${who} objected to ${statementWords(e.statementId)}${by}: it will not be issued.`, ...(e.reason ? { quote: e.reason } : {}) };
    case 'd2r.propose':
      return { ...base, confidential: true, text: `${who} proposed a D2R agreement to ${named(e.to)}${by}.` };
    case 'd2r.counter':
      return { ...base, confidential: true, text: `${who} countered ${agreementWords(e.agreementId, 'proposal')}${by}.` };
    case 'd2r.sign':
      return { ...base, text: `${who} signed ${agreementWords(e.agreementId, 'agreement')}${by}.` };
    case 'd2r.reject':
      return { ...base, confidential: true, text: `${who} rejected ${agreementWords(e.agreementId, 'proposal')}${by}.` };
    case 'd2r.withdraw':
      return { ...base, confidential: true, text: `${who} withdrew ${agreementWords(e.agreementId, 'proposal')}${by}.` };
    case 'offer.make':
      return {
        ...base,
        confidential: true,
        text: `${who} made ${named(e.to)} an offer${by}: ${offerWords(scenarioOf(view), state, who, capitalised(named(e.to)), e.gives, e.asks)}`,
        ...(e.note ? { quote: e.note } : {}),
      };
    case 'offer.answer': {
      const offer = state.offers[e.offerId];
      const whose = offer ? `${named(offer.from)}'s offer` : 'an offer';
      const verb = e.answer === 'accept' ? 'accepted' : e.answer === 'counter' ? 'countered' : 'declined';
      const counter =
        e.counter && offer ? ` with an offer of its own: ${offerWords(scenarioOf(view), state, who, capitalised(named(offer.from)), e.counter.gives, e.counter.asks)}` : '.';
      return { ...base, confidential: true, text: `${who} ${verb} ${whose}${by}${e.answer === 'counter' ? counter : '.'}`, quote: e.reason };
    }
    case 'draft.table':
      return {
        ...base,
        text: `${who} tabled ${e.forum === 'council' ? 'Council' : 'Assembly'} draft "${e.title}" (${measures(e.measures)})${by}.`,
      };
    case 'draft.circulate':
      return { ...base, confidential: true, text: `${who} circulated a zero draft, "${e.title}" (${measures(e.measures)}), to the Council's members${by}.` };
    case 'draft.requestChange':
      return {
        ...base,
        confidential: true,
        text: `${who} asked the penholder of ${draftTitle(e.draftId)} to ${changeInWords(e.change)}${by}.`,
        ...(e.note ? { quote: e.note } : {}),
      };
    case 'draft.answerRequest': {
      const request = state.drafts[e.draftId]?.circulation?.requests.find((r) => r.seq === e.requestSeq);
      const asked = request ? `${named(request.state)}'s request to ${changeInWords(request.change)}` : 'a request for a change';
      const revision = request?.answer?.revision;
      return {
        ...base,
        confidential: true,
        text:
          e.answer === 'accept'
            ? `${who} accepted ${asked}${revision != null ? `, making rev.${revision} of ${draftTitle(e.draftId)}` : ''}${by}.`
            : `${who} declined ${asked}${by}.`,
        ...(e.reason ? { quote: e.reason } : {}),
      };
    }
    case 'draft.putInBlue':
      return { ...base, text: `${who} put ${draftTitle(e.draftId)} in blue: the text is final and tabled for the vote${by}.` };
    case 'draft.cosponsor':
      return { ...base, text: `${who} co-sponsored ${draftTitle(e.draftId)}${by}.` };
    case 'draft.withdraw':
      return { ...base, text: `${who} withdrew ${draftTitle(e.draftId)}${by}.` };
    case 'veto.threaten':
      return {
        ...base,
        confidential: e.visibility === 'private',
        text: `${who} ${e.visibility === 'private' ? 'privately ' : ''}threatened to veto ${draftTitle(e.draftId)}${e.to ? ` (to ${named(e.to)})` : ''}${by}.`,
      };
    case 'vote.open':
      return { ...base, text: `${draftTitle(e.draftId)} was put to the vote${code ? ` at the request of ${named(code)}` : ''}.` };
    case 'vote.cast':
      return { ...base, text: `${who} ${e.vote === 'yes' ? 'voted for' : e.vote === 'no' ? 'voted against' : 'abstained on'} ${ballotTitle(e.ballotId)}${by}.` };
    case 'vote.close':
      return { ...base, text: `The vote on ${ballotTitle(e.ballotId)} was closed.` };
    case 'vote.explain':
      return { ...base, text: `${who} explained its vote on ${ballotTitle(e.ballotId)}${by}.`, quote: e.text };
    case 'ufp.propose-referral':
      return { ...base, text: `${who} moved that the Council refer the matter of ${draftTitle(e.draftId)} to the General Assembly (GA res. 377 A (V))${by}.` };
    case 'ufp.request':
      return { ...base, text: `${who} requested an emergency special session of the General Assembly${by}.` };
    case 'delegation.pass':
      return { ...base, text: `${who} passed, leaving the first move in this phase to others${by}.` };
    case 'vetoInitiative.speak':
      return { ...base, text: `${who} spoke in the veto-initiative debate${by}.`, quote: e.text };
    case 'conduct.act': {
      const breach = breachOf(view, entry.seq);
      return {
        ...base,
        confidential: true,
        text: `${who}: ${e.kind.replaceAll('-', ' ')}${e.target ? ` (${targetName(view.scenario, e.target)})` : ''}, ${e.scale}${by}.`,
        ...(breach ? { breach } : {}),
      };
    }
    case 'conduct.done':
      return { ...base, confidential: true, text: `${who} declared its national conduct for the round done${by}.` };
    case 'memorial.file':
      return { ...base, confidential: true, text: `${who} filed its defence memorial${by}.` };
    case 'judgment.override':
      return { ...base, text: `The presiding judge overrode the finding on ${named(e.state)} (${dutyLabel(e.duty).toLowerCase()}).`, quote: e.reason };
    case 'judgment.deliver':
      return { ...base, text: 'The court delivered its judgment.' };
    case 'rubric.edit':
      return { ...base, confidential: true, text: `The facilitator edited the assessment of ${named(e.state)}${e.score === null ? '' : ` (${e.score} / 100)`}.`, quote: e.comment || undefined };
  }
}

/** "14:02" from an ISO time, in the viewer's time zone. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** "04:32" from seconds. */
export function countdown(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** "France", or "Facilitator". */
export function seatLabel(meta: SessionMeta, seatId: string): string {
  const seat = meta.seats.find((s) => s.id === seatId);
  if (!seat) return 'A seat';
  if (seat.kind === 'facilitator') return 'Facilitator';
  return seat.name ?? 'A delegation';
}

/** Light alerts keep their tint, but their title in the text colour (WCAG contrast in both themes). */
export const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } } as const;
