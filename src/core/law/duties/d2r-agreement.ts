import { CITE } from '../authorities';
import { PARAMETERS } from '../parameters';
import { node } from '../rules';
import { anyOf } from '../types';
import type { TraceNode } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actWords, combine, listed, resultFactor } from './common';

/**
 * Obligations under a signed bilateral Duty-to-Refrain agreement. Status: treaty (binding between
 * the parties).
 *
 *   VCLT art. 26: "Every treaty in force is binding upon the parties to it and must be performed by
 *   them in good faith."
 *   VCLT art. 28: its provisions do not bind a party "in relation to any act or fact which took
 *   place ... before the date of the entry into force".
 *   Seed 004, Part VI.A: enforcement of D2R "through bilateral agreements".
 *
 * Breached by an act of a party that a clause in force forbids (CLAUSE_FORBIDS): arms, intelligence,
 * finance, military cooperation with the perpetrator named (or any perpetrator).
 */
export const d2rAgreement: DutyModule = {
  id: 'd2r-agreement',
  title: 'Obligations under a signed Duty-to-Refrain agreement',
  status: 'treaty',
  legalText: [CITE.vclt26, CITE.vclt28, CITE.d2rBilateral],
  appliesTo: (state) => state.agreements.length > 0,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const { facts, state } = ctx;
    const children: TraceNode[] = state.agreements.map((agreement) => {
      const breaches = state.breaches.filter((b) => b.agreement === agreement.id);
      const other = agreement.parties.find((p) => p !== state.state) ?? agreement.parties[1];
      const window = agreement.untilRound === null ? `from round ${agreement.inForceFromRound}` : `rounds ${agreement.inForceFromRound}-${agreement.untilRound}`;
      const before = state.support.filter((a) => a.round < agreement.inForceFromRound);
      return node({
        rule: `d2r-agreement.${agreement.id}`,
        label: `Agreement ${agreement.id} with ${other} (in force ${window})`,
        result: breaches.length > 0 ? 'holds' : 'does-not-hold',
        because:
          breaches.length > 0
            ? `It acted against clauses in force: ${listed(breaches.map((b) => `${actWords(facts, b.act)} contrary to "${b.clause.kind}"`), '; ')}.`
            : `No act of the state while the agreement was in force is contrary to its clauses: it performed it in good faith.${before.length > 0 ? ` Earlier acts (${listed(before.map((a) => a.ref), ', ')}) predate its entry into force and are not covered (VCLT art. 28).` : ''}`,
        facts: agreement.clauses.map((c) => `${c.kind}${c.perpetrator ? ` (${c.perpetrator})` : ''}`),
        evidence: [agreement.ref, ...breaches.map((b) => b.act.ref)],
        citations: breaches.length > 0 ? [CITE.vclt26] : [CITE.vclt26, ...(before.length > 0 ? [CITE.vclt28] : [])],
      });
    });
    const result = anyOf(children.map((c) => c.result));
    const trace = node({
      rule: 'd2r-agreement',
      label: 'Duty-to-Refrain agreement (pacta sunt servanda)',
      result,
      because: result === 'holds' ? 'The state did what an agreement in force forbids: a breach of a treaty binding on it.' : 'The state kept its agreements.',
      citations: [CITE.vclt26, CITE.d2rBilateral],
      children,
    });
    return {
      duty: 'd2r-agreement',
      title: d2rAgreement.title,
      status: 'treaty',
      result,
      intensity: combine(state.breaches.map(() => PARAMETERS.d2r.breachWeight.value)),
      mitigation: 1,
      share: resultFactor(result) * combine(state.breaches.map(() => PARAMETERS.d2r.breachWeight.value)),
      informational: false,
      trace,
      elements: { breach: result },
    };
  },
};
