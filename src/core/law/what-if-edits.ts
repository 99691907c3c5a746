import type { ConductKind, DefenceArgument } from '../shared/vocabulary';
import { DEFENCES } from './defences';
import type { FactsInput, StateRecordInput } from './record-input';
import { EFFORT_KINDS } from './duties/not-obstruct';
import { PARAMETERS } from './parameters';
import type { DutyId } from './types';

/**
 * The alternatives a state had on the record (docs/law.md §13, "What would have changed this
 * finding"): edits of ONE state's own decisions — its votes, veto threats, conduct and its scale,
 * the round it suspended support, its memorial. Other states' conduct, the scenario and the fate of
 * each draft stay as recorded. An edit is applied to the law's input (./record.ts), never to the
 * session.
 */
export type RecordEdit =
  /** A vote of the state (index into its recorded votes) cast otherwise: a veto or a no as an abstention, a veto as a yes. */
  | { kind: 'vote'; index: number; vote: 'yes' | 'abstain' }
  /** A veto threat of the state (index into its recorded threats) not made. */
  | { kind: 'no-veto-threat'; index: number }
  /** An act of the state (index into its recorded conduct) not taken. */
  | { kind: 'no-act'; index: number }
  /** A course of conduct not taken: every act of one kind towards one target, over several rounds. */
  | { kind: 'no-course'; indices: number[] }
  /** Every vote against (veto or no) cast as an abstention instead: a policy of abstaining. */
  | { kind: 'abstain-throughout'; indices: number[] }
  /** A substantial act taken on a limited scale instead. */
  | { kind: 'limited-scale'; index: number }
  /** A suspension of support taken in an earlier round. */
  | { kind: 'earlier-suspension'; index: number; round: number }
  /** Support the scenario records the state giving (arms supply, substantial support, agency) suspended in a round. */
  | { kind: 'suspend-support'; target: string; round: number }
  /** A defence argument added to the state's memorial, addressed to one duty. */
  | { kind: 'plead'; argument: DefenceArgument; duty: DutyId };

/** The edited input: the state's record copied and changed, everything else shared with `input`. */
export function applyEdits(input: FactsInput, code: string, edits: readonly RecordEdit[]): FactsInput {
  const record = input.states?.[code] ?? {};
  const votes = new Map<number, 'yes' | 'abstain'>();
  const noThreat = new Set<number>();
  const noAct = new Set<number>();
  const limited = new Set<number>();
  const earlier = new Map<number, number>();
  const pleas: NonNullable<StateRecordInput['memorial']> = [];
  for (const e of edits) {
    if (e.kind === 'vote') votes.set(e.index, e.vote);
    else if (e.kind === 'no-veto-threat') noThreat.add(e.index);
    else if (e.kind === 'no-act') noAct.add(e.index);
    else if (e.kind === 'no-course') for (const i of e.indices) noAct.add(i);
    else if (e.kind === 'abstain-throughout') for (const i of e.indices) votes.set(i, 'abstain');
    else if (e.kind === 'limited-scale') limited.add(e.index);
    else if (e.kind === 'earlier-suspension') earlier.set(e.index, e.round);
    else if (e.kind === 'plead') pleas.push({ argument: e.argument, duty: e.duty, text: '' });
  }
  const edited: StateRecordInput = { ...record };
  if (record.votes && votes.size > 0) edited.votes = record.votes.map((v, i) => (votes.has(i) ? { ...v, vote: votes.get(i)!, veto: false } : v));
  if (record.vetoThreats && noThreat.size > 0) edited.vetoThreats = record.vetoThreats.filter((_, i) => !noThreat.has(i));
  if (record.conduct && (noAct.size > 0 || limited.size > 0 || earlier.size > 0)) {
    edited.conduct = record.conduct
      .map((a, i) => (limited.has(i) ? { ...a, scale: 'limited' as const } : earlier.has(i) ? { ...a, round: earlier.get(i)! } : a))
      .filter((_, i) => !noAct.has(i));
  }
  if (pleas.length > 0) edited.memorial = [...(record.memorial ?? []), ...pleas];
  const suspensions = edits.filter((e) => e.kind === 'suspend-support');
  if (suspensions.length > 0) {
    // After every entry of the record: the state's last act of its round.
    const seq = maxSeq(input) + 1;
    edited.conduct = [...(edited.conduct ?? []), ...suspensions.map((e, i) => ({ seq: seq + i, round: e.round, kind: 'suspending-support' as const, target: e.target, scale: 'substantial' as const }))];
  }
  return { ...input, states: { ...input.states, [code]: edited } };
}

/**
 * The record as one state's findings read it: the state's own record in full, and of every other
 * state only what the facts of this one read — its name where the record alone gives it, the withdrawal of its contingent,
 * which ends its "troops present" tie (read by the territorial state's duty), and its protective
 * efforts, which this state's support may undermine (the duty not to obstruct) — with the number of
 * rounds fixed as the whole record gives it. Adjudicating this state on it gives what the whole
 * record gives (test/law/what-if.test.ts checks it on random records), at the cost of one state.
 */
export function recordForOneState(input: FactsInput, code: string, rounds: number): FactsInput {
  const states: Record<string, StateRecordInput> = {};
  for (const [other, record] of Object.entries(input.states ?? {})) {
    if (other === code) {
      states[other] = record;
      continue;
    }
    // What the law reads of another state when it judges this one: its contingent withdrawals (the
    // duty to protect) and the protective efforts this state's support could undermine (not-obstruct).
    const readByOthers = (record.conduct ?? []).filter((a) => a.kind === 'contingent-withdrawal' || EFFORT_KINDS.has(a.kind));
    if (readByOthers.length > 0 || (record.name && !input.names?.[other])) states[other] = { ...(record.name ? { name: record.name } : {}), ...(readByOthers.length > 0 ? { conduct: readByOthers } : {}) };
  }
  return { ...input, rounds, states };
}

/** The last seq on the record (drafts, agreements, every state's entries). */
function maxSeq(input: FactsInput): number {
  let max = 0;
  const see = (n: number | null | undefined) => {
    if (n != null && n > max) max = n;
  };
  for (const d of input.drafts ?? []) see(d.seq);
  for (const a of input.agreements ?? []) see(a.seq);
  for (const e of input.evidence ?? []) see(e.seq);
  for (const r of Object.values(input.states ?? {})) {
    for (const x of r.conduct ?? []) see(x.seq);
    for (const x of r.votes ?? []) see(x.seq);
    for (const x of r.vetoThreats ?? []) see(x.seq);
    for (const x of r.explanations ?? []) see(x.seq);
    for (const x of r.memorial ?? []) see(x.seq);
    for (const x of r.overrides ?? []) see(x.seq);
  }
  return max;
}

/** Relationships through which the scenario records the state supporting a perpetrator (facts.ts reads the same kinds). */
const SUPPORT_KINDS: ReadonlySet<string> = new Set(['arms-supplier', 'substantial-support', 'agency']);

/** Every single edit of the state's own decisions worth trying, in a stable order (votes, threats, conduct, memorial). */
export function candidateEdits(input: FactsInput, code: string, openDuties: readonly DutyId[]): RecordEdit[] {
  const record = input.states?.[code] ?? {};
  const out: RecordEdit[] = [];
  (record.votes ?? []).forEach((v, index) => {
    if (v.defaulted || v.vote !== 'no') return;
    out.push({ kind: 'vote', index, vote: 'abstain' });
    if (v.veto) out.push({ kind: 'vote', index, vote: 'yes' });
  });
  (record.vetoThreats ?? []).forEach((_, index) => out.push({ kind: 'no-veto-threat', index }));
  (record.conduct ?? []).forEach((a, index) => {
    out.push({ kind: 'no-act', index });
    if (a.scale === 'substantial') out.push({ kind: 'limited-scale', index });
    if (a.kind === 'suspending-support' && a.round > 1) out.push({ kind: 'earlier-suspension', index, round: a.round - 1 });
  });
  // A course of conduct (the same act towards the same target in several rounds) is one decision too.
  const courses = new Map<string, number[]>();
  (record.conduct ?? []).forEach((a, index) => {
    const key = `${a.kind}|${a.target ?? ''}`;
    courses.set(key, [...(courses.get(key) ?? []), index]);
  });
  for (const indices of courses.values()) if (indices.length > 1) out.push({ kind: 'no-course', indices });
  // Support the scenario records, suspended in a round it was in force (and not already suspended by then).
  // Two ties to one perpetrator (an arms supplier that also supports it substantially) are one
  // suspension: the act suspends support to the perpetrator, whatever the ties, so each round's is tried once.
  const rounds = input.rounds ?? 1;
  const suspensionsTried = new Set<string>();
  for (const r of input.relationships ?? []) {
    if (r.from !== code || !SUPPORT_KINDS.has(r.kind)) continue;
    const suspendedBy = Math.min(
      ...(record.conduct ?? []).filter((a) => (PARAMETERS.conduct.endsSupport.value as readonly ConductKind[]).includes(a.kind) && (a.target === r.to || !a.target)).map((a) => a.round),
    );
    // Latest first: suspending later is the smaller change, preferred where it is enough.
    for (let round = Math.min(r.untilRound ?? rounds, rounds, suspendedBy - 1); round >= (r.fromRound ?? 1); round--) {
      if (suspensionsTried.has(`${r.to} ${round}`)) continue;
      suspensionsTried.add(`${r.to} ${round}`);
      out.push({ kind: 'suspend-support', target: r.to, round });
    }
  }
  const against = (record.votes ?? []).flatMap((v, index) => (!v.defaulted && v.vote === 'no' ? [index] : []));
  if (against.length > 1) out.push({ kind: 'abstain-throughout', indices: against });
  const pleaded = new Set((record.memorial ?? []).map((m) => `${m.argument}|${m.duty ?? ''}`));
  for (const duty of openDuties) {
    for (const argument of Object.keys(DEFENCES) as DefenceArgument[]) {
      if (!DEFENCES[argument].duties.includes(duty) || pleaded.has(`${argument}|${duty}`) || pleaded.has(`${argument}|`)) continue;
      out.push({ kind: 'plead', argument, duty });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// An edit in words: "abstained instead of vetoing “Sanctions on Kestria” in round 2"

/** Who the sentence addresses: the seat's own delegation ("you") or a state by name. */
export interface Addressee {
  subject: string;
  possessive: string;
}

export const YOU: Addressee = { subject: 'you', possessive: 'your' };

const ACT_PAST: Record<ConductKind, string> = {
  'arms-transfer': 'transferred arms',
  'intelligence-sharing': 'shared intelligence',
  financing: 'provided financing',
  logistics: 'provided logistics',
  training: 'trained forces',
  'troop-deployment': 'deployed troops',
  'administering-territory': 'administered territory',
  perpetrating: 'taken part directly in the atrocities',
  sanctions: 'imposed sanctions',
  'diplomatic-pressure': 'applied diplomatic pressure',
  'criminal-measures': 'taken criminal measures',
  'suspending-support': 'suspended support',
  'arms-embargo': 'imposed an arms embargo',
  'disarming-group': 'disarmed or demobilised the group',
  'humanitarian-aid': 'sent humanitarian aid',
  'prevention-assistance': 'given prevention assistance',
  'accepting-refugees': 'accepted refugees',
  'attend-meeting': 'attended the meetings',
  'boycott-meeting': 'boycotted the meetings',
  'contingent-reinforcement': 'reinforced the contingent',
  'contingent-withdrawal': 'withdrawn the contingent',
};

const ACT_NOUN: Record<ConductKind, string> = {
  'arms-transfer': 'arms transfer',
  'intelligence-sharing': 'intelligence sharing',
  financing: 'financing',
  logistics: 'logistics',
  training: 'training',
  'troop-deployment': 'troop deployment',
  'administering-territory': 'administration of territory',
  perpetrating: 'part in the atrocities',
  sanctions: 'sanctions',
  'diplomatic-pressure': 'diplomatic pressure',
  'criminal-measures': 'criminal measures',
  'suspending-support': 'suspension of support',
  'arms-embargo': 'arms embargo',
  'disarming-group': 'disarmament or demobilisation',
  'humanitarian-aid': 'humanitarian aid',
  'prevention-assistance': 'prevention assistance',
  'accepting-refugees': 'reception of refugees',
  'attend-meeting': 'attendance',
  'boycott-meeting': 'boycott',
  'contingent-reinforcement': 'reinforcement of the contingent',
  'contingent-withdrawal': 'withdrawal of the contingent',
};

/** What each plea claims, as the object of "pleaded …", of the state ("it"); see pleaWords. */
const PLEA_WORDS: Record<DefenceArgument, string> = {
  'lack-of-knowledge': 'that it did not know of the atrocities when it acted',
  'meaningful-alternative': 'that it pursued a meaningful alternative',
  'countervailing-interest': 'a weighty countervailing interest',
  'no-governmental-authority': 'that it exercised no governmental authority over the area',
  'support-not-substantial': 'that its support was not substantial',
  incapacity: 'its incapacity to influence the perpetrators',
  'council-authorisation': 'authorisation by the Security Council',
  'measures-taken': 'that it took the measures reasonably available to it',
  'no-attribution': 'that the acts are not attributable to it',
  acquiescence: 'that it let other protective measures pass',
  'agreement-not-in-force': 'that the agreement was not in force when it acted',
};

const DUTY_SHORT: Record<DutyId, string> = {
  territorial: "the territorial state's primary responsibility",
  respect: 'the duty to respect',
  protect: 'the duty to protect',
  'not-obstruct': 'the duty not to obstruct',
  assist: 'the duty to assist',
  cooperate: 'the duty to cooperate',
  'd2r-agreement': 'the Duty-to-Refrain agreement',
};

/** The plea as the addressee would make it: "that you did not know" to a delegation. */
function pleaWords(argument: DefenceArgument, to: Addressee): string {
  const words = PLEA_WORDS[argument];
  return to.subject === YOU.subject ? words.replace(/\bits\b/g, YOU.possessive).replace(/\bit\b/g, YOU.subject) : words;
}

function draftWords(input: FactsInput, id: string): string {
  const draft = input.drafts?.find((d) => d.id === id);
  const forum = draft?.forum === 'assembly' ? 'in the General Assembly' : 'in the Council';
  return draft?.title ? `the draft “${draft.title}” ${forum}` : `a draft ${forum}`;
}

function draftRound(input: FactsInput, id: string, round: number | undefined): number | null {
  return round ?? input.drafts?.find((d) => d.id === id)?.round ?? null;
}

/** "round 2", "rounds 2 and 3", "rounds 1, 2 and 4". */
function roundsWords(rounds: readonly number[]): string {
  if (rounds.length === 1) return `round ${rounds[0]}`;
  return `rounds ${rounds.slice(0, -1).join(', ')} and ${rounds[rounds.length - 1]}`;
}

/** How many of the state's decisions an edit changes: the smaller change is preferred. */
export function editSize(edit: RecordEdit): number {
  return edit.kind === 'no-course' || edit.kind === 'abstain-throughout' ? edit.indices.length : 1;
}

function inRound(round: number | null): string {
  return round === null ? '' : ` in round ${round}`;
}

/** The preposition that joins an act to its target: arms "to", intelligence "with", sanctions "on". */
const TARGET_PREPOSITION: Partial<Record<ConductKind, string>> = {
  'intelligence-sharing': 'with',
  training: 'for',
  sanctions: 'on',
  'diplomatic-pressure': 'on',
  'criminal-measures': 'against',
  'arms-embargo': 'on',
  'disarming-group': 'of',
  'troop-deployment': 'in support of',
  'administering-territory': 'for',
  perpetrating: 'with',
};

function targetWords(input: FactsInput, kind: ConductKind, target: string | null | undefined): string {
  if (!target) return '';
  const preposition = TARGET_PREPOSITION[kind] ?? 'to';
  const perpetrator = input.perpetrators.find((p) => p.id === target);
  if (perpetrator) return ` ${preposition} ${perpetrator.name ?? 'the perpetrators'}`;
  const name = input.names?.[target];
  return name ? ` ${preposition} ${name}` : '';
}

/** The edit as the clause after "Had you …" (past participle): never an id, a seq or a path. */
export function editWords(input: FactsInput, code: string, edit: RecordEdit, to: Addressee): string {
  const record = input.states?.[code] ?? {};
  switch (edit.kind) {
    case 'vote': {
      const v = record.votes![edit.index]!;
      const done = v.veto ? 'vetoing' : 'voting against';
      const instead = edit.vote === 'abstain' ? 'abstained' : 'voted in favour';
      return `${instead} instead of ${done} ${draftWords(input, v.draft)}${inRound(draftRound(input, v.draft, v.round))}`;
    }
    case 'no-veto-threat': {
      const t = record.vetoThreats![edit.index]!;
      return `not threatened${t.visibility === 'private' ? ' privately' : ''} to veto ${draftWords(input, t.draft)}${inRound(t.round)}`;
    }
    case 'no-act': {
      const a = record.conduct![edit.index]!;
      return `not ${ACT_PAST[a.kind]}${targetWords(input, a.kind, a.target)}${inRound(a.round)}`;
    }
    case 'no-course': {
      const acts = edit.indices.map((i) => record.conduct![i]!);
      const rounds = [...new Set(acts.map((a) => a.round))].sort((a, b) => a - b);
      return `not ${ACT_PAST[acts[0]!.kind]}${targetWords(input, acts[0]!.kind, acts[0]!.target)} at all (${acts.length} times, in ${roundsWords(rounds)})`;
    }
    case 'abstain-throughout':
      return `abstained on every draft ${to === YOU || to.subject === YOU.subject ? 'you' : 'it'} voted against (${edit.indices.length} votes) instead`;
    case 'suspend-support':
      return `suspended ${to.possessive} support${targetWords(input, 'suspending-support', edit.target)} in round ${edit.round}`;
    case 'limited-scale': {
      const a = record.conduct![edit.index]!;
      return `kept ${to.possessive} ${ACT_NOUN[a.kind]}${targetWords(input, a.kind, a.target)}${inRound(a.round)} limited instead of substantial`;
    }
    case 'earlier-suspension': {
      const a = record.conduct![edit.index]!;
      return `suspended support${targetWords(input, a.kind, a.target)} in round ${edit.round} instead of round ${a.round}`;
    }
    case 'plead':
      return `pleaded in ${to.possessive} memorial ${pleaWords(edit.argument, to)}, against ${DUTY_SHORT[edit.duty]}`;
  }
}
