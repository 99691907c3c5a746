import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import type { ConductKind, ConductScale, DefenceArgument } from '../shared/vocabulary';
import { CITE } from './authorities';
import type { DefenceEffect } from './defences';
import { DEFENCE_ARGUMENTS } from './defences';
import { attributablePerpetrators, levelWords, perpetratorNames } from './duties/common';
import type { FactsInput, StateRecordInput } from './record-input';
import { completeFacts } from './facts';
import { atLeast } from './levels';
import { factsInputFromRecord } from './record-input';
import { PARAMETERS } from './parameters';
import type { Finding, StateExposure } from './report';
import { judgeState } from './report';
import type { Citation, DutyId, Truth } from './types';
import { ownEntry } from '../session/lookup';

/**
 * Practice-mode helpers: what a proposed move would do to a state's legal position (the UI's
 * "legal risk" strip), and which defences the record supports (for AI delegates' memorials).
 * Both run the same rules as the judgment, on the record plus the hypothetical move.
 */

export type ProposedConduct =
  | { kind: ConductKind; target?: string | null; scale?: ConductScale }
  | { kind: 'vote'; draftId: string; vote: 'yes' | 'no' | 'abstain' }
  | { kind: 'veto-threat'; draftId: string; visibility?: 'public' | 'private' };

export interface RiskNote {
  duty: DutyId;
  severity: 'info' | 'caution' | 'warning';
  /** Plain words, addressed to the delegation. */
  text: string;
  citation: { authority: string; pinpoint: string };
  resultBefore: Truth | null;
  resultAfter: Truth | null;
  pointsBefore: number;
  pointsAfter: number;
}

export interface DefenceSuggestion {
  argument: DefenceArgument;
  duty: DutyId;
  effect: DefenceEffect;
  why: string;
}

function nextSeq(state: SessionState): number {
  let max = 0;
  for (const e of state.log) if (e.seq > max) max = e.seq;
  return max + 1;
}

function judge(input: FactsInput, code: string): StateExposure {
  const facts = completeFacts(input);
  const s = ownEntry(facts.byCode, code);
  if (!s) throw new Error(`Unknown state ${code}`);
  // A score only: the preview compares results and points, and reads the rulings on defences.
  return judgeState(facts, s, { trace: false, explain: false });
}

function withRecord(input: FactsInput, code: string, change: (r: StateRecordInput) => void): FactsInput {
  const states = { ...(input.states ?? {}) };
  const current = states[code] ?? {};
  const copy: StateRecordInput = {
    ...current,
    conduct: [...(current.conduct ?? [])],
    votes: [...(current.votes ?? [])],
    vetoThreats: [...(current.vetoThreats ?? [])],
    memorial: [...(current.memorial ?? [])],
  };
  change(copy);
  states[code] = copy;
  return { ...input, states, names: { ...(input.names ?? {}) } };
}

function finding(s: StateExposure, duty: DutyId): Finding | undefined {
  return s.findings.find((f) => f.duty === duty);
}

const basis = (c: Citation) => ({ authority: c.authority, pinpoint: c.pinpoint });

/** Plain-words notes on the legal risk of a proposed move, for the practice-mode "legal risk" strip. */
export function legalRiskPreview(scenario: Scenario, state: SessionState, stateCode: string, proposed: ProposedConduct): RiskNote[] {
  const input = factsInputFromRecord(scenario, state);
  const seq = nextSeq(state);
  const round = Math.max(1, state.round);
  const before = judge(input, stateCode);
  const after = judge(
    withRecord(input, stateCode, (r) => {
      if (proposed.kind === 'vote') {
        const draft = ownEntry(state.drafts, proposed.draftId);
        const veto = proposed.vote === 'no' && draft?.forum === 'council' && scenario.council.permanent.includes(stateCode);
        r.votes!.push({ seq, round, draft: proposed.draftId, vote: proposed.vote, veto });
      } else if (proposed.kind === 'veto-threat') {
        r.vetoThreats!.push({ seq, round, draft: proposed.draftId, visibility: proposed.visibility ?? 'public' });
      } else {
        r.conduct!.push({ seq, round, kind: proposed.kind, target: proposed.target ?? null, scale: proposed.scale ?? 'limited', publicLevel: state.evidence.level });
      }
    }),
    stateCode,
  );

  const facts = completeFacts(input);
  const self = ownEntry(facts.byCode, stateCode);
  const knowledge = self?.knowledgeByRound[Math.min(round, facts.rounds) - 1];
  const level = knowledge ? knowledge.level : state.evidence.level;
  const intel = knowledge && knowledge.intelligence !== 'none' && atLeast(knowledge.intelligence, knowledge.public) ? `, and your own intelligence reports ${levelWords(knowledge.intelligence)}` : '';

  const notes: RiskNote[] = [];
  const note = (duty: DutyId, text: string, citation: Citation) => {
    const b = finding(before, duty);
    const a = finding(after, duty);
    const pointsBefore = b?.points ?? 0;
    const pointsAfter = a?.points ?? 0;
    const severity = pointsAfter > pointsBefore ? (a?.result === 'holds' ? 'warning' : 'caution') : 'info';
    notes.push({ duty, severity, text, citation: basis(citation), resultBefore: b?.result ?? null, resultAfter: a?.result ?? null, pointsBefore, pointsAfter });
  };

  if (proposed.kind === 'vote' || proposed.kind === 'veto-threat') {
    const obstructive = proposed.kind === 'veto-threat' || proposed.vote === 'no';
    if (obstructive) {
      const a = finding(after, 'not-obstruct');
      const pattern = a?.result === 'holds' ? 'together with your other conduct this makes a pattern of obstruction' : a?.result === 'unknown' ? 'on its own it is evidence of obstruction, not proof' : 'on its own it does not amount to obstruction';
      note('not-obstruct', `Duty not to obstruct: ${proposed.kind === 'veto-threat' ? 'threatening a veto' : 'voting against'} a protective draft with the evidence at ${levelWords(level)}${intel}; ${pattern}. Offering your own meaningful alternative, or letting other measures pass, weighs for you.`, CITE.hakimiVetoEvidence);
    } else {
      note('not-obstruct', `Letting a protective measure pass is acquiescence: it mitigates any charge of obstruction.`, CITE.hakimiVetoEvidence);
    }
    return notes;
  }

  const kind = proposed.kind;
  const materialSupport = PARAMETERS.conduct.materialSupport.value as readonly ConductKind[];
  const protective = PARAMETERS.conduct.protective.value as readonly ConductKind[];
  const hypothetical = completeFacts(
    withRecord(input, stateCode, (r) => r.conduct!.push({ seq, round, kind, target: proposed.target ?? null, scale: proposed.scale ?? 'limited', publicLevel: state.evidence.level })),
  ).byCode[stateCode]!;
  const act = hypothetical.conduct.find((x) => x.seq === seq)!;
  const perps = act.perpetrators.length > 0 ? perpetratorNames(facts, act.perpetrators) : (proposed.target ?? 'no one in particular');

  if (kind === 'perpetrating') {
    note('respect', 'Perpetrating atrocities engages your responsibility directly: the conduct of your own organs is your own.', CITE.arsiwa4);
  } else if (materialSupport.includes(kind) && act.perpetrators.length > 0) {
    const k = act.knowledge.level;
    const what = kind.replace(/-/g, ' ');
    // Art. 16 presupposes another's wrongful act: support to one's own organs or agents is not aid
    // to them but part of perpetrating through them.
    const ownAgents = attributablePerpetrators(facts, hypothetical);
    if (act.perpetrators.every((p) => ownAgents.has(p))) {
      note('respect', `${what.charAt(0).toUpperCase()}${what.slice(1)} to ${perps}, whose conduct is your own (your organ or agent), is not aid to another under art. 16: it is part of perpetrating through them, and their atrocities are yours.`, CITE.arsiwa8);
    } else if (atLeast(k, PARAMETERS.knowledge.art16Established.value)) {
      note('respect', `Art. 16: the evidence is now ${levelWords(act.knowledge.public)}${intel}; ${what} to ${perps} would be aid or assistance with knowledge of the circumstances.`, CITE.arsiwa16);
    } else if (atLeast(k, PARAMETERS.knowledge.art16Open.value)) {
      note('respect', `Art. 16: with ${levelWords(k)} on the record, whether ${what} to ${perps} is aid with knowledge is an open question; once findings are credible it would not be.`, CITE.arsiwa16cmt4);
    } else {
      note('respect', `Art. 16: there is no evidence of atrocities yet, so ${what} to ${perps} is not aid with knowledge; the same shipment after the evidence emerges would be.`, CITE.arsiwa16cmt4);
    }
    if (atLeast(k, PARAMETERS.knowledge.apparent.value)) {
      note('not-obstruct', `Supplying ${perps} after the atrocities are apparent undermines efforts to isolate them: it counts as obstruction and defeats an alternative you may offer.`, CITE.hakimiSyria);
    }
    const protectBefore = finding(before, 'protect');
    const protectAfter = finding(after, 'protect');
    if (protectAfter && protectAfter.points > (protectBefore?.points ?? 0)) {
      note('protect', `Duty to protect: this support moves you towards support the perpetrator survives by virtue of; with it comes a duty to restrain ${perps}.`, CITE.cyprus77);
    }
    const breaches = hypothetical.breaches.filter((b) => b.act.seq === seq);
    for (const b of breaches) note('d2r-agreement', `It would breach your Duty-to-Refrain agreement ${b.agreement} (clause "${b.clause.kind}"): a treaty in force must be performed in good faith.`, CITE.vclt26);
  } else if (protective.includes(kind)) {
    const pb = finding(before, 'protect');
    const pa = finding(after, 'protect');
    if (pb && pa && pa.points < pb.points) note('protect', `Duty to protect: a measure against ${perps} is part of the diligence due.`, CITE.hakimiDiligence);
    else note('protect', `A measure against ${perps} counts as cooperation; no duty to protect of yours turns on it.`, CITE.arsiwa41);
    const tb = finding(before, 'territorial');
    const ta = finding(after, 'territorial');
    if (tb && ta && ta.points < tb.points) note('territorial', 'Restraining third parties on your territory is part of your primary responsibility.', CITE.iccpr2);
  } else if (kind === 'prevention-assistance' || kind === 'humanitarian-aid' || kind === 'accepting-refugees') {
    const ab = finding(before, 'assist');
    note('assist', ab && ab.result !== 'does-not-hold' ? 'Duty to assist: helping lessen the risk answers the duty your ties to the situation create.' : 'Help is welcome but no duty to assist of yours turns on it: capacity alone creates none.', CITE.hakimiAssist);
  } else if (kind === 'boycott-meeting') {
    note('not-obstruct', `Declining a multilateral meeting on the crisis was part of the Syria pattern of obstruction.`, CITE.hakimiSyria);
  } else if (kind === 'contingent-withdrawal') {
    note('protect', 'Withdrawing your contingent is your choice to make; from the next round your presence no longer counts towards the capacity to influence that the duty to prevent genocide measures (Bosnia v. Serbia ¶430).', CITE.bosnia430);
  } else if (kind === 'troop-deployment' || kind === 'contingent-reinforcement' || kind === 'administering-territory') {
    note(
      'protect',
      kind === 'administering-territory'
        ? 'Administering territory is governmental authority: it brings a duty to protect the inhabitants against any third party.'
        : 'Troops present without governmental authority do not by themselves ground a duty to protect (Behrami).',
      kind === 'administering-territory' ? CITE.armedActivities178 : CITE.hakimiBehrami,
    );
  }
  return notes;
}

const EFFECT_ORDER: Record<DefenceEffect, number> = { 'changes-finding': 0, mitigates: 1, 'already-reflected': 2, 'no-effect': 3, rejected: 4 };

/** The defences the record supports for a state, best first (for AI delegates' memorials). */
export function suggestDefences(scenario: Scenario, state: SessionState, stateCode: string): DefenceSuggestion[] {
  const input = withRecord(factsInputFromRecord(scenario, state), stateCode, (r) => {
    r.memorial = DEFENCE_ARGUMENTS.map((argument) => ({ argument, text: '' }));
  });
  const judged = judge(input, stateCode);
  // Ruled on without the pleas: a plea is worth filing only against a finding that holds or is open.
  const unpleaded = judge(factsInputFromRecord(scenario, state), stateCode);
  const out: (DefenceSuggestion & { weight: number })[] = [];
  for (const f of judged.findings) {
    const before = unpleaded.findings.find((x) => x.duty === f.duty);
    if (!before || before.result === 'does-not-hold') continue;
    for (const d of f.defences) {
      if (d.accepted && d.effect !== 'no-effect') out.push({ argument: d.argument, duty: f.duty, effect: d.effect, why: d.why, weight: before.points });
    }
  }
  return out
    .sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect] || b.weight - a.weight || (a.duty < b.duty ? -1 : a.duty > b.duty ? 1 : 0) || (a.argument < b.argument ? -1 : 1))
    .map(({ weight: _weight, ...suggestion }) => suggestion);
}
