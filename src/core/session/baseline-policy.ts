import { EVIDENCE_ORDER, type EvidenceLevel, type Scenario } from '../scenario/schema';
import { assemblyDefaultFor, councilMembers, isCouncilMember, isPermanentMember, stateName } from '../scenario/membership';
import { agreementInForce } from './agreements';
import { openBallotOf } from './ballots';
import type { Command, SessionEvent } from './events';
import { move, type DelegatePolicy, type PolicyContext } from './delegate-policy';
import type { Draft, SessionState } from './state';
import { CLAUSE_FORBIDS, type ConductKind, type CouncilVote, type D2rClauseKind, type Measure } from '../shared/vocabulary';
import { ownEntry } from './lookup';

/**
 * The baseline delegate: a plain, predictable stand-in until src/core/ai plays the seats. It
 * votes from the scenario's red lines, its ties to the perpetrators and its Assembly default;
 * only the most humanitarian Council member tables anything; supporters of a perpetrator keep
 * supplying it unless a signed D2R agreement forbids it; nobody bluffs. It reads the state and
 * nothing else (no randomness), so the same session always plays the same way.
 */
export const baselinePolicy: DelegatePolicy = (ctx) => {
  const { state } = ctx;
  if (state.paused) return [];
  switch (state.phase) {
    case 'negotiation':
      return answerAgreements(ctx);
    case 'council':
      return councilMoves(ctx);
    case 'unitingForPeace':
      return unitingForPeaceMoves(ctx);
    case 'emergencySpecialSession':
      return assemblyMoves(ctx);
    case 'vetoInitiative':
      return vetoInitiativeMoves(ctx);
    case 'conduct':
      return conductMoves(ctx);
    case 'adjudication':
      return memorialMoves(ctx);
    default:
      return [];
  }
};

const SUPPORT_RELATIONSHIPS = new Set(['agency', 'substantial-support', 'arms-supplier', 'governmental-authority']);

/** Perpetrators this state supports or directs in the current round, with the kind of tie. */
function supportedPerpetrators(scenario: Scenario, code: string, round: number): { perpetrator: string; kind: string }[] {
  const perpetrators = new Set(scenario.crisis.perpetrators.map((p) => p.id));
  return scenario.relationships
    .filter((r) => r.from === code && perpetrators.has(r.to) && SUPPORT_RELATIONSHIPS.has(r.kind))
    .filter((r) => r.fromRound <= Math.max(round, 1) && (r.untilRound === undefined || Math.max(round, 1) <= r.untilRound))
    .map((r) => ({ perpetrator: r.to, kind: r.kind }));
}

/** Tied to the perpetrators: their own state, a supporter, or aligned above 0.3 with one of them. */
function tiedToPerpetrators(scenario: Scenario, code: string, round: number): boolean {
  if (scenario.crisis.territorialState === code) return true;
  if (scenario.crisis.perpetrators.some((p) => p.state === code)) return true;
  if (supportedPerpetrators(scenario, code, round).length > 0) return true;
  const alignment = scenario.states.find((s) => s.code === code)?.ai?.alignment ?? {};
  return Object.values(alignment).some((a) => a > 0.3);
}

function redLinesCrossed(scenario: Scenario, code: string, measures: readonly Measure[]): Measure[] {
  const vetoes = new Set(scenario.states.find((s) => s.code === code)?.ai?.vetoes ?? []);
  return measures.filter((m) => vetoes.has(m));
}

/** The Council member that tables: the highest humanitarian priority, else the first untied member with a 'yes' default. */
export function mostHumanitarianCouncilMember(scenario: Scenario, round: number): string | null {
  const candidates = councilMembers(scenario).filter((c) => !tiedToPerpetrators(scenario, c, round));
  const priority = (c: string) => scenario.states.find((s) => s.code === c)?.ai?.humanitarianPriority ?? -1;
  const ranked = [...candidates].sort((a, b) => priority(b) - priority(a) || (a < b ? -1 : 1));
  const best = ranked.find((c) => priority(c) >= 0) ?? ranked.find((c) => assemblyDefaultFor(scenario, c) === 'yes');
  return best ?? null;
}

/** What the evidence justifies asking for (ARSIWA art. 16 knowledge grows round by round). */
function measuresFor(level: EvidenceLevel): Measure[] {
  const at = EVIDENCE_ORDER.indexOf(level);
  const measures: Measure[] = ['condemnation', 'commission-of-inquiry'];
  if (at >= EVIDENCE_ORDER.indexOf('credible')) measures.push('humanitarian-access', 'arms-embargo');
  if (at >= EVIDENCE_ORDER.indexOf('manifest')) measures.push('sanctions');
  return measures;
}

function says(text: string, coach: string): { says: string; coach: string } {
  return { says: text, coach };
}

function answerAgreements(ctx: PolicyContext): Command[] {
  const { scenario, state, code } = ctx;
  const out: Command[] = [];
  for (const agreement of Object.values(state.agreements)) {
    if (agreement.awaiting !== code) continue;
    const protectedPerpetrators = new Set(agreement.clauses.map((c) => c.perpetrator).filter((p): p is string => p !== undefined));
    const supports = supportedPerpetrators(scenario, code, state.round);
    const givesUp = supports.some((s) => protectedPerpetrators.size === 0 || protectedPerpetrators.has(s.perpetrator));
    out.push(
      givesUp
        ? move(ctx, { type: 'd2r.reject', agreementId: agreement.id }, says('We cannot accept these terms.', 'It would have to give up support it gives the perpetrators.'))
        : move(ctx, { type: 'd2r.sign', agreementId: agreement.id }, says('We sign.', 'The agreement costs it nothing it does now.')),
    );
  }
  return out;
}

function councilVote(scenario: Scenario, state: SessionState, code: string, draft: Draft): { vote: CouncilVote; coach: string } {
  const crossed = redLinesCrossed(scenario, code, draft.measures);
  if (crossed.length > 0) return { vote: 'no', coach: `The draft crosses its red line (${crossed.join(', ')}).` };
  if (tiedToPerpetrators(scenario, code, state.round)) return { vote: 'abstain', coach: 'It is tied to the perpetrators and will not vote against them.' };
  const position = assemblyDefaultFor(scenario, code);
  if (position === 'yes' || position === 'no') return { vote: position, coach: `It follows its general position (${position}).` };
  return { vote: 'abstain', coach: 'It has no stake and abstains.' };
}

function castVote(ctx: PolicyContext): Command[] {
  const { scenario, state, code } = ctx;
  const ballot = openBallotOf(state);
  if (!ballot || !ballot.electorate.includes(code) || ballot.votes[code] !== undefined) return [];
  const draft = ownEntry(state.drafts, ballot.draftId)!;
  let choice: { vote: CouncilVote; coach: string };
  if (ballot.purpose === 'referral') {
    const vetoed = state.unitingForPeace.openedBy?.vetoedBy.includes(code) ?? false;
    const position = assemblyDefaultFor(scenario, code);
    choice = vetoed
      ? { vote: 'no', coach: 'It vetoed the draft and opposes moving the matter to the Assembly.' }
      : { vote: position === 'yes' ? 'yes' : position === 'no' ? 'no' : 'abstain', coach: 'It follows its general position on the referral.' };
  } else if (ballot.kind === 'assembly') {
    const tied = tiedToPerpetrators(scenario, code, state.round);
    const position = assemblyDefaultFor(scenario, code);
    choice = tied
      ? { vote: 'no', coach: 'It is tied to the perpetrators.' }
      : { vote: position === 'absent' ? 'abstain' : position, coach: `It follows its general position (${position}).` };
  } else {
    choice = councilVote(scenario, state, code, draft);
  }
  if (draft.chapter === 'VI' && ballot.kind === 'council-substantive' && scenario.council.partiesToDispute.includes(code)) {
    choice = { vote: 'abstain', coach: 'A party to the dispute abstains under Chapter VI (art. 27(3)).' };
  }
  return [move(ctx, { type: 'vote.cast', ballotId: ballot.id, vote: choice.vote }, says(`${stateName(scenario, code)} votes ${choice.vote}.`, choice.coach))];
}

function tableAndOpen(ctx: PolicyContext, forum: Draft['forum'], draftId: string, measures: Measure[], title: string): Command[] {
  const { state } = ctx;
  const existing = ownEntry(state.drafts, draftId);
  if (!existing) {
    const event: SessionEvent = {
      type: 'draft.table',
      draftId,
      forum,
      title,
      measures,
      operativeParagraphs: measures.map((m) => `Decides on ${m.replace(/-/g, ' ')}.`),
      chapter: 'VII',
    };
    return [move(ctx, event, says('We table a draft resolution.', 'The evidence calls for action and nobody else has tabled.'))];
  }
  if (existing.status === 'tabled' && !openBallotOf(state)) return [move(ctx, { type: 'vote.open', draftId })];
  return [];
}

function councilMoves(ctx: PolicyContext): Command[] {
  const { scenario, state, code } = ctx;
  const votes = castVote(ctx);
  if (votes.length > 0) return votes;
  const out: Command[] = [];
  // A permanent member warns before a draft crossing its red line is put to the vote.
  if (isPermanentMember(scenario, code)) {
    for (const draft of Object.values(state.drafts)) {
      if (draft.forum !== 'council' || draft.status !== 'tabled') continue;
      const crossed = redLinesCrossed(scenario, code, draft.measures);
      if (crossed.length === 0 || state.vetoThreats.some((t) => t.draftId === draft.id && t.state === code)) continue;
      out.push(move(ctx, { type: 'veto.threaten', draftId: draft.id, visibility: 'public' }, says(`We will not accept ${crossed.join(', ')}.`, 'A red line of its government.')));
    }
  }
  if (out.length > 0) return out;
  if (mostHumanitarianCouncilMember(scenario, state.round) !== code) return [];
  if (Object.values(state.drafts).some((d) => d.forum === 'council' && d.status === 'adopted')) return [];
  // Someone else's draft this round is on the table or was voted: no competing text.
  if (Object.values(state.drafts).some((d) => d.forum === 'council' && d.round === state.round && d.sponsors[0] !== code)) return [];
  return tableAndOpen(ctx, 'council', `council-r${state.round}`, measuresFor(state.evidence.level), 'Protection of civilians');
}

function unitingForPeaceMoves(ctx: PolicyContext): Command[] {
  const { scenario, state, code } = ctx;
  const votes = castVote(ctx);
  if (votes.length > 0) return votes;
  const vetoed = state.unitingForPeace.openedBy;
  if (!vetoed || state.unitingForPeace.status !== 'open' || openBallotOf(state)) return [];
  const sponsor = ownEntry(state.drafts, vetoed.draftId)?.sponsors[0];
  if (sponsor !== code || !isCouncilMember(scenario, code)) return [];
  if (state.ballots.some((b) => b.purpose === 'referral' && b.draftId === vetoed.draftId)) return [];
  return [move(ctx, { type: 'ufp.propose-referral', draftId: vetoed.draftId }, says('We move to refer the matter to the General Assembly.', 'The Council failed to act because of a veto.'))];
}

function assemblyMoves(ctx: PolicyContext): Command[] {
  const { state, code } = ctx;
  const votes = castVote(ctx);
  if (votes.length > 0) return votes;
  const vetoed = state.unitingForPeace.openedBy;
  if (!vetoed || ownEntry(state.drafts, vetoed.draftId)?.sponsors[0] !== code) return [];
  const measures = ownEntry(state.drafts, vetoed.draftId)!.measures.filter((m) => m !== 'authorisation-of-force');
  return tableAndOpen(ctx, 'assembly', `assembly-r${state.round}`, measures.length > 0 ? measures : ['condemnation'], 'Protection of civilians (emergency special session)');
}

function vetoInitiativeMoves(ctx: PolicyContext): Command[] {
  const { state, code } = ctx;
  const out: Command[] = [];
  for (const debate of state.vetoInitiative.filter((d) => d.round === state.round)) {
    if (debate.speeches.some((s) => s.state === code)) continue;
    const sponsor = ownEntry(state.drafts, debate.draftId)?.sponsors[0];
    if (debate.vetoedBy.includes(code)) {
      out.push(move(ctx, { type: 'vetoInitiative.speak', draftId: debate.draftId, text: 'We explain our negative vote: the draft was unbalanced.' }));
    } else if (sponsor === code && debate.vetoedBy.every((v) => debate.speeches.some((s) => s.state === v) || !state.config.seats.some((s) => s.state === v))) {
      out.push(move(ctx, { type: 'vetoInitiative.speak', draftId: debate.draftId, text: 'We regret that the Council was prevented from acting.' }));
    }
  }
  return out;
}

function conductMoves(ctx: PolicyContext): Command[] {
  const { scenario, state, code } = ctx;
  if (state.doneThisPhase.includes(ctx.seat.id)) return [];
  const out: Command[] = [];
  const bound = Object.values(state.agreements).filter((a) => a.parties.includes(code) && agreementInForce(a, state.round));
  for (const { perpetrator, kind } of supportedPerpetrators(scenario, code, state.round)) {
    const conduct: ConductKind = kind === 'arms-supplier' ? 'arms-transfer' : kind === 'agency' ? 'training' : 'financing';
    const forbidden = bound.some((a) =>
      a.clauses.some((c) => (c.perpetrator === undefined || c.perpetrator === perpetrator) && forbids(c.kind, conduct)),
    );
    if (forbidden) continue;
    out.push(move(ctx, { type: 'conduct.act', kind: conduct, target: perpetrator, scale: 'substantial' }, says('We honour our existing contracts.', 'It keeps up its existing support.')));
  }
  const humanitarian = scenario.states.find((s) => s.code === code)?.ai?.humanitarianPriority ?? 0;
  const neighbour = scenario.relationships.some((r) => r.from === code && r.kind === 'proximity');
  if (humanitarian >= 0.7 || neighbour) {
    out.push(move(ctx, { type: 'conduct.act', kind: neighbour ? 'accepting-refugees' : 'humanitarian-aid', scale: 'limited' }, says('We help the people affected.', 'It helps the population at risk.')));
  }
  out.push(move(ctx, { type: 'conduct.done' }));
  return out;
}

function forbids(clause: D2rClauseKind, conduct: ConductKind): boolean {
  return CLAUSE_FORBIDS[clause]?.includes(conduct) ?? false;
}

function memorialMoves(ctx: PolicyContext): Command[] {
  const { state, code } = ctx;
  if (ownEntry(state.memorials, code)) return [];
  const supported = state.conduct.filter((c) => c.state === code && ['arms-transfer', 'financing', 'training', 'intelligence-sharing', 'logistics'].includes(c.kind));
  const vetoed = state.ballots.some((b) => b.councilResult?.vetoedBy.includes(code));
  if (supported.length === 0 && !vetoed) return [];
  const args: { argument: 'lack-of-knowledge' | 'countervailing-interest' | 'support-not-substantial'; text: string }[] = [];
  if (supported.some((c) => EVIDENCE_ORDER.indexOf(c.evidenceAtTheTime) < EVIDENCE_ORDER.indexOf('credible'))) {
    args.push({ argument: 'lack-of-knowledge', text: 'When we supplied, nothing credible showed atrocities.' });
  }
  if (supported.length > 0) args.push({ argument: 'support-not-substantial', text: 'Our support did not sustain the perpetrators.' });
  if (vetoed) args.push({ argument: 'countervailing-interest', text: 'The draft threatened the sovereignty of a state and regional stability.' });
  return [move(ctx, { type: 'memorial.file', arguments: args })];
}
