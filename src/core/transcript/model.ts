import {
  councilMembers,
  isCouncilMember,
  isPermanentMember,
  regionalGroupOf,
  scenarioMembership,
  stateName,
} from '../scenario/membership';
import { EVIDENCE_ORDER, type EvidenceLevel, type Scenario } from '../scenario/schema';
import { rollCallOrder } from '../session/ballots';
import type { LogEntry } from '../session/events';
import { CONDUCT_LABELS, DEFENCE_LABELS, RUBRIC_CRITERION_LABELS, conductGroupOf, dutyLabel } from '../session/plain-words';
import { conductTargetInWords } from '../session/conduct-target';
import { PHASE_TITLES } from '../session/phases';
import { changeInWords, differencesInWords, revisionDifferences } from '../session/revisions';
import { offerWords, termInWords } from '../session/offer-terms';
import { commitmentRegistry } from '../session/commitments';
import { COUNCIL_STATEMENT_KIND_WORDS, councilStatementOutcomeWords, councilStatementWords } from '../session/council-statements';
import { scenarioMeeting } from '../session/named-meetings';
import type { Agreement, Ballot, Draft, SessionState } from '../session/state';
import { articleOfClause, CLAUSE_TITLES, treatyText, treatyTitle } from '../session/treaty';
import type { SessionView } from '../session/view';
import type { D2rClause } from '../shared/vocabulary';
import {
  evidenceLabel,
  FACILITATOR_ACTION_LABELS,
  listWords,
  measureLabel,
  VOTE_WORDS,
} from './vocabulary-labels';
import { findingHolds, type ExposureReportLike, type StateWhatIfLike } from './exposure-report-shape';
import {
  TRANSCRIPT_FORMAT,
  TRANSCRIPT_SCHEMA_VERSION,
  type Transcript,
  type TranscriptBallot,
  type TranscriptEffect,
  type TranscriptEntry,
  type TranscriptEvidenceRef,
  type TranscriptFinding,
  type TranscriptJudgment,
  type TranscriptRoundSummary,
  type TranscriptSection,
  type TranscriptStateRef,
} from './transcript-schema';
import { ownEntry } from '../session/lookup';
import { stateWithArticle } from '../scenario/membership';

export interface BuildTranscriptInput {
  /** The full scenario: public structure (membership, Council, names). Private content comes from the view. */
  scenario: Scenario;
  /** viewFor(scenario, state, viewer): the one source of what this perspective may see. */
  view: SessionView;
  /** The law engine's exposure report on the full record, once the judgment is delivered (or provisional for the facilitator). */
  report?: ExposureReportLike | null;
  /** What would have changed the findings (whatIfFor of this perspective's viewer): a seat's own state only. */
  whatIf?: readonly StateWhatIfLike[] | null;
}

interface Position {
  round: number;
  phase: string;
}

/**
 * Builds the debrief transcript for one perspective. Everything comes from the view (what the
 * viewer may see) and the scenario's public structure; the report is the judgment, which is
 * public once delivered. Pure: the same inputs give the same transcript, byte for byte.
 */
export function buildTranscript(input: BuildTranscriptInput): Transcript {
  return new TranscriptBuilder(input).build();
}

class TranscriptBuilder {
  private readonly scenario: Scenario;
  private readonly view: SessionView;
  private readonly state: SessionState;
  private readonly report: ExposureReportLike | null;
  private readonly whatIf: readonly StateWhatIfLike[];
  private readonly positions = new Map<number, Position>();
  private readonly entriesBySeq = new Map<number, LogEntry>();
  private readonly viewerState: string | null;
  private readonly facilitator: boolean;
  private readonly summaries = new Map<number, string>();

  constructor(input: BuildTranscriptInput) {
    this.scenario = input.scenario;
    this.view = input.view;
    this.state = input.view.state;
    this.report = input.report ?? null;
    this.facilitator = input.view.viewer.kind === 'facilitator';
    this.viewerState = input.view.viewer.kind === 'seat' ? input.view.viewer.state : null;
    // A seat reads what would have changed its own findings, never another state's.
    this.whatIf = (input.whatIf ?? []).filter((w) => this.facilitator || w.state === this.viewerState);
    for (const entry of this.state.log) this.entriesBySeq.set(entry.seq, entry);
    this.indexPositions();
  }

  build(): Transcript {
    const entries = this.state.log.map((e) => this.entry(e));
    for (const e of entries) this.summaries.set(e.seq, describeForEvidence(e));
    return {
      format: TRANSCRIPT_FORMAT,
      schemaVersion: TRANSCRIPT_SCHEMA_VERSION,
      perspective: this.perspective(),
      scenario: this.scenarioPart(),
      session: this.sessionPart(),
      states: this.states(),
      briefs: this.briefs(),
      intelligence: this.state.evidence.intelligence.map((i) => ({
        round: i.round,
        recipients: [...i.recipients],
        level: i.level,
        note: i.note,
      })),
      evidence: this.state.evidence.history.map((h) => ({
        round: h.round,
        level: h.level,
        note: h.note,
        source: h.source,
        seq: h.seq,
      })),
      proceedings: this.proceedings(entries),
      drafts: this.drafts(),
      ballots: this.state.ballots.map((b) => this.ballot(b)),
      vetoes: this.vetoes(),
      vetoThreats: this.state.vetoThreats.map((t) => ({
        seq: t.seq,
        round: t.round,
        draftId: t.draftId,
        state: t.state,
        visibility: t.visibility,
        to: t.to ?? null,
      })),
      unitingForPeace: this.unitingForPeace(),
      vetoInitiative: this.state.vetoInitiative.map((d) => ({
        draftId: d.draftId,
        draftTitle: this.draftTitle(d.draftId),
        vetoedBy: [...d.vetoedBy],
        round: d.round,
        speakingOrder: [...d.speakingOrder],
        speeches: d.speeches.map((s) => ({ seq: s.seq, state: s.state, text: s.text })),
      })),
      channels: this.channels(),
      agreements: this.agreements(),
      ...this.commitments(),
      conduct: this.state.conduct.map((c) => ({
        seq: c.seq,
        round: c.round,
        state: c.state,
        kind: c.kind,
        label: CONDUCT_LABELS[c.kind] ?? c.kind,
        group: conductGroupOf(c.kind),
        target: c.target,
        targetName: c.target === null ? null : conductTargetInWords(this.scenario, c.kind, c.target),
        scale: c.scale,
        note: c.note,
        contraryTo: [...c.contraryTo],
        evidenceAtTheTime: c.evidenceAtTheTime,
      })),
      injects: this.state.injectsFired.map((f) => {
        const inject = this.scenario.injects.find((i) => i.id === f.injectId);
        return {
          injectId: f.injectId,
          title: inject?.title ?? f.injectId,
          text: inject?.text ?? '',
          round: f.round,
          seq: f.seq,
          scheduled: f.scheduled,
          raisesEvidenceTo: inject?.raisesEvidenceTo ?? null,
        };
      }),
      facilitatorActions: this.state.facilitatorActions.map((f) => {
        const actingForState = f.actingFor
          ? (this.state.config.seats.find((s) => s.id === f.actingFor)?.state ?? null)
          : null;
        return {
          seq: f.seq,
          at: this.entriesBySeq.get(f.seq)?.at ?? '',
          round: f.round,
          phase: f.phase,
          action: f.action,
          label: f.actingFor
            ? `Acted for ${actingForState ? this.name(actingForState) : f.actingFor}`
            : (FACILITATOR_ACTION_LABELS[f.action] ?? f.action),
          actingFor: f.actingFor ?? null,
          actingForState,
        };
      }),
      memorials: Object.values(this.state.memorials)
        .sort((a, b) => a.seq - b.seq)
        .map((m) => ({
          seq: m.seq,
          state: m.state,
          arguments: m.arguments.map((a) => ({
            argument: a.argument,
            label: DEFENCE_LABELS[a.argument] ?? a.argument,
            duty: a.duty ?? null,
            text: a.text,
          })),
        })),
      judgment: this.judgment(),
      coachNotes: this.coachNotes(),
      rounds: this.roundSummaries(entries),
    };
  }

  // ------------------------------------------------------------------ names and positions

  private name(code: string): string {
    return stateName(this.scenario, code);
  }

  /** A state's name in running text: "the United States", "France". */
  private nameInText(code: string): string {
    return stateWithArticle(this.name(code));
  }

  /** A draft by its title: 'draft "Protection of civilians"' (an unknown id reads "a draft"). */
  private draftWords(id: string | undefined): string {
    const draft = id === undefined ? undefined : ownEntry(this.state.drafts, id);
    return draft ? `draft "${draft.title}"` : 'a draft';
  }

  /** An agreement by its parties: "the D2R agreement between France and China". */
  private agreementWords(id: string, noun: 'agreement' | 'proposal'): string {
    const agreement = ownEntry(this.state.agreements, id);
    return agreement ? `the D2R ${noun} between ${this.name(agreement.parties[0])} and ${this.name(agreement.parties[1])}` : `a D2R ${noun}`;
  }

  private targetName(target: string): string {
    const perpetrator = this.scenario.crisis.perpetrators.find((p) => p.id === target);
    return perpetrator ? perpetrator.name : this.name(target);
  }

  private draftTitle(draftId: string): string {
    return ownEntry(this.state.drafts, draftId)?.title ?? draftId;
  }

  private stateOfSeat(seatId: string | undefined): string | null {
    if (seatId === undefined) return null;
    return this.state.config.seats.find((s) => s.id === seatId)?.state ?? null;
  }

  /**
   * The round and phase of every visible entry. Phases change only on facilitator events, which
   * record the phase they were sent in (and every viewer sees them), so an entry's phase is the
   * one recorded on the first facilitator action at or after it, or the current phase.
   */
  private indexPositions(): void {
    const actions = new Map(this.state.facilitatorActions.map((f) => [f.seq, f]));
    let current: Position = { round: this.state.round, phase: this.state.phase };
    for (let i = this.state.log.length - 1; i >= 0; i--) {
      const entry = this.state.log[i]!;
      const action = actions.get(entry.seq);
      if (action) current = { round: action.round, phase: action.phase };
      this.positions.set(entry.seq, current);
    }
  }

  private position(seq: number): Position {
    return this.positions.get(seq) ?? { round: this.state.round, phase: this.state.phase };
  }

  // ------------------------------------------------------------------ header parts

  private perspective(): Transcript['perspective'] {
    const viewer = this.view.viewer;
    if (viewer.kind === 'seat' && viewer.state) {
      return {
        kind: 'seat',
        state: viewer.state,
        stateName: this.name(viewer.state),
        seatId: viewer.seatId,
      };
    }
    return { kind: 'facilitator' };
  }

  private scenarioPart(): Transcript['scenario'] {
    const s = this.scenario;
    const notes = this.view.scenario.teachingNotes;
    return {
      id: s.id,
      title: s.title,
      kind: s.kind,
      year: s.year ?? null,
      summary: s.summary,
      crisis: {
        description: s.crisis.description,
        territorialState: s.crisis.territorialState,
        territorialStateName: this.name(s.crisis.territorialState),
        atRiskPopulation: s.crisis.atRiskPopulation,
        atrocityTypes: [...s.crisis.atrocityTypes],
        perpetrators: s.crisis.perpetrators.map((p) => ({
          id: p.id,
          name: p.name,
          kind: p.kind,
          state: p.state ?? null,
        })),
      },
      council: {
        permanent: [...s.council.permanent],
        elected: [...s.council.elected],
        president: s.council.president ?? null,
      },
      relationships: this.view.scenario.relationships.map((r) => ({
        kind: r.kind,
        from: r.from,
        to: r.to,
        toName: this.targetName(r.to),
        fromRound: r.fromRound,
        untilRound: r.untilRound ?? null,
        note: r.note ?? null,
      })),
      teachingNotes: notes
        ? {
            objectives: [...notes.objectives],
            discussionQuestions: [...notes.discussionQuestions],
            sources: [...notes.sources],
          }
        : null,
    };
  }

  private sessionPart(): Transcript['session'] {
    const log = this.state.log;
    return {
      mode: this.state.config.mode,
      difficulty: this.state.config.difficulty,
      seed: this.facilitator ? this.state.config.seed : null,
      startedAt: log[0]?.at ?? null,
      lastEntryAt: log[log.length - 1]?.at ?? null,
      roundsPlanned: this.scenario.roundPlan.rounds,
      roundsPlayed: this.state.round,
      phase: this.state.phase,
      ended: this.state.ended,
      entries: log.length,
    };
  }

  /** The states the record is about: the Council, the seated delegations, the briefed states, the territorial state and anyone who acted. */
  private states(): TranscriptStateRef[] {
    const codes = new Set<string>([
      ...councilMembers(this.scenario),
      this.scenario.crisis.territorialState,
    ]);
    for (const seat of this.state.config.seats) if (seat.state) codes.add(seat.state);
    for (const entry of this.scenario.states) codes.add(entry.code);
    for (const c of this.state.conduct) codes.add(c.state);
    const permanent = this.scenario.council.permanent;
    const elected = this.scenario.council.elected;
    const rank = (code: string) => (permanent.includes(code) ? 0 : elected.includes(code) ? 1 : 2);
    return [...codes]
      .sort((a, b) => rank(a) - rank(b) || compareText(this.name(a), this.name(b)))
      .map((code) => {
        const seat = this.state.config.seats.find(
          (s) => s.state === code && s.kind !== 'facilitator',
        );
        return {
          code,
          name: this.name(code),
          permanent: isPermanentMember(this.scenario, code),
          councilMember: isCouncilMember(this.scenario, code),
          regionalGroup: regionalGroupOf(this.scenario, code),
          seat: seat
            ? { id: seat.id, kind: seat.kind as 'human' | 'ai', name: seat.name ?? null }
            : null,
        };
      });
  }

  /** Briefs as the view has them: the viewer's own, or every one for the facilitator. */
  private briefs(): Transcript['briefs'] {
    return this.view.scenario.states.flatMap((entry) =>
      entry.brief
        ? [
            {
              state: entry.code,
              stateName: this.name(entry.code),
              summary: entry.brief.summary,
              interests: [...entry.brief.interests],
              redLines: [...entry.brief.redLines],
              objectives: [...entry.brief.objectives],
            },
          ]
        : [],
    );
  }

  // ------------------------------------------------------------------ the record, entry by entry

  private entry(log: LogEntry): TranscriptEntry {
    const pos = this.position(log.seq);
    const actingFor = log.actingFor !== undefined;
    const sender = this.state.config.seats.find((s) => s.id === log.by);
    const actor = actingFor ? this.stateOfSeat(log.actingFor) : (sender?.state ?? null);
    const words = this.describe(log, actor, pos);
    const byFacilitator = actor === null || actingFor;
    return {
      seq: log.seq,
      at: log.at,
      round: pos.round,
      phase: pos.phase,
      type: log.event.type,
      actor,
      byFacilitator,
      summary:
        actingFor && actor
          ? `${words.summary} (the facilitator acting for ${this.name(actor)})`
          : words.summary,
      text: words.text ?? null,
      to: words.to ?? null,
      private: words.private ?? false,
      ref: words.ref ?? null,
      says: log.ai?.says ? log.ai.says : null,
      effects: this.effects(log),
    };
  }

  /** A group channel in words: its title, e.g. the contact group "Friends of the Vell". */
  private groupWords(groupId: string): string {
    const group = ownEntry(this.state.groups, groupId);
    if (!group) return 'a group channel';
    return group.kind === 'contact' ? `the contact group "${group.title}"` : `the ${group.title} channel`;
  }

  /** A Council statement in words: "the press statement proposed by France in round 2". */
  private statementWords(statementId: string): string {
    const statement = ownEntry(this.state.councilStatements, statementId);
    return statement ? councilStatementWords(statement, (code) => this.name(code)) : 'a Council statement';
  }

  /** A stated meeting by its title: "the Arria-formula meeting on the Vell". */
  private meetingWords(meetingId: string): string {
    const meeting = scenarioMeeting(this.scenario, meetingId);
    return meeting ? `the ${meeting.title}` : 'a meeting';
  }

  private describe(
    log: LogEntry,
    actor: string | null,
    pos: Position,
  ): { summary: string; text?: string; to?: string; private?: boolean; ref?: string } {
    const who = actor ? this.name(actor) : 'The facilitator';
    const e = log.event;
    const phaseTitle = PHASE_TITLES[pos.phase as keyof typeof PHASE_TITLES] ?? pos.phase;
    switch (e.type) {
      case 'session.start':
        return { summary: 'The facilitator opens the session.' };
      case 'phase.advance':
        return { summary: `The facilitator closes the ${phaseTitle} phase.` };
      case 'phase.skip':
        return { summary: `The facilitator skips the rest of the ${phaseTitle} phase.` };
      case 'session.pause':
        return { summary: 'The facilitator pauses the session.' };
      case 'session.resume':
        return { summary: 'The facilitator resumes the session.' };
      case 'timer.adjust':
        return {
          summary: `The facilitator ${e.seconds >= 0 ? 'adds' : 'takes'} ${Math.abs(e.seconds)} seconds ${e.seconds >= 0 ? 'to' : 'from'} the ${phaseTitle} timer.`,
        };
      case 'timer.expired':
        return { summary: `Time runs out for the ${phaseTitle} phase.` };
      case 'session.end':
        return {
          summary: 'The facilitator ends the rounds early; the session goes to adjudication.',
        };
      case 'inject.fire': {
        const inject = this.scenario.injects.find((i) => i.id === e.injectId);
        return {
          summary: `The facilitator fires the inject "${inject?.title ?? e.injectId}".`,
          ref: e.injectId,
        };
      }
      case 'inject.write': {
        const to = e.recipients ? ` to ${listWords(e.recipients.map((code) => this.name(code)))} only` : '';
        return {
          summary: `The facilitator writes an inject${to}: "${e.title}".`,
          text: e.text,
          private: e.recipients !== undefined,
        };
      }
      case 'seat.assign': {
        const seatState = this.stateOfSeat(e.seatId);
        const seatName = seatState ? `${this.name(seatState)}'s seat` : 'A seat';
        return {
          summary: `${seatName} is now played by ${e.kind === 'ai' ? 'an AI delegate' : 'a person'}.`,
        };
      }
      case 'statement.public':
        return { summary: `${who} makes a statement.`, text: e.text };
      case 'message.private':
        return {
          summary: `${who} to ${this.name(e.to)} (private message).`,
          text: e.text,
          to: e.to,
          private: true,
        };
      case 'group.message':
        return { summary: `${who} in ${this.groupWords(e.groupId)}.`, text: e.text, private: true, ref: e.groupId };
      case 'group.convene':
        return {
          summary: `${who} convenes the contact group "${e.title}" and invites ${listWords(e.invitees.map((code) => this.name(code)))}.`,
          private: true,
          ref: e.groupId,
        };
      case 'group.join':
        return { summary: `${who} joins ${this.groupWords(e.groupId)}.`, private: true, ref: e.groupId };
      case 'group.decline':
        return { summary: `${who} declines ${this.groupWords(e.groupId)}.`, ...(e.reason ? { text: e.reason } : {}), private: true, ref: e.groupId };
      case 'meeting.attend':
        return { summary: `${who} attends ${this.meetingWords(e.meetingId)}.` };
      case 'meeting.decline':
        return { summary: `${who} declines ${this.meetingWords(e.meetingId)}; the decline is on the record.`, ...(e.reason ? { text: e.reason } : {}) };
      case 'councilStatement.propose': {
        const statement = ownEntry(this.state.councilStatements, e.statementId);
        const outcome = statement ? ` (${councilStatementOutcomeWords(statement, this.state, (code) => this.name(code))})` : '';
        return { summary: `${who} proposes a ${COUNCIL_STATEMENT_KIND_WORDS[e.kind]} of the Council, to be adopted by consensus${outcome}.`, text: e.text };
      }
      case 'councilStatement.join':
        return { summary: `${who} joins the consensus on ${this.statementWords(e.statementId)}.` };
      case 'councilStatement.object':
        return { summary: `${who} objects to ${this.statementWords(e.statementId)}: the consensus is broken.`, ...(e.reason ? { text: e.reason } : {}) };
      case 'd2r.propose':
        return {
          summary: `${who} proposes a D2R agreement to ${this.name(e.to)}: ${this.clauseWords(e.clauses)}${e.durationRounds ? `, for ${e.durationRounds} round(s)` : ''}.`,
          text: e.note,
          to: e.to,
          private: true,
          ref: e.agreementId,
        };
      case 'd2r.counter':
        return {
          summary: `${who} counters ${this.agreementWords(e.agreementId, 'proposal')}: ${this.clauseWords(e.clauses)}.`,
          text: e.note,
          private: true,
          ref: e.agreementId,
        };
      case 'd2r.sign':
        return { summary: `${who} signs ${this.agreementWords(e.agreementId, 'agreement')}.`, ref: e.agreementId };
      case 'd2r.reject':
        return {
          summary: `${who} rejects ${this.agreementWords(e.agreementId, 'proposal')}.`,
          private: true,
          ref: e.agreementId,
        };
      case 'd2r.withdraw':
        return {
          summary: `${who} withdraws ${this.agreementWords(e.agreementId, 'proposal')}.`,
          private: true,
          ref: e.agreementId,
        };
      case 'offer.make':
        return {
          summary: `${who} makes ${this.name(e.to)} an offer: ${offerWords(this.scenario, this.state, who, this.name(e.to), e.gives, e.asks)}`,
          ...(e.note ? { text: e.note } : {}),
          to: e.to,
          private: true,
        };
      case 'offer.answer': {
        const offer = ownEntry(this.state.offers, e.offerId);
        const from = offer ? ` ${this.name(offer.from)}'s offer` : ' an offer';
        const verb = e.answer === 'accept' ? 'accepts' : e.answer === 'counter' ? 'counters' : 'declines';
        const counter = e.counter && offer ? ` with an offer of its own: ${offerWords(this.scenario, this.state, this.name(offer.to), this.name(offer.from), e.counter.gives, e.counter.asks)}` : '.';
        return { summary: `${who} ${verb}${from}${e.answer === 'counter' ? counter : '.'}`, text: e.reason, private: true, ...(offer ? { to: offer.from } : {}) };
      }
      case 'draft.table': {
        const measures = e.measures.map(measureLabel).join(', ');
        const forum = e.forum === 'council' ? 'the Security Council' : 'the General Assembly';
        return {
          summary: `${who} tables draft "${e.title}" in ${forum}${e.forum === 'council' ? ` (Chapter ${e.chapter})` : ''}: ${measures}.`,
          ref: e.draftId,
        };
      }
      case 'draft.circulate':
        return {
          summary: `${who} circulates a zero draft, "${e.title}", to the members of the Security Council (Chapter ${e.chapter}): ${e.measures.map(measureLabel).join(', ')}.`,
          ref: e.draftId,
        };
      case 'draft.requestChange':
        return {
          summary: `${who} asks the penholder of ${this.draftWords(e.draftId)} to ${changeInWords(e.change)}.`,
          ...(e.note ? { text: e.note } : {}),
          ref: e.draftId,
        };
      case 'draft.answerRequest': {
        const request = ownEntry(this.state.drafts, e.draftId)?.circulation?.requests.find((r) => r.seq === e.requestSeq);
        const asked = request ? ` ${this.name(request.state)}'s request to ${changeInWords(request.change)}` : ' a request for a change';
        const revision = request?.answer?.revision;
        return {
          summary:
            e.answer === 'accept'
              ? `${who} accepts${asked}${revision != null ? `: rev.${revision} of ${this.draftWords(e.draftId)}` : ''}.`
              : `${who} declines${asked} on ${this.draftWords(e.draftId)}.`,
          ...(e.reason ? { text: e.reason } : {}),
          ref: e.draftId,
        };
      }
      case 'draft.putInBlue':
        return { summary: `${who} puts ${this.draftWords(e.draftId)} in blue: the text is final and tabled for the vote.`, ref: e.draftId };
      case 'draft.cosponsor':
        return { summary: `${who} co-sponsors ${this.draftWords(e.draftId)}.`, ref: e.draftId };
      case 'draft.withdraw':
        return { summary: `${who} withdraws ${this.draftWords(e.draftId)}.`, ref: e.draftId };
      case 'veto.threaten':
        return {
          summary:
            e.visibility === 'public'
              ? `${who} says publicly it will veto ${this.draftWords(e.draftId)}.`
              : `${who} privately threatens to veto ${this.draftWords(e.draftId)}${e.to ? ` (to ${this.name(e.to)})` : ' (to its sponsors)'}.`,
          to: e.to,
          private: e.visibility === 'private',
          ref: e.draftId,
        };
      case 'vote.open': {
        const draft = ownEntry(this.state.drafts, e.draftId);
        const forum = draft?.forum === 'assembly' ? 'the General Assembly' : 'the Security Council';
        return {
          summary: `${actor ? who : 'The President'} puts ${this.draftWords(e.draftId)} to the vote in ${forum}.`,
          ref: `ballot-${log.seq}`,
        };
      }
      case 'vote.cast': {
        const ballot = this.state.ballots.find((b) => b.id === e.ballotId);
        return {
          summary: `${who} votes ${VOTE_WORDS[e.vote]?.toLowerCase() ?? e.vote} on ${ballot ? this.ballotLabel(ballot) : 'a draft'}.`,
          ref: e.ballotId,
        };
      }
      case 'vote.close': {
        const ballot = this.state.ballots.find((b) => b.id === e.ballotId);
        return { summary: `The President closes the vote on ${ballot ? this.ballotLabel(ballot) : 'a draft'}.`, ref: e.ballotId };
      }
      case 'vote.explain': {
        const ballot = this.state.ballots.find((b) => b.id === e.ballotId);
        return {
          summary: `${who} explains its vote on ${ballot ? this.ballotLabel(ballot) : 'a draft'}.`,
          text: e.text,
          ref: e.ballotId,
        };
      }
      case 'ufp.propose-referral':
        return {
          summary: `${who} moves that the Council call an emergency special session of the General Assembly on the matter of ${this.draftWords(e.draftId)} (GA res. 377 A (V)); a procedural vote, not subject to veto.`,
          ref: `ballot-${log.seq}`,
        };
      case 'ufp.request':
        return {
          summary: `${who} requests an emergency special session of the General Assembly (GA res. 377 A (V)).`,
          ref: e.draftId,
        };
      case 'delegation.pass':
        return { summary: `${who} passes, leaving the first move in this phase to others.` };
      case 'vetoInitiative.speak': {
        const debate = this.state.vetoInitiative.find((d) =>
          d.speeches.some((s) => s.seq === log.seq),
        );
        return {
          summary: `${who} speaks in the veto-initiative debate on ${this.draftWords(debate?.draftId ?? e.draftId)} (GA res. 76/262).`,
          text: e.text,
          ref: debate?.draftId ?? e.draftId,
        };
      }
      case 'conduct.act': {
        const act = this.state.conduct.find((c) => c.seq === log.seq);
        const label = CONDUCT_LABELS[e.kind] ?? e.kind;
        const target = e.target ? ` (${conductTargetInWords(this.scenario, e.kind, e.target)})` : '';
        const scale = (act?.scale ?? e.scale) === 'substantial' ? ', substantial' : ', limited';
        return {
          summary: `${who}: ${label}${target}${scale}.`,
          text: e.note,
          private: this.state.phase !== 'debrief',
        };
      }
      case 'conduct.done':
        return {
          summary: `${who} declares its conduct for the round complete.`,
          private: this.state.phase !== 'debrief',
        };
      case 'memorial.file':
        return {
          summary: `${who} files its defence memorial (${e.arguments.length} argument${e.arguments.length === 1 ? '' : 's'}: ${e.arguments.map((a) => DEFENCE_LABELS[a.argument] ?? a.argument).join('; ') || 'none'}).`,
        };
      case 'judgment.override':
        return {
          summary: `The presiding judge overrides the finding on the ${lowerFirst(dutyLabel(e.duty))} for ${this.name(e.state)}: it ${e.holds ? 'holds' : 'does not hold'}.`,
          text: e.reason,
        };
      case 'judgment.deliver':
        return { summary: 'The presiding judge delivers the judgment.' };
      case 'rubric.edit':
        return {
          summary: `The facilitator edits the assessment of ${this.name(e.state)} on "${RUBRIC_CRITERION_LABELS[e.criterion]}"${e.score === null ? '' : `: ${e.score} / 100`}.`,
          ...(e.comment ? { text: e.comment } : {}),
          private: true,
        };
    }
  }

  private clauseWords(clauses: readonly D2rClause[]): string {
    return clauses
      .map((c) => {
        const title = CLAUSE_TITLES[c.kind] ?? c.kind;
        return c.perpetrator ? `${title} (${this.targetName(c.perpetrator)})` : title;
      })
      .join('; ');
  }

  private ballotLabel(ballot: Ballot): string {
    if (ballot.purpose === 'referral')
      return `the referral of ${this.draftWords(ballot.draftId)} to the General Assembly`;
    return this.draftWords(ballot.draftId);
  }

  /** What an entry caused beyond itself: a vote closing, an inject, a change of evidence, Uniting for Peace, a treaty in force, a breach. */
  private effects(log: LogEntry): TranscriptEffect[] {
    const out: TranscriptEffect[] = [];
    for (const ballot of this.state.ballots) {
      if (ballot.closedSeq !== log.seq) continue;
      const result = ballot.councilResult ?? ballot.assemblyResult;
      out.push({
        kind: 'ballot-closed',
        ref: ballot.id,
        text: `Vote on ${this.ballotLabel(ballot)}: ${result?.announcement ?? 'closed.'}`,
      });
      const ufp = this.state.unitingForPeace;
      if (
        ufp.openedBy &&
        ballot.purpose === 'adoption' &&
        ufp.openedBy.draftId === ballot.draftId &&
        (ballot.councilResult?.vetoedBy.length ?? 0) > 0
      ) {
        out.push({ kind: 'uniting-for-peace', ref: ballot.draftId, text: ufp.openedBy.reason });
      }
      if (
        ballot.purpose === 'referral' &&
        ufp.convenedBy === 'council' &&
        ufp.referralBallotId === ballot.id &&
        ballot.councilResult?.adopted
      ) {
        out.push({
          kind: 'uniting-for-peace',
          ref: ballot.id,
          text: 'The Council has decided to call an emergency special session of the General Assembly (GA res. 377 A (V) ¶1).',
        });
      }
    }
    for (const fired of this.state.injectsFired) {
      if (fired.seq !== log.seq) continue;
      const inject = this.scenario.injects.find((i) => i.id === fired.injectId);
      out.push({
        kind: 'inject',
        ref: fired.injectId,
        text: `${fired.scheduled ? 'Scheduled inject' : 'Inject'} "${inject?.title ?? fired.injectId}": ${inject?.text ?? ''}`.trim(),
      });
    }
    let level: EvidenceLevel = 'none';
    for (const step of this.state.evidence.history) {
      if (EVIDENCE_ORDER.indexOf(step.level) > EVIDENCE_ORDER.indexOf(level)) level = step.level;
      if (step.seq !== log.seq || step.source !== 'inject') continue;
      out.push({
        kind: 'evidence',
        ref: null,
        text:
          step.level === level
            ? `The evidence of atrocities is now ${evidenceLabel(level)} (${step.note}).`
            : `${step.note} shows ${evidenceLabel(step.level)}; the evidence was already ${evidenceLabel(level)}.`,
      });
    }
    if (log.event.type === 'ufp.request' && this.state.unitingForPeace.convenedBy === 'members') {
      const requests = this.state.log.filter((e) => e.event.type === 'ufp.request');
      if (requests[requests.length - 1]?.seq === log.seq) {
        const ufp = this.state.unitingForPeace;
        out.push({
          kind: 'uniting-for-peace',
          ref: null,
          text: `A majority of the Members has requested it (${ufp.requests.length} by delegations, ${ufp.deemedRequests.length} deemed by their Assembly positions, of ${scenarioMembership(this.scenario).length}): the emergency special session is convened (GA res. 377 A (V) ¶1).`,
        });
      }
    }
    if (log.event.type === 'd2r.sign') {
      const agreement = ownEntry(this.state.agreements, log.event.agreementId);
      const lastSign = agreement?.history.filter((h) => h.action === 'sign').pop();
      if (agreement?.status === 'signed' && lastSign?.seq === log.seq) {
        out.push({
          kind: 'agreement',
          ref: agreement.id,
          text: `The D2R agreement between ${this.name(agreement.parties[0])} and ${this.name(agreement.parties[1])} is signed by both parties and binding from round ${agreement.inForceFromRound ?? '?'} (VCLT art. 26).`,
        });
      }
    }
    if (log.event.type === 'conduct.act') {
      const act = this.state.conduct.find((c) => c.seq === log.seq);
      for (const id of act?.contraryTo ?? []) {
        out.push({
          kind: 'breach',
          ref: id,
          text: `This act is contrary to ${this.agreementWords(id, 'agreement')}, in force between the parties (VCLT art. 26).`,
        });
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ proceedings: rounds and phases

  private proceedings(entries: TranscriptEntry[]): TranscriptSection[] {
    const sections: TranscriptSection[] = [];
    const sectionFor = (
      entry: TranscriptEntry,
    ): { key: string; round: number | null; title: string } => {
      if (entry.phase === 'adjudication')
        return { key: 'adjudication', round: null, title: 'Adjudication' };
      if (entry.phase === 'debrief') return { key: 'debrief', round: null, title: 'Debrief' };
      if (entry.round === 0)
        return { key: 'preliminaries', round: 0, title: 'Seating and briefing' };
      return { key: `round-${entry.round}`, round: entry.round, title: `Round ${entry.round}` };
    };
    const ensure = (spec: {
      key: string;
      round: number | null;
      title: string;
    }): TranscriptSection => {
      let section = sections.find((s) => s.key === spec.key);
      if (!section) {
        section = {
          ...spec,
          opening: spec.round !== null && spec.round > 0 ? this.roundOpening(spec.round) : [],
          phases: [],
        };
        sections.push(section);
      }
      return section;
    };
    // Every round played gets its heading, even one without visible entries.
    for (const entry of entries) {
      const spec = sectionFor(entry);
      if (spec.round !== null && spec.round > 0) {
        for (let r = 1; r < spec.round; r++)
          if (!sections.some((s) => s.round === r))
            ensure({ key: `round-${r}`, round: r, title: `Round ${r}` });
      }
      const section = ensure(spec);
      let phase = section.phases[section.phases.length - 1];
      if (!phase || phase.phase !== entry.phase) {
        phase = {
          phase: entry.phase,
          title: PHASE_TITLES[entry.phase as keyof typeof PHASE_TITLES] ?? entry.phase,
          entries: [],
        };
        section.phases.push(phase);
      }
      phase.entries.push(entry);
    }
    return sections;
  }

  /** What opened a round: the evidence the world saw, scheduled injects, and intelligence in the viewer's hands. */
  private roundOpening(round: number): string[] {
    const lines: string[] = [];
    for (const step of this.state.evidence.history) {
      if (step.round === round && step.source === 'scenario')
        lines.push(`Evidence: ${evidenceLabel(step.level)}. ${step.note}`);
    }
    for (const fired of this.state.injectsFired) {
      if (fired.round !== round || !fired.scheduled) continue;
      const inject = this.scenario.injects.find((i) => i.id === fired.injectId);
      lines.push(`Inject: ${inject?.title ?? fired.injectId}. ${inject?.text ?? ''}`.trim());
    }
    for (const intel of this.state.evidence.intelligence) {
      if (intel.round !== round) continue;
      lines.push(
        `Intelligence (confidential, to ${listWords(intel.recipients.map((r) => this.name(r)))}): ${evidenceLabel(intel.level)}. ${intel.note}`,
      );
    }
    return lines;
  }

  // ------------------------------------------------------------------ drafts and votes

  private drafts(): Transcript['drafts'] {
    return Object.values(this.state.drafts)
      .sort((a, b) => a.tabledSeq - b.tabledSeq)
      .map((d) => ({
        id: d.id,
        forum: d.forum,
        title: d.title,
        sponsors: [...d.sponsors],
        measures: d.measures.map((m) => ({ id: m, label: measureLabel(m) })),
        operativeParagraphs: [...d.operativeParagraphs],
        chapter: d.chapter,
        round: d.round,
        tabledSeq: d.tabledSeq,
        status: d.status,
        ballotIds: [...d.ballotIds],
        ...(d.circulation ? { circulation: this.circulation(d) } : {}),
      }));
  }

  /** A circulated draft's revisions (what each changed, who asked) and the requests with their answers. */
  private circulation(d: Draft): NonNullable<Transcript['drafts'][number]['circulation']> {
    const c = d.circulation!;
    const requestsBySeq = new Map(c.requests.map((r) => [r.seq, r]));
    return {
      circulatedSeq: c.seq,
      round: c.round,
      inBlueSeq: c.inBlueSeq,
      preamble: [...d.preamble],
      revisions: c.revisions.map((rev, i) => {
        const before = c.revisions[i - 1];
        const offer = rev.offerId ? ownEntry(this.state.offers, rev.offerId) : undefined;
        return {
          number: rev.number,
          seq: rev.seq,
          round: rev.round,
          changes: before ? differencesInWords(revisionDifferences(before.text, rev.text)) : [],
          requestedBy: rev.requestSeq !== null ? (requestsBySeq.get(rev.requestSeq)?.state ?? null) : (offer?.from ?? null),
          requestSeq: rev.requestSeq,
          offerId: rev.offerId ?? null,
        };
      }),
      requests: c.requests.map((r) => ({
        seq: r.seq,
        round: r.round,
        by: r.state,
        change: changeInWords(r.change),
        note: r.note,
        answer: r.answer ? (r.answer.accepted ? 'accepted' : 'declined') : null,
        reason: r.answer?.reason ?? null,
        answerSeq: r.answer?.seq ?? null,
        revision: r.answer?.revision ?? null,
      })),
    };
  }

  private ballot(b: Ballot): TranscriptBallot {
    const council = b.councilResult;
    const assembly = b.assemblyResult;
    const permanent = this.scenario.council.permanent;
    const order = b.kind === 'assembly' ? rollCallOrder(this.scenario, b) : [...b.electorate];
    const defaulted = new Set(b.defaulted);
    const vetoedBy = council?.vetoedBy ?? [];
    const votes = order
      .filter((code) => (council ? council.recorded[code] : b.votes[code]) !== undefined)
      .map((code) => ({
        state: code,
        name: this.name(code),
        vote: (council ? council.recorded[code] : b.votes[code]) as
          'yes' | 'no' | 'abstain' | 'absent',
        permanent: b.kind !== 'assembly' && permanent.includes(code),
        defaulted: defaulted.has(code),
        veto: vetoedBy.includes(code),
      }));
    let tally: TranscriptBallot['tally'] = null;
    if (council) {
      tally = {
        inFavour: council.inFavour,
        against: council.against,
        abstentions: council.abstentions,
        absent: council.absent,
        required: council.required,
        presentAndVoting: null,
        threshold:
          b.kind === 'council-substantive'
            ? `${council.required} affirmative votes and no negative vote of a permanent member (UN Charter art. 27(3))`
            : `${council.required} affirmative votes of any members; no veto on a procedural matter (UN Charter art. 27(2))`,
      };
    } else if (assembly) {
      tally = {
        inFavour: assembly.inFavour,
        against: assembly.against,
        abstentions: assembly.abstentions,
        absent: assembly.absent,
        required: assembly.required,
        presentAndVoting: assembly.presentAndVoting,
        threshold: `two thirds of the members present and voting: ${assembly.required} of ${assembly.presentAndVoting} (UN Charter art. 18(2); abstentions do not count)`,
      };
    }
    return {
      id: b.id,
      kind: b.kind,
      purpose: b.purpose,
      draftId: b.draftId,
      draftTitle: this.draftTitle(b.draftId),
      round: b.round,
      openedSeq: b.openedSeq,
      closedSeq: b.closedSeq,
      electorate: b.electorate.length,
      votes,
      tally,
      adopted: council ? council.adopted : assembly ? assembly.adopted : null,
      vetoedBy: [...vetoedBy],
      announcement: council?.announcement ?? assembly?.announcement ?? null,
      authorities: [...(council?.authorities ?? assembly?.authorities ?? [])],
      rollCallStartsWith: b.rollCallStartsWith,
      explanations: this.state.explanations
        .filter((x) => x.ballotId === b.id)
        .map((x) => ({ seq: x.seq, state: x.state, text: x.text })),
    };
  }

  private vetoes(): Transcript['vetoes'] {
    return this.state.ballots
      .filter((b) => (b.councilResult?.vetoedBy.length ?? 0) > 0 && b.closedSeq !== null)
      .map((b) => ({
        ballotId: b.id,
        draftId: b.draftId,
        draftTitle: this.draftTitle(b.draftId),
        round: b.round,
        seq: b.closedSeq!,
        vetoedBy: [...b.councilResult!.vetoedBy],
        explanations: this.state.explanations
          .filter((x) => x.ballotId === b.id && b.councilResult!.vetoedBy.includes(x.state))
          .map((x) => ({ seq: x.seq, state: x.state, text: x.text })),
      }));
  }

  private unitingForPeace(): Transcript['unitingForPeace'] {
    const ufp = this.state.unitingForPeace;
    return {
      status: ufp.status,
      openedBy: ufp.openedBy
        ? {
            draftId: ufp.openedBy.draftId,
            vetoedBy: [...ufp.openedBy.vetoedBy],
            round: ufp.openedBy.round,
            reason: ufp.openedBy.reason,
          }
        : null,
      referralBallotId: ufp.referralBallotId,
      requests: [...ufp.requests],
      deemedRequests: ufp.deemedRequests.length,
      membership: scenarioMembership(this.scenario).length,
      convenedRound: ufp.convenedRound,
      convenedBy: ufp.convenedBy,
      assemblyBallotIds: this.state.ballots.filter((b) => b.kind === 'assembly').map((b) => b.id),
    };
  }

  // ------------------------------------------------------------------ negotiation

  private channels(): Transcript['channels'] {
    return Object.keys(this.state.channels)
      .sort()
      .map((key) => {
        const messages = this.state.channels[key]!;
        const [a, b] = key.split('~') as [string, string];
        return {
          parties: [a, b] as [string, string],
          messages: messages.map((m) => ({
            seq: m.seq,
            round: m.round,
            from: m.from,
            to: m.to,
            text: m.text,
          })),
        };
      });
  }

  /** The political commitments the viewer may see (its view holds the offers it may read); none listed when there are none. */
  private commitments(): Pick<Transcript, 'commitments'> {
    const commitments = commitmentRegistry(this.state).map((c) => ({
      by: c.by,
      to: c.to,
      round: c.round,
      promise: termInWords(this.scenario, this.state, c.term),
      status: c.status,
      shows: c.shows,
      acceptedSeq: c.acceptedSeq,
      settledSeq: c.seq,
    }));
    return commitments.length > 0 ? { commitments } : {};
  }

  private agreements(): Transcript['agreements'] {
    return Object.values(this.state.agreements)
      .sort(
        (a, b) => (a.history[0]?.seq ?? 0) - (b.history[0]?.seq ?? 0) || compareText(a.id, b.id),
      )
      .map((a: Agreement) => {
        const text = treatyText(this.scenario, {
          parties: a.parties,
          clauses: a.clauses,
          durationRounds: a.durationRounds,
          note: a.note,
        });
        return {
          id: a.id,
          title: treatyTitle(this.scenario, a.parties),
          parties: [a.parties[0], a.parties[1]] as [string, string],
          status: a.status,
          clauses: a.clauses.map((c) => ({
            kind: c.kind,
            title: CLAUSE_TITLES[c.kind] ?? c.kind,
            perpetrator: c.perpetrator ?? null,
            article: articleOfClause(a, c.kind),
          })),
          articles: text.articles.map((art) => ({
            number: art.number,
            heading: art.heading,
            text: art.text,
          })),
          durationRounds: a.durationRounds,
          note: a.note,
          signedBy: [...a.signedBy],
          inForceFromRound: a.inForceFromRound,
          history: a.history.map((h) => ({
            seq: h.seq,
            round: h.round,
            state: h.state,
            action: h.action,
            clauses: h.clauses ? h.clauses.map((c) => c.kind) : null,
          })),
          breaches: a.breaches.map((b) => ({
            conductSeq: b.conductSeq,
            state: b.state,
            clause: b.clause.kind,
            round: b.round,
          })),
        };
      });
  }

  // ------------------------------------------------------------------ judgment

  private judgment(): TranscriptJudgment | null {
    if (!this.report) return null;
    const overrides = this.state.overrides;
    const deliver = this.state.log.find((e) => e.event.type === 'judgment.deliver');
    return {
      provisional: !this.state.ended,
      deliveredSeq: deliver?.seq ?? null,
      states: this.report.states.map((s) => ({
        state: s.state,
        name: this.name(s.state),
        exposure: s.exposure,
        band: s.band,
        findings: s.findings.map((f) => {
          const last = [...overrides]
            .reverse()
            .find((o) => o.state === s.state && o.duty === f.duty);
          const engineResult = f.override?.engineResult ?? null;
          const override = last
            ? { seq: last.seq, holds: last.holds, reason: last.reason, engineResult }
            : f.override
              ? {
                  seq: f.override.seq ?? null,
                  holds: f.override.holds,
                  reason: f.override.reason,
                  engineResult,
                }
              : null;
          return {
            duty: f.duty,
            dutyLabel: dutyLabel(f.duty),
            status: f.status,
            holds: findingHolds(f),
            informational: f.informational ?? false,
            points: f.points,
            basis: f.basis.map((b) => ({ authority: b.authority, pinpoint: b.pinpoint })),
            evidence: f.evidence.map((ref) => this.evidenceRef(ref)),
            reasoning: f.reasoning,
            defences: f.defences.map((d) => ({
              argument: d.argument,
              label: DEFENCE_LABELS[d.argument as keyof typeof DEFENCE_LABELS] ?? d.argument,
              accepted: d.accepted,
              why: d.why,
            })),
            override,
            ...this.findingWhatIf(s.state, f.duty),
          };
        }),
      })),
      overrides: overrides.map((o) => ({
        seq: o.seq,
        state: o.state,
        duty: o.duty,
        holds: o.holds,
        reason: o.reason,
      })),
    };
  }

  /** What would have changed one finding, when it was searched for this perspective. */
  private findingWhatIf(state: string, duty: string): { whatIf?: TranscriptFinding['whatIf'] } {
    const searched = this.whatIf.find((w) => w.state === state);
    const finding = searched?.findings.find((f) => f.duty === duty);
    if (!searched || !finding) return {};
    return {
      whatIf: {
        changes: finding.changes.map((c) => ({
          words: c.words,
          decidedBy: c.rule ? `${c.rule.label}${c.rule.authorities.length > 0 ? ` (${c.rule.authorities.join('; ')})` : ''}` : null,
        })),
        note: searched.note,
      },
    };
  }

  /** An evidence reference of the report, resolved against what this perspective may see. */
  private evidenceRef(ref: string): TranscriptEvidenceRef {
    const seqMatch = /^#(\d+)$/.exec(ref);
    if (seqMatch) {
      const seq = Number(seqMatch[1]);
      const summary = this.summaries.get(seq);
      return summary !== undefined
        ? { ref, seq, inRecord: true, description: summary }
        : {
            ref,
            seq,
            inRecord: false,
            description:
              'An entry of the record that is not part of this perspective (confidential to others).',
          };
    }
    return { ref, seq: null, inRecord: false, description: this.scenarioFact(ref) };
  }

  private scenarioFact(ref: string): string {
    const byRound = /^scenario:evidence@round(\d+)$/.exec(ref);
    if (byRound) {
      const steps = this.scenario.evidence.filter((e) => e.round === Number(byRound[1]));
      return steps.length > 0
        ? steps
            .map(
              (step) =>
                `Scenario evidence, round ${step.round}: ${evidenceLabel(step.level)}. ${step.note}`,
            )
            .join(' ')
        : 'A fact of the scenario.';
    }
    const match = /^scenario:([a-zA-Z.]+)(?:\[(\d+)\])?$/.exec(ref);
    if (!match) return 'A fact of the scenario.';
    const [, path, indexText] = match;
    const index = indexText === undefined ? null : Number(indexText);
    const s = this.scenario;
    switch (path) {
      case 'relationships': {
        const r = index === null ? undefined : s.relationships[index];
        if (!r) return 'A relationship fixed by the scenario.';
        const visible =
          this.facilitator || this.state.phase === 'debrief' || r.from === this.viewerState;
        if (!visible) return 'A relationship of another state (not public before the debrief).';
        return `Scenario fact: ${this.name(r.from)} — ${r.kind.replace(/-/g, ' ')} — ${this.targetName(r.to)}${r.note ? ` (${r.note})` : ''}.`;
      }
      case 'evidence': {
        const step = index === null ? undefined : s.evidence[index];
        return step
          ? `Scenario evidence, round ${step.round}: ${evidenceLabel(step.level)}. ${step.note}`
          : 'A fact of the scenario.';
      }
      case 'injects': {
        // Only an inject that fired (and so is public) raises the evidence the engine cites.
        const inject = index === null ? undefined : s.injects[index];
        return inject ? `Inject${inject.round ? `, round ${inject.round}` : ''}: ${inject.title}. ${inject.text}` : ref;
      }
      case 'intelligence': {
        const intel = index === null ? undefined : s.intelligence[index];
        if (!intel) return 'Intelligence given to a state.';
        const visible =
          this.facilitator ||
          (this.viewerState !== null && intel.recipients.includes(this.viewerState));
        return visible
          ? `Intelligence, round ${intel.round}, to ${listWords(intel.recipients.filter((r) => this.facilitator || r === this.viewerState).map((r) => this.name(r)))}: ${intel.note}`
          : 'Intelligence given to another state (confidential).';
      }
      case 'crisis.perpetrators': {
        const p = index === null ? undefined : s.crisis.perpetrators[index];
        return p
          ? `Scenario fact: the perpetrator ${p.name}${p.state ? `, an organ of ${this.name(p.state)}` : ''}.`
          : 'A fact of the scenario.';
      }
      case 'crisis.territorialState':
        return `Scenario fact: ${this.name(s.crisis.territorialState)} is the territorial state.`;
      case 'treaties': {
        const t = index === null ? undefined : s.treaties[index];
        return t
          ? `Scenario fact: ${t.name} (parties: ${t.parties === 'all' ? 'all states' : listWords(t.parties.map((p) => this.name(p)))}).`
          : 'A fact of the scenario.';
      }
      default:
        return 'A fact of the scenario.';
    }
  }

  private coachNotes(): Transcript['coachNotes'] {
    return Object.entries(this.state.aiNotes)
      .map(([seqText, note]) => ({ seq: Number(seqText), note }))
      .filter(({ note }) => note.coach.trim() !== '')
      .sort((a, b) => a.seq - b.seq)
      .flatMap(({ seq, note }) => {
        const entry = this.entriesBySeq.get(seq);
        if (!entry) return [];
        const pos = this.position(seq);
        const state = entry.actingFor
          ? this.stateOfSeat(entry.actingFor)
          : this.stateOfSeat(entry.by);
        if (!state) return [];
        return [
          {
            seq,
            round: pos.round,
            phase: pos.phase,
            state,
            type: entry.event.type,
            says: note.says,
            coach: note.coach,
          },
        ];
      });
  }

  // ------------------------------------------------------------------ rounds at a glance (the timeline strip)

  private roundSummaries(entries: TranscriptEntry[]): TranscriptRoundSummary[] {
    const out: TranscriptRoundSummary[] = [];
    let level: EvidenceLevel = 'none';
    for (let round = 1; round <= this.state.round; round++) {
      for (const step of this.state.evidence.history) {
        if (
          step.round === round &&
          EVIDENCE_ORDER.indexOf(step.level) > EVIDENCE_ORDER.indexOf(level)
        )
          level = step.level;
      }
      const phases: TranscriptRoundSummary['phases'] = [];
      for (const entry of entries) {
        if (entry.round !== round || entry.phase === 'adjudication' || entry.phase === 'debrief')
          continue;
        const last = phases[phases.length - 1];
        if (last && last.phase === entry.phase) last.entries++;
        else
          phases.push({
            phase: entry.phase,
            title: PHASE_TITLES[entry.phase as keyof typeof PHASE_TITLES] ?? entry.phase,
            entries: 1,
          });
      }
      const markers: TranscriptRoundSummary['markers'] = [];
      for (const fired of this.state.injectsFired) {
        if (fired.round !== round) continue;
        const inject = this.scenario.injects.find((i) => i.id === fired.injectId);
        markers.push({ kind: 'inject', seq: fired.seq, label: inject?.title ?? fired.injectId });
      }
      for (const b of this.state.ballots) {
        if (b.round !== round || b.closedSeq === null) continue;
        const draft = ownEntry(this.state.drafts, b.draftId);
        const title = draft ? `"${draft.title}"` : 'A draft';
        const subject = b.purpose === 'referral' ? `Referral of ${draft ? title : 'a draft'}` : title;
        if (b.kind === 'assembly')
          markers.push({
            kind: 'emergency-session',
            seq: b.closedSeq,
            label: `${subject}: ${b.assemblyResult?.adopted ? 'adopted' : 'not adopted'} in the Assembly`,
          });
        else if ((b.councilResult?.vetoedBy.length ?? 0) > 0)
          markers.push({
            kind: 'veto',
            seq: b.closedSeq,
            label: `${subject} vetoed by ${listWords(b.councilResult!.vetoedBy.map((code) => this.nameInText(code)))}`,
          });
        else if (b.councilResult?.adopted)
          markers.push({ kind: 'adopted', seq: b.closedSeq, label: `${subject} adopted` });
        else
          markers.push({ kind: 'not-adopted', seq: b.closedSeq, label: `${subject} not adopted` });
      }
      for (const a of Object.values(this.state.agreements)) {
        const signed =
          a.status === 'signed' ? a.history.filter((h) => h.action === 'sign').pop() : undefined;
        if (signed && signed.round === round)
          markers.push({
            kind: 'agreement',
            seq: signed.seq,
            label: `D2R agreement between ${this.nameInText(a.parties[0])} and ${this.nameInText(a.parties[1])} signed`,
          });
        for (const breach of a.breaches)
          if (breach.round === round)
            markers.push({
              kind: 'breach',
              seq: breach.conductSeq,
              label: `${capitalFirstLetter(this.nameInText(breach.state))} acts contrary to its D2R agreement with ${this.nameInText(a.parties.find((p) => p !== breach.state) ?? breach.state)}`,
            });
      }
      markers.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || compareText(a.label, b.label));
      out.push({ round, phases, evidenceLevel: level, markers });
    }
    return out;
  }
}

/** How an evidence reference names an entry: what it did, or for the entry that closed a vote, the vote's result. */
function describeForEvidence(e: TranscriptEntry): string {
  const closed = e.effects.filter((f) => f.kind === 'ballot-closed');
  if (
    closed.length > 0 &&
    (e.type === 'vote.cast' ||
      e.type === 'vote.close' ||
      e.type === 'phase.advance' ||
      e.type === 'phase.skip' ||
      e.type === 'timer.expired')
  ) {
    return closed.map((f) => f.text).join(' ');
  }
  return [e.summary, ...e.effects.map((f) => f.text)].join(' ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A locale-independent comparison (the same order on every machine). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function capitalFirstLetter(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
