import { delegationProfile } from './profile';
import { pendingRequests } from '../session/circulation';
import { applyChange, changeInWords, changeProblem, leadingVerb, verbDirection } from '../session/revisions';
import type { ChangeRequest, Draft, SessionState } from '../session/state';
import type { DraftChange, Measure } from '../shared/vocabulary';
import { judgeDraft, measureValue, type DraftJudgement } from './assessment';
import { decisionContext, type DecisionContext, type PlannedMove } from './decision-context';
import { chapterFor, desiredMeasures, freshDraftId, penholders, specOf } from './drafting';
import { coachNote } from './move-explanations';
import { CHAMPION_HUMANITARIAN, MEASURE_INCLUSION_THRESHOLD, PENHOLDER_CONCESSION_MAX, PENHOLDER_MIN_HUMANITARIAN } from './decision-weights';
import { draftTitle, operativeParagraphs } from './templates';
import { MEASURE_NAMES, measureList, num } from './wording';

/**
 * Holding the pen (docs/ai.md, "Holding the pen"): the AI penholder circulates its draft in
 * Negotiation, answers each request for a change with the model it votes with, and puts the draft
 * in blue only once every human seat has had it in a Negotiation phase; AI members ask for the
 * one change that would bring them to yes (or, for a permanent member, off its veto).
 */

/** Council drafts still negotiated. */
export function circulatingDrafts(state: SessionState): Draft[] {
  return Object.values(state.drafts).filter((d) => d.status === 'circulating');
}

/**
 * Whether every human seat has had the draft in a Negotiation phase: it was circulated in a
 * Negotiation phase that has ended while the seat was human. Until then no AI puts it in blue or to the vote.
 */
export function humansHaveSeen(state: SessionState, draft: Draft): boolean {
  const circulation = draft.circulation;
  if (!circulation) return false;
  const negotiationOver = state.round > circulation.round || state.phase !== 'negotiation';
  return negotiationOver && state.config.seats.every((s) => s.kind !== 'human' || circulation.humanSeats.includes(s.id));
}

function contextOf(ctx: DecisionContext, code: string): DecisionContext {
  const seat = ctx.state.config.seats.find((s) => s.state === code && s.kind !== 'facilitator') ?? { id: code.toLowerCase(), kind: 'ai' as const, state: code };
  return decisionContext(ctx.scenario, ctx.state, seat);
}

function judgementOf(ctx: DecisionContext, draft: Draft, measures: readonly Measure[] = draft.measures): DraftJudgement {
  return judgeDraft(ctx.outlook(`draft:${draft.id}`), { ...specOf(ctx, draft), measures, chapter: chapterFor(measures) });
}

/** Whether a change of measures brings a member to yes, or a permanent member off its veto. */
function wins(before: DraftJudgement, after: DraftJudgement): 'yes' | 'no-veto' | null {
  if (before.vote !== 'yes' && after.vote === 'yes') return 'yes';
  if (before.veto && !after.veto) return 'no-veto';
  return null;
}

/** The AI penholder circulates its zero draft at its first move in Negotiation. */
export function circulation(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  if (!profile.councilMember) return [];
  const ours = Object.values(state.drafts).some((d) => d.forum === 'council' && d.sponsors[0] === code && (d.status === 'circulating' || d.status === 'tabled'));
  if (ours || circulatingDrafts(state).length > 0) return [];
  if (penholders(scenario, state, 'council')[0] !== code) return [];
  const measures = desiredMeasures(ctx, 'council');
  if (measures.length === 0) return [];
  const chapter = chapterFor(measures);
  return [
    {
      event: {
        type: 'draft.circulate',
        draftId: freshDraftId(state, code, 'council'),
        title: draftTitle(scenario),
        measures,
        operativeParagraphs: operativeParagraphs(scenario, measures, 'council'),
        preamble: [],
        chapter,
      },
      says: `${profile.name} circulates a zero draft to the members of the Council: ${measureList(measures)} (Chapter ${chapter}). We welcome your comments.`,
      coach: coachNote(
        profile.name,
        `circulated a zero draft with ${measureList(measures)}`,
        `it holds the pen among the delegations keenest to act (humanitarian priority ${num(profile.humanitarianPriority.value)}, from ${PENHOLDER_MIN_HUMANITARIAN}); a text negotiated before it is tabled lets every member ask for changes`,
      ),
    },
  ];
}

interface Answer {
  accept: boolean;
  reason: string;
}

function answerDrop(ctx: DecisionContext, draft: Draft, request: ChangeRequest, measure: Measure): Answer {
  const value = measureValue(ctx.outlook(`draft:${draft.id}`), measure, 'council').net;
  const name = MEASURE_NAMES[measure];
  if (ctx.profile.brief.objectiveStances[measure] === 'favour') return { accept: false, reason: `Our instructions call for ${name}; we keep it in the text.` };
  const asker = contextOf(ctx, request.state);
  const won = wins(judgementOf(asker, draft), judgementOf(asker, draft, draft.measures.filter((m) => m !== measure)));
  const askerName = delegationProfile(ctx.scenario, request.state).name;
  if (!won) return { accept: false, reason: `Dropping ${name} would not change ${askerName}'s vote, and the text loses what ${name} brings.` };
  if (value > PENHOLDER_CONCESSION_MAX) {
    return { accept: false, reason: `${name} is worth too much to us (${num(value)}, more than the ${num(PENHOLDER_CONCESSION_MAX)} we give up to win one vote).` };
  }
  return {
    accept: true,
    reason: won === 'yes' ? `We drop ${name} so that ${askerName} can vote in favour.` : `We drop ${name} so that the text does not meet ${askerName}'s veto.`,
  };
}

function answerAdd(ctx: DecisionContext, draft: Draft, measure: Measure): Answer {
  const name = MEASURE_NAMES[measure];
  const value = measureValue(ctx.outlook(`draft:${draft.id}`), measure, 'council').net;
  if (value < MEASURE_INCLUSION_THRESHOLD) return { accept: false, reason: `We do not support ${name} (worth ${num(value)} to us).` };
  const measures = [...draft.measures, measure];
  const vetoer = ctx.scenario.council.permanent.find((code) => {
    if (code === ctx.code) return false;
    const member = contextOf(ctx, code);
    return !judgementOf(member, draft).veto && judgementOf(member, draft, measures).veto;
  });
  if (vetoer) return { accept: false, reason: `Adding ${name} would meet the veto of ${delegationProfile(ctx.scenario, vetoer).name}; the text would fail.` };
  return { accept: true, reason: `We support ${name} and add it.` };
}

function answerReword(ctx: DecisionContext, draft: Draft, request: ChangeRequest, change: Extract<DraftChange, { kind: 'reword' }>, softens: boolean): Answer {
  const askerName = delegationProfile(ctx.scenario, request.state).name;
  if (softens) {
    const veto = delegationProfile(ctx.scenario, request.state).permanent && judgementOf(contextOf(ctx, request.state), draft).veto;
    return veto
      ? { accept: true, reason: `We soften operative paragraph ${change.paragraph} so that ${askerName} need not veto the text.` }
      : { accept: false, reason: `Softer language would not change ${askerName}'s vote; the paragraph keeps its force.` };
  }
  const threatened = ctx.state.vetoThreats.some((t) => t.draftId === draft.id);
  if (ctx.profile.humanitarianPriority.value >= CHAMPION_HUMANITARIAN && !threatened) {
    return { accept: true, reason: `We agree the paragraph should be firmer.` };
  }
  return { accept: false, reason: threatened ? 'A firmer text would meet a veto already threatened.' : 'We keep the wording that gathers the most votes.' };
}

/** The penholder's answer to one request: the same model it votes with, with its reason. */
export function answerOf(ctx: DecisionContext, draft: Draft, request: ChangeRequest): Answer {
  const change = request.change;
  switch (change.kind) {
    case 'drop-measure':
      return answerDrop(ctx, draft, request, change.measure);
    case 'add-measure':
      return answerAdd(ctx, draft, change.measure);
    case 'reword': {
      const before = draft.operativeParagraphs[change.paragraph - 1] ?? '';
      const after = applyChange(draft, change).operativeParagraphs[change.paragraph - 1] ?? '';
      return answerReword(ctx, draft, request, change, softer(before, after));
    }
    case 'add-reference':
      return { accept: true, reason: 'A reference to agreed language costs the text nothing.' };
  }
}

function softer(before: string, after: string): boolean {
  const from = leadingVerb(before);
  const to = leadingVerb(after);
  return from !== null && to !== null && verbDirection(from.verb, to.verb) === 'softens';
}

/** The penholder answers every pending request on its circulating drafts. */
export function answers(ctx: DecisionContext): PlannedMove[] {
  const { state, code, profile } = ctx;
  const out: PlannedMove[] = [];
  for (const draft of circulatingDrafts(state)) {
    if (draft.sponsors[0] !== code) continue;
    for (const request of pendingRequests(draft)) {
      const fits = changeProblem(draft, request.change) === null;
      const { accept, reason } = fits ? answerOf(ctx, draft, request) : { accept: false, reason: 'The text has changed since; the request no longer fits it.' };
      const asker = delegationProfile(ctx.scenario, request.state).name;
      out.push({
        event: { type: 'draft.answerRequest', draftId: draft.id, requestSeq: request.seq, answer: accept ? 'accept' : 'decline', reason },
        says: `${profile.name} ${accept ? 'accepts' : 'declines'} ${asker}'s request to ${changeInWords(request.change)}: ${reason}`,
        coach: coachNote(profile.name, `${accept ? 'accepted' : 'declined'} ${asker}'s request to ${changeInWords(request.change)}`, reason.replace(/\.$/, '').toLowerCase()),
      });
      // One answer at a time: the next is weighed against the revised text.
      if (accept) return out;
    }
  }
  return out;
}

/** In the Council, the penholder puts its draft in blue once every request is answered and every human seat has had it in Negotiation. */
export function putInBlue(ctx: DecisionContext): PlannedMove[] {
  const { state, code, profile } = ctx;
  const draft = circulatingDrafts(state).find((d) => d.sponsors[0] === code && pendingRequests(d).length === 0 && humansHaveSeen(state, d));
  if (!draft) return [];
  const revision = draft.circulation!.revisions.length - 1;
  return [
    {
      event: { type: 'draft.putInBlue', draftId: draft.id },
      says: `${profile.name} puts "${draft.title}" in blue${revision > 0 ? ` as rev.${revision}` : ''}: the text is final.`,
      coach: coachNote(profile.name, `put its draft in blue`, 'every request had been answered and every delegation had the text in a Negotiation phase'),
    },
  ];
}

/** An AI Council member asks for the one change that would bring it to yes, or a permanent member off its veto. */
export function changeRequests(ctx: DecisionContext): PlannedMove[] {
  const { state, code, profile } = ctx;
  if (!profile.councilMember) return [];
  const out: PlannedMove[] = [];
  for (const draft of circulatingDrafts(state)) {
    if (draft.sponsors[0] === code || draft.circulation!.requests.some((r) => r.state === code)) continue;
    const now = judgementOf(ctx, draft);
    if (now.vote === 'yes' || draft.measures.length < 2) continue;
    const options = draft.measures
      .map((measure) => ({ measure, won: wins(now, judgementOf(ctx, draft, draft.measures.filter((m) => m !== measure))) }))
      .filter((o): o is { measure: Measure; won: 'yes' | 'no-veto' } => o.won !== null);
    const choice = options.find((o) => o.won === 'yes') ?? options[0];
    if (!choice) continue;
    const name = MEASURE_NAMES[choice.measure];
    out.push({
      event: { type: 'draft.requestChange', draftId: draft.id, change: { kind: 'drop-measure', measure: choice.measure }, note: `Without ${name}, ${profile.name} could ${choice.won === 'yes' ? 'vote in favour' : 'let the text pass'}.` },
      says: `${profile.name} asks the penholder to drop ${name} from "${draft.title}".`,
      coach: coachNote(profile.name, `asked the penholder to drop ${name}`, `without it the draft would ${choice.won === 'yes' ? 'win its vote' : 'no longer meet its veto'}: a meaningful alternative put on the record before any vote`),
    });
  }
  return out;
}
