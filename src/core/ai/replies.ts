import { MEASURES, type Measure } from '../shared/vocabulary';
import type { Draft, SessionState } from '../session/state';
import { canOppose, measureValue, type MeasureValue } from './assessment';
import type { DecisionContext, PlannedMove } from './decision-context';
import { judgeTabled } from './drafting';
import { coachNote } from './move-explanations';
import { VOTE_THRESHOLDS } from './decision-weights';
import { delegationProfile } from './profile';
import { supportTies } from './record';
import { capped, listOf, MEASURE_NAMES, measureList } from './wording';

/**
 * Every private message from a person gets an answer (issue 16, item 3): an AI delegation replies
 * in the same phase, from the same assessment that casts its votes: where it stands on each draft
 * before the chamber (by title), what would move it, and which structured offers it would
 * consider. It reads a message only for the drafts, measures and offers it names; when it finds
 * none, it says so plainly instead of pretending to have understood.
 */

/** Words by which a message names a measure (in English, as a delegate would write it). */
const MEASURE_WORDS: Record<Measure, RegExp> = {
  condemnation: /\bcondemn/i,
  'commission-of-inquiry': /\binquiry\b|\binvestigat|\bcommission\b/i,
  'icc-referral': /\bICC\b|criminal court|\breferr?al to the court/i,
  sanctions: /\bsanction/i,
  'arms-embargo': /\bembargo/i,
  'humanitarian-access': /\bhumanitarian\b|\baccess\b|\bcorridor/i,
  'peace-operation': /\bpeace ?keep|\bpeace operation|\bmission\b|\bblue helmets/i,
  'authorisation-of-force': /\bforce\b|\bmilitary action|\bintervention\b|no-fly/i,
};
/** The event schema's limit on a message's text. */
const MESSAGE_MAX = 4000;
const AGREEMENT_WORDS = /\bD2R\b|duty[- ]to[- ]refrain|\bagreement\b|\brefrain\b|\bdeliver|\barms (?:transfers|supplies)/i;
const VOTE_WORDS = /\bvote\b|\bsupport\b|\bveto\b|\bcosponsor|\bback\b|\bdraft\b|\bresolution\b|\btext\b/i;

interface Incoming {
  seq: number;
  from: string;
  text: string;
}

/**
 * Messages to this delegation from a human seat, this round, that it has not answered yet: the
 * latest from each sender after its own last message to that sender. AI seats do not answer one
 * another (two delegations would otherwise answer each other's answers for ever).
 */
export function unansweredMessages(state: SessionState, code: string): Incoming[] {
  const humans = new Set(state.config.seats.filter((s) => s.kind === 'human' && s.state !== null && s.state !== code).map((s) => s.state!));
  if (humans.size === 0) return [];
  const out: Incoming[] = [];
  for (const sender of [...humans].sort()) {
    const channel = state.channels[sender < code ? `${sender}~${code}` : `${code}~${sender}`] ?? [];
    // From the newest back, within this round: the cost is this round's messages, not the session's.
    for (let i = channel.length - 1; i >= 0; i--) {
      const m = channel[i]!;
      if (m.from === code || m.round !== state.round) break;
      if (m.to === code) {
        out.push({ seq: m.seq, from: m.from, text: m.text });
        break;
      }
    }
  }
  return out;
}

/** What the message names that the delegation can read: measures, drafts by title, an agreement, a vote. */
interface Reading {
  measures: Measure[];
  drafts: Draft[];
  agreement: boolean;
  vote: boolean;
}

function readMessage(text: string, live: readonly Draft[]): Reading {
  const lower = text.toLowerCase();
  return {
    measures: MEASURES.filter((m) => MEASURE_WORDS[m].test(text)),
    drafts: live.filter((d) => lower.includes(d.title.toLowerCase())),
    agreement: AGREEMENT_WORDS.test(text),
    vote: VOTE_WORDS.test(text),
  };
}

function understood(r: Reading): boolean {
  return r.measures.length > 0 || r.drafts.length > 0 || r.agreement || r.vote;
}

/** Drafts before the Council or the Assembly now (tabled or being voted on). */
function liveDrafts(state: SessionState): Draft[] {
  return Object.values(state.drafts)
    .filter((d) => d.status === 'tabled' || d.status === 'in-vote')
    .sort((a, b) => a.tabledSeq - b.tabledSeq);
}

function voteWords(vote: string, veto: boolean): string {
  if (vote === 'yes') return 'we would vote for it';
  if (vote === 'no') return veto ? 'we would vote against it, and our vote is a veto' : 'we would vote against it';
  return 'we would abstain';
}

/** Its stance on one draft and what would move it. */
function draftStance(ctx: DecisionContext, draft: Draft): string {
  const { judgement } = judgeTabled(ctx, draft);
  const objected = judgement.measures.filter((m) => m.net < 0);
  const hard = objected.filter((m) => m.redLine === 'hard').map((m) => m.measure);
  const stance = `On "${draft.title}" (${measureList(draft.measures)}), ${voteWords(judgement.vote, judgement.veto)}`;
  if (judgement.vote === 'yes') return `${stance}.`;
  if (hard.length > 0) {
    const plural = hard.length > 1 || hard[0] === 'sanctions';
    return `${stance}: ${measureList(hard)} ${plural ? 'are' : 'is'} a red line for us, and we could look at the text again without ${plural ? 'them' : 'it'}.`;
  }
  if (objected.length > 0) return `${stance}; without ${measureList(objected.map((m) => m.measure))} we could look at it again.`;
  if (judgement.constraint) return `${stance}, as ${judgement.constraint}.`;
  return `${stance}: we object to nothing in it, but it does not yet do enough for us to vote for it.`;
}

/** The measures it would support and those it could not accept, as a speech would name them. */
function measureStance(ctx: DecisionContext, named: readonly Measure[]): string {
  const outlook = ctx.outlook('statement');
  const values: MeasureValue[] = MEASURES.map((m) => measureValue(outlook, m, 'council'));
  const pick = named.length > 0 ? values.filter((v) => named.includes(v.measure)) : values;
  const favoured = pick.filter((v) => v.net >= VOTE_THRESHOLDS.yes && !v.abstainByBrief).map((v) => v.measure);
  const opposes = canOppose(outlook, values);
  const rejected = pick.filter((v) => v.redLine === 'hard' || (opposes && v.net <= -VOTE_THRESHOLDS.no)).map((v) => v.measure);
  const doubtful = named.filter((m) => !favoured.includes(m) && !rejected.includes(m));
  const parts: string[] = [];
  if (favoured.length) parts.push(`we would support ${measureList(favoured)}`);
  if (rejected.length) parts.push(`we could not accept ${measureList(rejected)}`);
  if (doubtful.length) parts.push(`we are not persuaded on ${listOf(doubtful.map((m) => MEASURE_NAMES[m]))} and would abstain on it`);
  return parts.length ? `${named.length ? 'On the measures you raise, ' : 'As things stand, '}${listOf(parts)}.` : 'As things stand, no measure is worth a vote of ours either way.';
}

/** The structured offers it would consider from the sender: a D2R agreement, cosponsoring a draft. */
function offersConsidered(ctx: DecisionContext, sender: string): string[] {
  const { scenario, state, profile } = ctx;
  const out: string[] = [];
  const suppliesNow = supportTies(scenario, profile, state.round).length > 0;
  const senderSupplies = supportTies(scenario, delegationProfile(scenario, sender), state.round).length > 0;
  if (profile.brief.d2r !== -1 && (suppliesNow || senderSupplies)) {
    out.push(
      suppliesNow
        ? 'a Duty-to-Refrain agreement, if it binds you as it binds us or brings consultation and monitoring with it'
        : 'a Duty-to-Refrain agreement in which you refrain from what you supply to the perpetrators',
    );
  }
  if (profile.councilMember || profile.briefed) out.push('cosponsoring a draft that holds only measures we support');
  return out;
}

/**
 * What the delegation answers to a message's text, from the assessment that casts its votes: its
 * stance on the drafts (and measures) the text names, or on every live draft when it names none.
 * Shared by its private replies and its words in group channels.
 */
export function stanceOn(ctx: DecisionContext, text: string): { parts: string[]; reading: Reading; understood: boolean } {
  const live = liveDrafts(ctx.state);
  const reading = readMessage(text, live);
  const parts: string[] = [];
  if (!understood(reading)) {
    parts.push(`We have read your message, but we cannot make out in it a draft, a measure or an agreement to answer, so we will not pretend to.`);
  }
  const drafts = reading.drafts.length > 0 ? reading.drafts : live;
  if (drafts.length > 0) parts.push(...drafts.map((d) => draftStance(ctx, d)));
  else parts.push('No draft is before the Council or the Assembly at the moment.');
  if (reading.measures.length > 0 || drafts.length === 0) parts.push(measureStance(ctx, reading.measures));
  return { parts, reading, understood: understood(reading) };
}

function reply(ctx: DecisionContext, message: Incoming): PlannedMove {
  const { scenario, profile } = ctx;
  const sender = delegationProfile(scenario, message.from).name;
  const { parts, reading } = stanceOn(ctx, message.text);
  const offers = offersConsidered(ctx, message.from);
  if (offers.length === 0) parts.push('We have no offer to make at this stage.');
  else parts.push(...offers.map((offer, i) => `We would ${i === 0 ? '' : 'also '}consider ${offer}.`));
  const text = capped(`${profile.name} to ${sender}, in confidence: ${parts.join(' ')}`, MESSAGE_MAX);
  return {
    event: { type: 'message.private', to: message.from, text },
    says: text,
    coach: coachNote(
      profile.name,
      `answered ${sender}'s private message`,
      understood(reading)
        ? `it read in it ${listOf([...(reading.drafts.length ? [`the draft${reading.drafts.length > 1 ? 's' : ''} ${listOf(reading.drafts.map((d) => `"${d.title}"`))}`] : []), ...(reading.measures.length ? [measureList(reading.measures)] : []), ...(reading.agreement ? ['an agreement'] : []), ...(reading.vote && !reading.drafts.length && !reading.measures.length ? ['a vote'] : [])])} and answered from the same weighing that casts its votes`
        : 'it could read no draft, measure or agreement in it, and said so rather than pretend; it gave its standing position instead',
    ),
  };
}

/** Replies owed now: one to each human delegation whose latest private message it has not answered. */
export function messageReplies(ctx: DecisionContext): PlannedMove[] {
  return unansweredMessages(ctx.state, ctx.code).map((m) => reply(ctx, m));
}
