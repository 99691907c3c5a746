import { derivedOnce, phraseOnce } from '../memo';
import { CITE } from '../authorities';
import type { RelationshipKind } from '../../scenario/schema';
import type { ActFact, Knowledge, RecordFacts, StateFacts, SupportRelationshipFact } from '../facts';
import { atLeast } from '../levels';
import { PARAMETERS } from '../parameters';
import { evaluate, node } from '../rule-evaluation';
import type { Rule } from '../rule-evaluation';
import { anyOf, TRUTH_RANK } from '../types';
import type { EvidenceRef, TraceNode, Truth } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actKindWords, actWords, atrocitiesEstablished, attributablePerpetrators, combine, knowledgeFactor, knowledgeWords, listed, perpetratorNames, relationshipWords, resultFactor, scaleFactor } from './common';

// Citation lists of trace nodes, built once (trace nodes are immutable and share them).
const CITES_ARSIWA_4_ARSIWA_2 = [CITE.arsiwa4, CITE.arsiwa2];
const CITES_ARSIWA_4 = [CITE.arsiwa4];
const CITES_ARSIWA_8_ARSIWA_5 = [CITE.arsiwa8, CITE.arsiwa5];
const CITES_ARSIWA_2 = [CITE.arsiwa2];
const CITES_HAKIMI_RESPECT = [CITE.hakimiRespect];

/**
 * Duty to respect (participation): an outside state must not perpetrate atrocities (through its
 * organs or agents, ARSIWA arts. 4, 5, 8) nor aid or assist the perpetrators with knowledge of the
 * circumstances (ARSIWA art. 16; for aid to a non-state group, the same standard: Bosnia v. Serbia
 * ¶420). Status: established. It binds every state, the territorial state included (whose primary
 * responsibility is judged besides, under the territorial duty).
 *
 *   ARSIWA art. 16: "A State which aids or assists another State in the commission of an
 *   internationally wrongful act by the latter is internationally responsible for doing so if:
 *   (a) that State does so with knowledge of the circumstances of the internationally wrongful act"
 *   Commentary (4): "If the assisting or aiding State is unaware of the circumstances ... it bears
 *   no international responsibility."
 *   Commentary (5): "the aid or assistance must be given with a view to facilitating the commission
 *   of the wrongful act ... it is sufficient if it contributed significantly to that act."
 *   Hakimi at 267-69: the mental element lies "between the intent to commit atrocities and the
 *   knowledge that atrocities would be committed".
 */

const { art16Established, art16Open } = PARAMETERS.knowledge;
const CITES_OWN_AGENTS = [CITE.arsiwa16, CITE.arsiwa4, CITE.arsiwa8];
const CITES_GENERAL_SUPPORT = [CITE.arsiwa16cmt5, CITE.hakimiStandBy];

/**
 * Relationship kinds that are material aid to the perpetrators' commission of the atrocities: a
 * standing arms supply, the means of the killing. General support a group survives by (Cyprus v.
 * Turkey ¶77, Ilaşcu ¶392: "military, economic, financial and political support") is not, by
 * itself, aid "with a view to facilitating" the wrongful act (art. 16 cmts. (3)-(5)): Hakimi reads
 * that pattern as grounding a duty to protect ("could not lawfully stand by", at 269-73), and the
 * engine judges it there (docs/law.md, "General support is not art. 16 aid"). Agency is
 * attribution, not aid (arts. 5, 8); authority over an area, troops present, proximity, political
 * links, a colonial tie or a past contribution to the risk give nothing to the commission either.
 */
const AID_RELATIONSHIPS: ReadonlySet<RelationshipKind> = new Set<RelationshipKind>(['arms-supplier']);

const AID_RELATIONSHIP_WORDS: Partial<Record<RelationshipKind, string>> = {
  'arms-supplier': 'arms supply',
  'substantial-support': 'substantial support',
};

/**
 * One item of aid on the record: a logged act of material support, or a support relationship of the
 * scenario in force during the session. A relationship counts as one substantial act (scale factor
 * `scale.substantial`), with the highest knowledge the state had in a round while it was in force.
 */
interface AidItem {
  ref: EvidenceRef;
  /** What the state knew: when the act was done; for a relationship, in the round cited. */
  knowledge: Knowledge;
  /** The highest level the state knew while giving it (the act's own; a relationship's best round in force). */
  level: Knowledge['level'];
  /** Scale factor (parameters: scale). */
  scale: number;
  /** The fact line: what was given, to whom, when, and what the state knew. */
  words: string;
  /** How a relationship is cited in the reasoning, before its knowledge (acts: null, cited by ref). */
  label: string | null;
  /** Rounds in which it was given with knowledge established (an act: 1 or 0). */
  knownRounds: number;
}

interface AidRecord {
  /** Aid to perpetrators whose conduct is not the state's own (art. 16 presupposes another's wrongful act). */
  items: AidItem[];
  /** Support to its own organs or agents: part of perpetration through them, not art. 16 aid. */
  ownAgents: { perpetrators: string[]; words: string[]; evidence: EvidenceRef[] };
  /** Support relationships the state suspended before they were ever in force during the session. */
  suspended: { words: string[]; cited: string[]; evidence: EvidenceRef[] };
}


function actWithKnowledge(facts: RecordFacts, act: ActFact): string {
  return actWithKnowledgeOnce(act, facts);
}
const actWithKnowledgeOnce = phraseOnce((act: ActFact, facts: RecordFacts) => `${actWords(facts, act)}; ${knowledgeWords(act.knowledge)}`);

function actItem(facts: RecordFacts, act: ActFact): AidItem {
  return {
    ref: act.ref,
    knowledge: act.knowledge,
    level: act.knowledge.level,
    scale: scaleFactor(act),
    words: actWithKnowledge(facts, act),
    label: null,
    knownRounds: atLeast(act.knowledge.level, art16Established.value) ? 1 : 0,
  };
}

/**
 * A support relationship as aid, its knowledge judged round by round while in force: the first
 * round with knowledge established if any (the aid from then on is aid with knowledge), else the
 * round with the most evidence. Null when it is not in force during the session.
 */
/** How the state's own act ended its support: "suspended by its own act", "ended by its own act of disarming or demobilising the group". */
function endedByWords(act: ActFact, ref?: string): string {
  const by = ref ?? 'its own act';
  return act.kind === 'suspending-support' ? `suspended by ${by}` : `ended by ${by} of ${actKindWords(act.kind)}`;
}

function relationshipItem(facts: RecordFacts, state: StateFacts, support: SupportRelationshipFact): AidItem | null {
  // The rounds of the session in which it is in force, until the state's own suspension (facts.ts).
  const r = support.relationship;
  const suspension = support.endedBy;
  let best = 0;
  let firstKnown = 0;
  let knownRounds = 0;
  for (const round of support.rounds) {
    if (round < 1 || round > state.knowledgeByRound.length) continue;
    const level = state.knowledgeByRound[round - 1]!.level;
    if (best === 0) best = round;
    if (atLeast(level, art16Established.value)) {
      knownRounds++;
      if (firstKnown === 0) firstKnown = round;
    }
    if (!atLeast(state.knowledgeByRound[best - 1]!.level, level)) best = round;
  }
  if (best === 0) return null;
  const round = firstKnown > 0 ? firstKnown : best;
  const knowledge = state.knowledgeByRound[round - 1]!;
  const words = knowledgeWords(knowledge);
  return {
    ref: r.ref,
    knowledge,
    level: state.knowledgeByRound[best - 1]!.level,
    scale: PARAMETERS.scale.substantial.value,
    words: `${relationshipWords(facts, r)}; ${firstKnown > 0 ? `given with knowledge from round ${round}` : `the most it knew while it lasted, in round ${round}`}: ${words}${suspension ? `; ${endedByWords(suspension)} in round ${suspension.round} (${suspension.ref})` : ''}`,
    label: `its standing ${AID_RELATIONSHIP_WORDS[r.kind] ?? r.kind} to ${perpetratorNames(facts, r.perpetrators)} (${firstKnown > 0 ? `with knowledge from round ${round}` : `most evidence in round ${round}`})`,
    knownRounds,
  };
}

/** The aid on the record of a state, split by whether it reaches another's perpetrators; once per state (memo.ts). */
function aidRecord(facts: RecordFacts, state: StateFacts): AidRecord {
  return aidRecordOnce(state, facts);
}
const aidRecordOnce = derivedOnce((state: StateFacts, facts: RecordFacts): AidRecord => {
  const attributable = attributablePerpetrators(facts, state);
  const toOthers = (ids: readonly string[]) => ids.some((id) => !attributable.has(id));
  // Standing relationships first, then the acts of the log in order.
  const items: AidItem[] = [];
  const ownAgents: AidRecord['ownAgents'] = { perpetrators: [], words: [], evidence: [] };
  const suspended: AidRecord['suspended'] = { words: [], cited: [], evidence: [] };
  const own = new Set<string>();
  for (const support of state.supportRelationships) {
    const r = support.relationship;
    if (!AID_RELATIONSHIPS.has(r.kind) || r.perpetrators.length === 0) continue;
    if (attributable.size > 0 && !toOthers(r.perpetrators)) {
      for (const id of r.perpetrators) own.add(id);
      ownAgents.words.push(relationshipWords(facts, r));
      ownAgents.evidence.push(r.ref);
      continue;
    }
    const item = relationshipItem(facts, state, support);
    const suspension = support.endedBy;
    if (item !== null) items.push(item);
    else if (suspension !== null) {
      suspended.words.push(`${relationshipWords(facts, r)}; ${endedByWords(suspension)} in round ${suspension.round} (${suspension.ref})`);
      suspended.cited.push(`its ${AID_RELATIONSHIP_WORDS[r.kind] ?? r.kind} to ${perpetratorNames(facts, r.perpetrators)}, ${endedByWords(suspension, suspension.ref)} in round ${suspension.round}`);
      suspended.evidence.push(r.ref, suspension.ref);
    }
  }
  for (const act of state.support) {
    if (attributable.size === 0 || toOthers(act.perpetrators)) items.push(actItem(facts, act));
    else {
      for (const id of act.perpetrators) own.add(id);
      ownAgents.words.push(actWords(facts, act));
      ownAgents.evidence.push(act.ref);
    }
  }
  for (const p of facts.perpetrators) if (own.has(p.id)) ownAgents.perpetrators.push(p.id);
  return { items, ownAgents, suspended };
});

/**
 * The art. 16 aid on the record: support acts and support relationships in force that reach
 * perpetrators other than the state's own organs or agents, each with what the state knew. Read by
 * the defences (lack of knowledge) so that a ruling answers the same aid the finding rests on.
 */
export function aidOnRecord(facts: RecordFacts, state: StateFacts): readonly { ref: EvidenceRef; cited: string; knowledge: Knowledge }[] {
  return aidRecord(facts, state).items.map((item) => ({ ref: item.ref, cited: item.label ?? item.ref, knowledge: item.knowledge }));
}

/** Whether aid was given with knowledge: holds, open (unknown), or without (does not hold). */
export function aidWithKnowledge(act: { knowledge: Knowledge }, knowledgeContested = false): Truth {
  return aidAt(act.knowledge.level, knowledgeContested);
}

function aidAt(level: Knowledge['level'], knowledgeContested = false): Truth {
  if (atLeast(level, art16Established.value)) return 'holds';
  if (atLeast(level, art16Open.value)) return knowledgeContested ? 'does-not-hold' : 'unknown';
  return 'does-not-hold';
}

const aidRule: Rule<DutyContext> = {
  id: 'respect.aid-or-assistance',
  label: 'Aid or assistance to a perpetrator with knowledge of the circumstances (ARSIWA art. 16)',
  citations: [CITE.arsiwa16, CITE.arsiwa16cmt5, CITE.bosnia420, CITE.hakimiRespect],
  default: ({ facts, state }) => {
    const { items, ownAgents, suspended } = aidRecord(facts, state);
    if (items.length === 0) {
      if (suspended.evidence.length > 0) {
        return {
          result: 'does-not-hold',
          because: `The support the scenario records for it was suspended by its own act from the round it was to begin (${listed(suspended.cited, '; ')}): the record shows no aid or assistance given during the session.${preCrisisSupportWords(facts, state)}`,
          facts: suspended.words,
          evidence: suspended.evidence,
        };
      }
      return {
        result: 'does-not-hold',
        because:
          ownAgents.evidence.length > 0
            ? 'The record shows no aid or assistance by this state to any perpetrator other than its own organs or agents.'
            : generalSupportNode(facts, state, 'does-not-hold') !== null
              ? 'The record shows no act of aid to the commission of the atrocities: only general support, judged under the duty to protect.'
              : 'The record shows no aid or assistance by this state to any perpetrator.',
      };
    }
    const known = items.filter((a) => aidAt(a.level) === 'holds');
    // Aid given before knowledge was established is not an element of the finding: context only.
    const earlier = items.filter((a) => aidAt(a.level) !== 'holds');
    let knownRounds = 0;
    for (const a of known) knownRounds += a.knownRounds;
    const given = knownRounds > 1 ? 'Aid continued with that knowledge is' : 'Aid given with that knowledge is';
    const preCrisis = preCrisisSupportWords(facts, state);
    const before =
      earlier.length > 0
        ? ` Its earlier aid, given before its knowledge was established (${listed(earlier.map((a) => a.label ?? a.ref), ', ')}), is not aid with knowledge and is not part of this finding (art. 16 cmt. (4)).`
        : '';
    return {
      result: 'holds',
      because: `It gave material aid to the perpetrators with knowledge of the circumstances (${listed(known.map((a) => `${a.label ?? a.ref}: ${knowledgeWords(a.knowledge)}`), '; ')}). ${given} taken to be given "with a view to facilitating" the atrocities, to which it contributed, as art. 16 cmt. (5) puts it.${before}${preCrisis}`,
      facts: known.map((a) => a.words),
      evidence: [...known.map((a) => a.ref), ...known.flatMap((a) => a.knowledge.refs)],
      context: earlier.map((a) => a.ref),
    };
  },
  exceptions: [
    {
      label: 'unaware-of-the-circumstances',
      text: 'Applies when every act of aid preceded any evidence of the atrocities (art. 16 cmt. (4)).',
      citations: [CITE.arsiwa16cmt4],
      when: ({ facts, state }) => {
        const { items } = aidRecord(facts, state);
        return items.length > 0 && items.every((a) => !atLeast(a.level, art16Open.value))
          ? { result: 'does-not-hold', because: 'Every act of aid was given before there was any evidence of the atrocities: a state unaware of the circumstances bears no responsibility, as art. 16 cmt. (4) provides.', evidence: items.map((a) => a.ref) }
          : null;
      },
    },
    {
      label: 'knowledge-not-established',
      text: 'Applies when the aid was given on reports only, with no credible finding or intelligence: knowledge is open.',
      citations: [CITE.arsiwa16cmt4],
      when: ({ facts, state }) => {
        const { items } = aidRecord(facts, state);
        const open = items.filter((a) => aidAt(a.level) === 'unknown');
        if (open.length === 0 || items.some((a) => aidAt(a.level) === 'holds')) return null;
        return {
          result: 'unknown',
          because: `The aid was given when the record showed reports only (${listed(open.map((a) => a.label ?? a.ref), ', ')}): whether the state knew the circumstances is not established.`,
          evidence: [...open.map((a) => a.ref), ...open.flatMap((a) => a.knowledge.refs)],
        };
      },
      exceptions: [
        {
          label: 'knowledge-contested',
          text: 'Applies when the state contests its knowledge and the record does not establish it (memorial: lack of knowledge).',
          citations: [CITE.arsiwa16cmt4],
          when: ({ assumptions }) =>
            assumptions.knowledgeNotEstablished
              ? { result: 'does-not-hold', because: 'The state contests its knowledge and the record, showing reports only, does not establish it: the art. 16 mental element is not proved.' }
              : null,
        },
      ],
    },
  ],
};

/**
 * Support a scenario records as given since before the crisis (a relationship with `beforeCrisis`):
 * what was given before round 1 was given before any evidence of the atrocities, so it is context,
 * never aid with knowledge (art. 16 cmt. (4): a state "unaware of the circumstances ... bears no
 * international responsibility"). Said in words so that the judgment dates the aid it finds.
 */
function preCrisisSupportWords(facts: RecordFacts, state: StateFacts): string {
  const before = state.supportRelationships.filter((s) => s.relationship.beforeCrisis && AID_RELATIONSHIPS.has(s.relationship.kind));
  if (before.length === 0) return '';
  const what = listed(before.map((s) => `its ${AID_RELATIONSHIP_WORDS[s.relationship.kind] ?? s.relationship.kind} to ${perpetratorNames(facts, s.relationship.perpetrators)}`), '; ');
  return ` What it gave before the crisis began (${what}) was given before any evidence of the atrocities: it is context, not aid with knowledge, and no part of this finding (art. 16 cmt. (4)).`;
}

/**
 * Support to its own organs or agents is not art. 16 aid, which presupposes "an internationally
 * wrongful act by" another: their conduct is the state's own, and the support part of its
 * perpetration through them. Stated so that the trace says why it counts for nothing more.
 */
function ownAgentsNode(facts: RecordFacts, ownAgents: AidRecord['ownAgents']): TraceNode {
  const names = perpetratorNames(facts, ownAgents.perpetrators);
  return node({
    rule: 'respect.non-trigger.support-to-own-agents',
    label: 'Support to its own organs or agents',
    result: 'does-not-hold',
    because: `Its support to ${names}, whose conduct is its own (arts. 4, 5, 8), is part of its perpetration through them, not aid or assistance to another's wrongful act (art. 16): it is counted once, as perpetration.`,
    facts: ownAgents.words,
    evidence: ownAgents.evidence,
    citations: CITES_OWN_AGENTS,
  });
}

/**
 * Standing general support to a perpetrator whose conduct is not the state's own (a substantial-
 * support relationship): not art. 16 aid by itself (see AID_RELATIONSHIPS), but the ground of a
 * duty to protect. Stated so that the judgment says where the support is judged.
 */
function generalSupportNode(facts: RecordFacts, state: StateFacts, aid: Truth): TraceNode | null {
  const attributable = attributablePerpetrators(facts, state);
  const general = state.supportRelationships.filter(
    (s) => s.relationship.kind === 'substantial-support' && s.rounds.length > 0 && s.relationship.perpetrators.some((p) => !attributable.has(p)),
  );
  if (general.length === 0) return null;
  const names = perpetratorNames(facts, [...new Set(general.flatMap((s) => s.relationship.perpetrators))]);
  return node({
    rule: 'respect.non-trigger.general-support',
    label: 'General support to a perpetrator, judged under the duty to protect',
    result: 'does-not-hold',
    // Where acts of aid are found besides, the standing support is set apart from them, not said
    // to facilitate nothing: the finding must not deny of the support what it affirms of the acts.
    because:
      aid === 'does-not-hold'
        ? `Its general support to ${names} sustains the perpetrator but is not shown to facilitate the atrocities themselves: art. 16 requires aid given "with a view to facilitating the commission of the wrongful act" that "actually" does so (cmt. (5)). Like Turkey's support to the local administration in Cyprus, which "could not lawfully stand by", it grounds a duty to protect instead.`
        : `Its general support to ${names}, as the scenario states it, is not by itself aid given "with a view to facilitating the commission of the wrongful act" (cmt. (5)): this finding rests on the aid set out above, not on that general support. Like Turkey's support to the local administration in Cyprus, which "could not lawfully stand by", the general support grounds a duty to protect instead.`,
    facts: general.map((s) => relationshipWords(facts, s.relationship)),
    evidence: general.map((s) => s.relationship.ref),
    citations: CITES_GENERAL_SUPPORT,
  });
}

function agentsActUnder(names: string, count: number): string {
  return count === 1 ? `The perpetrator ${names} acts under its direction or control` : `The perpetrators ${names} act under its direction or control`;
}

export const respect: DutyModule = {
  id: 'respect',
  title: 'Duty to respect: not to perpetrate atrocities or aid those who do',
  status: 'established',
  legalText: [CITE.arsiwa4, CITE.arsiwa5, CITE.arsiwa8, CITE.arsiwa16, CITE.arsiwa16cmt4, CITE.arsiwa16cmt5, CITE.bosnia420, CITE.hakimiRespect],
  // "Always, everywhere, for atrocities" (docs/design.md §1.2): the territorial state too answers for
  // perpetration by its organs and agents, besides its primary responsibility.
  appliesTo: () => true,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const { facts, state } = ctx;
    const established = atrocitiesEstablished(facts);

    // Perpetration: own conduct, own organs (art. 4), agents (arts. 5, 8).
    const own = state.perpetration;
    const ownNode = node({
      rule: 'respect.perpetration.own-conduct',
      label: 'Atrocities committed by its own organs, as recorded (ARSIWA art. 4)',
      result: own.length > 0 ? 'holds' : 'does-not-hold',
      because: own.length > 0 ? `The record shows the state itself perpetrating atrocities (${listed(own.map((a) => a.ref), ', ')}).` : 'The record shows no perpetration by the state\'s own forces.',
      facts: own.map((a) => actWords(facts, a)),
      evidence: own.map((a) => a.ref),
      citations: CITES_ARSIWA_4_ARSIWA_2,
    });
    const organs = facts.perpetrators.filter((p) => p.kind === 'government' && p.state === state.state);
    const organNode = node({
      rule: 'respect.perpetration.organs',
      label: 'A perpetrator is an organ of the state (ARSIWA art. 4)',
      result: organs.length > 0 ? established.result : 'does-not-hold',
      because:
        organs.length > 0
          ? `${organs.length === 1 ? 'The perpetrator' : 'Each of the perpetrators'} ${listed(organs.map((o) => o.name), ', ')} is an organ of the state. ${established.because}`
          : 'No perpetrator is an organ of this state.',
      evidence: organs.length > 0 ? [...organs.map((o) => o.ref), ...established.evidence] : [],
      citations: CITES_ARSIWA_4,
    });
    const agency = state.relationships.filter((r) => r.kind === 'agency');
    const agentNode = node({
      rule: 'respect.perpetration.agents',
      label: 'A perpetrator acts on its instructions or under its direction or control (ARSIWA arts. 5, 8)',
      result: agency.length > 0 ? established.result : 'does-not-hold',
      because:
        agency.length > 0
          ? // Whether the atrocities are established is said once, with the organs if there are any.
            `${agentsActUnder(perpetratorNames(facts, agency.flatMap((r) => r.perpetrators)), agency.flatMap((r) => r.perpetrators).length)}, so ${agency.flatMap((r) => r.perpetrators).length === 1 ? 'its' : 'their'} conduct is the state's own.${organs.length > 0 ? '' : ` ${established.because}`}`
          : 'No perpetrator acts on its instructions or under its direction or control: support alone does not make a group its agent under art. 8.',
      facts: agency.map((r) => relationshipWords(facts, r)),
      evidence: agency.length > 0 ? [...agency.map((r) => r.ref), ...established.evidence] : [],
      citations: CITES_ARSIWA_8_ARSIWA_5,
    });
    const perpetration = anyOf([ownNode.result, organNode.result, agentNode.result]);
    const perpetrationNode = node({
      rule: 'respect.perpetration',
      label: 'Perpetration through its organs or agents (ARSIWA arts. 4, 5, 8)',
      result: perpetration,
      because:
        perpetration === 'holds'
          ? 'The atrocities are attributable to the state: it answers for them as its own.'
          : perpetration === 'unknown'
            ? 'A perpetrator is attributable to the state, but the atrocities are not yet established on the record.'
            : 'No atrocity on the record is attributable to the state.',
      citations: CITES_ARSIWA_2,
      children: [ownNode, organNode, agentNode],
    });

    const aidNode = evaluate(aidRule, ctx);
    const result = anyOf([perpetration, aidNode.result]);

    // Aid to others (acts and support relationships); support to its own agents counts only as perpetration.
    const { items, ownAgents, suspended } = aidRecord(facts, state);
    const counting: number[] = [];
    const all: number[] = [];
    const aidRank = TRUTH_RANK[aidNode.result];
    for (const a of items) {
      const weight = a.scale * knowledgeFactor(a.level);
      all.push(weight);
      if (aidNode.result !== 'does-not-hold' && TRUTH_RANK[aidAt(a.level, ctx.assumptions.knowledgeNotEstablished)] >= aidRank) counting.push(weight);
    }
    const aidIntensity = PARAMETERS.respect.aid.value * combine(counting);
    const perpetrationIntensity = perpetration === 'does-not-hold' ? 0 : PARAMETERS.respect.perpetration.value;
    // For a judge's override: all the aid the state gave with some evidence on the record.
    const allAid = PARAMETERS.respect.aid.value * combine(all);
    const intensity = Math.max(perpetrationIntensity, allAid);
    const share = Math.max(resultFactor(perpetration) * perpetrationIntensity, resultFactor(aidNode.result) * aidIntensity);

    const because =
      result === 'holds'
        ? perpetration === 'holds'
          ? aidNode.result === 'holds'
            ? 'The state perpetrated the atrocities through its organs or agents, and aided other perpetrators with knowledge of the circumstances.'
            : 'The state perpetrated the atrocities through its organs or agents.'
          : 'The state aided the perpetrators with knowledge of the circumstances.'
        : result === 'unknown'
          ? 'The record leaves open whether the state participated: knowledge or the atrocities themselves are not established.'
          : items.length === 0 && suspended.evidence.length > 0
            ? 'The state neither perpetrated the atrocities nor aided the perpetrators: the support recorded for it was suspended by its own act before it was given.'
            : 'The state neither perpetrated the atrocities nor aided the perpetrators with knowledge.';
    const general = generalSupportNode(facts, state, aidNode.result);
    const trace = node({
      rule: 'respect',
      label: 'Duty to respect (participation)',
      result,
      because,
      citations: CITES_HAKIMI_RESPECT,
      children: [perpetrationNode, aidNode, ...(ownAgents.evidence.length > 0 ? [ownAgentsNode(facts, ownAgents)] : []), ...(general ? [general] : [])],
    });
    return {
      duty: 'respect',
      title: respect.title,
      status: 'established',
      result,
      intensity,
      mitigation: 1,
      share,
      informational: false,
      trace,
      elements: { perpetration, aid: aidNode.result },
    };
  },
};
