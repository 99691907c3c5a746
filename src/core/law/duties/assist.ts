import { CITE } from '../authorities';
import { PARAMETERS } from '../parameters';
import { evaluate, node } from '../rule-evaluation';
import type { Rule } from '../rule-evaluation';
import { anyOf } from '../types';
import type { TraceNode } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actWords, listed, relationshipWords, resultFactor } from './common';

// Citation lists of trace nodes, built once (trace nodes are immutable and share them).
const CITES_HAKIMI_ASSIST_HURDLES = [CITE.hakimiAssistHurdles];

/**
 * Duty to assist (prevention). Status: aspirational.
 *
 *   Hakimi at 276-79: "positive capacity is an insufficient basis for assigning responsibility.
 *   ... an outside state might be responsible for not helping a population if the state
 *   contributed to the risk of atrocities breaking out, or if the state has a unique relationship
 *   with the population, such as one rooted in a colonial past."
 *   ICESCR art. 2(1): "to take steps, individually and through international assistance and
 *   co-operation".
 *
 * Triggered by a recorded contribution to the risk or a unique relationship (colonial tie); never
 * by capacity, nor by proximity.
 * Breached by not helping lessen the risk (prevention assistance); relief alone leaves it open.
 */

const breachRule: Rule<DutyContext> = {
  id: 'assist.breach',
  label: 'Failure to help lessen the risk (resources, training, rebuilding institutions)',
  citations: [CITE.hakimiAssist, CITE.icescr2],
  default: () => ({ result: 'holds', because: 'The record shows no help from the state to lessen the risk of atrocities.' }),
  exceptions: [
    {
      label: 'prevention-assistance',
      text: 'Applies when the state gave prevention assistance.',
      citations: [CITE.hakimiAssist],
      when: ({ facts, state }) =>
        state.prevention.length > 0
          ? { result: 'does-not-hold', because: `It helped lessen the risk (${listed(state.prevention.map((a) => actWords(facts, a)), '; ')}).`, evidence: state.prevention.map((a) => a.ref) }
          : null,
    },
    {
      label: 'relief-only',
      text: 'Applies when, without prevention assistance, the state gave only relief (humanitarian aid, accepting refugees).',
      citations: [CITE.hakimiAssist],
      when: ({ facts, state }) =>
        state.prevention.length === 0 && state.relief.length > 0
          ? {
              result: 'unknown',
              because: `It gave relief (${listed(state.relief.map((a) => actWords(facts, a)), '; ')}); whether relief lessens the risk of atrocities is open.`,
              evidence: state.relief.map((a) => a.ref),
            }
          : null,
    },
  ],
};

export const assist: DutyModule = {
  id: 'assist',
  title: 'Duty to assist: helping lessen the risk of atrocities',
  status: 'aspirational',
  legalText: [CITE.hakimiAssist, CITE.hakimiAssistCapacity, CITE.hakimiAssistHurdles, CITE.icescr2],
  appliesTo: (state) => !state.territorial,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const { facts, state } = ctx;
    const contributed = state.relationships.filter((r) => r.kind === 'contributed-to-risk');
    const contributionNode = node({
      rule: 'assist.trigger.contributed-to-risk',
      label: 'The state contributed to the risk of atrocities breaking out',
      result: contributed.length > 0 ? 'holds' : 'does-not-hold',
      because:
        contributed.length > 0
          ? 'The record establishes that the state contributed to the risk of atrocities breaking out.'
          : 'Nothing on the record shows that the state contributed to the risk of atrocities breaking out.',
      facts: contributed.map((r) => relationshipWords(facts, r)),
      evidence: contributed.map((r) => r.ref),
      citations: [CITE.hakimiAssist],
    });
    const colonial = state.relationships.filter((r) => r.kind === 'colonial-tie');
    const uniqueNode = node({
      rule: 'assist.trigger.unique-relationship',
      label: 'A unique relationship with the population (e.g. a colonial past)',
      result: colonial.length > 0 ? 'holds' : 'does-not-hold',
      because: colonial.length > 0 ? 'It has a unique relationship with the population, rooted in a colonial past.' : 'It has no unique relationship with the population.',
      facts: colonial.map((r) => relationshipWords(facts, r)),
      evidence: colonial.map((r) => r.ref),
      citations: [CITE.hakimiAssist],
    });
    const capacityNode = node({
      rule: 'assist.non-trigger.capacity-alone',
      label: 'Positive capacity alone (wealth, power)',
      result: 'does-not-hold',
      because: '"Positive capacity is an insufficient basis for assigning responsibility": being able to help creates no duty to assist.',
      citations: [CITE.hakimiAssistCapacity],
    });
    const children: TraceNode[] = [contributionNode, uniqueNode];
    const proximity = state.relationships.filter((r) => r.kind === 'proximity');
    if (proximity.length > 0) {
      children.push(
        node({
          rule: 'assist.non-trigger.proximity',
          label: 'Proximity alone',
          result: 'does-not-hold',
          because: 'Being a neighbour is not a contribution to the risk or a unique relationship with the population.',
          facts: proximity.map((r) => relationshipWords(facts, r)),
          evidence: proximity.map((r) => r.ref),
          citations: [CITE.hakimiAssist],
        }),
      );
    }
    children.push(capacityNode);
    const trigger = anyOf([contributionNode.result, uniqueNode.result]);
    let result = trigger;
    if (trigger !== 'does-not-hold') {
      const breachNode = evaluate(breachRule, ctx);
      children.push(breachNode);
      result = breachNode.result === 'does-not-hold' ? 'does-not-hold' : trigger === 'unknown' || breachNode.result === 'unknown' ? 'unknown' : 'holds';
    }
    const mitigation = result !== 'does-not-hold' && ctx.assumptions.incapacity ? PARAMETERS.assist.incapacityMitigation.value : 1;
    if (mitigation < 1) {
      children.push(
        node({
          rule: 'assist.incapacity-mitigates',
          label: 'A duty the state cannot bear is more lenient',
          result: 'holds',
          because: 'The state\'s plea of incapacity is accepted (see the ruling on its defence): its duty to assist is more lenient.',
          citations: [CITE.hakimiBearable],
        }),
      );
    }
    const because =
      trigger === 'does-not-hold'
        ? 'No contribution to the risk and no unique relationship: capacity alone creates no duty to assist.'
        : result === 'holds'
          ? 'The state contributed to the risk or has a unique relationship with the population, and did not help lessen the risk.'
          : result === 'unknown'
            ? 'Whether the state owed or discharged a duty to assist is open on the record.'
            : 'The state helped lessen the risk.';
    const trace = node({ rule: 'assist', label: 'Duty to assist (prevention)', result, because, citations: CITES_HAKIMI_ASSIST_HURDLES, children });
    return {
      duty: 'assist',
      title: assist.title,
      status: 'aspirational',
      result,
      intensity: result === 'does-not-hold' ? 0 : 1,
      mitigation,
      share: resultFactor(result) * mitigation,
      informational: false,
      trace,
      elements: { trigger, 'contributed-to-risk': contributionNode.result, 'unique-relationship': uniqueNode.result, help: state.prevention.length > 0 ? 'holds' : 'does-not-hold' },
    };
  },
};
