import { clausesBreached } from '../session/selectors';
import type { EvidenceLevel } from '../scenario/schema';
import type { ConductKind, ConductScale } from '../shared/vocabulary';
import type { Factor } from './assessment';
import { evidenceAtLeast } from './brief-reading';
import type { DecisionContext, PlannedMove } from './decision-context';
import { coachNote, factorPhrase, sides } from './move-explanations';
import { CONDUCT_WEIGHTS, DIFFICULTY, EVIDENCE_WEIGHT, SUPPORT_CONDUCT } from './decision-weights';
import { delegationProfile, principalPerpetrator } from './profile';
import { counterpartyOf, knowledgeOf, redLineCrossed, supportTies, type SupportTie } from './record';
import { topicPressure } from './signals';
import { EVIDENCE_WORDS, num, proseName } from './wording';
import { ownEntry } from '../session/lookup';
import { hasContingent } from '../session/contingent';
import type { Agreement } from '../session/state';

/**
 * National conduct each round: a supporter weighs keeping up its support (alignment and ties)
 * against the legal and reputational risk of supporting with knowledge (ARSIWA art. 16), keeps
 * the D2R agreements it signed unless a red line of its own is crossed (and then the breach is on
 * the record), and suspends support when it stops; a state without a stake takes the protective
 * and helping measures its priorities call for. It then declares its conduct done.
 */

const SUPPORT_TOPIC = /deliver|suppl|arms|support|suspend/i;

interface SupportChoice {
  kind: ConductKind;
  tie: SupportTie;
  scale: ConductScale;
}

/** An agreement as a coach note names it: by the other party, never by its id. */
function agreementWords(ctx: DecisionContext, agreement: Agreement): string {
  return `its D2R agreement with ${proseName(delegationProfile(ctx.scenario, counterpartyOf(agreement, ctx.code)).name)}`;
}

function supportKinds(tie: SupportTie): ConductKind[] {
  const r = tie.relationship;
  switch (r.kind) {
    case 'arms-supplier':
      return [SUPPORT_CONDUCT['arms-supplier']];
    case 'agency':
      return [SUPPORT_CONDUCT.agency];
    case 'substantial-support': {
      const kinds: ConductKind[] = [];
      if (r.supportKinds.includes('military')) kinds.push(SUPPORT_CONDUCT.military);
      if (r.supportKinds.includes('financial') || r.supportKinds.includes('economic')) kinds.push(SUPPORT_CONDUCT.financial);
      return kinds;
    }
    default:
      return [];
  }
}

function choices(ctx: DecisionContext): SupportChoice[] {
  const { scenario, state, profile } = ctx;
  const out: SupportChoice[] = [];
  for (const tie of supportTies(scenario, profile, state.round)) {
    const scale: ConductScale = tie.relationship.kind === 'substantial-support' || tie.relationship.kind === 'agency' ? 'substantial' : 'limited';
    for (const kind of supportKinds(tie)) {
      if (!out.some((c) => c.kind === kind && c.tie.perpetrator.id === tie.perpetrator.id)) out.push({ kind, tie, scale });
    }
  }
  return out;
}

/** Support the delegation means to keep up this round, as its conduct would decide it without any agreement. */
export interface IntendedSupport {
  kind: ConductKind;
  perpetrator: string;
  /** Why it keeps it (for the coach note of a D2R answer). */
  because: string;
  /** Its brief tells it to keep this support going (no agreement's inducements outweigh that). */
  byBrief: boolean;
  /** What keeping it is worth to the delegation (support against risk). */
  net: number;
}

/**
 * What the delegation intends to keep doing, weighed as the conduct phase weighs it: a D2R answer
 * reads this so it never signs a ban it means to break (it drops the clause or rejects).
 */
export function intendedSupport(ctx: DecisionContext): IntendedSupport[] {
  return choices(ctx).flatMap((choice) => {
    const { keep, factors, keptByBrief } = weighSupport(ctx, choice.tie.perpetrator.id, false);
    if (!keep) return [];
    const because = keptByBrief ? briefQuote(ctx) : describe(factors);
    return [{ kind: choice.kind, perpetrator: choice.tie.perpetrator.id, because, byBrief: keptByBrief, net: factors.reduce((s, f) => s + f.value, 0) }];
  });
}

/** Keep supporting or not: value of the support against the risk of giving it with this knowledge. */
function weighSupport(ctx: DecisionContext, perpetratorId: string, ownForces: boolean): { keep: boolean; factors: Factor[]; pausedByBrief: boolean; keptByBrief: boolean } {
  const { state, profile, difficulty } = ctx;
  const d = DIFFICULTY[difficulty];
  const knowledge = knowledgeOf(state, ctx.code);
  const align = Math.max(0, ownEntry(profile.alignment, perpetratorId)?.value ?? 0);
  const ties = Math.max(profile.economicTies.value, profile.securityTies.value);
  const factors: Factor[] = [
    { label: `alignment with the perpetrator (${num(align)}) and ties (${num(ties)})`, value: d.costs * align * (CONDUCT_WEIGHTS.supportBase + (ownForces ? 1 : ties)) },
    {
      label: `risk of acting with knowledge (${EVIDENCE_WORDS[knowledge]}; reputation ${num(profile.reputationSensitivity.value)}, domestic constraints ${num(profile.domesticConstraints.value)})`,
      value: -d.gains * CONDUCT_WEIGHTS.legalRisk * EVIDENCE_WEIGHT[knowledge] * ((profile.reputationSensitivity.value + profile.domesticConstraints.value) / 2),
    },
    // Allies who write about deliveries urge a pause: their pressure weighs against continuing.
    ...topicPressure(ctx, SUPPORT_TOPIC).map((f) => ({ ...f, value: -Math.abs(f.value) })),
  ];
  const { pausedByBrief, keptByBrief } = briefOnDeliveries(ctx, ownForces);
  const net = factors.reduce((s, f) => s + f.value, 0) + ctx.outlook(`conduct:${perpetratorId}`).jitter;
  return { keep: !pausedByBrief && (keptByBrief || net > 0), factors, pausedByBrief, keptByBrief };
}

/**
 * What the brief says about deliveries now. Its pause level stops support outright once reached,
 * measured against what the brief names: the state's own knowledge ("once you are warned") or the
 * public record ("while the evidence is contested; pause … once it is manifest"). Below that
 * level, a brief that says to keep deliveries going keeps them going whatever the balance of risk:
 * the delegation follows its instructions, and the legal consequences of supplying with knowledge
 * (ARSIWA art. 16) are what the debrief is for.
 */
function briefOnDeliveries(ctx: DecisionContext, ownForces: boolean): { pausedByBrief: boolean; keptByBrief: boolean } {
  const { brief } = ctx.profile;
  if (ownForces) return { pausedByBrief: false, keptByBrief: false };
  const level = pauseBasisLevel(ctx);
  const pausedByBrief = brief.pauseDeliveriesAt !== null && evidenceAtLeast(level, brief.pauseDeliveriesAt);
  return { pausedByBrief, keptByBrief: brief.keepDeliveries && !pausedByBrief };
}

/** The evidence level the brief's pause is measured against. */
function pauseBasisLevel(ctx: DecisionContext): EvidenceLevel {
  return ctx.profile.brief.pauseDeliveriesOn === 'knowledge' ? knowledgeOf(ctx.state, ctx.code) : ctx.state.evidence.level;
}

function briefQuote(ctx: DecisionContext): string {
  const { brief } = ctx.profile;
  const on = brief.pauseDeliveriesOn === 'knowledge' ? 'what it knows' : 'the public record';
  return brief.pauseDeliveriesAt ? `its brief says to keep deliveries going until ${on} shows ${EVIDENCE_WORDS[brief.pauseDeliveriesAt]} (${on} shows ${EVIDENCE_WORDS[pauseBasisLevel(ctx)]})` : 'its brief says to keep deliveries going';
}

function describe(factors: Factor[]): string {
  const { gains, costs } = sides([...factors].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)));
  return `${gains.length ? factorPhrase(gains) : 'nothing'} against ${costs.length ? factorPhrase(costs) : 'nothing'}`;
}

function supportMoves(ctx: DecisionContext): PlannedMove[] {
  const { state, profile, code, scenario } = ctx;
  const out: PlannedMove[] = [];
  const suspended = new Set<string>();
  if (profile.territorial) {
    for (const p of scenario.crisis.perpetrators.filter((x) => x.state === code)) {
      const { keep, factors } = weighSupport(ctx, p.id, true);
      if (!keep) continue;
      out.push({
        event: { type: 'conduct.act', kind: 'perpetrating', target: p.id, scale: 'substantial', note: 'Operations continue.' },
        says: `${profile.name}'s forces continue their operations.`,
        coach: coachNote(profile.name, `let its ${p.name} carry on the campaign`, describe(factors), 'would have called a halt had its reputation or its domestic constraints weighed more'),
      });
    }
  }
  for (const choice of choices(ctx)) {
    const p = choice.tie.perpetrator;
    const { keep, factors, pausedByBrief, keptByBrief } = weighSupport(ctx, p.id, false);
    const breached = clausesBreached(state, code, choice.kind, p.id);
    if (breached.length > 0) {
      const agreement = state.agreements[breached[0]!.agreementId]!;
      const crossed = redLineCrossed(state, profile, agreement);
      if (!crossed) {
        out.push(...suspend(ctx, p.id, p.name, suspended, `it signed ${agreementWords(ctx, agreement)} and keeps it: no red line of its own has been crossed (pacta sunt servanda, VCLT art. 26)`, 'would have resumed only if a red line had been crossed'));
        continue;
      }
      if (!keep) {
        out.push(...suspend(ctx, p.id, p.name, suspended, `its red line was crossed (${crossed.because}) but the risk of supporting now outweighs the support: ${describe(factors)}`));
        continue;
      }
      out.push({
        event: { type: 'conduct.act', kind: choice.kind, target: p.id, scale: choice.scale, note: `Resumed: ${crossed.because}.` },
        says: `${profile.name} no longer considers itself bound by its agreement with ${delegationProfile(scenario, counterpartyOf(agreement, code)).name}.`,
        coach: coachNote(profile.name, `resumed ${choice.kind.replace(/-/g, ' ')} to the ${p.name} in breach of ${agreementWords(ctx, agreement)} (the breach is on the record)`, `${crossed.because}; ${describe(factors)}`, 'would have kept the agreement had no red line been crossed'),
      });
      continue;
    }
    if (keep) {
      out.push({
        event: { type: 'conduct.act', kind: choice.kind, target: p.id, scale: choice.scale },
        says: `${profile.name} honours its existing contracts.`,
        coach: keptByBrief && factors.reduce((s, f) => s + f.value, 0) <= 0
          ? coachNote(profile.name, `kept up ${choice.kind.replace(/-/g, ' ')} to the ${p.name}`, `${briefQuote(ctx)}, although ${describe(factors)}`, `it knows of ${knowledgeOf(state, code)} now, so each delivery is made with knowledge (ARSIWA art. 16)`)
          : coachNote(profile.name, `kept up ${choice.kind.replace(/-/g, ' ')} to the ${p.name}`, describe(factors), `would have suspended it once the evidence it holds outweighed its ties (it knows of ${knowledgeOf(state, code)} now)`),
      });
    } else {
      out.push(
        ...suspend(
          ctx,
          p.id,
          p.name,
          suspended,
          pausedByBrief
            ? `its brief says to pause deliveries once ${profile.brief.pauseDeliveriesOn === 'knowledge' ? 'what it knows' : 'the public record'} shows ${EVIDENCE_WORDS[profile.brief.pauseDeliveriesAt!]}, and it shows ${EVIDENCE_WORDS[pauseBasisLevel(ctx)]}`
            : `the risk of supporting with knowledge outweighs the support: ${describe(factors)}`,
          'would have carried on had the evidence stayed contested',
        ),
      );
    }
  }
  return out;
}

function suspend(ctx: DecisionContext, perpetratorId: string, name: string, done: Set<string>, because: string, otherwise?: string): PlannedMove[] {
  if (done.has(perpetratorId)) return [];
  done.add(perpetratorId);
  return [
    {
      event: { type: 'conduct.act', kind: 'suspending-support', target: perpetratorId, scale: 'substantial' },
      says: `${ctx.profile.name} suspends its support to the ${name}.`,
      coach: coachNote(ctx.profile.name, `suspended its support to the ${name}`, because, otherwise),
    },
  ];
}

/**
 * Protective and helping measures are aimed at the principal perpetrator and the territorial
 * state's side, so only a stake in them holds a state back: sympathy for an armed group fighting
 * the government (France and the Syrian opposition) does not stop it funding aid or pressing the
 * government.
 */
function protectiveMoves(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, profile } = ctx;
  const principal = principalPerpetrator(scenario);
  const territory = scenario.crisis.territorialState;
  const aimedAt = scenario.crisis.perpetrators.filter((p) => p.id === principal.id || p.state === territory);
  if (profile.territorial || aimedAt.some((p) => (ownEntry(profile.alignment, p.id)?.value ?? 0) > 0)) return [];
  const h = profile.humanitarianPriority.value;
  const scale: ConductScale = h >= CONDUCT_WEIGHTS.substantialFrom ? 'substantial' : 'limited';
  const funds = profile.brief.funds;
  const level = state.evidence.level;
  const out: PlannedMove[] = [];
  const act = (kind: ConductKind, target: string | undefined, says: string, because: string) =>
    out.push({ event: { type: 'conduct.act', kind, ...(target ? { target } : {}), scale }, says, coach: coachNote(profile.name, `took ${kind.replace(/-/g, ' ')}`, because) });
  if (!evidenceAtLeast(level, 'reports')) return out;
  if (h >= CONDUCT_WEIGHTS.aidFrom || funds.includes('humanitarian-aid')) {
    act('humanitarian-aid', undefined, `${profile.name} funds the humanitarian response.`, h >= CONDUCT_WEIGHTS.aidFrom ? `its humanitarian priority (${num(h)}) is at least ${CONDUCT_WEIGHTS.aidFrom}` : 'its brief tells it to fund humanitarian aid');
  }
  if (h >= CONDUCT_WEIGHTS.pressureFrom) act('diplomatic-pressure', territory, `${profile.name} summons the ambassador and presses for an end to the attacks.`, `its humanitarian priority (${num(h)}) calls for pressure once there are reports`);
  if (h >= CONDUCT_WEIGHTS.sanctionsFrom && evidenceAtLeast(level, 'credible') && profile.economicTies.value < CONDUCT_WEIGHTS.sanctionsMaxEconomicTies) {
    act('sanctions', principal.id, `${profile.name} imposes national sanctions on those responsible.`, `credible findings and a humanitarian priority of ${num(h)}, with little trade to lose (economic ties ${num(profile.economicTies.value)})`);
  }
  if (h >= CONDUCT_WEIGHTS.disarmFrom && evidenceAtLeast(level, 'credible') && forcesOnTheGround(ctx)) {
    for (const group of scenario.crisis.perpetrators) {
      if (group.kind === 'government' || (ownEntry(profile.alignment, group.id)?.value ?? 0) > 0) continue;
      act('disarming-group', group.id, `${profile.name} sets its troops on the ground to disarming and demobilising the ${group.name}.`, `its forces are in the territory, the findings are credible and its humanitarian priority (${num(h)}) is at least ${CONDUCT_WEIGHTS.disarmFrom}`);
    }
  }
  if (h >= CONDUCT_WEIGHTS.sanctionsFrom && level === 'manifest') {
    act('criminal-measures', principal.id, `${profile.name} opens criminal investigations under universal jurisdiction.`, 'the atrocities are manifest and accountability is among its priorities');
  }
  if (profile.relationships.some((r) => r.kind === 'proximity')) {
    act('accepting-refugees', undefined, `${profile.name} keeps its border open to those fleeing.`, 'it is a neighbour and the refugees are arriving');
  }
  if (funds.includes('prevention-assistance') || (profile.relationships.some((r) => r.kind === 'contributed-to-risk' || r.kind === 'colonial-tie') && h >= CONDUCT_WEIGHTS.aidFrom)) {
    act('prevention-assistance', territory, `${profile.name} offers assistance to rebuild institutions and prevent further violence.`, 'its past contribution to the risk grounds a duty to assist (Hakimi, Part IV.C)');
  }
  return out;
}

/** Whether the state has troops or authority in the territory this round: a contingent not withdrawn, or governmental authority. */
function forcesOnTheGround(ctx: DecisionContext): boolean {
  const { scenario, state, seat } = ctx;
  if (hasContingent(scenario, state, seat.state!)) return true;
  return scenario.relationships.some((r) => r.kind === 'governmental-authority' && r.from === seat.state && r.fromRound <= state.round && (r.untilRound === undefined || state.round <= r.untilRound));
}

export function conductMoves(ctx: DecisionContext): PlannedMove[] {
  const { state, seat, profile } = ctx;
  if (state.doneThisPhase.includes(seat.id)) return [];
  const acts = [...supportMoves(ctx), ...protectiveMoves(ctx)];
  return [
    ...acts,
    {
      event: { type: 'conduct.done' },
      says: `${profile.name} has declared its conduct for this round.`,
      coach: coachNote(profile.name, `declared ${acts.length} act${acts.length === 1 ? '' : 's'} of national conduct`, acts.length ? 'each is explained on its own entry' : 'it has no support to give or withdraw and its priorities call for no national measure'),
    },
  ];
}
