import { suggestDefences } from '../law/preview';
import { adjudicate } from '../law/report';
import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import { CONDUCT_GROUPS, type ConductKind, type DefenceArgument } from '../shared/vocabulary';
import type { DecisionContext, PlannedMove } from './decision-context';
import { coachNote } from './move-explanations';
import { capped, listOf } from './wording';
import { ownEntry } from '../session/lookup';

/**
 * The defence memorial: an AI delegation argues the defences its record supports, and no others.
 * Which those are is the law engine's call (suggestDefences runs the judgment's own rules on the
 * record with every argument pleaded and keeps those it would accept), behind this one function.
 */

export interface SupportedDefence {
  argument: DefenceArgument;
  duty: string;
  /** It clears the finding, or mitigates it. */
  effect: 'changes-finding' | 'mitigates';
  why: string;
}

/**
 * The defences the record supports for a state and that matter: the law engine would accept them
 * and they clear or mitigate a finding (a defence against a duty that does not hold is idle).
 */
export function defencesSupported(scenario: Scenario, state: SessionState, code: string): SupportedDefence[] {
  const out: SupportedDefence[] = [];
  for (const s of suggestDefences(scenario, state, code)) {
    if (s.effect === 'changes-finding' || s.effect === 'mitigates') out.push({ argument: s.argument, duty: s.duty, effect: s.effect, why: s.why });
  }
  return out;
}

const ARGUMENT_WORDS: Record<DefenceArgument, string> = {
  'lack-of-knowledge': 'it did not know of the atrocities when it acted',
  'meaningful-alternative': 'it pursued a meaningful alternative',
  'countervailing-interest': 'a weighty countervailing interest justified its course',
  'no-governmental-authority': 'it exercised no governmental authority over the area',
  'support-not-substantial': 'its support was not substantial',
  incapacity: 'it lacked the capacity to act',
  'council-authorisation': 'it acted under the Council\'s authorisation',
  'measures-taken': 'it took the measures due',
  'no-attribution': 'the conduct is not attributable to it',
  acquiescence: 'it let other protective measures pass',
  'agreement-not-in-force': 'the agreement was not in force',
};

/** The most arguments a memorial carries (the event schema's limit). */
const MEMORIAL_MAX_ARGUMENTS = 20;
const ARGUMENT_TEXT_MAX = 4000;

const SUPPORT: ReadonlySet<ConductKind> = new Set(CONDUCT_GROUPS.support);

/**
 * Whether any finding could hold against the state, read cheaply from the record before the law
 * engine is asked: a relationship in the scenario, conduct, a negative vote or a veto threat, or
 * a D2R agreement. A state with none of these has nothing to defend (and files no memorial).
 */
export function mayBeExposed(scenario: Scenario, state: SessionState, code: string): boolean {
  if (scenario.crisis.territorialState === code || scenario.relationships.some((r) => r.from === code)) return true;
  if (state.conduct.some((c) => c.state === code && (SUPPORT.has(c.kind) || c.kind === 'boycott-meeting'))) return true;
  if (state.vetoThreats.some((t) => t.state === code)) return true;
  if (state.ballots.some((b) => b.votes[code] === 'no')) return true;
  return Object.values(state.agreements).some((a) => a.parties.includes(code));
}

/** The state's exposure in the judgment the record would receive now (0-100). */
function exposureNow(scenario: Scenario, state: SessionState, code: string): number {
  return adjudicate(scenario, state, { trace: false, explain: false }).states.find((s) => s.state === code)?.exposure ?? 0;
}

/**
 * A delegation with exposure always files: when the record supports no defence, its memorial
 * pleads none, and the coach's note says why (an unsupported plea costs credibility and clears
 * nothing). A delegation with no exposure has nothing to answer and files nothing.
 */
function memorialWithoutDefence(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  const exposure = exposureNow(scenario, state, code);
  if (exposure === 0) return [];
  return [
    {
      event: { type: 'memorial.file', arguments: [] },
      says: `${profile.name} files its memorial and pleads no defence.`,
      coach: coachNote(
        profile.name,
        'filed its memorial without pleading a defence',
        `it faces findings (exposure ${exposure.toFixed(1)} of 100) but the record supports none of the defences against them: the law engine would reject each, and pleading an argument the record does not bear out would undermine its credibility with the court`,
      ),
    },
  ];
}

export function memorialMoves(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  if (ownEntry(state.memorials, code) || !mayBeExposed(scenario, state, code)) return [];
  const seen = new Set<string>();
  const defences = defencesSupported(scenario, state, code).filter((d) => {
    const key = `${d.argument}@${d.duty}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (defences.length === 0) return memorialWithoutDefence(ctx);
  const pleaded = defences.slice(0, MEMORIAL_MAX_ARGUMENTS);
  const args = pleaded.map((d) => ({
    argument: d.argument,
    duty: d.duty,
    text: capped(`${profile.name} submits that ${ARGUMENT_WORDS[d.argument]} (duty: ${d.duty}). ${d.why}`, ARGUMENT_TEXT_MAX),
  }));
  const names = [...new Set(pleaded.map((d) => `${d.argument.replace(/-/g, ' ')} (${d.duty}, ${d.effect === 'changes-finding' ? 'clears the finding' : 'mitigates'})`))];
  return [
    {
      event: { type: 'memorial.file', arguments: args },
      says: `${profile.name} files its memorial: ${listOf(names)}.`,
      coach: coachNote(
        profile.name,
        `pleaded ${listOf(names)}`,
        'these are the defences the record supports (the law engine would accept each against the record); it pleaded no argument the record does not bear out, so as not to undermine its credibility with the court',
      ),
    },
  ];
}
