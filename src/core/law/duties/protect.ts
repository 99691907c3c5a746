import { CITE } from '../authorities';
import type { ActFact, PerpetratorFact, RecordFacts, RelationshipFact } from '../facts';
import { atLeast } from '../levels';
import type { Measure } from '../../shared/vocabulary';
import { PARAMETERS } from '../parameters';
import { evaluate, node, withFullerCitations } from '../rule-evaluation';
import type { Rule } from '../rule-evaluation';
import { allOf, anyOf } from '../types';
import type { RelationshipKind } from '../../scenario/schema';
import type { Citation, TraceNode, Truth } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actWords, attributablePerpetrators, combine, firstRoundKnowing, levelWords, listed, perpetratorNames, relationshipWords, resultFactor, stateWithArticle } from './common';
import { ownEntry } from '../../session/lookup';

/**
 * Ties that ground no duty to protect by themselves (Hakimi at 269-73): named one by one in the
 * non-trigger, in this order, so that a judgment names only the ties the state has.
 */
const WEAK_TIE_WORDS: Partial<Record<RelationshipKind, string>> = {
  proximity: 'proximity',
  'political-links': 'political links',
  'colonial-tie': 'a colonial tie',
  'arms-supplier': 'arms supply',
};

// Citation lists of trace nodes, built once (trace nodes are immutable and share them).
const CITES_BOSNIA_431 = [CITE.bosnia431];
const CITES_BOSNIA_431_ANALOGY = [CITE.bosnia431Analogy];
// The measures due: due diligence (Hakimi); for an occupier, vigilance in the occupied territory
// (Armed Activities ¶179); for genocide, all means reasonably available (Bosnia v. Serbia ¶430).
const CITES_BREACH = [CITE.hakimiDiligence];
const CITES_BREACH_OCCUPIER = [CITE.hakimiDiligence, CITE.armedActivities179];
const CITES_BREACH_GENOCIDE = [CITE.hakimiDiligence, CITE.bosnia430Conduct];
const CITES_BREACH_OCCUPIER_GENOCIDE = [CITE.hakimiDiligence, CITE.armedActivities179, CITE.bosnia430Conduct];
const CITES_BEHRAMI_ETC = [CITE.behrami, CITE.hakimiBehrami, CITE.cyprusPrivate, CITE.hakimiCyprus, CITE.hakimiNoAuthority];
const CITES_HAKIMI_PROTECT_BOSNIA_430 = [CITE.hakimiProtect, CITE.bosnia430];
const CITES_HAKIMI_PROTECT_ONLY = [CITE.hakimiProtect];
const NO_CITATIONS: Citation[] = [];
const CITES_HAKIMI_CAPACITY_NOT_TRIGGER_ETC = [CITE.hakimiCapacityNotTrigger, CITE.hakimiCapacity];
const CITES_HAKIMI_PROTECT = [CITE.hakimiProtect];

/**
 * Duty to protect (due diligence to restrain third-party perpetrators). Status: emerging.
 *
 * Triggered by a relationship, never by capacity alone:
 * - governmental authority over the area (occupation, administration): Armed Activities ¶¶173-178
 *   ("not only stationed in particular locations but also ... substituted their own authority");
 * - substantial support to the perpetrator, which "survives by virtue of" it: Cyprus v. Turkey ¶77;
 *   Ilaşcu ¶¶392-394;
 * - for genocide, the Genocide Convention duty to prevent (art. I), scaled by the relational
 *   "capacity to influence effectively" (distance, political and other links, legal position):
 *   Bosnia v. Serbia ¶430; it arises when the state learns of a serious risk (¶431).
 * Not triggered by troops present without governmental authority (Behrami; Cyprus as to private
 * actors), nor by positive capacity (Hakimi at 269-73).
 * Breached by not taking the measures due: "economic, diplomatic, or criminal measures against the
 * perpetrators", conditioning or suspending support (Hakimi at 269-73).
 */

interface PerpetratorContext extends DutyContext {
  perpetrator: PerpetratorFact;
  /** The state's relationships that reach this perpetrator, and its support acts to it (computed once). */
  ties: RelationshipFact[];
  supportActs: ActFact[];
  /** Its protective measures that reach this perpetrator. */
  measures: ActFact[];
  capacity: { value: number; links: string[]; evidence: string[] };
}

interface BreachContext extends PerpetratorContext {
  arises: number;
  /** Its suspensions of its own support, which are not the measures due from an occupier. */
  setAside: ActFact[];
}

const { actWeight, clear: supportClear, arguable: supportArguable } = PARAMETERS.substantialSupport;
const capacity = PARAMETERS.capacityToInfluence;

function relationshipsTo(ctx: PerpetratorContext, kind: RelationshipKind): RelationshipFact[] {
  // Support the state itself suspended is no tie from then on (facts: supportRelationships).
  if (kind === 'substantial-support') return ctx.ties.filter((r) => r.kind === kind && supportRounds(ctx, r).length > 0);
  return ctx.ties.filter((r) => r.kind === kind);
}

/** The rounds a support relationship was in force, ended by the state's own act suspending support. */
function supportRounds(ctx: DutyContext, r: RelationshipFact): readonly number[] {
  // Every substantial-support relationship that reaches a perpetrator is one of the facts' support relationships.
  return ctx.state.supportRelationships.find((sr) => sr.relationship === r)?.rounds ?? [];
}

function supportActsTo(ctx: PerpetratorContext): ActFact[] {
  return ctx.supportActs;
}

function supportUnits(acts: readonly ActFact[]): number {
  let units = 0;
  for (const a of acts) units += actWeight[a.scale].value;
  return units;
}

/**
 * A Council resolution that mandates a peace operation or authorises force places the presence it
 * mandates under UN authority: the contributing state does not exercise governmental authority of
 * its own (Behrami ¶¶5-7, 123-127; parameters: councilAuthorisation). Classified once per draft by
 * the facts; an adopted Council draft carrying such a measure is a mandate.
 */
export function councilMandate(measures: readonly Measure[]): boolean {
  const authorising = PARAMETERS.councilAuthorisation.value;
  return measures.some((m) => authorising.includes(m));
}

/** The acts under a Council mandate (peace operation or force): the presence is the UN's (Behrami). */
function underCouncilMandate(ctx: DutyContext, act: ActFact): boolean {
  return Object.values(ctx.facts.drafts).some((d) => d.councilAuthorisation && d.round <= act.round);
}

const authorityRule: Rule<PerpetratorContext> = {
  id: 'protect.trigger.governmental-authority',
  label: 'Governmental authority over the area (occupation or administration)',
  citations: [CITE.armedActivities173, CITE.armedActivities178, CITE.hague42, CITE.hakimiProtect],
  default: (ctx) => {
    const rels = relationshipsTo(ctx, 'governmental-authority');
    const acts = ctx.state.presence.filter((a) => a.kind === 'administering-territory');
    if (rels.length === 0 && acts.length === 0) {
      return { result: 'does-not-hold', because: 'The state exercises no governmental authority over the area where the perpetrator operates.' };
    }
    return {
      result: 'holds',
      because: 'The state has substituted its own authority for that of the territorial government in the area (Armed Activities ¶173): as occupier or administrator it must, in the words of ¶178, "protect the inhabitants ... and not ... tolerate such violence by any third party".',
      facts: [...rels.map((r) => relationshipWords(ctx.facts, r)), ...acts.map((a) => actWords(ctx.facts, a))],
      evidence: [...rels.map((r) => r.ref), ...acts.map((a) => a.ref)],
    };
  },
  exceptions: [
    {
      label: 'council-mandate',
      text: 'Applies when the only authority on the record is exercised under a Council mandate for a peace operation or force: the authority is the UN\'s (Behrami).',
      citations: [CITE.behrami, CITE.hakimiBehrami],
      when: (ctx) => {
        const acts = ctx.state.presence.filter((a) => a.kind === 'administering-territory');
        if (relationshipsTo(ctx, 'governmental-authority').length > 0 || acts.length === 0) return null;
        if (!acts.every((a) => underCouncilMandate(ctx, a))) return null;
        return {
          result: 'does-not-hold',
          because: 'It administers the area under a Council mandate: the governing authority is the UN\'s, not the state\'s own, as in Behrami, read by Hakimi at 269-73.',
          evidence: [...acts.map((a) => a.ref), ...Object.values(ctx.facts.drafts).filter((d) => d.councilAuthorisation).map((d) => d.ref)],
        };
      },
    },
    {
      label: 'authority-not-established',
      text: 'Applies when the record shows only limited acts of administration: whether authority was "in fact established and exercised" is open.',
      citations: [CITE.armedActivities173],
      when: (ctx) => {
        if (relationshipsTo(ctx, 'governmental-authority').length > 0) return null;
        const own = ctx.state.presence.filter((a) => a.kind === 'administering-territory' && !underCouncilMandate(ctx, a));
        if (own.length === 0 || own.some((a) => a.scale === 'substantial')) return null;
        return {
          result: 'unknown',
          because: 'It administered the area only to a limited extent: whether it substituted its authority for the government\'s is not established.',
          evidence: own.map((a) => a.ref),
        };
      },
      exceptions: [
        {
          label: 'authority-contested',
          text: 'Applies when the state contests its authority and the record does not establish it (memorial: no governmental authority).',
          when: (ctx) =>
            ctx.assumptions.noGovernmentalAuthority
              ? { result: 'does-not-hold', because: 'The state contests that it exercised governmental authority, and limited acts of administration do not establish it.' }
              : null,
        },
      ],
    },
  ],
};

const supportRule: Rule<PerpetratorContext> = {
  id: 'protect.trigger.substantial-support',
  label: 'Substantial support to the perpetrator',
  citations: [CITE.cyprus77, CITE.ilascu392, CITE.ilascu393, CITE.hakimiProtect],
  default: (ctx) => {
    const rels = relationshipsTo(ctx, 'substantial-support');
    const acts = supportActsTo(ctx);
    const units = supportUnits(acts);
    if (rels.length > 0) {
      return {
        result: 'holds',
        because:
          ctx.perpetrator.kind === 'government'
            ? `The record establishes the state's substantial support to ${ctx.perpetrator.name}, another state's forces: a relationship between states like France's "extensive financial and military aid" to the Rwandan regime (Hakimi at 269-73), which entangles the supporter with the perpetrator.`
            : `The record establishes that the perpetrator, ${ctx.perpetrator.name}, depends on the state's support: like the local administration in Cyprus (¶77) and the "MRT" in Ilaşcu (¶392), it "survives by virtue of" that support.`,
        facts: [...rels.map((r) => relationshipWords(ctx.facts, r)), ...acts.map((a) => actWords(ctx.facts, a))],
        evidence: [...rels.map((r) => r.ref), ...acts.map((a) => a.ref)],
      };
    }
    if (units >= supportClear.value) {
      const crossing = crossingRound(acts, supportClear.value);
      // The Cyprus and Ilaşcu words ("survives by virtue of") fit a group that depends on its
      // patron; a state's own forces do not survive by virtue of a few deliveries. Between states
      // the seed grounds the duty on the volume of aid itself (France and the Rwandan regime).
      const why =
        ctx.perpetrator.kind === 'government'
          ? `${ctx.perpetrator.name} ${ctx.perpetrator.state ? `are the forces of ${stateWithArticle(ownEntry(ctx.facts.byCode, ctx.perpetrator.state)?.name ?? ctx.perpetrator.state)}, which do not survive by virtue of its deliveries; but support` : 'is a state organ; but support'} of that volume entangles the supplier with the perpetrator as France's "extensive financial and military aid" did with the Rwandan regime (Hakimi at 269-73), and the state "already involved itself in the situation".`
          : `Support of that volume is support the group depends on, as the local administration in Cyprus (¶77) and the "MRT" in Ilaşcu (¶392) depended on theirs.`;
      return {
        result: 'holds',
        because: `Its material support to ${ctx.perpetrator.name} on the record (${acts.length} acts, ${units.toFixed(2)} units) reached the threshold of substantial support (${supportClear.value} units) in round ${crossing}. ${why}`,
        facts: acts.map((a) => actWords(ctx.facts, a)),
        evidence: acts.map((a) => a.ref),
      };
    }
    return {
      result: 'does-not-hold',
      because:
        acts.length === 0
          ? `The state gives ${ctx.perpetrator.name} no support on the record.`
          : `Its support to ${ctx.perpetrator.name} (${units.toFixed(2)} units) is below what makes support substantial (${supportArguable.value}).`,
      facts: acts.map((a) => actWords(ctx.facts, a)),
      evidence: acts.map((a) => a.ref),
    };
  },
  exceptions: [
    {
      label: 'substantiality-open',
      text: 'Applies when support on the record is more than incidental but short of what the group survives by virtue of.',
      citations: [CITE.ilascu392],
      when: (ctx) => {
        if (relationshipsTo(ctx, 'substantial-support').length > 0) return null;
        const acts = supportActsTo(ctx);
        const units = supportUnits(acts);
        if (units < supportArguable.value || units >= supportClear.value) return null;
        return {
          result: 'unknown',
          because: `Its support to ${ctx.perpetrator.name} (${units.toFixed(2)} units) may or may not be support the group depends on (threshold ${supportClear.value}).`,
          evidence: acts.map((a) => a.ref),
        };
      },
      exceptions: [
        {
          label: 'substantiality-contested',
          text: 'Applies when the state contests that its support was substantial and the record does not establish it (memorial: support not substantial).',
          when: (ctx) =>
            ctx.assumptions.supportNotSubstantial
              ? { result: 'does-not-hold', because: 'The state contests that its support was substantial, and the record does not show that the group survives by virtue of it.' }
              : null,
        },
      ],
    },
  ],
};

/** The round in which support given through acts first reaches `threshold` units (acts in order). */
function crossingRound(acts: readonly ActFact[], threshold: number): number {
  const ordered = [...acts].sort((a, b) => a.round - b.round || a.seq - b.seq);
  let units = 0;
  for (const a of ordered) {
    units += actWeight[a.scale].value;
    if (units >= threshold) return a.round;
  }
  return ordered[ordered.length - 1]?.round ?? 1;
}

/** Relational capacity to influence (Bosnia v. Serbia ¶430): links, not power. */
export function capacityToInfluence(facts: RecordFacts, ties: readonly RelationshipFact[], acts: readonly ActFact[]): { value: number; links: string[]; evidence: string[] } {
  const kinds = new Set<RelationshipKind>();
  const links: string[] = [];
  const evidence: string[] = [];
  for (const r of ties) {
    kinds.add(r.kind);
    links.push(relationshipWords(facts, r));
    evidence.push(r.ref);
  }
  const weights = [...kinds].sort().map((k) => capacity.weight[k].value);
  if (acts.length > 0 && !kinds.has('arms-supplier') && !kinds.has('substantial-support')) {
    weights.push(capacity.supportActs.value);
    links.push(`material support on the record (${listed(acts.map((a) => a.ref), ', ')})`);
    evidence.push(...acts.map((a) => a.ref));
  }
  return { value: combine(weights), links, evidence };
}

const genocideRule: Rule<PerpetratorContext> = {
  id: 'protect.trigger.genocide-prevention',
  label: 'Genocide Convention duty to prevent, scaled by the relational capacity to influence',
  citations: [CITE.genocideArt1, CITE.bosnia430, CITE.bosnia438],
  default: (ctx) => {
    if (!ctx.facts.genocide) return { result: 'does-not-hold', because: 'The crisis is not one of genocide: the Convention\'s duty to prevent is not engaged.' };
    if (!ctx.state.genocideConventionParty) return { result: 'does-not-hold', because: 'The state is not a party to the Genocide Convention.' };
    const c = ctx.capacity;
    // The capacity in words, not as the engine's measure (parameters: capacityToInfluence): a
    // judgment says how strong the links are and what they are, as ¶430 weighs them in concreto.
    const links = c.links.length > 0 ? c.links.join('; ') : 'no links at all';
    const words = `${c.value >= capacity.clear.value ? 'a clear' : 'an arguable'} capacity to influence, from ${links}`;
    if (c.value >= capacity.clear.value) {
      return {
        result: 'holds',
        because: `Its links to ${ctx.perpetrator.name} give it the capacity to influence that obliges it to "employ all means reasonably available" (¶430): ${words}.`,
        facts: c.links,
        evidence: c.evidence,
      };
    }
    if (c.value >= capacity.arguable.value) {
      return { result: 'unknown', because: `Whether its links give it a capacity to influence ${ctx.perpetrator.name} effectively is open: ${words}.`, facts: c.links, evidence: c.evidence };
    }
    return {
      result: 'does-not-hold',
      because: `Its relational capacity to influence ${ctx.perpetrator.name} is slight (its links: ${links}); capacity is measured by distance and links, not by power, as Bosnia v. Serbia ¶430 and Hakimi at 263-67 have it.`,
      facts: c.links,
      evidence: c.evidence,
    };
  },
};

/** The round the duty to act arose: the ground is in force and the state knows of a serious risk. */
function groundRounds(ctx: PerpetratorContext, authority: Truth, support: Truth, genocide: Truth): number[] {
  const rounds: number[] = [];
  const add = (from: number, until: number) => {
    for (let r = from; r <= until; r++) rounds.push(r);
  };
  const end = ctx.facts.rounds;
  if (authority !== 'does-not-hold') {
    for (const r of relationshipsTo(ctx, 'governmental-authority')) add(r.fromRound, r.untilRound);
    for (const a of ctx.state.presence) if (a.kind === 'administering-territory') add(a.round, end);
  }
  if (support !== 'does-not-hold') {
    for (const r of relationshipsTo(ctx, 'substantial-support')) rounds.push(...supportRounds(ctx, r));
    // Support given through acts entangles the state from the act that makes it substantial (or,
    // where the ground is only open, arguably so) until its last act of support: support that has
    // stopped does not keep it there. A ground that holds is dated from the round it held.
    const acts = [...supportActsTo(ctx)].sort((a, b) => a.round - b.round || a.seq - b.seq);
    const last = acts.length > 0 ? acts[acts.length - 1]!.round : 0;
    const threshold = support === 'holds' ? supportClear.value : supportArguable.value;
    let units = 0;
    for (const a of acts) {
      units += actWeight[a.scale].value;
      if (units >= threshold) {
        add(a.round, last);
        break;
      }
    }
  }
  if (genocide !== 'does-not-hold') {
    for (const r of ctx.ties) add(r.fromRound, r.untilRound);
    const rounds = supportActsTo(ctx).map((a) => a.round);
    if (rounds.length > 0) add(Math.min(...rounds), Math.max(...rounds));
  }
  return [...new Set(rounds)].sort((a, b) => a - b);
}

const breachRule: Rule<BreachContext> = {
  id: 'protect.breach',
  label: 'Failure to take the measures due against the perpetrator (economic, diplomatic, criminal; conditioning or suspending support)',
  // Completed per ground when the rule is applied (see breachCitations).
  citations: CITES_BREACH,
  default: (ctx) => ({
    result: 'holds',
    because: `From round ${ctx.arises} it had to exercise due diligence to restrain ${ctx.perpetrator.name}; the record shows no measure against it${
      ctx.setAside.length > 0
        ? `: suspending its own support (${listed(ctx.setAside.map((m) => m.ref), ', ')}) is not the vigilance an occupier owes against any third party`
        : ''
    }.`,
  }),
  exceptions: [
    {
      label: 'measures-taken',
      text: `Applies when the state took a measure against the perpetrator no later than ${PARAMETERS.protect.graceRounds.value} round(s) after the duty to act arose.`,
      citations: [CITE.hakimiDiligence],
      when: (ctx) => {
        const timely = ctx.measures.filter((m) => m.round <= ctx.arises + PARAMETERS.protect.graceRounds.value);
        if (timely.length === 0) return null;
        return {
          result: 'does-not-hold',
          because: `It took measures against ${ctx.perpetrator.name} in time (${listed(timely.map((m) => actWords(ctx.facts, m)), '; ')}).`,
          evidence: timely.map((m) => m.ref),
        };
      },
      exceptions: [
        {
          label: 'support-continued',
          text: 'Applies when the state kept supplying the perpetrator after the atrocities were apparent: measures undercut by continued support are not the diligence due (the finding stands, mitigated, as for late measures).',
          citations: [CITE.hakimiFranceRwanda, CITE.ilascu393],
          when: (ctx) => {
            const continued = supportActsTo(ctx).filter((a) => a.round >= ctx.arises && atLeast(a.knowledge.level, PARAMETERS.knowledge.apparent.value));
            if (continued.length === 0) return null;
            return {
              result: 'holds',
              because: `Its measures were undercut: it went on supporting ${ctx.perpetrator.name} after the atrocities were apparent (${listed(continued.map((a) => a.ref), ', ')}). Measures that are not the diligence due still count for something: the finding stands, mitigated.`,
              evidence: continued.map((a) => a.ref),
            };
          },
        },
      ],
    },
    {
      label: 'late-measures',
      text: 'Applies when the state took measures, but only after the time allowed: the finding stands, mitigated.',
      citations: [CITE.hakimiDiligence],
      when: (ctx) => {
        if (ctx.measures.length === 0) return null;
        if (ctx.measures.some((m) => m.round <= ctx.arises + PARAMETERS.protect.graceRounds.value)) return null;
        return {
          result: 'holds',
          because: `Its measures came late (${listed(ctx.measures.map((m) => actWords(ctx.facts, m)), '; ')}), after the duty to act arose in round ${ctx.arises}: the finding stands, mitigated.`,
          evidence: ctx.measures.map((m) => m.ref),
        };
      },
    },
  ],
};

interface PerpetratorResult {
  node: TraceNode;
  result: Truth;
  /** The share of the duty's weight this perpetrator engages (see DutyEvaluation.share). */
  share: number;
  /** The strongest ground that is not excluded (for a judge's override). */
  strength: number;
  elements: Record<string, Truth>;
}

/** The breach node with the authorities of the grounds that are engaged (nodes are immutable: a copy). */
function withBreachCitations(breach: TraceNode, authority: Truth, genocide: Truth): TraceNode {
  const occupier = authority !== 'does-not-hold';
  const prevention = genocide !== 'does-not-hold';
  const grounds = occupier && prevention ? CITES_BREACH_OCCUPIER_GENOCIDE : occupier ? CITES_BREACH_OCCUPIER : prevention ? CITES_BREACH_GENOCIDE : CITES_BREACH;
  return withFullerCitations(breach, CITES_BREACH, grounds);
}

function elementsOf(
  grounds: { authority: Truth; support: Truth; genocide: Truth },
  dutyToAct: Truth,
  breach: Truth,
  measuresTaken: Truth,
  supportContinued: Truth,
  late: boolean,
): Record<string, Truth> {
  return {
    authority: grounds.authority,
    support: grounds.support,
    'genocide-prevention': grounds.genocide,
    'duty-to-act': dutyToAct,
    breach,
    'measures-taken': measuresTaken,
    'support-continued': supportContinued,
    'late-measures': late ? 'holds' : 'does-not-hold',
  };
}

/** The ground of the duty in words: "As the authority in the area", "As its substantial supporter". */
function groundWords(authority: Truth, support: Truth, genocide: Truth): string {
  const grounds: string[] = [];
  if (authority !== 'does-not-hold') grounds.push('as the authority in the area (occupier or administrator), bound to protect its inhabitants (Armed Activities ¶¶173-179)');
  if (support !== 'does-not-hold') grounds.push('as its substantial supporter');
  if (genocide !== 'does-not-hold') grounds.push('as a party to the Genocide Convention with the capacity to influence it');
  const text = grounds.join(', and ');
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : 'Tied to it';
}

const CITES_SUPPORT_BETWEEN_STATES = [CITE.hakimiBetweenStates, CITE.hakimiProtect];

/**
 * Support to another state's forces is judged as support between states (France and
 * the Rwandan regime), not in the words of Cyprus and Ilaşcu about a group that survives by its
 * patron: the node cites the authority of the ground engaged (nodes are immutable: a copy).
 */
function supportBetweenStates(ctx: PerpetratorContext, n: TraceNode): TraceNode {
  if (ctx.perpetrator.kind !== 'government' || n.result === 'does-not-hold') return n;
  return { ...n, citations: CITES_SUPPORT_BETWEEN_STATES };
}

function evaluatePerpetrator(ctx: PerpetratorContext): PerpetratorResult {
  const id = ctx.perpetrator.id;
  // Each perpetrator is assessed apart: its rule ids carry "@perpetrator".
  const authorityNode = evaluate(authorityRule, ctx, [], `${authorityRule.id}@${id}`);
  const supportNode = supportBetweenStates(ctx, evaluate(supportRule, ctx, [], `${supportRule.id}@${id}`));
  const tested = evaluate(genocideRule, ctx, [], `${genocideRule.id}@${id}`);
  // Where no genocide is charged the Convention's duty is not a ground tested: it cites nothing.
  const genocideNode = ctx.facts.genocide ? tested : { ...tested, citations: NO_CITATIONS };
  const trigger = anyOf([authorityNode.result, supportNode.result, genocideNode.result]);
  const c = ctx.capacity.value;
  // Each ground carries its own strength: authority and substantial support in full, genocide
  // prevention by the capacity to influence.
  const grounds: { result: Truth; strength: number }[] = [
    { result: authorityNode.result, strength: PARAMETERS.protect.authority.value },
    { result: supportNode.result, strength: PARAMETERS.protect.support.value },
    { result: genocideNode.result, strength: Math.min(1, c) },
  ];
  const strength = Math.max(0, ...grounds.filter((g) => g.result !== 'does-not-hold').map((g) => g.strength));
  const shareOf = (breach: Truth, mitigation: number): number =>
    Math.max(0, ...grounds.map((g) => resultFactor(allOf([g.result, breach])) * g.strength * mitigation));

  const children: TraceNode[] = [authorityNode, supportNode, genocideNode];
  const elements = { authority: authorityNode.result, support: supportNode.result, genocide: genocideNode.result };
  if (trigger === 'does-not-hold') {
    return {
      node: node({
        rule: `protect.perpetrator@${id}`,
        label: `Duty to protect against ${ctx.perpetrator.name}`,
        result: 'does-not-hold',
        because: `No relationship with the perpetrator ${ctx.perpetrator.name} grounds a duty to restrain it.`,
        children,
      }),
      result: 'does-not-hold',
      share: 0,
      strength: 0,
      elements: elementsOf(elements, 'does-not-hold', 'does-not-hold', 'does-not-hold', 'does-not-hold', false),
    };
  }

  const threshold = PARAMETERS.knowledge.dutyToActArises.value;
  const rounds = groundRounds(ctx, authorityNode.result, supportNode.result, genocideNode.result);
  const arises = rounds.find((r) => firstRoundKnowing(ctx.state, threshold, r) === r) ?? null;
  const knowledgeRefs = arises !== null ? ctx.state.knowledgeByRound[arises - 1]!.refs : [];
  const arisesNode = node({
    rule: `protect.duty-to-act@${id}`,
    label: 'The duty to act arises when the state learns, or should have learned, of a serious risk',
    result: arises !== null ? 'holds' : 'does-not-hold',
    because:
      arises !== null
        ? `By round ${arises}, while the tie was in force, the state knew or should have known of a serious risk (${levelWords(ctx.state.knowledgeByRound[arises - 1]!.level)}).`
        : `While the tie was in force the state had no notice of a serious risk (nothing at the level of ${levelWords(threshold)}): the duty to act never arose.`,
    evidence: knowledgeRefs,
    citations: genocideNode.result !== 'does-not-hold' ? CITES_BOSNIA_431 : CITES_BOSNIA_431_ANALOGY,
  });
  children.push(arisesNode);
  if (arises === null) {
    return {
      node: node({ rule: `protect.perpetrator@${id}`, label: `Duty to protect against ${ctx.perpetrator.name}`, result: 'does-not-hold', because: arisesNode.because, children }),
      result: 'does-not-hold',
      share: 0,
      strength,
      elements: elementsOf(elements, 'does-not-hold', 'does-not-hold', 'does-not-hold', 'does-not-hold', false),
    };
  }

  const breachCtx: BreachContext = {
    facts: ctx.facts,
    state: ctx.state,
    assumptions: ctx.assumptions,
    perpetrator: ctx.perpetrator,
    ties: ctx.ties,
    supportActs: ctx.supportActs,
    // Suspending its own support is the measure due from a supporter (and a means of influence for
    // genocide prevention); but an occupier's vigilance (Armed Activities ¶179) is not discharged
    // by not arming a group, so where authority is a ground other measures are due.
    measures: authorityNode.result !== 'does-not-hold' ? ctx.measures.filter((m) => m.kind !== 'suspending-support') : ctx.measures,
    setAside: authorityNode.result !== 'does-not-hold' ? ctx.measures.filter((m) => m.kind === 'suspending-support') : [],
    capacity: ctx.capacity,
    arises,
  };
  const breachNode = withBreachCitations(evaluate(breachRule, breachCtx, [], `${breachRule.id}@${id}`), authorityNode.result, genocideNode.result);
  children.push(breachNode);
  // Measures taken that are not the diligence due (late, or undercut by continued support) mitigate.
  const late =
    breachNode.exceptions.some((e) => e.label === 'late-measures' && e.applied) ||
    breachNode.exceptions.some((e) => e.label === 'measures-taken' && e.exceptions.some((x) => x.applied));
  const result = allOf([trigger, breachNode.result]);
  // A duty discharged: the finding does not hold, but it rests on the ground that was engaged (its
  // authorities and facts) as much as on the measures that discharged it.
  const engaged = [authorityNode, supportNode, genocideNode].filter((n) => n.result !== 'does-not-hold');
  const discharged = result === 'does-not-hold';
  // A discharged duty was tested on the ground engaged: the grounds that were not engaged are not
  // the rule tested, and cite nothing (nodes are immutable: copies).
  if (discharged) {
    for (let i = 0; i < 3; i++) if (children[i]!.result === 'does-not-hold') children[i] = { ...children[i]!, citations: NO_CITATIONS };
  }
  return {
    node: node({
      rule: `protect.perpetrator@${id}`,
      label: `Duty to protect against ${ctx.perpetrator.name}`,
      result,
      because:
        result === 'holds'
          ? `The state had a duty to restrain ${ctx.perpetrator.name} and did not exercise the diligence due.`
          : result === 'unknown'
            ? `Whether the state had a duty to restrain ${ctx.perpetrator.name} is open on the record, and it took no measures that would discharge it.`
            : `${groundWords(authorityNode.result, supportNode.result, genocideNode.result)}, it had to restrain ${ctx.perpetrator.name} from round ${arises}; it exercised the diligence due: ${listed(breachCtx.measures.map((m) => actWords(ctx.facts, m)), '; ')}.`,
      evidence: discharged ? engaged.flatMap((n) => n.evidence) : undefined,
      citations: discharged ? engaged.flatMap((n) => n.citations) : undefined,
      children,
    }),
    result,
    share: shareOf(breachNode.result, late ? PARAMETERS.protect.lateMeasuresMitigation.value : 1),
    strength,
    elements: elementsOf(
      elements,
      'holds',
      breachNode.result,
      breachNode.exceptions.some((e) => e.label === 'measures-taken' && e.applied) ? 'holds' : 'does-not-hold',
      breachNode.exceptions.some((e) => e.label === 'measures-taken' && e.exceptions.some((x) => x.applied)) ? 'holds' : 'does-not-hold',
      late,
    ),
  };
}

export const protect: DutyModule = {
  id: 'protect',
  title: 'Duty to protect: due diligence to restrain the perpetrators',
  status: 'emerging',
  legalText: [CITE.armedActivities173, CITE.armedActivities178, CITE.cyprus77, CITE.ilascu392, CITE.ilascu393, CITE.genocideArt1, CITE.bosnia430, CITE.bosnia431, CITE.bosnia438, CITE.hakimiProtect, CITE.hakimiNoAuthority, CITE.hakimiDiligence],
  appliesTo: (state) => !state.territorial,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const { facts, state } = ctx;
    const attributable = attributablePerpetrators(facts, state);
    const thirdParties = facts.perpetrators.filter((p) => !attributable.has(p.id));
    const results = thirdParties.map((perpetrator) => {
      const ties = state.relationships.filter((r) => r.perpetrators.includes(perpetrator.id));
      const supportActs = state.support.filter((a) => a.perpetrators.includes(perpetrator.id));
      const measures = state.protective.filter((m) => m.perpetrators.includes(perpetrator.id));
      const capacity = capacityToInfluence(ctx.facts, ties, supportActs);
      return evaluatePerpetrator({ facts, state, assumptions: ctx.assumptions, perpetrator, ties, supportActs, measures, capacity });
    });
    const result = anyOf(results.map((r) => r.result));
    // The finding carries the weight of the gravest failure among the perpetrators.
    const share = Math.max(0, ...results.map((r) => r.share));
    const strength = Math.max(0, ...results.map((r) => r.strength));

    const children: TraceNode[] = results.map((r) => r.node);
    // Decisive non-triggers (docs/design.md §1.3): recorded so the trace says why they ground nothing.
    const troops = state.relationships.filter((r) => r.kind === 'troops-present');
    const deployments = state.presence.filter((a) => a.kind === 'troop-deployment' || a.kind === 'contingent-reinforcement');
    if (troops.length > 0 || deployments.length > 0) {
      children.push(
        node({
          rule: 'protect.non-trigger.troops-present',
          label: 'Troops present without governmental authority',
          result: 'does-not-hold',
          because: `Its troops are present, but presence without governmental authority does not ground a duty to protect: France in Behrami and Turkey as to private actors in Cyprus were not held to one (Hakimi at 269-73).${
            results.some((r) => r.elements['genocide-prevention'] !== 'does-not-hold')
              ? ' Presence counts only as a link toward the capacity to influence that Bosnia v. Serbia ¶430 measures under the Genocide Convention\'s duty to prevent.'
              : ''
          }`,
          facts: [...troops.map((r) => relationshipWords(facts, r)), ...deployments.map((a) => actWords(facts, a))],
          evidence: [...troops.map((r) => r.ref), ...deployments.map((a) => a.ref)],
          citations: CITES_BEHRAMI_ETC,
        }),
      );
    }
    const weakTies = state.relationships.filter((r) => WEAK_TIE_WORDS[r.kind] !== undefined);
    if (weakTies.length > 0 && result === 'does-not-hold') {
      // Name the ties this state has, not the whole class: a reader would ask what colonial tie.
      const kinds = (Object.keys(WEAK_TIE_WORDS) as RelationshipKind[]).filter((k) => weakTies.some((r) => r.kind === k));
      const words = kinds.map((k) => WEAK_TIE_WORDS[k]!);
      const ties = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
      children.push(
        node({
          rule: 'protect.non-trigger.other-ties',
          label: `${ties.charAt(0).toUpperCase()}${ties.slice(1)} alone`,
          result: 'does-not-hold',
          because: `Its ${words.length === 1 ? 'tie' : 'ties'} (${ties}) ${words.length === 1 ? 'is' : 'are'} not governmental authority or support the perpetrator survives by virtue of${
            kinds.includes('arms-supplier') ? '; arms supplied with knowledge are judged under the duty to respect, as aid under art. 16' : ''
          }.`,
          facts: weakTies.map((r) => relationshipWords(facts, r)),
          evidence: weakTies.map((r) => r.ref),
          citations: facts.genocide ? CITES_HAKIMI_PROTECT_BOSNIA_430 : CITES_HAKIMI_PROTECT_ONLY,
        }),
      );
    }
    children.push(
      node({
        rule: 'protect.non-trigger.capacity-alone',
        label: 'Positive capacity alone (power, wealth, a permanent seat)',
        result: 'does-not-hold',
        because: `Positive capacity is not a ground: a state's military, economic or diplomatic power${state.permanentMember ? ', or its permanent seat on the Council,' : ''} creates no duty to protect without a relationship with the perpetrators, as Hakimi shows at 263-73.`,
        // Cited only where the finding fails for want of a ground, not where a duty was discharged.
        citations: results.some((r) => r.elements['duty-to-act'] === 'holds') ? NO_CITATIONS : CITES_HAKIMI_CAPACITY_NOT_TRIGGER_ETC,
      }),
    );

    const because =
      thirdParties.length === 0
        ? 'Every perpetrator is the state\'s own organ or agent: its participation is judged under the duty to respect.'
        : result === 'holds'
          ? `The state had a duty to restrain ${perpetratorNames(facts, results.filter((r) => r.result === 'holds').map((r) => r.node.rule.split('@')[1]!))} and did not exercise the diligence due.`
          : result === 'unknown'
            ? 'Whether the state had a duty to protect is open on the record.'
            : results.every((r) => r.elements['authority'] === 'does-not-hold' && r.elements['support'] === 'does-not-hold' && r.elements['genocide-prevention'] === 'does-not-hold')
            ? facts.genocide && !state.genocideConventionParty
              ? 'It exercises no governmental authority over the perpetrators\' area and gives them no substantial support; and, not being a party to the Genocide Convention, it owes no duty to prevent measured by its capacity to influence.'
              : 'No relationship with the perpetrators (governmental authority, substantial support, or for genocide a capacity to influence) grounds a duty to protect.'
            : results.some((r) => r.elements['duty-to-act'] === 'holds')
              ? results.find((r) => r.elements['duty-to-act'] === 'holds')!.node.because
              : 'The state had no notice of a serious risk while its ties were in force: the duty to act never arose.';
    const trace = node({ rule: 'protect', label: 'Duty to protect (due diligence)', result, because, citations: CITES_HAKIMI_PROTECT, children });

    const elements: Record<string, Truth> = {};
    for (const key of ['authority', 'support', 'genocide-prevention', 'duty-to-act', 'breach', 'measures-taken', 'support-continued', 'late-measures']) {
      elements[key] = anyOf(results.map((r) => r.elements[key] ?? 'does-not-hold'));
    }
    elements['authority-under-council'] = results.some((r) => r.node.children.some((c) => c.exceptions.some((e) => e.label === 'council-mandate' && e.applied))) ? 'holds' : 'does-not-hold';
    return {
      duty: 'protect',
      title: protect.title,
      status: 'emerging',
      result,
      intensity: strength,
      mitigation: 1,
      share,
      informational: false,
      trace,
      elements,
    };
  },
};
