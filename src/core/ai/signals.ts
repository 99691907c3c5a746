import type { Draft, SessionState } from '../session/state';
import type { Factor } from './assessment';
import type { DecisionContext } from './decision-context';
import { ALLY_PRESSURE } from './decision-weights';
import { affinity, delegationProfile } from './profile';
import { MEASURE_NAMES } from './wording';

/**
 * Pressure from allies: what states close to this delegation (a named ally, or like-minded
 * neighbours) have signalled about a draft or a topic, as far as this delegation can see it:
 * sponsorship, public or addressed veto threats, votes already cast, public statements and
 * private messages of this round. Each signal moves the delegation by affinity × a small weight.
 */

const FOR = /\b(support|vote for|in favour|urge you to (let|allow|sign|suspend)|sign|adopt)\b/i;
const AGAINST = /\b(oppose|against|veto|cannot accept|reject|block)\b/i;

export function leaningOf(text: string): -1 | 0 | 1 {
  const f = FOR.test(text);
  const a = AGAINST.test(text);
  return f === a ? 0 : f ? 1 : -1;
}

function mentionsDraft(text: string, draft: Draft): boolean {
  if (text.includes(draft.id) || /\b(draft|resolution|text)\b/i.test(text)) return true;
  return draft.measures.some((m) => text.toLowerCase().includes(MEASURE_NAMES[m].replace(/^(an?|the) /, '').toLowerCase()));
}

/** Private messages of this round addressed to this delegation. */
export function messagesToMe(state: SessionState, code: string): { from: string; text: string }[] {
  const out: { from: string; text: string }[] = [];
  for (const [key, messages] of Object.entries(state.channels)) {
    if (!key.split('~').includes(code)) continue;
    for (const m of messages) if (m.to === code && m.round === state.round) out.push({ from: m.from, text: m.text });
  }
  return out;
}

/** At most this many signals of one state count (a sponsor that also speaks for its draft is not three allies). */
const SIGNALS_COUNTED_PER_STATE = 2;

export interface DraftPressure {
  pressure: Factor[];
  /** Allies the brief says it will not vote against, now on record against the draft. */
  alliesOpposed: string[];
}

interface Signal {
  from: string;
  value: number;
  why: string;
}

const publicSignalCache = new WeakMap<SessionState, Map<string, Signal[]>>();

/** Signals on a draft everyone can see (sponsors, public threats, votes cast, statements of this round), computed once per state. */
function publicSignals(state: SessionState, draft: Draft): Signal[] {
  let byDraft = publicSignalCache.get(state);
  if (!byDraft) {
    byDraft = new Map();
    publicSignalCache.set(state, byDraft);
  }
  let signals = byDraft.get(draft.id);
  if (signals) return signals;
  signals = [];
  for (const s of draft.sponsors) signals.push({ from: s, value: 1, why: 'sponsors it' });
  for (const t of state.vetoThreats) if (t.draftId === draft.id && t.visibility === 'public') signals.push({ from: t.state, value: -1, why: 'threatened to veto it' });
  const ballot = state.ballots.find((b) => b.draftId === draft.id && b.purpose === 'adoption' && b.closedSeq === null);
  if (ballot) {
    for (const [member, vote] of Object.entries(ballot.votes)) {
      if (vote === 'yes') signals.push({ from: member, value: 1, why: 'voted for it' });
      if (vote === 'no') signals.push({ from: member, value: -1, why: 'voted against it' });
    }
  }
  for (const s of state.statements) {
    if (s.round !== state.round || !mentionsDraft(s.text, draft)) continue;
    const lean = leaningOf(s.text);
    if (lean !== 0) signals.push({ from: s.state, value: lean, why: lean > 0 ? 'spoke for it' : 'spoke against it' });
  }
  byDraft.set(draft.id, signals);
  return signals;
}

export function draftPressure(ctx: DecisionContext, draft: Draft): DraftPressure {
  const { scenario, state, profile, code } = ctx;
  const leanings = new Map<string, { value: number; why: string[] }>();
  const note = (from: string, value: number, why: string) => {
    if (from === code) return;
    const entry = leanings.get(from) ?? { value: 0, why: [] };
    entry.value += value;
    entry.why.push(why);
    leanings.set(from, entry);
  };
  for (const s of publicSignals(state, draft)) note(s.from, s.value, s.why);
  for (const t of state.vetoThreats) {
    if (t.draftId !== draft.id || t.visibility === 'public') continue;
    if (t.to === code || (t.to === undefined && draft.sponsors.includes(code))) note(t.state, -1, 'threatened to veto it');
  }
  for (const m of messagesToMe(state, code)) {
    if (!mentionsDraft(m.text, draft)) continue;
    const lean = leaningOf(m.text);
    if (lean !== 0) note(m.from, lean, lean > 0 ? 'urged support privately' : 'urged opposition privately');
  }
  const pressure: Factor[] = [];
  const alliesOpposed: string[] = [];
  let total = 0;
  for (const [from, { value, why }] of [...leanings.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const other = delegationProfile(scenario, from);
    const a = affinity(scenario, profile, other);
    if (value < 0 && profile.brief.wontVoteAgainst.includes(from)) alliesOpposed.push(other.name);
    if (a === 0 || value === 0) continue;
    const signed = Math.sign(value) * Math.min(Math.abs(value), SIGNALS_COUNTED_PER_STATE) * a * ALLY_PRESSURE.perSignal;
    const room = ALLY_PRESSURE.cap - Math.abs(total);
    if (room <= 0) break;
    const applied = Math.sign(signed) * Math.min(Math.abs(signed), room);
    total += applied;
    pressure.push({ label: `pressure from ${other.name} (affinity ${a}: ${why.join(', ')})`, value: applied });
  }
  return { pressure, alliesOpposed };
}

/** Pressure from allies' private messages of this round on a topic (D2R, deliveries), signed like a leaning. */
export function topicPressure(ctx: DecisionContext, topic: RegExp): Factor[] {
  const { scenario, state, profile, code } = ctx;
  const out: Factor[] = [];
  for (const m of messagesToMe(state, code)) {
    if (!topic.test(m.text)) continue;
    const lean = leaningOf(m.text);
    const other = delegationProfile(scenario, m.from);
    const a = affinity(scenario, profile, other);
    if (lean === 0 || a === 0) continue;
    out.push({ label: `pressure from ${other.name} (affinity ${a}, private message)`, value: lean * a * ALLY_PRESSURE.perSignal });
  }
  const total = out.reduce((s, f) => s + f.value, 0);
  if (Math.abs(total) <= ALLY_PRESSURE.cap) return out;
  return [{ label: 'pressure from allies (private messages)', value: Math.sign(total) * ALLY_PRESSURE.cap }];
}

