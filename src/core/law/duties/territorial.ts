import { CITE } from '../authorities';
import type { ActFact, PerpetratorFact } from '../facts';
import { PARAMETERS } from '../parameters';
import { evaluate, node } from '../rules';
import type { Rule } from '../rules';
import { allOf, anyOf } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actWords, atrocitiesEstablished, listed, perpetratorNames, relationshipWords, resultFactor } from './common';

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
 * unless it supports them at the same time).
 */

interface ThirdPartyContext extends DutyContext {
  thirdParties: PerpetratorFact[];
}

function supportTo(ctx: ThirdPartyContext): ActFact[] {
  const ids = new Set(ctx.thirdParties.map((p) => p.id));
  return ctx.state.support.filter((a) => a.perpetrators.some((p) => ids.has(p)));
}

const restrainRule: Rule<ThirdPartyContext> = {
  id: 'territorial.failure-to-restrain',
  label: 'Failure to restrain third-party perpetrators on its territory (due diligence)',
  citations: [CITE.iccpr2, CITE.worldSummit138],
  default: (ctx) =>
    ctx.thirdParties.length === 0
      ? { result: 'does-not-hold', because: 'Every perpetrator is the state\'s own organ or agent: there is no third party to restrain.' }
      : {
          result: 'holds',
          because: `${perpetratorNames(ctx.facts, ctx.thirdParties.map((p) => p.id))} commit atrocities on its territory and the record shows no measure by the state to restrain them.`,
          evidence: ctx.thirdParties.map((p) => p.ref),
        },
  exceptions: [
    {
      label: 'measures-taken',
      text: 'Applies when the state took measures (criminal, diplomatic, economic) against the third-party perpetrators.',
      citations: [CITE.hakimiDiligence],
      when: (ctx) => {
        const ids = new Set(ctx.thirdParties.map((p) => p.id));
        const measures = ctx.state.protective.filter((m) => m.perpetrators.some((p) => ids.has(p)));
        if (ctx.thirdParties.length === 0 || measures.length === 0) return null;
        return { result: 'does-not-hold', because: `It took measures against them (${listed(measures.map((m) => actWords(ctx.facts, m)), '; ')}).`, evidence: measures.map((m) => m.ref) };
      },
      exceptions: [
        {
          label: 'supports-the-perpetrators',
          text: 'Applies when the state supports or arms the third-party perpetrators it claims to restrain.',
          citations: [CITE.hakimiFranceRwanda],
          when: (ctx) => {
            const support = supportTo(ctx);
            const rels = ctx.state.relationships.filter(
              (r) => (r.kind === 'substantial-support' || r.kind === 'arms-supplier') && r.perpetrators.some((p) => ctx.thirdParties.some((t) => t.id === p)),
            );
            if (support.length === 0 && rels.length === 0) return null;
            return {
              result: 'holds',
              because: 'Its measures are undercut: it supports the very groups it had to restrain.',
              evidence: [...support.map((a) => a.ref), ...rels.map((r) => r.ref)],
            };
          },
        },
      ],
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
        ? `${perpetratorNames(facts, [...agents].sort()) || 'Its own forces'} act for the state: their conduct is its own, and it answers for it strictly. ${own.length > 0 ? `The record shows the state itself perpetrating (${listed(own.map((a) => a.ref), ', ')}).` : established.because}`
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
      elements: { 'own-agents': agentsNode.result, 'failure-to-restrain': restrain },
    };
  },
};
