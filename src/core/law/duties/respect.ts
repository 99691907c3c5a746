import { CITE } from '../authorities';
import type { ActFact } from '../facts';
import { atLeast } from '../facts';
import { PARAMETERS } from '../parameters';
import { evaluate, node } from '../rules';
import type { Rule } from '../rules';
import { anyOf, TRUTH_RANK } from '../types';
import type { Truth } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actWords, atrocitiesEstablished, combine, knowledgeFactor, knowledgeWords, listed, perpetratorNames, relationshipWords, resultFactor, scaleFactor } from './common';

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

const WITH_KNOWLEDGE = new WeakMap<ActFact, string>();

function actWithKnowledge(facts: DutyContext['facts'], act: ActFact): string {
  let words = WITH_KNOWLEDGE.get(act);
  if (words === undefined) WITH_KNOWLEDGE.set(act, (words = `${actWords(facts, act)}; ${knowledgeWords(act.knowledge)}`));
  return words;
}

/** Whether one act of aid was given with knowledge: holds, open (unknown), or without (does not hold). */
export function aidWithKnowledge(act: ActFact, knowledgeContested = false): Truth {
  if (atLeast(act.knowledge.level, art16Established.value)) return 'holds';
  if (atLeast(act.knowledge.level, art16Open.value)) return knowledgeContested ? 'does-not-hold' : 'unknown';
  return 'does-not-hold';
}

const aidRule: Rule<DutyContext> = {
  id: 'respect.aid-or-assistance',
  label: 'Aid or assistance to a perpetrator with knowledge of the circumstances (ARSIWA art. 16)',
  citations: [CITE.arsiwa16, CITE.arsiwa16cmt5, CITE.bosnia420, CITE.hakimiRespect],
  default: ({ facts, state }) => {
    const acts = state.support;
    if (acts.length === 0) return { result: 'does-not-hold', because: 'The record shows no aid or assistance by this state to any perpetrator.' };
    const known = acts.filter((a) => aidWithKnowledge(a) === 'holds');
    return {
      result: 'holds',
      because: `It gave material aid to the perpetrators with knowledge of the circumstances (${listed(known.map((a) => `${a.ref}: ${knowledgeWords(a.knowledge)}`), '; ')}). Aid continued with that knowledge is taken to be given "with a view to facilitating" the atrocities, which it contributed to (art. 16 cmt. (5)).`,
      facts: acts.map((a) => actWithKnowledge(facts, a)),
      evidence: [...acts.map((a) => a.ref), ...known.flatMap((a) => a.knowledge.refs)],
    };
  },
  exceptions: [
    {
      label: 'unaware-of-the-circumstances',
      text: 'Applies when every act of aid preceded any evidence of the atrocities (art. 16 cmt. (4)).',
      citations: [CITE.arsiwa16cmt4],
      when: ({ state }) =>
        state.support.length > 0 && state.support.every((a) => !atLeast(a.knowledge.level, art16Open.value))
          ? { result: 'does-not-hold', because: 'Every act of aid was given before there was any evidence of the atrocities: a state unaware of the circumstances bears no responsibility (art. 16 cmt. (4)).', evidence: state.support.map((a) => a.ref) }
          : null,
    },
    {
      label: 'knowledge-not-established',
      text: 'Applies when the aid was given on reports only, with no credible finding or intelligence: knowledge is open.',
      citations: [CITE.arsiwa16cmt4],
      when: ({ state }) => {
        const open = state.support.filter((a) => aidWithKnowledge(a) === 'unknown');
        if (open.length === 0 || state.support.some((a) => aidWithKnowledge(a) === 'holds')) return null;
        return {
          result: 'unknown',
          because: `The aid was given when the record showed reports only (${listed(open.map((a) => a.ref), ', ')}): whether the state knew the circumstances is not established.`,
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

export const respect: DutyModule = {
  id: 'respect',
  title: 'Duty to respect: not to perpetrate atrocities or aid those who do',
  status: 'established',
  legalText: [CITE.arsiwa4, CITE.arsiwa5, CITE.arsiwa8, CITE.arsiwa16, CITE.arsiwa16cmt4, CITE.arsiwa16cmt5, CITE.bosnia420, CITE.hakimiRespect],
  // "Always, everywhere, for atrocities" (DESIGN §1): the territorial state too answers for
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
          ? `${listed(organs.map((o) => o.name), ', ')} is an organ of the state. ${established.because}`
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
          ? `${perpetratorNames(facts, agency.flatMap((r) => r.perpetrators))} acts under its direction or control, so its conduct is the state's own. ${established.because}`
          : 'No perpetrator acts on its instructions or under its direction or control: support alone does not make a group its agent (art. 8).',
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

    const countingAid = state.support.filter((a) => TRUTH_RANK[aidWithKnowledge(a, ctx.assumptions.knowledgeNotEstablished)] >= TRUTH_RANK[aidNode.result] && aidNode.result !== 'does-not-hold');
    const aidIntensity = PARAMETERS.respect.aid.value * combine(countingAid.map((a) => scaleFactor(a) * knowledgeFactor(a.knowledge.level)));
    const perpetrationIntensity = perpetration === 'does-not-hold' ? 0 : PARAMETERS.respect.perpetration.value;
    // For a judge's override: every act of aid the state gave with some evidence on the record.
    const allAid = PARAMETERS.respect.aid.value * combine(state.support.map((a) => scaleFactor(a) * knowledgeFactor(a.knowledge.level)));
    const intensity = Math.max(perpetrationIntensity, allAid);
    const share = Math.max(resultFactor(perpetration) * perpetrationIntensity, resultFactor(aidNode.result) * aidIntensity);

    const because =
      result === 'holds'
        ? perpetration === 'holds'
          ? 'The state perpetrated the atrocities through its organs or agents.'
          : 'The state aided the perpetrators with knowledge of the circumstances.'
        : result === 'unknown'
          ? 'The record leaves open whether the state participated: knowledge or the atrocities themselves are not established.'
          : 'The state neither perpetrated the atrocities nor aided the perpetrators with knowledge.';
    const trace = node({
      rule: 'respect',
      label: 'Duty to respect (participation)',
      result,
      because,
      citations: CITES_HAKIMI_RESPECT,
      children: [perpetrationNode, aidNode],
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
