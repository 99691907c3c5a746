import { derivedOnce, phraseOnce } from '../memo';
import { CITE } from '../authorities';
import type { ActFact, ChangeRequestFact, CouncilStatementFact, DeclinedMeetingFact, DraftFact, Knowledge, RecordFacts, SponsorshipFact, StateFacts, VoteFact } from '../facts';
import { atLeast } from '../levels';
import type { Measure } from '../../shared/vocabulary';
import { PARAMETERS } from '../parameters';
import { evaluate, node, withFullerCitations } from '../rule-evaluation';
import type { Rule } from '../rule-evaluation';
import type { EvidenceRef, TraceNode, Truth } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { combine, knowledgeFactor, knowledgeWords, listed, perpetratorNames, resultFactor, stateWithArticle } from './common';
import { ownEntry } from '../../session/lookup';

// Citation lists of trace nodes, built once (trace nodes are immutable and share them).
const CITES_HAKIMI_NASCENT = [CITE.hakimiNascent];

/**
 * Duty not to obstruct protective measures. Status: nascent.
 *
 *   Hakimi at 273-76: "A duty not to obstruct is, at best, nascent in current practice and so lacks
 *   precise content. ... a state that obstructs one measure might be responsible only if it does not
 *   pursue a meaningful alternative, or only if it cannot justify its obstruction by a sufficiently
 *   weighty countervailing interest." On Syria: vetoes "might be evidence of obstruction but [are]
 *   not dispositive"; China and Russia "allowed others to pass"; looking outside the Council reveals
 *   "a broader pattern"; "Russia continued to ship military equipment to the regime after its
 *   atrocities were apparent. This broader pattern of behavior suggests that China might have acted
 *   obstructively and that Russia very likely did."
 *   ICISS ¶6.21; A/63/677 ¶61 ("refrain from employing or threatening to employ the veto in
 *   situations of manifest failure"); GA res. 76/262 ¶1 (a veto is answered for in the Assembly).
 *
 * Encoded: obstructive acts while atrocities were at least reported; a pattern across fora holds;
 * obstruction in one forum only, or mitigated by letting other measures pass, is evidence, not
 * proof (unknown: China "might have"); continued support after the atrocities were apparent
 * aggravates and defeats both an alternative and acquiescence (Russia "very likely").
 */

const W = PARAMETERS.notObstruct.weight;

// ---------------------------------------------------------------------------------------------
// Classification: what on the record counts as obstruction, and what as an alternative to it.
// The facts (../facts.ts) call these once per state; the rule below reads their result.

export type ObstructionKind = keyof typeof PARAMETERS.notObstruct.weight;
export type Forum = 'council' | 'assembly' | 'meetings' | 'material';

export interface ObstructionFact {
  kind: ObstructionKind;
  forum: Forum;
  round: number;
  seq: number;
  draft: string | null;
  perpetrators: string[];
  knowledge: Knowledge;
  ref: EvidenceRef;
}

export type AlternativeKind = 'own-draft' | 'cosponsored-draft' | 'sought-changes' | 'let-pass' | 'acquiesced-statement' | 'national-measures';

export interface AlternativeFact {
  kind: AlternativeKind;
  forum: Forum;
  round: number;
  seq: number;
  draft: string | null;
  /** For acquiescence in a Council statement: which kind of statement. */
  statement?: CouncilStatementFact['kind'];
  meaningful: boolean;
  ref: EvidenceRef;
}

/**
 * A draft is a meaningful alternative when it carries a measure beyond condemnation: "pursue a
 * meaningful alternative" (Hakimi at 273-76) means doing something for the population
 * (parameters: notObstruct.meaningfulMeasures).
 */
export function meaningfulDraft(measures: readonly Measure[]): boolean {
  const meaningful = PARAMETERS.notObstruct.meaningfulMeasures.value;
  return measures.some((m) => meaningful.includes(m));
}

const bySeqThenKind = (a: { seq: number; kind: string }, b: { seq: number; kind: string }) => a.seq - b.seq || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

/**
 * The obstructive acts of a state, each with what it knew when it acted. Negative votes, vetoes and
 * veto threats impede protective drafts in the Council or the Assembly; a boycott declines the
 * meetings that pressure the perpetrator (Hakimi n.163). Material support is obstruction only once
 * the atrocities were apparent to the state that gave it: "Russia continued to ship military
 * equipment to the regime after its atrocities were apparent" (Hakimi at 275, nn.165-166;
 * parameters: knowledge.apparent). The same shipment before then is aid, judged under the duty to
 * respect, and not obstruction.
 */
export function obstructionOnRecord(record: {
  votes: readonly VoteFact[];
  vetoThreats: readonly StateFacts['vetoThreats'][number][];
  attendance: readonly ActFact[];
  declinedMeetings?: readonly DeclinedMeetingFact[];
  councilStatements?: readonly CouncilStatementFact[];
  support: readonly ActFact[];
}): ObstructionFact[] {
  const out: ObstructionFact[] = [];
  for (const v of record.votes) {
    if (v.vote !== 'no') continue;
    const kind: ObstructionKind =
      v.purpose === 'referral' ? 'vote-against-referral' : v.veto ? 'veto' : v.forum === 'assembly' ? 'vote-against-assembly' : 'vote-against-council';
    out.push({ kind, forum: v.forum, round: v.round, seq: v.seq, draft: v.draft, perpetrators: [], knowledge: v.knowledge, ref: v.ref });
  }
  for (const t of record.vetoThreats) {
    const kind: ObstructionKind = t.visibility === 'public' ? 'veto-threat-public' : 'veto-threat-private';
    out.push({ kind, forum: 'council', round: t.round, seq: t.seq, draft: t.draft, perpetrators: [], knowledge: t.knowledge, ref: t.ref });
  }
  for (const a of record.attendance) {
    if (a.kind !== 'boycott-meeting') continue;
    out.push({ kind: 'boycott', forum: 'meetings', round: a.round, seq: a.seq, draft: null, perpetrators: [], knowledge: a.knowledge, ref: a.ref });
  }
  // Seed Part IV.B.3 (Hakimi at 275): China and Russia "also declined to participate in
  // multilateral meetings that sought to pressure Assad either to step down or to find a political
  // solution to the crisis" (n.163: the "Friends of Syria" meetings in Istanbul, Paris and
  // Marrakesh). A contact group declined, or a meeting the scenario states (an Arria-formula
  // meeting, a conference, a summit) declined, is such a meeting declined: counted as a boycott, in
  // the same forum and with the same weight (parameters: notObstruct.weight.boycott).
  for (const d of record.declinedMeetings ?? []) {
    out.push({ kind: 'boycott', forum: 'meetings', round: d.round, seq: d.seq, draft: null, perpetrators: [], knowledge: d.knowledge, ref: d.ref });
  }
  // Hakimi n.159: "objections from Russia and Lebanon prevented the Council from issuing a press
  // statement on Syria". A statement is adopted by consensus, so each objection blocks it on its
  // own: every objector of a statement not issued impeded the Council's action (docs/law.md,
  // "Council statements").
  for (const c of record.councilStatements ?? []) {
    if (c.part !== 'objected' || c.adopted) continue;
    out.push({ kind: 'statement-objection', forum: 'council', round: c.round, seq: c.seq, draft: null, perpetrators: [], knowledge: c.knowledge, ref: c.ref });
  }
  for (const a of record.support) {
    if (!atLeast(a.knowledge.level, PARAMETERS.knowledge.apparent.value)) continue;
    out.push({ kind: 'support-after-apparent', forum: 'material', round: a.round, seq: a.seq, draft: null, perpetrators: a.perpetrators, knowledge: a.knowledge, ref: a.ref });
  }
  return out.sort(bySeqThenKind);
}

/**
 * The alternatives a state offered to the measures it obstructed: its own drafts and those it
 * co-sponsored (not withdrawn), the adopted drafts it let pass by voting yes or abstaining (China
 * and Russia "allowed others to pass", Hakimi at 274), and national measures against the
 * perpetrators. Ending its own support discharges the state's own duty; it is no alternative
 * measure of protection, and does not count.
 */
export function alternativesOnRecord(
  record: {
    sponsorships: readonly SponsorshipFact[];
    votes: readonly VoteFact[];
    protective: readonly ActFact[];
    changeRequests?: readonly ChangeRequestFact[];
    councilStatements?: readonly CouncilStatementFact[];
  },
  drafts: Readonly<Record<string, DraftFact>>,
): AlternativeFact[] {
  const out: AlternativeFact[] = [];
  for (const s of record.sponsorships) {
    const d = ownEntry(drafts, s.draft)!;
    if (d.outcome === 'withdrawn') continue;
    out.push({ kind: s.role === 'tabled' ? 'own-draft' : 'cosponsored-draft', forum: d.forum, round: d.round, seq: s.seq, draft: d.id, meaningful: d.meaningful, ref: s.ref });
  }
  // Seed Part IV.B.3 (Hakimi at 273): "Because states can reasonably disagree about which such
  // measures are appropriate, a state that obstructs one measure might be responsible only if it
  // does not pursue a meaningful alternative." A member that asked the penholder of a circulated
  // draft for a change put its own text on the record before any vote: an alternative, meaningful
  // when the draft with that change would still carry a measure beyond condemnation. A member that
  // only vetoed has none.
  for (const r of record.changeRequests ?? []) {
    const d = ownEntry(drafts, r.draft);
    out.push({ kind: 'sought-changes', forum: d?.forum ?? 'council', round: r.round, seq: r.seq, draft: r.draft, meaningful: meaningfulDraft(r.measures), ref: r.ref });
  }
  for (const v of record.votes) {
    if (v.purpose !== 'adoption' || !v.adopted || (v.vote !== 'yes' && v.vote !== 'abstain')) continue;
    const d = ownEntry(drafts, v.draft);
    out.push({ kind: 'let-pass', forum: v.forum, round: v.round, seq: v.seq, draft: v.draft, meaningful: d?.meaningful ?? false, ref: v.ref });
  }
  // Hakimi at 274 & nn.158-160: China and Russia "also acquiesced in the Council's various
  // presidential and press statements on Syria", beside the resolutions they let pass. A member
  // that proposed, joined or stayed silent on a statement the Council then issued did not block
  // all Council action: acquiescence, read as letting a draft pass is. Words only: never a
  // meaningful alternative.
  for (const c of record.councilStatements ?? []) {
    if (!c.adopted || c.part === 'objected') continue;
    out.push({ kind: 'acquiesced-statement', forum: 'council', round: c.round, seq: c.seq, draft: null, statement: c.kind, meaningful: false, ref: c.ref });
  }
  for (const a of record.protective) {
    if (a.kind === 'suspending-support') continue;
    out.push({ kind: 'national-measures', forum: 'material', round: a.round, seq: a.seq, draft: null, meaningful: true, ref: a.ref });
  }
  return out.sort(bySeqThenKind);
}

// ---------------------------------------------------------------------------------------------
// The rule

/**
 * A protective effort of others: a draft tabled in the Council or the Assembly, a national measure
 * against the perpetrators (sanctions, an embargo, diplomatic pressure, criminal measures), or a
 * multilateral meeting attended. The duty is not to obstruct "the protective measures that third
 * parties pursue" (Hakimi at 273); support to the perpetrator obstructs only where there is such an
 * effort for it to undermine ("Russia's early support for Assad undermined efforts to isolate him").
 */
export interface ProtectiveEffort {
  actor: string;
  round: number;
  ref: EvidenceRef;
  words: string;
}

/** Conduct by which a state pursues a protective effort that another's support could undermine. */
export const EFFORT_KINDS: ReadonlySet<string> = new Set(['sanctions', 'arms-embargo', 'diplomatic-pressure', 'criminal-measures', 'disarming-group', 'attend-meeting']);

/** Every protective effort on the record, in order of round and seq; once per record (memo.ts). */
export function protectiveEfforts(facts: RecordFacts): readonly ProtectiveEffort[] {
  return effortsOnce(facts, null);
}
const effortsOnce = derivedOnce((facts: RecordFacts): ProtectiveEffort[] => {
  const out: (ProtectiveEffort & { seq: number })[] = [];
  const nameOf = (code: string) => stateWithArticle(ownEntry(facts.byCode, code)?.name ?? code);
  for (const d of Object.values(facts.drafts)) {
    const by = d.sponsors[0];
    if (by === undefined) continue;
    out.push({ actor: by, round: d.round, seq: d.seq, ref: d.ref, words: `${draftWords(facts, d.id)} in round ${d.round}` });
  }
  for (const st of facts.states) {
    for (const a of [...st.protective, ...st.attendance]) {
      if (!EFFORT_KINDS.has(a.kind)) continue;
      const what = a.kind === 'attend-meeting' ? 'a meeting to press the perpetrators, attended by' : `${a.kind.replace(/-/g, ' ')} against the perpetrators by`;
      out.push({ actor: st.state, round: a.round, seq: a.seq, ref: a.ref, words: `${what} ${nameOf(st.state)} in round ${a.round}` });
    }
  }
  return out.sort((a, b) => a.round - b.round || a.seq - b.seq);
});

/** The efforts of states other than `state` pursued by `round`: what its support could undermine. */
function effortsOfOthers(facts: RecordFacts, state: string, round: number): ProtectiveEffort[] {
  const out: ProtectiveEffort[] = [];
  for (const e of protectiveEfforts(facts)) {
    if (e.round > round) break;
    if (e.actor !== state) out.push(e);
  }
  return out;
}

/**
 * Obstructive acts counted: those done while the state had at least reports of the atrocities;
 * material support only where others pursued a protective effort it could undermine.
 */
export function obstructiveActs(ctx: DutyContext): ObstructionFact[] {
  return obstructiveActsOnce(ctx.state, ctx.facts);
}
const obstructiveActsOnce = derivedOnce((state: StateFacts, facts: RecordFacts): ObstructionFact[] =>
  state.obstruction.filter(
    (o) => knowledgeFactor(o.knowledge.level) > 0 && (o.kind !== 'support-after-apparent' || effortsOfOthers(facts, state.state, o.round).length > 0),
  ),
);

function supportAfterApparent(ctx: DutyContext): ObstructionFact[] {
  return obstructiveActs(ctx).filter((o) => o.kind === 'support-after-apparent');
}

export function meaningfulAlternatives(ctx: DutyContext, pleaded: boolean): AlternativeFact[] {
  return ctx.state.alternatives.filter(
    (a) => ((a.kind === 'own-draft' || a.kind === 'sought-changes') && a.meaningful) || (pleaded && ((a.kind === 'cosponsored-draft' && a.meaningful) || a.kind === 'national-measures')),
  );
}

/** Protective drafts it let pass, and Council statements it acquiesced in. */
export function acquiescence(ctx: DutyContext): AlternativeFact[] {
  return ctx.state.alternatives.filter((a) => a.kind === 'let-pass' || a.kind === 'acquiesced-statement');
}

/** One act of acquiescence in words: the draft it let pass, or the statement it acquiesced in. */
function acquiescenceWords(facts: RecordFacts, a: AlternativeFact): string {
  if (a.kind === 'acquiesced-statement') return `${a.ref} the ${a.statement === 'press' ? 'press' : 'presidential'} statement of round ${a.round}, issued with its acquiescence`;
  return `${a.ref} ${draftWords(facts, a.draft!)}`;
}

function fora(acts: readonly ObstructionFact[]): Forum[] {
  return [...new Set(acts.map((a) => a.forum))].sort();
}

const FORUM_WORDS: Record<Forum, string> = {
  assembly: 'the General Assembly',
  council: 'the Security Council',
  meetings: 'meetings',
  material: 'material support to the perpetrators',
};

/** Where or how the obstruction happened: Hakimi looks "outside the Council" too (arms shipments). */
const FORUM_PHRASES: Record<Forum, string> = {
  assembly: 'in the General Assembly',
  council: 'in the Security Council',
  meetings: 'by boycotting meetings',
  material: 'by material support to the perpetrators after the atrocities were apparent',
};

function foraWords(list: readonly Forum[]): string {
  return list.map((f) => FORUM_WORDS[f]).join('; ');
}

/**
 * The obstructive acts counted and their fora named, as the record shows them, and whether they
 * amount to a pattern in the ordinary sense: acts in at least `patternFora` fora, repeated in at
 * least one of them. One act in each of two fora is obstruction across fora (the rule's threshold),
 * but the words do not call it more than that.
 */
interface Summary {
  counts: string;
  acrossFora: boolean;
  repeated: boolean;
}

function summary(acts: readonly ObstructionFact[]): Summary {
  const list = fora(acts);
  const n = acts.length;
  const per = list.map((f) => `${acts.filter((a) => a.forum === f).length} ${FORUM_PHRASES[f]}`);
  return {
    counts: `${n} obstructive ${n === 1 ? 'act' : 'acts'} (${per.join('; ')})`,
    acrossFora: list.length >= PARAMETERS.notObstruct.patternFora.value,
    repeated: n > list.length,
  };
}

/** `draft "Title"`, or, when the record gives no title, the draft by its forum and round (never its id). */
function draftWords(facts: RecordFacts, id: string): string {
  const d = ownEntry(facts.drafts, id);
  if (!d) return 'a draft';
  // Drafts often share a title ("The situation in ..."): the tabling state and the entry tell them apart.
  const by = d.sponsors[0] !== undefined ? ` tabled by ${stateWithArticle(ownEntry(facts.byCode, d.sponsors[0])?.name ?? d.sponsors[0])}` : '';
  return d.title ? `draft "${d.title}"${by} (${d.ref})` : `the draft${by} in the ${d.forum === 'council' ? 'Security Council' : 'General Assembly'} (${d.ref})`;
}

const KIND_WORDS: Record<ObstructionFact['kind'], string> = {
  veto: 'veto',
  'veto-threat-public': 'public veto threat',
  'veto-threat-private': 'private veto threat',
  'vote-against-council': 'vote against a protective draft in the Council',
  'vote-against-assembly': 'vote against a protective draft in the Assembly',
  'vote-against-referral': 'vote against referral to the Assembly (Uniting for Peace)',
  boycott: 'boycott of a multilateral meeting',
  'statement-objection': 'objection that kept the Council from issuing a statement',
  'support-after-apparent': 'material support to the perpetrator after the atrocities were apparent',
};

/** The same acts, said of a named draft. */
const DRAFT_KIND_WORDS: Partial<Record<ObstructionFact['kind'], (draft: string) => string>> = {
  veto: (d) => `veto of ${d}`,
  'veto-threat-public': (d) => `public threat to veto ${d}`,
  'veto-threat-private': (d) => `private threat to veto ${d}`,
  'vote-against-council': (d) => `vote in the Security Council against ${d}`,
  'vote-against-assembly': (d) => `vote in the General Assembly against ${d}`,
  'vote-against-referral': (d) => `vote against referring the matter of ${d} to the General Assembly (Uniting for Peace)`,
};

const ALTERNATIVE_WORDS: Record<AlternativeFact['kind'], string> = {
  'own-draft': 'its own',
  'cosponsored-draft': 'co-sponsorship of',
  'sought-changes': 'changes it asked the penholder to make to',
  'let-pass': 'letting pass',
  'acquiesced-statement': 'acquiescence in a Council statement',
  'national-measures': 'national measures against the perpetrators',
};

function alternativeWords(facts: RecordFacts, a: AlternativeFact): string {
  return `${a.ref} ${ALTERNATIVE_WORDS[a.kind]}${a.draft ? ` ${draftWords(facts, a.draft)}` : ''}`;
}

const obstructionWords = phraseOnce((o: ObstructionFact, facts: RecordFacts): string => {
  const onDraft = o.draft ? DRAFT_KIND_WORDS[o.kind] : undefined;
  const what =
    o.kind === 'support-after-apparent' && o.perpetrators.length > 0
      ? `${KIND_WORDS[o.kind]} (${perpetratorNames(facts, o.perpetrators)})`
      : onDraft
        ? onDraft(draftWords(facts, o.draft!))
        : `${KIND_WORDS[o.kind]}${o.draft ? ` (${draftWords(facts, o.draft)})` : ''}`;
  return `${o.ref} round ${o.round}: ${what}; ${knowledgeWords(o.knowledge)}`;
});

const CITES_OBSTRUCTION = [CITE.hakimiObstruct, CITE.hakimiSyria];
const CITES_OBSTRUCTION_VETO = [CITE.hakimiObstruct, CITE.hakimiSyria, CITE.iciss621, CITE.sg2009para61, CITE.ga76262];
const VETO_KINDS: ReadonlySet<ObstructionFact['kind']> = new Set(['veto', 'veto-threat-public', 'veto-threat-private']);

/**
 * ICISS ¶6.21, A/63/677 ¶61 and GA res. 76/262 speak to the veto: cited only where the state used
 * or threatened it (nodes are immutable: a copy with the longer list).
 */
function withVetoCitations(main: TraceNode, acts: readonly ObstructionFact[]): TraceNode {
  return acts.some((a) => VETO_KINDS.has(a.kind)) ? withFullerCitations(main, CITES_OBSTRUCTION, CITES_OBSTRUCTION_VETO) : main;
}

const obstructionRule: Rule<DutyContext> = {
  id: 'not-obstruct.obstruction',
  label: 'Impeding protective measures, in one forum or across fora',
  // The veto-restraint texts are added where the state vetoed or threatened to (see vetoCitations).
  citations: CITES_OBSTRUCTION,
  default: (ctx) => {
    const acts = obstructiveActs(ctx);
    if (acts.length === 0) {
      return { result: 'does-not-hold', because: 'The record shows no obstructive act while the atrocities were reported.' };
    }
    const { counts, acrossFora, repeated } = summary(acts);
    // Support obstructs by undermining what others pursued: the efforts it undermined are named.
    const supplied = acts.filter((a) => a.kind === 'support-after-apparent');
    const undermined = supplied.length > 0 ? effortsOfOthers(ctx.facts, ctx.state.state, Math.max(...supplied.map((a) => a.round))) : [];
    const isolation =
      undermined.length > 0
        ? ` Its support to the perpetrator after the atrocities were apparent undermined the efforts of others to isolate and press it (${listed(undermined.map((e) => e.words), '; ')}), as Russia's support to Assad did.`
        : '';
    return {
      result: 'holds',
      because: `${
        !acrossFora
          ? `It impeded protective measures by ${counts}.`
          : repeated
            ? `It impeded protective measures by ${counts}: a pattern, inside and outside the Council, not a single disagreement about one draft.`
            : `It impeded protective measures by ${counts}, one of each: obstruction in more than one setting, the least the rule counts as a pattern.`
      }${isolation}`,
      facts: acts.map((a) => obstructionWords(a, ctx.facts)),
      evidence: [...acts.map((a) => a.ref), ...undermined.map((e) => e.ref)],
    };
  },
  exceptions: [
    {
      label: 'meaningful-alternative',
      text: 'Applies when the state pursued a meaningful alternative (its own draft with measures beyond condemnation, or changes it asked the penholder to make to a circulated draft that would have left such measures) and did not keep supplying the perpetrator after the atrocities were apparent.',
      citations: [CITE.hakimiObstruct],
      when: (ctx) => {
        if (obstructiveActs(ctx).length === 0 || supportAfterApparent(ctx).length > 0) return null;
        const alternatives = meaningfulAlternatives(ctx, ctx.assumptions.alternativePleaded ?? false);
        if (alternatives.length === 0) return null;
        return {
          result: 'does-not-hold',
          because: `It pursued a meaningful alternative (${listed(alternatives.map((a) => alternativeWords(ctx.facts, a)), '; ')}): states may reasonably disagree about which measures are appropriate.`,
          evidence: alternatives.map((a) => a.ref),
        };
      },
    },
    {
      label: 'evidence-not-proof',
      text: 'Applies when, without a meaningful alternative, the obstruction is confined to one forum or the state let other protective measures pass, and it did not keep supplying the perpetrator after the atrocities were apparent: the record is evidence of obstruction, not proof.',
      citations: [CITE.hakimiVetoEvidence, CITE.hakimiSyria],
      when: (ctx) => {
        const acts = obstructiveActs(ctx);
        if (acts.length === 0 || supportAfterApparent(ctx).length > 0) return null;
        if (meaningfulAlternatives(ctx, ctx.assumptions.alternativePleaded ?? false).length > 0) return null;
        const single = fora(acts).length < PARAMETERS.notObstruct.patternFora.value;
        const letPass = acquiescence(ctx);
        if (!single && letPass.length === 0) return null;
        const reasons: string[] = [];
        if (single) reasons.push(`its obstruction is confined to one forum (${foraWords(fora(acts))})`);
        if (letPass.length > 0) reasons.push(`it let other protective measures pass (${listed(letPass.map((a) => acquiescenceWords(ctx.facts, a)), '; ')})`);
        return {
          result: 'unknown',
          because: `This is evidence of obstruction but not proof: ${reasons.join(', and ')}. As Hakimi said of China over Syria, such a state "might have acted obstructively".`,
          evidence: letPass.map((a) => a.ref),
        };
      },
    },
  ],
};

export const notObstruct: DutyModule = {
  id: 'not-obstruct',
  title: 'Duty not to obstruct protective measures',
  status: 'nascent',
  legalText: [CITE.hakimiNascent, CITE.hakimiObstruct, CITE.hakimiVetoEvidence, CITE.hakimiSyria, CITE.iciss621, CITE.sg2009para61, CITE.ga76262],
  appliesTo: (state) => !state.territorial,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const acts = obstructiveActs(ctx);
    const main = withVetoCitations(evaluate(obstructionRule, ctx), acts);
    const children = [main];
    let result: Truth = main.result;

    // Pleaded justifications (memorial), once accepted by the engine (defences.ts).
    if (result !== 'does-not-hold' && ctx.assumptions.countervailingInterest) {
      children.push(
        node({
          rule: 'not-obstruct.countervailing-interest',
          label: 'A sufficiently weighty countervailing interest, claimed at the time',
          result: 'does-not-hold',
          because: 'The state claimed a weighty interest when it acted, the atrocities were not manifest, and it did not supply the perpetrator: the obstruction is justified.',
          // The acts the justification answers, and the explanations of vote that claimed it.
          evidence: [...acts.map((a) => a.ref), ...ctx.state.explanations.map((x) => x.ref)],
          citations: [CITE.hakimiObstruct, CITE.iciss621],
        }),
      );
      result = 'does-not-hold';
    }
    if (result !== 'does-not-hold' && ctx.assumptions.obstructionBeforeKnowledge) {
      children.push(
        node({
          rule: 'not-obstruct.before-credible-findings',
          label: 'Obstruction before the atrocities were credibly established',
          result: 'does-not-hold',
          because: 'Every obstructive act preceded credible findings; on reports alone states may reasonably disagree about what to do.',
          evidence: acts.map((a) => a.ref),
          citations: [CITE.hakimiVetoEvidence],
        }),
      );
      result = 'does-not-hold';
    }

    const letPass = acquiescence(ctx);
    const mitigation = result === 'holds' && letPass.length > 0 ? PARAMETERS.notObstruct.acquiescenceMitigation.value : 1;
    if (mitigation < 1) {
      children.push(
        node({
          rule: 'not-obstruct.acquiescence-mitigates',
          label: 'Acquiescence in other protective measures mitigates',
          result: 'holds',
          because: `It let other protective measures pass (${listed(letPass.map((a) => a.ref), ', ')}): this mitigates, but does not excuse, continued support after the atrocities were apparent.`,
          evidence: letPass.map((a) => a.ref),
          citations: [CITE.hakimiVetoEvidence],
        }),
      );
    }
    const intensity = combine(acts.map((a) => W[a.kind].value * knowledgeFactor(a.knowledge.level)));
    const { counts, acrossFora, repeated } = summary(acts);
    const obstruction = acrossFora && repeated ? 'A pattern of obstruction' : acrossFora ? 'Obstruction in more than one setting' : 'Obstruction';
    const because =
      result === 'holds'
        ? supportAfterApparent(ctx).length > 0
          ? `${obstruction}, ${counts}. The support it ${supportAfterApparent(ctx).length > 1 ? 'kept giving' : 'gave'} once the atrocities were apparent, against the efforts of others to isolate the perpetrator, aggravates it: Hakimi's reason for finding that Russia "very likely" obstructed over Syria.`
          : `${obstruction}, ${counts}, with no meaningful alternative and no acquiescence in other measures.`
        : result === 'unknown'
          ? main.because
          : acts.length === 0
            ? 'No obstructive act on the record.'
            : 'The obstruction on the record is answered (alternative, justification or timing).';
    const trace = node({ rule: 'not-obstruct', label: 'Duty not to obstruct', result, because, citations: CITES_HAKIMI_NASCENT, children });
    const apparent = acts.filter((a) => atLeast(a.knowledge.level, PARAMETERS.knowledge.art16Established.value));
    return {
      duty: 'not-obstruct',
      title: notObstruct.title,
      status: 'nascent',
      result,
      intensity,
      mitigation,
      share: resultFactor(result) * intensity * mitigation,
      informational: false,
      trace,
      elements: {
        obstruction: main.result,
        'support-after-apparent': supportAfterApparent(ctx).length > 0 ? 'holds' : 'does-not-hold',
        'alternative-own': meaningfulAlternatives(ctx, false).length > 0 ? 'holds' : 'does-not-hold',
        'alternative-pleadable': meaningfulAlternatives(ctx, true).length > 0 ? 'holds' : 'does-not-hold',
        acquiescence: letPass.length > 0 ? 'holds' : 'does-not-hold',
        'obstruction-with-knowledge': apparent.length > 0 ? 'holds' : 'does-not-hold',
      },
    };
  },
};
