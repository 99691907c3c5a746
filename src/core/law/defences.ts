import type { DefenceArgument } from '../shared/vocabulary';
import { defenceArgument } from '../shared/vocabulary';
import { CITE } from './authorities';
import type { Assumptions, DutyEvaluation } from './duties';
import { firstRoundKnowing, levelWords, listed } from './duties/common';
import { obstructiveActs } from './duties/not-obstruct';
import { aidOnRecord, aidWithKnowledge } from './duties/respect';
import type { RecordFacts, StateFacts } from './facts';
import { atLeast } from './levels';
import { PARAMETERS } from './parameters';
import type { Citation, DutyId } from './types';

/**
 * The moot court: defence memorials. Each argument is ruled on against the record, per duty:
 * accepted or rejected, with the reason. An accepted argument either
 * - changes the finding, by setting an assumption the duty module reads (it resolves a question
 *   the record leaves open in the state's favour, or pleads a justification only the state can
 *   claim), or
 * - mitigates it, or
 * - is already reflected (the engine applied the same ground of its own motion), or
 * - has no effect (it is right, but the finding does not rest on what it denies).
 */

export type DefenceEffect = 'changes-finding' | 'mitigates' | 'already-reflected' | 'no-effect' | 'rejected';

export interface DefenceRuling {
  argument: DefenceArgument;
  duty: DutyId;
  accepted: boolean;
  why: string;
  effect: DefenceEffect;
  /** The state's own words in its memorial. */
  text: string;
  seq: number | null;
  citations: Citation[];
}

export interface Plea {
  accepted: boolean;
  why: string;
  /** The assumption an accepted plea adds to the duty's evaluation. */
  assumption?: keyof Assumptions;
  /** For an accepted plea without an assumption. */
  effect?: 'already-reflected' | 'no-effect';
  citations: Citation[];
}

export interface DefenceContext {
  facts: RecordFacts;
  state: StateFacts;
  duty: DutyId;
  /** The duty as evaluated without any defence. */
  evaluation: DutyEvaluation;
}

type DefenceRule = (ctx: DefenceContext) => Plea;

const accept = (why: string, citations: Citation[], assumption?: keyof Assumptions): Plea =>
  assumption ? { accepted: true, why, assumption, citations } : { accepted: true, why, effect: 'already-reflected', citations };
const noEffect = (why: string, citations: Citation[]): Plea => ({ accepted: true, why, effect: 'no-effect', citations });
const reject = (why: string, citations: Citation[]): Plea => ({ accepted: false, why, citations });

const refsOf = (xs: readonly { ref: string }[]): string => listed(xs.map((x) => x.ref));

const lackOfKnowledge: Partial<Record<DutyId, DefenceRule>> = {
  respect: ({ facts, state, evaluation }) => {
    if (evaluation.elements.perpetration === 'holds') {
      return reject('Knowledge is not an element of responsibility for atrocities by the state\'s own organs or agents: their conduct is its own.', [CITE.arsiwa2, CITE.arsiwa4, CITE.arsiwa8]);
    }
    // The same aid the finding rests on: acts and support relationships, not to its own agents.
    const aid = aidOnRecord(facts, state);
    const known = aid.filter((a) => aidWithKnowledge(a) === 'holds');
    if (known.length > 0) {
      const first = known[0]!;
      const how = first.knowledge.intelligence !== 'none' && atLeast(first.knowledge.intelligence, first.knowledge.public)
        ? `its own intelligence (${levelWords(first.knowledge.intelligence)}) had told it`
        : `the public record showed ${levelWords(first.knowledge.public)}`;
      return reject(`When it gave the aid at ${first.cited}, ${how}: it knew the circumstances (art. 16(a)).`, [CITE.arsiwa16, CITE.bosnia438]);
    }
    const open = aid.filter((a) => aidWithKnowledge(a) === 'unknown');
    if (open.length > 0) {
      return accept(`The aid (${listed(open.map((a) => a.cited))}) was given on reports only; the record does not establish knowledge of the circumstances (art. 16 cmt. (4)).`, [CITE.arsiwa16cmt4], 'knowledgeNotEstablished');
    }
    return accept('No aid was given with any evidence of the atrocities on the record.', [CITE.arsiwa16cmt4]);
  },
  protect: ({ state, evaluation }) => {
    if (evaluation.elements['duty-to-act'] === 'holds') {
      const round = firstRoundKnowing(state, PARAMETERS.knowledge.dutyToActArises.value) ?? 1;
      const k = state.knowledgeByRound[round - 1]!;
      return reject(
        `The duty to act arises when a state "learns of, or should normally have learned of," a serious risk; by round ${round} the record showed ${levelWords(k.level)} (${k.refs.join(', ') || 'the scenario'}).`,
        [CITE.bosnia431],
      );
    }
    return accept('The state had no notice of a serious risk while its ties were in force: the duty to act never arose.', [CITE.bosnia431]);
  },
  'not-obstruct': (ctx) => {
    const acts = obstructiveActs({ facts: ctx.facts, state: ctx.state, assumptions: {} });
    if (acts.length === 0) return accept('There is no obstructive act to answer.', [CITE.hakimiObstruct]);
    const informed = acts.filter((a) => atLeast(a.knowledge.level, PARAMETERS.knowledge.art16Established.value));
    if (informed.length > 0) {
      return reject(`It obstructed after the atrocities were credibly established (${refsOf(informed)}).`, [CITE.hakimiSyria, CITE.sg2009para61]);
    }
    return accept(
      `Every obstructive act (${refsOf(acts)}) preceded credible findings: on reports alone, states may reasonably disagree about which measures are appropriate.`,
      [CITE.hakimiVetoEvidence],
      'obstructionBeforeKnowledge',
    );
  },
};

const meaningfulAlternative: Partial<Record<DutyId, DefenceRule>> = {
  'not-obstruct': (ctx) => {
    const { state, evaluation } = ctx;
    const e = evaluation.elements;
    // The obstruction may not hold because an alternative already answers it: the ruling says so,
    // rather than that there was nothing to answer.
    if (obstructiveActs({ facts: ctx.facts, state, assumptions: {} }).length === 0) return accept('The record shows no obstructive act for an alternative to answer.', [CITE.hakimiObstruct]);
    if (e['support-after-apparent'] === 'holds') {
      return reject('An alternative does not answer continued material support to the perpetrator after the atrocities were apparent: Russia too proposed a draft, yet "very likely" obstructed.', [CITE.hakimiSyria]);
    }
    if (e['alternative-own'] === 'holds') return accept('It tabled its own meaningful draft, which answers its obstruction; the finding already takes account of it.', [CITE.hakimiObstruct]);
    if (e['alternative-pleadable'] === 'holds') {
      const drafts = state.alternatives.filter((a) => a.kind === 'cosponsored-draft' && a.meaningful);
      const measures = state.alternatives.filter((a) => a.kind === 'national-measures');
      const how = [
        ...(drafts.length > 0 ? [`co-sponsoring meaningful drafts (${refsOf(drafts)})`] : []),
        ...(measures.length > 0 ? [`national measures against the perpetrators (${refsOf(measures)})`] : []),
      ].join(' and ');
      return accept(`It pursued an alternative by ${how}.`, [CITE.hakimiObstruct], 'alternativePleaded');
    }
    const weak = state.alternatives.filter((a) => a.kind === 'own-draft' || a.kind === 'cosponsored-draft');
    if (weak.length > 0) {
      return reject(`Its drafts (${refsOf(weak)}) carried no measure beyond condemnation: not a meaningful alternative for the population.`, [CITE.hakimiObstruct]);
    }
    return reject('The record shows no draft tabled or co-sponsored and no national measure against the perpetrators.', [CITE.hakimiObstruct]);
  },
};

const countervailingInterest: Partial<Record<DutyId, DefenceRule>> = {
  respect: () => reject('"Atrocities ... cannot plausibly be justified by any countervailing interest"; nothing justifies participation in them.', [CITE.hakimiNoJustification, CITE.arsiwa26]),
  protect: () => reject('Due diligence is measured by the means reasonably available to the state, not by balancing its interests against the population\'s.', [CITE.bosnia430]),
  'not-obstruct': (ctx) => {
    const { state, evaluation } = ctx;
    if (obstructiveActs({ facts: ctx.facts, state, assumptions: {} }).length === 0) return accept('The record shows no obstructive act to justify.', [CITE.hakimiObstruct]);
    if (evaluation.elements.obstruction === 'does-not-hold') return accept('Its obstruction is already answered by the alternative it pursued; no justification is needed.', [CITE.hakimiObstruct]);
    if (evaluation.elements['support-after-apparent'] === 'holds') {
      return reject('No interest justifies supplying the perpetrator after the atrocities were apparent.', [CITE.hakimiNoJustification, CITE.hakimiSyria]);
    }
    const acts = obstructiveActs({ facts: ctx.facts, state, assumptions: {} });
    const manifest = acts.filter((a) => a.knowledge.level === 'manifest');
    if (manifest.length > 0) {
      return reject(`It obstructed when the atrocities were manifest (${refsOf(manifest)}): in "situations of manifest failure" states are asked to refrain.`, [CITE.sg2009para61]);
    }
    const explained = new Set(state.explanations.map((x) => x.draft));
    const votes = acts.filter((a) => a.draft !== null && (a.kind === 'veto' || a.kind === 'vote-against-council' || a.kind === 'vote-against-assembly'));
    const unexplained = votes.filter((a) => !explained.has(a.draft!));
    if (unexplained.length > 0) {
      return reject(
        `An interest must be claimed when the vote is cast; the record has no explanation of vote for ${refsOf(unexplained)} (the ICISS code of conduct turns on whether vital interests were "claimed").`,
        [CITE.iciss621],
      );
    }
    return accept(
      'It claimed its interest when it voted, the atrocities were not manifest, and it did not supply the perpetrator: its obstruction is justified by a sufficiently weighty countervailing interest.',
      [CITE.hakimiObstruct, CITE.iciss621],
      'countervailingInterest',
    );
  },
};

const noGovernmentalAuthority: Partial<Record<DutyId, DefenceRule>> = {
  protect: ({ state, evaluation }) => {
    const e = evaluation.elements;
    if (e.authority === 'holds') {
      const rels = state.relationships.filter((r) => r.kind === 'governmental-authority');
      const acts = state.presence.filter((a) => a.kind === 'administering-territory');
      return reject(`The record shows it substituted its own authority for the government's (${refsOf([...rels, ...acts])}).`, [CITE.armedActivities173]);
    }
    if (e.authority === 'unknown') {
      return accept('Its limited acts of administration do not establish that it exercised governmental authority.', [CITE.armedActivities173], 'noGovernmentalAuthority');
    }
    if (e['authority-under-council'] === 'holds') return accept('Its administration is under a Council mandate: the authority is the UN\'s (Behrami); already reflected.', [CITE.behrami, CITE.hakimiBehrami]);
    if (evaluation.result !== 'does-not-hold') {
      return noEffect('Correct, but the duty does not rest on authority: it rests on substantial support or on the capacity to influence.', [CITE.cyprus77, CITE.bosnia430]);
    }
    return accept('It exercised no governmental authority; the finding already reflects this.', [CITE.hakimiNoAuthority]);
  },
  territorial: () => reject('The territorial state\'s authority over its own territory is not in question.', [CITE.iccpr2]),
};

const supportNotSubstantial: Partial<Record<DutyId, DefenceRule>> = {
  protect: ({ state, evaluation }) => {
    const e = evaluation.elements;
    if (e.support === 'holds') {
      const rels = state.relationships.filter((r) => r.kind === 'substantial-support');
      return rels.length > 0
        ? reject(`The record establishes that the perpetrator depends on its support (${refsOf(rels)}): it "survives by virtue of" it.`, [CITE.cyprus77, CITE.ilascu392])
        : reject(`Its support on the record (${refsOf(state.support)}) reaches the threshold of substantial support.`, [CITE.ilascu392]);
    }
    if (e.support === 'unknown') {
      return accept('Its support on the record does not establish that the perpetrator survives by virtue of it.', [CITE.ilascu392], 'supportNotSubstantial');
    }
    if (evaluation.result !== 'does-not-hold') return noEffect('Correct, but the duty rests on another ground (authority or capacity to influence).', [CITE.hakimiProtect]);
    return accept('Its support is not substantial; the finding already reflects this.', [CITE.hakimiProtect]);
  },
  respect: ({ evaluation }) =>
    evaluation.elements.aid === 'does-not-hold'
      ? accept('No aid with knowledge is found; the argument has nothing to answer.', [CITE.arsiwa16cmt5])
      : reject('Art. 16 does not require substantial or essential aid: "it is sufficient if it contributed significantly".', [CITE.arsiwa16cmt5]),
  'd2r-agreement': () => reject('The agreement forbids the conduct whatever its scale.', [CITE.vclt26]),
  'not-obstruct': ({ evaluation }) =>
    evaluation.elements['support-after-apparent'] === 'holds'
      ? reject('Any material support after the atrocities were apparent undermines the isolation of the perpetrator.', [CITE.hakimiSyria])
      : accept('No support after the atrocities were apparent is held against it.', [CITE.hakimiSyria]),
};

const incapacity: Partial<Record<DutyId, DefenceRule>> = {
  assist: ({ state, evaluation }) => {
    if (evaluation.result === 'does-not-hold') return accept('No duty to assist is found against it.', [CITE.hakimiBearable]);
    if (state.support.length > 0) return reject(`It found the means to support the perpetrators (${refsOf(state.support)}); it cannot plead that it lacked the means to help.`, [CITE.hakimiBearable]);
    return accept(
      'A state that cannot help without abandoning more important duties "might have a more lenient R2P duty". The record cannot prove incapacity, but nothing on it rebuts the plea (it shows no means the state put into the crisis on the perpetrators\' side), and on an aspirational duty an unrebutted plea is taken at its word.',
      [CITE.hakimiBearable],
      'incapacity',
    );
  },
  protect: () => reject('Capacity is already measured by the state\'s relationship with the perpetrators; and it is "irrelevant whether the State ... claims, or even proves, that ... [its means] would not have sufficed".', [CITE.bosnia430Futility, CITE.bosnia430]),
  territorial: ({ evaluation }) => {
    const e = evaluation.elements;
    if (e['beyond-reach'] === 'holds') {
      // The engine applied the ground of its own motion (territorial.failure-to-restrain/beyond-its-reach).
      return e['own-agents'] === 'does-not-hold'
        ? accept('The third-party perpetrators held the area by force against it (or another state governed it): due diligence is measured by the means reasonably available, and its want of action there is not toleration; already reflected.', [CITE.armedActivities301, CITE.hakimiDiligence])
        : accept('As to the third parties holding their area against it, it lacked the means to restrain them and the finding already reflects it; its own organs or agents remain its own (ARSIWA art. 4).', [CITE.armedActivities301, CITE.hakimiDiligence, CITE.arsiwa4]);
    }
    if (e['own-agents'] !== 'does-not-hold' && e['failure-to-restrain'] === 'does-not-hold') {
      return reject('Incapacity does not answer atrocities by its own organs or agents: their conduct is its own.', [CITE.arsiwa4, CITE.hakimiStrictForAgents]);
    }
    const rest = evaluation.trace.children.find((c) => c.rule === 'territorial.failure-to-restrain');
    const supported = rest?.exceptions.some((x) => x.label === 'beyond-its-reach' && x.applied);
    if (supported) return reject('It supports the very groups it pleads it could not restrain: its own support is the breach.', [CITE.hakimiFranceRwanda]);
    return reject('The record does not show the perpetrators holding their area by force against the state, or another state governing it; and treaty bodies "are generally unsympathetic to the idea that a state is absolved of its human rights duties by virtue of its incapacity".', [CITE.hakimiIncapacityNoExcuse, CITE.armedActivities301]);
  },
  respect: () => reject('Refraining from participation requires no capacity.', [CITE.hakimiRespect]),
  'not-obstruct': () => reject('Not obstructing requires no capacity: the state "simply would have to avoid getting in the way".', [CITE.hakimiObstruct]),
  'd2r-agreement': () => reject('Refraining from what the agreement forbids requires no capacity.', [CITE.vclt26]),
};

const councilAuthorisation: Partial<Record<DutyId, DefenceRule>> = {
  protect: ({ state, evaluation }) => {
    if (evaluation.elements['authority-under-council'] === 'holds') return accept('Its presence is under a Council mandate; the finding already treats the authority as the UN\'s (Behrami).', [CITE.behrami, CITE.hakimiBehrami]);
    if (evaluation.elements.authority === 'holds') {
      return reject(`Its authority over the area is its own (${refsOf(state.relationships.filter((r) => r.kind === 'governmental-authority'))}); no Council mandate on the record covers it (contrast Behrami).`, [CITE.armedActivities173, CITE.hakimiBehrami]);
    }
    return reject('No Council mandate on the record bears on the ground of this duty (support or capacity to influence).', [CITE.hakimiProtect]);
  },
  respect: () => reject('No Council resolution authorises aid to perpetrators of atrocities; nothing precludes the wrongfulness of an act contrary to a peremptory norm.', [CITE.arsiwa26]),
};

const measuresTaken: Partial<Record<DutyId, DefenceRule>> = {
  protect: ({ evaluation }) => {
    const e = evaluation.elements;
    if (e['support-continued'] === 'holds') return reject('Its measures were undercut by continued support to the perpetrator after the atrocities were apparent.', [CITE.hakimiDiligence]);
    if (e['measures-taken'] === 'holds') return accept('It took the measures due in time; the finding already reflects them.', [CITE.hakimiDiligence]);
    if (e['late-measures'] === 'holds') return accept('It took measures, but late; they mitigate the finding, which already reflects them.', [CITE.hakimiDiligence]);
    if (evaluation.result === 'does-not-hold') return accept('No duty to protect is found against it.', [CITE.hakimiProtect]);
    return reject('The record shows no measure against the perpetrators it had a duty to restrain.', [CITE.hakimiDiligence]);
  },
  territorial: ({ evaluation }) => {
    if (evaluation.elements['own-agents'] !== 'does-not-hold') return reject('The state answers strictly for its own organs and agents; measures against third parties do not answer that.', [CITE.hakimiStrictForAgents]);
    if (evaluation.result === 'does-not-hold') return accept('It restrained the third parties; already reflected.', [CITE.hakimiDiligence]);
    return reject('The record shows no effective measure against the third-party perpetrators.', [CITE.iccpr2]);
  },
  assist: ({ evaluation }) =>
    evaluation.elements.help === 'holds' ? accept('It gave prevention assistance; already reflected.', [CITE.hakimiAssist]) : reject('The record shows no prevention assistance.', [CITE.hakimiAssist]),
  cooperate: ({ evaluation }) =>
    evaluation.elements.cooperated === 'holds' ? accept('It cooperated; already reflected.', [CITE.arsiwa41]) : reject('The record shows no cooperation.', [CITE.arsiwa41]),
  respect: () => reject('Measures taken afterwards do not undo aid or perpetration: responsibility attaches to the act.', [CITE.arsiwa16]),
};

const noAttribution: Partial<Record<DutyId, DefenceRule>> = {
  respect: ({ evaluation, state, facts }) => {
    const trace = evaluation.trace.children.find((c) => c.rule === 'respect.perpetration');
    const own = trace?.children.find((c) => c.rule === 'respect.perpetration.own-conduct')?.result;
    const organs = trace?.children.find((c) => c.rule === 'respect.perpetration.organs')?.result;
    if (own === 'holds' || organs !== 'does-not-hold') {
      return reject(`The conduct of its own organs is its own (${facts.perpetrators.filter((p) => p.state === state.state).map((p) => p.name).join(', ') || refsOf(state.perpetration)}).`, [CITE.arsiwa4]);
    }
    const agency = state.relationships.filter((r) => r.kind === 'agency');
    if (agency.length > 0) return reject(`The perpetrator acts under its direction or control (${refsOf(agency)}): its conduct is attributable to the state.`, [CITE.arsiwa8]);
    if (evaluation.elements.aid !== 'does-not-hold') return noEffect('Correct: the perpetrators are not its agents. But its responsibility is for its own aid (art. 16), not for their conduct.', [CITE.arsiwa16]);
    return accept('No conduct is attributed to it; already reflected.', [CITE.arsiwa8]);
  },
  territorial: ({ evaluation }) =>
    evaluation.elements['own-agents'] !== 'does-not-hold'
      ? reject('The perpetrators are its organs or act under its direction or control.', [CITE.arsiwa4, CITE.arsiwa8])
      : noEffect('Correct, but a territorial state must also restrain third parties on its territory.', [CITE.iccpr2]),
  protect: () => noEffect('Correct, but the duty to protect does not rest on attribution: it is a duty to restrain third parties.', [CITE.cyprus77, CITE.hakimiProtect]),
};

const acquiescence: Partial<Record<DutyId, DefenceRule>> = {
  'not-obstruct': ({ state, evaluation }) => {
    if (evaluation.elements.acquiescence !== 'holds') return reject('The record shows no vote for, or abstention on, a protective draft that was adopted.', [CITE.hakimiVetoEvidence]);
    const letPass = state.alternatives.filter((a) => a.kind === 'let-pass');
    return accept(`It let other protective measures pass (${refsOf(letPass)}); this mitigates and the finding already reflects it.`, [CITE.hakimiVetoEvidence]);
  },
};

const agreementNotInForce: Partial<Record<DutyId, DefenceRule>> = {
  'd2r-agreement': ({ state }) => {
    if (state.breaches.length > 0) {
      const b = state.breaches[0]!;
      const agreement = state.agreements.find((a) => a.id === b.agreement)!;
      return reject(`The act at ${b.act.ref} (round ${b.act.round}) falls within the period the agreement ${agreement.id} was in force (from round ${agreement.inForceFromRound}).`, [CITE.vclt26]);
    }
    return accept('No act within the period the agreement was in force is held against it; acts before its entry into force are not covered.', [CITE.vclt28]);
  },
};

export const DEFENCES: Record<DefenceArgument, { label: string; duties: readonly DutyId[]; rules: Partial<Record<DutyId, DefenceRule>> }> = {
  'lack-of-knowledge': { label: 'Lack of knowledge', duties: ['respect', 'protect', 'not-obstruct'], rules: lackOfKnowledge },
  'meaningful-alternative': { label: 'Meaningful alternative', duties: ['not-obstruct'], rules: meaningfulAlternative },
  'countervailing-interest': { label: 'Countervailing interest', duties: ['not-obstruct'], rules: countervailingInterest },
  'no-governmental-authority': { label: 'No governmental authority', duties: ['protect'], rules: noGovernmentalAuthority },
  'support-not-substantial': { label: 'Support not substantial', duties: ['protect'], rules: supportNotSubstantial },
  incapacity: { label: 'Incapacity', duties: ['assist', 'territorial'], rules: incapacity },
  'council-authorisation': { label: 'Council authorisation', duties: ['protect'], rules: councilAuthorisation },
  'measures-taken': { label: 'Measures taken', duties: ['protect', 'territorial', 'assist'], rules: measuresTaken },
  'no-attribution': { label: 'No attribution', duties: ['respect', 'territorial'], rules: noAttribution },
  acquiescence: { label: 'Acquiescence in other measures', duties: ['not-obstruct'], rules: acquiescence },
  'agreement-not-in-force': { label: 'Agreement not in force', duties: ['d2r-agreement'], rules: agreementNotInForce },
};

export const DEFENCE_ARGUMENTS: readonly DefenceArgument[] = defenceArgument.options;

/** Rules on one argument for one duty. */
export function rulePlea(argument: DefenceArgument, ctx: DefenceContext): Plea {
  const rule = DEFENCES[argument].rules[ctx.duty];
  if (!rule) return reject(`This argument does not answer a finding under the ${ctx.duty} duty.`, []);
  return rule(ctx);
}
