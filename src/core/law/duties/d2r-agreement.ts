import { CITE } from '../authorities';
import type { ActFact, AgreementFact, Knowledge, RecordFacts, RelationshipFact, StateFacts, SupportRelationshipFact } from '../facts';
import { CLAUSE_FORBIDS } from '../../shared/vocabulary';
import type { ConductKind, D2rClause } from '../../shared/vocabulary';
import { PARAMETERS } from '../parameters';
import { node } from '../rule-evaluation';
import { anyOf } from '../types';
import type { TraceNode } from '../types';
import type { DutyContext, DutyEvaluation, DutyModule } from './common';
import { actKindWords, actWords, combine, listed, perpetratorName, relationshipWords, resultFactor, stateWithArticle } from './common';
import { ownEntry } from '../../session/lookup';

/**
 * Obligations under a signed bilateral Duty-to-Refrain agreement. Status: treaty (binding between
 * the parties).
 *
 *   VCLT art. 26: "Every treaty in force is binding upon the parties to it and must be performed by
 *   them in good faith."
 *   VCLT art. 28: its provisions do not bind a party "in relation to any act or fact which took
 *   place ... before the date of the entry into force".
 *   López, The Duty to Refrain, Part VI.A: enforcement of D2R "through bilateral agreements".
 *
 * Breached by an act of a party that a clause in force forbids (CLAUSE_FORBIDS): arms, intelligence,
 * finance, military cooperation with the perpetrator named (or any perpetrator). Support the
 * scenario records as a relationship of the party (an arms supplier; military or financial
 * support) breaches it too in every round it continued while the clause bound the party, unless
 * the party's own conduct on the record ended it (suspending support): signing an agreement does
 * not of itself stop the deliveries it forbids (VCLT art. 26, performance in good faith; a
 * continuing act extends over the whole period it continues, ARSIWA art. 14(2)).
 */

// ---------------------------------------------------------------------------------------------
// Classification: which acts and which continuing support are contrary to a clause in force.
// The facts (../facts.ts) call these once per state; the rule below reads their result.

export interface BreachFact {
  agreement: string;
  clause: D2rClause;
  /**
   * The act contrary to the clause. For support the scenario records as a relationship (below),
   * the support in force in that round, referenced by the relationship's scenario path (seq -1:
   * no entry of the log).
   */
  act: ActFact;
  /** Set when the breach is a support relationship continuing in force while the clause bound the state. */
  relationship: SupportRelationshipFact | null;
}

/** The conduct a support relationship amounts to, for the clauses of a D2R agreement (CLAUSE_FORBIDS). */
export function supportConduct(r: RelationshipFact): ConductKind[] {
  const out: ConductKind[] = [];
  if (r.kind === 'arms-supplier') out.push('arms-transfer');
  else if (r.supportKinds.includes('military')) out.push('training', 'logistics', 'troop-deployment');
  if (r.supportKinds.includes('financial')) out.push('financing');
  return out;
}

/** The conduct of a support relationship that a D2R clause forbids (CLAUSE_FORBIDS), or null. */
export function supportForbiddenBy(sr: SupportRelationshipFact, clause: D2rClause): ConductKind | null {
  const forbidden = CLAUSE_FORBIDS[clause.kind];
  if (!forbidden) return null;
  if (clause.perpetrator && !sr.relationship.perpetrators.includes(clause.perpetrator)) return null;
  return sr.conduct.find((k) => forbidden.includes(k)) ?? null;
}

/**
 * The acts of a party contrary to a clause of an agreement in force (VCLT arts. 26, 28): a shipment
 * on the record in a round the agreement bound the state, of a kind the clause forbids, to the
 * perpetrator the clause names (or to any). Support the scenario records as a relationship,
 * continuing in force in a round the agreement bound the state, is conduct contrary to a clause
 * that forbids it (VCLT art. 26; a continuing act, ARSIWA art. 14(2)), unless the state's own
 * conduct ended the support (suspending it) in or before that round. A shipment the delegation
 * records on top of it is a further act.
 */
export function breachesOfAgreements(
  agreements: readonly AgreementFact[],
  support: readonly ActFact[],
  supportRelationships: readonly SupportRelationshipFact[],
  knowledgeAt: (round: number) => Knowledge,
): BreachFact[] {
  const breaches: BreachFact[] = [];
  const inWindow = (agreement: AgreementFact, round: number) =>
    round >= agreement.inForceFromRound && (agreement.untilRound === null || round <= agreement.untilRound);
  for (const agreement of agreements) {
    for (const act of support) {
      if (!inWindow(agreement, act.round)) continue;
      for (const clause of agreement.clauses) {
        const forbidden = CLAUSE_FORBIDS[clause.kind];
        if (!forbidden?.includes(act.kind)) continue;
        if (clause.perpetrator && !act.perpetrators.includes(clause.perpetrator)) continue;
        breaches.push({ agreement: agreement.id, clause, act, relationship: null });
      }
    }
  }
  // Support the scenario records as a relationship, continuing in force in a round the agreement
  // bound the state, is conduct contrary to a clause that forbids it (VCLT art. 26; a continuing
  // act, ARSIWA art. 14(2)), unless the state's own conduct ended the support (suspending it) in
  // or before that round. A shipment the delegation records on top of it is a further act.
  if (agreements.length > 0 && supportRelationships.length > 0) {
    const heldActs = new Map<string, ActFact>();
    for (const agreement of agreements) {
      for (const sr of supportRelationships) {
        const r = sr.relationship;
        for (const clause of agreement.clauses) {
          const kind = supportForbiddenBy(sr, clause);
          if (!kind) continue;
          for (const round of sr.rounds) {
            if (!inWindow(agreement, round)) continue;
            const key = `${r.ref}|${round}|${kind}`;
            let act = heldActs.get(key);
            if (!act) {
              act = {
                seq: -1,
                round,
                kind,
                target: r.to,
                scale: r.kind === 'substantial-support' ? 'substantial' : 'limited',
                perpetrators: r.perpetrators,
                knowledge: knowledgeAt(round),
                ref: r.ref,
              };
              heldActs.set(key, act);
            }
            breaches.push({ agreement: agreement.id, clause, act, relationship: sr });
          }
        }
      }
    }
  }
  breaches.sort((a, b) => a.act.round - b.act.round || a.act.seq - b.act.seq || (a.agreement < b.agreement ? -1 : a.agreement > b.agreement ? 1 : 0));
  return breaches;
}

/** Breaches by an act, and breaches by a relationship grouped by relationship and clause. */
function breachWords(facts: RecordFacts, breaches: readonly BreachFact[]): string[] {
  const out: string[] = [];
  const grouped = new Map<string, { sr: SupportRelationshipFact; clause: string; rounds: number[] }>();
  for (const b of breaches) {
    if (!b.relationship) {
      out.push(`${actWords(facts, b.act)} contrary to its clause "${b.clause.kind.replace(/-/g, ' ')}"`);
      continue;
    }
    const key = `${b.relationship.relationship.ref}|${b.clause.kind}`;
    const group = grouped.get(key);
    if (group) group.rounds.push(b.act.round);
    else grouped.set(key, { sr: b.relationship, clause: b.clause.kind, rounds: [b.act.round] });
  }
  for (const { sr, clause, rounds } of grouped.values()) {
    const when = rounds.length === 1 ? `round ${rounds[0]}` : `rounds ${rounds.join(', ')}`;
    out.push(`support the scenario records (${relationshipWords(facts, sr.relationship)}) continued in ${when}, contrary to its clause "${clause.replace(/-/g, ' ')}", and nothing the state did on the record ended it`);
  }
  return out;
}

/** Support relationships a clause of the agreement forbids, ended by the state's own conduct or over before it bound the state. */
function notCovered(state: StateFacts, agreement: AgreementFact): { ended: SupportRelationshipFact[]; earlier: SupportRelationshipFact[] } {
  const ended: SupportRelationshipFact[] = [];
  const earlier: SupportRelationshipFact[] = [];
  for (const sr of state.supportRelationships) {
    if (!agreement.clauses.some((c) => supportForbiddenBy(sr, c) !== null)) continue;
    if (sr.rounds.some((r) => r >= agreement.inForceFromRound && (agreement.untilRound === null || r <= agreement.untilRound))) continue;
    if (sr.endedBy && sr.endedBy.round <= (agreement.untilRound ?? Infinity) && sr.relationship.untilRound >= agreement.inForceFromRound) ended.push(sr);
    else if (sr.rounds.length > 0 && sr.rounds[sr.rounds.length - 1]! < agreement.inForceFromRound) earlier.push(sr);
  }
  return { ended, earlier };
}
export const d2rAgreement: DutyModule = {
  id: 'd2r-agreement',
  title: 'Obligations under a signed Duty-to-Refrain agreement',
  status: 'treaty',
  legalText: [CITE.vclt26, CITE.vclt28, CITE.d2rBilateral],
  appliesTo: (state) => state.agreements.length > 0,
  evaluate(ctx: DutyContext): DutyEvaluation {
    const { facts, state } = ctx;
    // A suspension that ended the support is explained once, under the first agreement it answers.
    const explained = new Set<string>();
    const children: TraceNode[] = state.agreements.map((agreement) => {
      const breaches = state.breaches.filter((b) => b.agreement === agreement.id);
      const other = agreement.parties.find((p) => p !== state.state) ?? agreement.parties[1];
      const otherName = ownEntry(facts.byCode, other)?.name ?? other;
      const window = agreement.untilRound === null ? `from round ${agreement.inForceFromRound}` : `rounds ${agreement.inForceFromRound}-${agreement.untilRound}`;
      const before = state.support.filter((a) => a.round < agreement.inForceFromRound);
      const { ended, earlier } = breaches.length > 0 ? { ended: [], earlier: [] } : notCovered(state, agreement);
      const beforeRefs = [...before.map((a) => a.ref), ...earlier.map((sr) => relationshipWords(facts, sr.relationship))];
      const endedNow = ended.filter((sr) => !explained.has(sr.relationship.ref));
      for (const sr of ended) explained.add(sr.relationship.ref);
      return node({
        rule: `d2r-agreement.${agreement.id}`,
        label: `Agreement with ${stateWithArticle(otherName)} (signed at ${agreement.ref}), in force ${window}`,
        result: breaches.length > 0 ? 'holds' : 'does-not-hold',
        because:
          breaches.length > 0
            ? `It acted against clauses in force: ${listed(breachWords(facts, breaches), '; ')}.`
            : `No act of the state while the agreement was in force is contrary to its clauses: it performed it in good faith.${
                endedNow.length > 0
                  ? ` Its support the scenario records (${listed(endedNow.map((sr) => `${relationshipWords(facts, sr.relationship)}, ended by ${sr.endedBy!.ref} ${actKindWords(sr.endedBy!.kind)} in round ${sr.endedBy!.round}`), '; ')}) did not continue while the agreement bound it.`
                  : ended.length > 0
                    ? ' The support the scenario records had ended, as said above.'
                    : ''
              }${beforeRefs.length > 0 ? ` Earlier ${earlier.length > 0 ? 'support' : 'acts'} (${listed(beforeRefs, ', ')}) ${earlier.length > 0 ? 'predates' : 'predate'} its entry into force and ${earlier.length > 0 ? 'is' : 'are'} not covered: treaties do not bind retroactively.` : ''}`,
        facts: agreement.clauses.map((c) => `${c.kind.replace(/-/g, ' ')}${c.perpetrator ? ` (${perpetratorName(facts, c.perpetrator)})` : ''}`),
        evidence: [agreement.ref, ...breaches.map((b) => b.act.ref), ...ended.map((sr) => sr.endedBy!.ref), ...earlier.map((sr) => sr.relationship.ref)],
        citations: breaches.length > 0 ? [CITE.vclt26] : [CITE.vclt26, ...(beforeRefs.length > 0 ? [CITE.vclt28] : [])],
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
