import { CITE } from '../authorities';
import type { ActFact, PerpetratorFact, RelationshipFact } from '../facts';
import { PARAMETERS } from '../parameters';
import { evaluate, node } from '../rule-evaluation';
import type { Exception, Rule } from '../rule-evaluation';
import { allOf, anyOf } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actWords, atrocitiesEstablished, listed, perpetratorNames, relationshipWords, resultFactor } from './common';
import { ownEntry } from '../../session/lookup';

/**
 * The territorial state's primary responsibility. Status: established.
 *
 *   2005 World Summit Outcome ¶138: "Each individual State has the responsibility to protect its
 *   populations from genocide, war crimes, ethnic cleansing and crimes against humanity."
 *   ICCPR art. 2(1): "to respect and to ensure to all individuals within its territory ...".
 *   ARSIWA arts. 4-8: the conduct of its organs and of those it directs or controls is its own.
 *
 * Breached when its agents commit atrocities (strict: Hakimi at 263-67), or when it fails to
 * restrain third parties on its territory (due diligence: measures against them discharge it,
 * unless it supports them at the same time). Due diligence is an obligation of conduct, measured
 * by the means reasonably available (Bosnia v. Serbia ¶430): where the third parties hold the area
 * by force against the state, or another state exercises governmental authority there throughout
 * (occupation: Armed Activities ¶¶173-178), its want of action is not toleration (Armed
 * Activities ¶301), unless it supports them.
 */

interface ThirdPartyContext extends DutyContext {
  thirdParties: PerpetratorFact[];
}

function supportTo(ctx: ThirdPartyContext, to: readonly PerpetratorFact[] = ctx.thirdParties): ActFact[] {
  const ids = new Set(to.map((p) => p.id));
  return ctx.state.support.filter((a) => a.perpetrators.some((p) => ids.has(p)));
}

/** Its ties that prop up or arm the given perpetrators (relationships in the scenario). */
function supportTies(ctx: ThirdPartyContext, to: readonly PerpetratorFact[] = ctx.thirdParties): RelationshipFact[] {
  const ids = new Set(to.map((p) => p.id));
  // Support the state itself suspended before it was given is no support (facts: supportRelationships).
  return ctx.state.supportRelationships
    .filter((sr) => sr.rounds.length > 0)
    .map((sr) => sr.relationship)
    .filter((r) => (r.kind === 'substantial-support' || r.kind === 'arms-supplier') && r.perpetrators.some((p) => ids.has(p)));
}

/**
 * Why a third party is beyond the territorial state's reach, if it is: it holds its area by force
 * against the state, or another state exercises governmental authority over the area (occupation)
 * throughout the record.
 */
export function beyondReach(ctx: DutyContext, p: PerpetratorFact): { because: string; evidence: string[] } | null {
  if (p.holdsAreaAgainstState && p.kind === 'de-facto-administration') {
    // Its conduct is not the state's (ARSIWA art. 10 cmt. (4)); it governs the area in the state's place.
    return { because: `${p.name} is a de facto administration that governs the area in its place, without its consent: its conduct is not the state's (ARSIWA art. 10, commentary para. (4)), and the state has no authority there to restrain it`, evidence: [p.ref] };
  }
  if (p.holdsAreaAgainstState) return { because: `the perpetrator ${p.name} holds the area where it operates by force against it`, evidence: [p.ref] };
  const occupation = ctx.facts.states.flatMap((s) => s.relationships).filter(
    (r) => r.kind === 'governmental-authority' && r.from !== ctx.state.state && r.perpetrators.includes(p.id) && r.fromRound <= 1 && r.untilRound >= ctx.facts.rounds,
  );
  if (occupation.length === 0) return null;
  return {
    because: `${listed(occupation.map((r) => ownEntry(ctx.facts.byCode, r.from)?.name ?? r.from))} exercised governmental authority where the perpetrator ${p.name} operates (occupation: Armed Activities ¶¶173-178)`,
    evidence: occupation.map((r) => r.ref),
  };
}

function beyondAndInReach(ctx: ThirdPartyContext): { beyond: { p: PerpetratorFact; because: string; evidence: string[] }[]; inReach: PerpetratorFact[] } {
  const beyond: { p: PerpetratorFact; because: string; evidence: string[] }[] = [];
  const inReach: PerpetratorFact[] = [];
  for (const p of ctx.thirdParties) {
    const why = beyondReach(ctx, p);
    if (why) beyond.push({ p, ...why });
    else inReach.push(p);
  }
  return { beyond, inReach };
}

const supportsThem: Exception<ThirdPartyContext> = {
  label: 'supports-the-perpetrators',
  text: 'Applies when the state supports or arms the third-party perpetrators it claims to restrain, or could not reach.',
  citations: [CITE.hakimiFranceRwanda],
  when: (ctx) => {
    const support = supportTo(ctx);
    const rels = supportTies(ctx);
    if (support.length === 0 && rels.length === 0) return null;
    return {
      result: 'holds',
      because: 'Its measures are undercut: it supported the very groups it had to restrain.',
      evidence: [...support.map((a) => a.ref), ...rels.map((r) => r.ref)],
    };
  },
};

function measuresAgainst(ctx: ThirdPartyContext): ActFact[] {
  const ids = new Set(ctx.thirdParties.map((p) => p.id));
  // Ending its own support to them is not restraining them.
  return ctx.state.protective.filter((m) => m.kind !== 'suspending-support' && m.perpetrators.some((p) => ids.has(p)));
}

const restrainRule: Rule<ThirdPartyContext> = {
  id: 'territorial.failure-to-restrain',
  label: 'Failure to restrain third-party perpetrators on its territory (due diligence)',
  citations: [CITE.iccpr2, CITE.worldSummit138],
  default: (ctx) => {
    if (ctx.thirdParties.length === 0) return { result: 'does-not-hold', because: 'Every perpetrator is the state\'s own organ or agent: there is no third party to restrain.' };
    const { beyond, inReach } = beyondAndInReach(ctx);
    // Those beyond its reach are the `beyond-its-reach` exception's; the default names the others.
    const named = inReach.length > 0 ? inReach : ctx.thirdParties;
    // Acts by their log entry; a standing tie of the scenario in words (its reference is in the evidence).
    const supportActs = supportTo(ctx, named);
    const ties = supportTies(ctx, named);
    const support = [...supportActs.map((a) => a.ref), ...ties.map((r) => relationshipWords(ctx.facts, r))];
    // Failing to restrain those in its reach holds without any support: the support is context. Where
    // every one is beyond its reach, support is what defeats that exception: then it is an element.
    const supportRefs = [...supportActs.map((a) => a.ref), ...ties.map((r) => r.ref)];
    const namedIds = new Set(named.map((p) => p.id));
    const ended = ctx.state.protective.filter((m) => m.kind === 'suspending-support' && m.perpetrators.some((p) => namedIds.has(p)));
    const aside = inReach.length > 0 && beyond.length > 0 ? ` The others are beyond its reach: ${listed(beyond.map((b) => b.because), '; ')}.` : '';
    return {
      result: 'holds',
      because: `${named.length === 1 ? 'The perpetrator' : 'The perpetrators'} ${perpetratorNames(ctx.facts, named.map((p) => p.id))} commit${named.length === 1 ? 's' : ''} atrocities on its territory, and the record shows no measure by the state to restrain them${ended.length > 0 ? ` (ending its own support to them, ${listed(ended.map((m) => m.ref))}, is not restraining them)` : ''}${support.length > 0 ? `; it supported them (${listed(support)})` : ''}.${aside}`,
      evidence: [...named.map((p) => p.ref), ...(inReach.length > 0 ? [] : supportRefs)],
      ...(inReach.length > 0 && supportRefs.length > 0 ? { context: supportRefs } : {}),
    };
  },
  exceptions: [
    {
      label: 'measures-taken',
      text: 'Applies when the state took measures (criminal, diplomatic, economic) against the third-party perpetrators.',
      citations: [CITE.hakimiDiligence],
      when: (ctx) => {
        const measures = measuresAgainst(ctx);
        if (ctx.thirdParties.length === 0 || measures.length === 0) return null;
        return { result: 'does-not-hold', because: `It took measures against them (${listed(measures.map((m) => actWords(ctx.facts, m)), '; ')}).`, evidence: measures.map((m) => m.ref) };
      },
      exceptions: [supportsThem],
    },
    {
      label: 'beyond-its-reach',
      text:
        'Applies when every third-party perpetrator holds its area by force against the state, or another state exercises governmental authority over the area throughout (occupation), and the state took no measures (which would discharge the duty in any event): due diligence is measured by the means reasonably available.',
      citations: [CITE.armedActivities301, CITE.hakimiDiligence],
      when: (ctx) => {
        if (ctx.thirdParties.length === 0 || measuresAgainst(ctx).length > 0) return null;
        const { beyond, inReach } = beyondAndInReach(ctx);
        if (inReach.length > 0) return null;
        return {
          result: 'does-not-hold',
          because: `Beyond its reach (${listed(beyond.map((b) => b.because), '; ')}), it had no means there to restrain them, and its want of action is not toleration or acquiescence.`,
          evidence: beyond.flatMap((b) => b.evidence),
        };
      },
      exceptions: [supportsThem],
    },
  ],
};

export const territorial: DutyModule = {
  id: 'territorial',
  title: 'Primary responsibility of the territorial state',
  status: 'established',
  legalText: [CITE.worldSummit138, CITE.iccpr2, CITE.arsiwa4, CITE.arsiwa5, CITE.arsiwa8, CITE.hakimiStrictForAgents],
  appliesTo: (state) => state.territorial,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const { facts, state } = ctx;
    const established = atrocitiesEstablished(facts);
    const organs = facts.perpetrators.filter((p) => p.kind === 'government' && p.state === state.state);
    const agency = state.relationships.filter((r) => r.kind === 'agency');
    const agents = new Set([...organs.map((p) => p.id), ...agency.flatMap((r) => r.perpetrators)]);
    const own = state.perpetration;
    const hasAgents = agents.size > 0 || own.length > 0;
    const agentsNode = node({
      rule: 'territorial.own-agents',
      label: 'Atrocities by its organs or agents (ARSIWA arts. 4, 5, 8)',
      result: hasAgents ? (own.length > 0 ? 'holds' : established.result) : 'does-not-hold',
      because: hasAgents
        ? `${agents.size === 0 ? 'Its own forces act' : agents.size === 1 ? `The perpetrator ${perpetratorNames(facts, [...agents])} acts` : `The perpetrators ${perpetratorNames(facts, [...agents].sort())} act`} for the state: their conduct is its own, and it answers for it strictly. ${own.length > 0 ? `The record shows the state itself perpetrating (${listed(own.map((a) => a.ref), ', ')}).` : established.because}`
        : 'No perpetrator is its organ or agent.',
      facts: [...agency.map((r) => relationshipWords(facts, r)), ...own.map((a) => actWords(facts, a))],
      evidence: hasAgents ? [...organs.map((p) => p.ref), ...agency.map((r) => r.ref), ...own.map((a) => a.ref), ...established.evidence] : [],
      citations: [CITE.arsiwa4, CITE.arsiwa8, CITE.hakimiStrictForAgents],
    });
    const thirdParties = facts.perpetrators.filter((p) => !agents.has(p.id));
    const restrainNode = evaluate(restrainRule, { ...ctx, thirdParties });
    const restrain = allOf([restrainNode.result, established.result]);
    const result = anyOf([agentsNode.result, restrain]);
    const agentsShare = resultFactor(agentsNode.result) * PARAMETERS.territorial.ownAgents.value;
    const restrainShare = resultFactor(restrain) * PARAMETERS.territorial.failureToRestrain.value;
    const intensity = hasAgents ? PARAMETERS.territorial.ownAgents.value : restrain !== 'does-not-hold' ? PARAMETERS.territorial.failureToRestrain.value : 0;
    const because =
      result === 'holds'
        ? agentsNode.result === 'holds'
          ? 'Its own organs or agents commit the atrocities.'
          : 'It fails to restrain the third parties committing atrocities on its territory.'
        : result === 'unknown'
          ? established.because
          : restrainNode.exceptions.some((e) => e.label === 'beyond-its-reach' && e.applied)
            ? 'No atrocity on its territory is attributable to it, and the third parties were beyond its reach.'
            : 'No atrocity on its territory is attributable to it, and it restrained the third parties.';
    const trace = node({
      rule: 'territorial',
      label: 'Primary responsibility of the territorial state',
      result,
      because,
      citations: [CITE.worldSummit138],
      evidence: established.evidence,
      children: [agentsNode, restrainNode],
    });
    const beyondException = restrainNode.exceptions.find((e) => e.label === 'beyond-its-reach');
    const beyondReachResult = beyondException?.applied ? (beyondException.exceptions.some((e) => e.applied) ? 'does-not-hold' : 'holds') : 'does-not-hold';
    return {
      duty: 'territorial',
      title: territorial.title,
      status: 'established',
      result,
      intensity,
      mitigation: 1,
      share: Math.max(agentsShare, restrainShare),
      informational: false,
      trace,
      // beyond-reach: the third parties were beyond its reach and it did not support them.
      elements: { 'own-agents': agentsNode.result, 'failure-to-restrain': restrain, 'beyond-reach': beyondReachResult },
    };
  },
};
