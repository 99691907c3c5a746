import { CITE } from '../authorities';
import { atLeast } from '../levels';
import { PARAMETERS } from '../parameters';
import { evaluate, node } from '../rule-evaluation';
import type { Rule } from '../rule-evaluation';
import { allOf } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { levelWords } from './common';

/**
 * Duty to cooperate to bring serious breaches to an end. Status: aspirational, informational only:
 * the finding is reported but never adds to exposure.
 *
 *   ARSIWA art. 41(1): "States shall cooperate to bring to an end through lawful means any serious
 *   breach within the meaning of article 40." Commentary (3): "paragraph 1 in that respect may
 *   reflect the progressive development of international law."
 *   Hakimi at 261-63: "any duty to cooperate is not yet functional."
 */

/** The cooperative acts on the record: votes for protective drafts, sponsorships, measures, help, meetings, agreements. */
function cooperation({ state }: DutyContext): string[] {
  return [
    ...state.votes.filter((v) => v.vote === 'yes').map((v) => v.ref),
    ...state.sponsorships.map((s) => s.ref),
    ...state.protective.map((a) => a.ref),
    ...state.prevention.map((a) => a.ref),
    ...state.relief.map((a) => a.ref),
    ...state.attendance.filter((a) => a.kind === 'attend-meeting').map((a) => a.ref),
    ...state.agreements.map((a) => a.ref),
  ];
}

const breachRule: Rule<DutyContext> = {
  id: 'cooperate.breach',
  label: 'Failure to cooperate through lawful means to end the serious breach',
  citations: [CITE.arsiwa41, CITE.arsiwa41cmt3],
  default: () => ({ result: 'holds', because: 'The record shows no cooperation by the state: no vote for a protective draft, no sponsorship, no measure, no help, no agreement.' }),
  exceptions: [
    {
      label: 'cooperated',
      text: 'Applies when the state cooperated in any lawful way (votes, drafts, measures, help, meetings, agreements).',
      when: (ctx) => {
        const refs = cooperation(ctx);
        // One act of cooperation answers the charge; the first few are cited.
        return refs.length > 0
          ? { result: 'does-not-hold', because: `It cooperated (${refs.length === 1 ? 'one act' : `${refs.length} acts`} on the record).`, evidence: refs.slice(0, PARAMETERS.presentation.maxFactsInReasoning.value) }
          : null;
      },
    },
  ],
};

export const cooperate: DutyModule = {
  id: 'cooperate',
  title: 'Duty to cooperate to end serious breaches (informational)',
  status: 'aspirational',
  legalText: [CITE.arsiwa40, CITE.arsiwa41, CITE.arsiwa41cmt3, CITE.hakimiCooperate],
  appliesTo: (state) => !state.territorial,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const { facts } = ctx;
    const serious = atLeast(facts.finalPublicLevel, PARAMETERS.knowledge.atrocitiesEstablished.value);
    const seriousNode = node({
      rule: 'cooperate.trigger.serious-breach',
      label: 'A serious breach of a peremptory norm (ARSIWA art. 40)',
      result: serious ? 'holds' : 'unknown',
      because: serious
        ? `Atrocities established on the record (${levelWords(facts.finalPublicLevel)}) are serious breaches of peremptory norms.`
        : `The record shows ${levelWords(facts.finalPublicLevel)} only: a serious breach is not established.`,
      evidence: facts.evidence.filter((e) => e.level === facts.finalPublicLevel).map((e) => e.ref),
      citations: [CITE.arsiwa40],
    });
    const breachNode = evaluate(breachRule, ctx);
    const result = allOf([seriousNode.result, breachNode.result]);
    const trace = node({
      rule: 'cooperate',
      label: 'Duty to cooperate (informational: "may reflect progressive development")',
      result,
      because:
        result === 'holds'
          ? 'The state did not cooperate to end the serious breach. This is reported for discussion only and adds nothing to exposure: art. 41 "may reflect the progressive development of international law" (commentary (3)).'
          : result === 'unknown'
            ? 'Whether a duty to cooperate arose is open.'
            : seriousNode.result === 'does-not-hold'
              ? 'No serious breach is established.'
              : `The state cooperated (${cooperation(ctx).length === 1 ? 'one act' : `${cooperation(ctx).length} acts`} on the record).`,
      citations: [CITE.arsiwa41cmt3],
      children: [seriousNode, breachNode],
    });
    return {
      duty: 'cooperate',
      title: cooperate.title,
      status: 'aspirational',
      result,
      intensity: PARAMETERS.cooperate.scoreWeight.value,
      mitigation: 1,
      share: PARAMETERS.cooperate.scoreWeight.value,
      informational: true,
      trace,
      elements: { 'serious-breach': seriousNode.result, cooperated: breachNode.result === 'does-not-hold' ? 'holds' : 'does-not-hold' },
    };
  },
};
