import fc from 'fast-check';
import type { FactsInput, StateRecordInput } from '../../src/core/law';
import { DEFENCE_ARGUMENTS } from '../../src/core/law';
import { conductKind, d2rClauseKind, measure } from '../../src/core/shared/vocabulary';
import type { ConductKind } from '../../src/core/shared/vocabulary';
import type { EvidenceLevel, RelationshipKind } from '../../src/core/scenario/schema';
import { EVIDENCE_ORDER, relationshipKind } from '../../src/core/scenario/schema';

/** Random records in the facts format, for the law engine's property tests. */

export const OUTSIDERS = ['AAA', 'BBB', 'CCC', 'DDD'];
export const TERRITORIAL = 'KST';
export const CODES = [...OUTSIDERS, TERRITORIAL];
export const PERPETRATORS = ['guard', 'militia'];
const TARGETS = ['guard', 'militia', TERRITORIAL, null];
const ROUNDS = 4;

const round = fc.integer({ min: 1, max: ROUNDS });
const level = fc.constantFrom<EvidenceLevel>(...EVIDENCE_ORDER);

const conductArb = fc.record({
  round,
  kind: fc.constantFrom<ConductKind>(...conductKind.options),
  target: fc.constantFrom(...TARGETS),
  scale: fc.constantFrom('limited' as const, 'substantial' as const),
});

const stateArb = fc.record({
  conduct: fc.array(conductArb, { maxLength: 6 }),
  votes: fc.array(fc.record({ draft: fc.integer({ min: 0, max: 3 }), vote: fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const), veto: fc.boolean(), referral: fc.boolean() }), { maxLength: 4 }),
  threats: fc.array(fc.record({ draft: fc.integer({ min: 0, max: 3 }), round, visibility: fc.constantFrom('public' as const, 'private' as const) }), { maxLength: 2 }),
  explanations: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
  memorial: fc.array(fc.record({ argument: fc.constantFrom(...DEFENCE_ARGUMENTS), duty: fc.option(fc.constantFrom('respect', 'protect', 'not-obstruct', 'assist', 'territorial', 'd2r-agreement'), { nil: undefined }) }), { maxLength: 4 }),
  override: fc.option(fc.record({ duty: fc.constantFrom('respect', 'protect', 'not-obstruct', 'assist'), holds: fc.boolean() }), { nil: null }),
});

export const recordArb: fc.Arbitrary<FactsInput> = fc
  .record({
    genocide: fc.boolean(),
    levels: fc.array(level, { minLength: ROUNDS, maxLength: ROUNDS }),
    relationships: fc.array(
      fc.record({ kind: fc.constantFrom<RelationshipKind>(...relationshipKind.options), from: fc.constantFrom(...CODES), to: fc.constantFrom('guard', 'militia', TERRITORIAL), fromRound: round, span: fc.integer({ min: 0, max: ROUNDS }) }),
      { maxLength: 6 },
    ),
    intelligence: fc.array(fc.record({ round, recipients: fc.subarray(OUTSIDERS, { minLength: 1 }), level }), { maxLength: 2 }),
    drafts: fc.array(
      fc.record({ forum: fc.constantFrom('council' as const, 'assembly' as const), round, measures: fc.subarray([...measure.options], { minLength: 1, maxLength: 3 }), sponsors: fc.subarray(CODES, { minLength: 1, maxLength: 2 }), outcome: fc.constantFrom('adopted' as const, 'vetoed' as const, 'not-adopted' as const, 'withdrawn' as const) }),
      { minLength: 4, maxLength: 4 },
    ),
    agreements: fc.array(fc.record({ parties: fc.subarray(OUTSIDERS, { minLength: 2, maxLength: 2 }), clauses: fc.subarray([...d2rClauseKind.options], { minLength: 1, maxLength: 3 }), perpetrator: fc.option(fc.constantFrom(...PERPETRATORS), { nil: undefined }), inForceFromRound: round }), { maxLength: 2 }),
    states: fc.tuple(...CODES.map(() => stateArb)),
  })
  .map((r) => {
    let seq = 1;
    const sorted = [...r.levels].sort((a, b) => EVIDENCE_ORDER.indexOf(a) - EVIDENCE_ORDER.indexOf(b));
    const drafts = r.drafts.map((d, i) => ({ id: `d${i}`, forum: d.forum, round: d.round, seq: seq++, measures: d.measures, sponsors: d.sponsors, outcome: d.outcome }));
    const states: Record<string, StateRecordInput> = {};
    CODES.forEach((code, i) => {
      const s = r.states[i]!;
      states[code] = {
        conduct: s.conduct.map((a) => ({ seq: seq++, ...a })),
        votes: s.votes.map((v) => ({ seq: seq++, draft: `d${v.draft}`, vote: v.vote, veto: v.veto && v.vote === 'no' && drafts[v.draft]!.forum === 'council', purpose: v.referral ? ('referral' as const) : ('adoption' as const) })),
        vetoThreats: s.threats.map((t) => ({ seq: seq++, round: t.round, draft: `d${t.draft}`, visibility: t.visibility })),
        explanations: s.explanations.map((d) => ({ seq: seq++, draft: `d${d}` })),
        memorial: s.memorial.map((m) => ({ argument: m.argument, ...(m.duty ? { duty: m.duty } : {}), text: 'pleaded' })),
        overrides: s.override ? [{ duty: s.override.duty, holds: s.override.holds, reason: 'The presiding judge so finds.', seq: seq++ }] : [],
      };
    });
    return {
      scenario: 'random',
      territorialState: TERRITORIAL,
      atrocityTypes: r.genocide ? ['genocide' as const] : ['crimes-against-humanity' as const],
      perpetrators: [
        { id: 'guard', name: 'Guard', kind: 'government' as const, state: TERRITORIAL },
        { id: 'militia', name: 'Militia', kind: 'armed-group' as const },
      ],
      relationships: r.relationships.map((x) => ({ kind: x.kind, from: x.from, to: x.to, fromRound: x.fromRound, untilRound: Math.min(ROUNDS, x.fromRound + x.span) })),
      evidence: sorted.map((l, i) => ({ round: i + 1, level: l })),
      intelligence: r.intelligence,
      rounds: ROUNDS,
      permanentMembers: ['AAA', 'BBB'],
      listed: CODES,
      drafts,
      agreements: r.agreements.map((a, i) => ({ id: `a${i}`, parties: [a.parties[0]!, a.parties[1]!] as [string, string], clauses: a.clauses.map((k) => ({ kind: k, ...(a.perpetrator ? { perpetrator: a.perpetrator } : {}) })), inForceFromRound: a.inForceFromRound, seq: seq++ })),
      states,
    } satisfies FactsInput;
  });

export function maxSeq(input: FactsInput): number {
  let max = 0;
  const see = (n: number | undefined | null) => {
    if (n != null && n > max) max = n;
  };
  for (const d of input.drafts ?? []) see(d.seq);
  for (const a of input.agreements ?? []) see(a.seq);
  for (const s of Object.values(input.states ?? {})) {
    for (const x of s.conduct ?? []) see(x.seq);
    for (const x of s.votes ?? []) see(x.seq);
    for (const x of s.vetoThreats ?? []) see(x.seq);
    for (const x of s.explanations ?? []) see(x.seq);
    for (const x of s.overrides ?? []) see(x.seq);
  }
  return max;
}

/** A copy of the record with one more conduct act by `code`. */
export function withAct(input: FactsInput, code: string, act: { round: number; kind: ConductKind; target: string | null; scale: 'limited' | 'substantial' }): FactsInput {
  const states = { ...(input.states ?? {}) };
  const s = states[code] ?? {};
  states[code] = { ...s, conduct: [...(s.conduct ?? []), { seq: maxSeq(input) + 1, ...act }] };
  return { ...input, states };
}
