import type { Agreement, SessionState } from '../session/state';
import type { D2rClause } from '../shared/vocabulary';
import { MEASURES, type Measure } from '../shared/vocabulary';
import { canOppose, measureValue } from './assessment';
import { evidenceAtLeast } from './brief-reading';
import { aiSeats, seatedStates, stateMovedThisPhase, type DecisionContext, type PlannedMove } from './decision-context';
import { cosponsorships, vetoThreats } from './council-moves';
import { answers as penholderAnswers, changeRequests, circulation } from './penholding';
import { offersToHumans } from './offer-making';
import { intendedSupport } from './conduct-moves';
import { agreementValue, counterProposal, countersBy, meaningfulFor, stillBites, wouldBreak } from './d2r';
import { coachNote, factorPhrase, sides } from './move-explanations';
import { CHAMPION_HUMANITARIAN, D2R_WEIGHTS, VOTE_THRESHOLDS } from './decision-weights';
import { delegationProfile, mainStake, principalPerpetrator } from './profile';
import { counterpartyOf, supportTies } from './record';
import { delegateRandom } from './rng';
import { topicPressure } from './signals';
import { publicStatement, roleOf, type Role } from './speech';

const ROLE_WORDS: Record<Role, string> = {
  territorial: 'as the territorial state',
  patron: 'as a patron of the perpetrators',
  shield: 'as a shield of the territorial state',
  neighbour: 'as a neighbour receiving refugees',
  champion: 'as a champion of protection',
  cautious: 'as a cautious bystander',
};
import { CLAUSE_NAMES, EVIDENCE_WORDS, listOf, measureList, num, understandingOf } from './wording';
import type { Scenario } from '../scenario/schema';
import { ownEntry } from '../session/lookup';

/**
 * The negotiation phase: answering D2R offers (sign, counter, reject), a public statement, its own
 * D2R proposals, private word to allies, and veto threats or cosponsorship on drafts still tabled.
 */

/** A statement names at most this many measures it supports and this many it opposes (a speech, not a list). */
const STATEMENT_MEASURES = 3;
/** Private messages about these topics bear on D2R answers. */
const D2R_TOPIC = /\bD2R\b|agreement|refrain|deliver|arms|suppl/i;

function clauseList(clauses: readonly D2rClause[]): string {
  return listOf(clauses.map((c) => CLAUSE_NAMES[c.kind]));
}

function answer(ctx: DecisionContext, agreement: Agreement): PlannedMove {
  const { scenario, state, profile, code } = ctx;
  const other = counterpartyOf(agreement, code);
  const otherName = delegationProfile(scenario, other).name;
  const outlook = ctx.outlook(`d2r:${agreement.id}:${agreement.history.length}`);
  const value = agreementValue(outlook, agreement.clauses, other);
  const pressure = topicPressure(ctx, D2R_TOPIC);
  const net = value.net + pressure.reduce((s, f) => s + f.value, 0);
  const factors = [...value.factors, ...pressure].sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  const { gains, costs } = sides(factors);
  const weighed = `${gains.length ? factorPhrase(gains) : 'nothing'} against ${costs.length ? factorPhrase(costs) : 'nothing'} (net ${num(net)})`;
  const proposer = agreement.parties[0] === code;
  const threshold = D2R_WEIGHTS.acceptThreshold + outlook.jitter;
  const id = agreement.id;

  // What it means to keep doing this round, whatever the agreement brings: support its brief tells it
  // to keep, or support worth more to it than the whole agreement. It never signs a ban it would
  // breach in the conduct phase; support worth less than the agreement it gives up by signing.
  const intended = intendedSupport(ctx).filter((i) => i.byBrief || i.net > net);
  const breaking = agreement.clauses.filter((c) => wouldBreak(c, intended));
  const meansTo = listOf(
    intended
      .filter((i) => breaking.some((c) => wouldBreak(c, [i])))
      .map((i) => `${i.kind.replace(/-/g, ' ')} to the ${scenario.crisis.perpetrators.find((p) => p.id === i.perpetrator)?.name ?? i.perpetrator} (${i.because})`),
  );
  const breakingNames = listOf(breaking.map((c) => `"${CLAUSE_NAMES[c.kind]}"`));

  if (proposer) {
    if (breaking.length > 0) {
      return {
        event: { type: 'd2r.reject', agreementId: id },
        says: `${profile.name} cannot accept the text as changed.`,
        coach: coachNote(profile.name, `rejected ${otherName}'s counter-proposal`, `it means to keep up ${meansTo}, which ${breakingNames} would forbid, and it does not sign what it would breach`),
      };
    }
    // Its own proposal came back countered: it signs the new text if it still binds the other party.
    if (meaningfulFor(scenario, state, other, agreement.clauses) && net >= D2R_WEIGHTS.rejectBelow) {
      return {
        event: { type: 'd2r.sign', agreementId: id },
        says: `${profile.name} signs the agreement with ${otherName} (${clauseList(agreement.clauses)}).`,
        coach: coachNote(profile.name, `signed the D2R agreement it proposed to ${otherName}`, `the text still binds ${otherName} to refrain from what it does (${weighed})`),
      };
    }
    return {
      event: { type: 'd2r.reject', agreementId: id },
      says: `${profile.name} cannot accept the text as changed: it no longer binds ${otherName} to anything.`,
      coach: coachNote(profile.name, `rejected ${otherName}'s counter-proposal`, `no remaining clause forbids anything ${otherName} actually does`, 'would have signed had one refrain clause that bites been kept'),
    };
  }
  if (net >= threshold && breaking.length === 0) {
    return {
      event: { type: 'd2r.sign', agreementId: id },
      says: `${profile.name} signs the agreement with ${otherName}. We will honour it.`,
      coach: coachNote(profile.name, `signed the D2R agreement offered by ${otherName} (${clauseList(agreement.clauses)})`, `what it gains outweighs what it costs: ${weighed}`),
    };
  }
  const countersLeft = countersBy(agreement, code) < D2R_WEIGHTS.maxCounters;
  const avoid = (c: D2rClause) => wouldBreak(c, intended);
  const drops = breaking.map((c) => `drops "${CLAUSE_NAMES[c.kind]}"`);
  const base = agreement.clauses.filter((c) => !avoid(c));
  const proposed = countersLeft ? counterProposal(outlook, base, other, threshold, avoid, drops) : null;
  // A counter that no longer binds it to anything it does would only be rejected by the proposer.
  const counter = proposed && (breaking.length === 0 || stillBites(outlook, proposed.clauses)) ? proposed : null;
  if (counter) {
    const because =
      breaking.length > 0
        ? `it means to keep up ${meansTo}, so it will not sign ${breakingNames}, a ban it would breach this very round; the revised text is worth ${num(counter.value.net)} to it (the text as offered: ${weighed})`
        : `the text as offered cost it more than it gained (${weighed}); the revised text is worth ${num(counter.value.net)} to it`;
    return {
      event: { type: 'd2r.counter', agreementId: id, clauses: counter.clauses, note: `${profile.name} ${listOf(counter.changes)}.` },
      says: `${profile.name} is ready to sign a revised text: it ${listOf(counter.changes)}.`,
      coach: coachNote(
        profile.name,
        `countered ${otherName}'s proposal (${listOf(counter.changes)})`,
        because,
        breaking.length > 0
          ? `would have accepted ${breakingNames} had it been ready to stop what it forbids`
          : `would have signed at once had the offer ${counter.changes.map((c) => c.replace(/^adds/, 'included').replace(/^drops/, 'left out').replace(/^replaces/, 'replaced')).join(' and ')}`,
      ),
    };
  }
  return {
    event: { type: 'd2r.reject', agreementId: id },
    says: `${profile.name} declines the proposal of ${otherName}.`,
    coach:
      breaking.length > 0
        ? coachNote(profile.name, `rejected the D2R agreement offered by ${otherName} (${clauseList(agreement.clauses)})`, `it means to keep up ${meansTo}, which ${breakingNames} would forbid, and it does not sign what it would breach this very round (the text as offered: ${weighed}); no text without that ban binds it to anything it does that it would accept`, 'would have signed had it been ready to stop that support')
        : coachNote(profile.name, `rejected the D2R agreement offered by ${otherName} (${clauseList(agreement.clauses)})`, `its costs outweigh its gains (${weighed}) and no revision it could offer would change that`, 'would have countered or signed had the offer bound the proposer too or brought consultation and monitoring it values'),
  };
}

function speaks(ctx: DecisionContext): boolean {
  const { profile } = ctx;
  return profile.councilMember || profile.briefed || profile.territorial || profile.relationships.length > 0;
}

function statement(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, profile, code } = ctx;
  if (!speaks(ctx) || stateMovedThisPhase(state, code, 'statement.public') || state.evidence.level === 'none') return [];
  const outlook = ctx.outlook('statement');
  const values = MEASURES.map((m) => measureValue(outlook, m, 'council'));
  const favoured = values
    .filter((v) => v.net >= VOTE_THRESHOLDS.yes && !v.abstainByBrief)
    .sort((a, b) => b.net - a.net)
    .slice(0, STATEMENT_MEASURES)
    .map((v) => v.measure);
  const opposed = canOppose(outlook, values)
    ? values
        .filter((v) => v.redLine === 'hard' || v.net <= -VOTE_THRESHOLDS.no)
        .sort((a, b) => a.net - b.net)
        .slice(0, STATEMENT_MEASURES)
        .map((v) => v.measure)
    : [];
  const role = roleOf(scenario, profile);
  const text = publicStatement({ scenario, profile, role, evidence: state.evidence.level, favoured: sortMeasures(favoured), opposed: sortMeasures(opposed), random: ctx.random('statement') });
  return [
    {
      event: { type: 'statement.public', text },
      says: text,
      coach: coachNote(profile.name, `spoke ${ROLE_WORDS[role]}`, `${favoured.length ? `it values ${measureList(sortMeasures(favoured))}` : 'it values no measure enough to call for it'}${opposed.length ? ` and opposes ${measureList(sortMeasures(opposed))}` : ''} at the level of ${EVIDENCE_WORDS[state.evidence.level]}`),
    },
  ];
}

function sortMeasures(ms: Measure[]): Measure[] {
  return [...ms].sort((a, b) => MEASURES.indexOf(a) - MEASURES.indexOf(b));
}

/** Whether a delegation proposes D2R agreements: no stake in the perpetrators, and its brief or its humanitarian priority calls for it. */
function proposes(scenario: Scenario, code: string): boolean {
  const p = delegationProfile(scenario, code);
  if (p.territorial || p.brief.d2r === -1 || (ownEntry(p.alignment, principalPerpetrator(scenario).id)?.value ?? 0) > 0) return false;
  return p.brief.d2r === 1 || p.humanitarianPriority.value >= D2R_WEIGHTS.proposerMinHumanitarian;
}

/** Seated states tied to a perpetrator by support this round (the suppliers a D2R agreement is for). */
function suppliers(scenario: Scenario, state: SessionState): string[] {
  return [...seatedStates(state)]
    .filter((code) => {
      const p = delegationProfile(scenario, code);
      return !p.territorial && supportTies(scenario, p, state.round).length > 0;
    })
    .sort();
}

function openOrSigned(state: SessionState, a: string, b: string): boolean {
  return Object.values(state.agreements).some(
    (g) => g.parties.includes(a) && g.parties.includes(b) && (g.status === 'proposed' || g.status === 'countered' || g.status === 'signed' || g.history[g.history.length - 1]!.round === state.round),
  );
}

function proposedThisRound(state: SessionState, code: string, as: 'proposer' | 'target'): boolean {
  return Object.values(state.agreements).some((g) => g.history[0]!.round === state.round && g.parties[as === 'proposer' ? 0 : 1] === code);
}

/** The supplier this delegation proposes to now, in an assignment every AI seat computes alike (keenest proposer first). */
function targetFor(scenario: Scenario, state: SessionState, code: string): string | null {
  const random = delegateRandom(state.config.seed, 'd2r-proposers', state.round, 'order');
  const proposers = aiSeats(state)
    .map((s) => s.state!)
    .filter((c) => proposes(scenario, c) && !proposedThisRound(state, c, 'proposer'))
    .map((c) => ({ c, drive: delegationProfile(scenario, c).humanitarianPriority.value + (delegationProfile(scenario, c).brief.d2r === 1 ? 1 : 0), tie: random.unit() }))
    .sort((a, b) => b.drive - a.drive || a.tie - b.tie);
  const taken = new Set<string>();
  for (const { c } of proposers) {
    const target = suppliers(scenario, state).find((t) => t !== c && !taken.has(t) && !openOrSigned(state, c, t) && !proposedThisRound(state, t, 'target'));
    if (target === undefined) continue;
    if (c === code) return target;
    taken.add(target);
  }
  return null;
}

/** After this many rejected offers the proposer narrows its offer to one ban. */
const NARROW_AFTER_REFUSALS = 2;

/** Earlier proposals between the two that were rejected (the proposer learns from them). */
function rejectedBefore(state: SessionState, proposer: string, target: string): number {
  return Object.values(state.agreements).filter((g) => g.parties[0] === proposer && g.parties[1] === target && g.status === 'rejected').length;
}

/**
 * The opening offer: a refrain clause for each way the target supports a perpetrator, with
 * monitoring. After a rejection the proposer sweetens it with consultation; after two, it keeps
 * only the first refrain clause (half a loaf, on the record).
 */
function clausesFor(scenario: Scenario, state: SessionState, proposer: string, target: string): D2rClause[] {
  const full = refrainClausesFor(scenario, state, target);
  const refusals = rejectedBefore(state, proposer, target);
  const refrains = refusals >= NARROW_AFTER_REFUSALS ? full.slice(0, 1) : full;
  if (refrains.length === 0) return [];
  return [...refrains, { kind: 'monitoring-and-reporting' }, ...(refusals >= 1 ? [{ kind: 'consultation-and-dispute-settlement' as const }] : [])];
}

function refrainClausesFor(scenario: Scenario, state: SessionState, target: string): D2rClause[] {
  const out: D2rClause[] = [];
  const add = (clause: D2rClause) => {
    if (!out.some((c) => c.kind === clause.kind && c.perpetrator === clause.perpetrator)) out.push(clause);
  };
  for (const tie of supportTies(scenario, delegationProfile(scenario, target), state.round)) {
    const r = tie.relationship;
    const perpetrator = tie.perpetrator.id;
    if (r.kind === 'arms-supplier') add({ kind: 'no-arms-transfers', perpetrator });
    if (r.kind === 'agency') add({ kind: 'suspend-military-cooperation', perpetrator });
    if (r.kind === 'substantial-support') {
      if (r.supportKinds.includes('military')) add({ kind: 'suspend-military-cooperation', perpetrator });
      if (r.supportKinds.includes('financial') || r.supportKinds.includes('economic')) add({ kind: 'no-financing', perpetrator });
    }
  }
  for (const act of state.conduct) if (act.state === target && act.kind === 'intelligence-sharing' && act.target) add({ kind: 'no-intelligence-sharing', perpetrator: act.target });
  return out;
}

function proposal(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  if (!evidenceAtLeast(state.evidence.level, 'reports') || !proposes(scenario, code) || proposedThisRound(state, code, 'proposer')) return [];
  const target = targetFor(scenario, state, code);
  if (!target) return [];
  const clauses = clausesFor(scenario, state, code, target);
  if (clauses.length === 0) return [];
  const base = `d2r-${code.toLowerCase()}-${target.toLowerCase()}-r${state.round}`;
  let agreementId = base;
  for (let n = 2; ownEntry(state.agreements, agreementId); n++) agreementId = `${base}-${n}`;
  const targetName = delegationProfile(scenario, target).name;
  return [
    {
      event: { type: 'd2r.propose', agreementId, to: target, clauses, note: `Proposed by ${profile.name}: ${understandingOf(clauses, scenario.crisis.perpetrators)}.` },
      says: `${profile.name} proposes to ${targetName} a bilateral Duty-to-Refrain agreement: ${clauseList(clauses)}.`,
      coach: coachNote(
        profile.name,
        `proposed a D2R agreement to ${targetName}`,
        `${targetName} supports a perpetrator (${supportTies(scenario, delegationProfile(scenario, target), state.round).map((t) => `${t.relationship.kind} to the ${t.perpetrator.name}`).join('; ')}) and ${profile.brief.d2r === 1 ? "its brief calls for D2R agreements" : `its humanitarian priority (${num(profile.humanitarianPriority.value)}) is high`}; the opening offer names only what ${targetName} does, with monitoring`,
        rejectedBefore(state, code, target) > 0
          ? `its earlier offers were rejected (${rejectedBefore(state, code, target)}), so it sweetens this one`
          : 'would have offered consultation up front had it expected resistance from a supplier with strong ties',
      ),
    },
  ];
}

/** A champion presses a named ally that shields or supplies the perpetrators, privately, once a round. */
function allyMessages(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  if (profile.humanitarianPriority.value < CHAMPION_HUMANITARIAN || mainStake(scenario, profile).stake > 0) return [];
  if (stateMovedThisPhase(state, code, 'message.private') || !evidenceAtLeast(state.evidence.level, 'reports')) return [];
  const seated = seatedStates(state);
  for (const ally of profile.brief.allies) {
    if (!seated.has(ally)) continue;
    const other = delegationProfile(scenario, ally);
    const supplies = supportTies(scenario, other, state.round).length > 0;
    if (!supplies && mainStake(scenario, other).stake < VOTE_THRESHOLDS.stakeToOppose) continue;
    const perpetrator = principalPerpetrator(scenario).name;
    const text = `As your friend and ally, we urge you to suspend deliveries to the ${perpetrator}, to sign a D2R agreement and to let the Council's humanitarian text pass. The record is hardening: ${EVIDENCE_WORDS[state.evidence.level]}.`;
    return [
      {
        event: { type: 'message.private', to: ally, text },
        says: text,
        coach: coachNote(profile.name, `pressed ${other.name} privately`, `${other.name} is a named ally that ${supplies ? 'supplies' : 'shields'} the perpetrators, and a quiet word from a friend moves it more than a public rebuke`),
      },
    ];
  }
  return [];
}

export function negotiationMoves(ctx: DecisionContext): PlannedMove[] {
  const { state, code } = ctx;
  const answers = Object.values(state.agreements)
    .filter((a) => a.awaiting === code && (a.status === 'proposed' || a.status === 'countered'))
    .map((a) => answer(ctx, a));
  return [
    ...penholderAnswers(ctx),
    ...circulation(ctx),
    ...changeRequests(ctx),
    ...offersToHumans(ctx),
    ...answers,
    ...statement(ctx),
    ...proposal(ctx),
    ...allyMessages(ctx),
    ...vetoThreats(ctx),
    ...cosponsorships(ctx, 'council'),
  ];
}
