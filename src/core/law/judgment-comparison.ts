import type { ExposureBand } from './parameters';
import { PARAMETERS } from './parameters';
import { stateWithArticle } from './duties/common';
import { BAND_WORDS, DUTY_WORDS, type ExposureReport, type Finding, type StateExposure } from './report';
import type { DutyId, Truth } from './types';

/**
 * Two judgments side by side (docs/fork.md): a session and a fork of it played differently, or any
 * two sessions of one scenario. A finding is one state's finding under one duty; it is added when
 * only the second judgment makes it, removed when only the first does, and changed when both make
 * it but its holding or its points differ. Exposures are compared state by state.
 */

export interface FindingSide {
  result: Truth;
  points: number;
}

export interface FindingComparison {
  state: string;
  name: string;
  duty: DutyId;
  title: string;
  change: 'added' | 'removed' | 'changed';
  before: FindingSide | null;
  after: FindingSide | null;
  /** The change in one sentence. */
  words: string;
}

export interface ExposureSide {
  exposure: number;
  band: ExposureBand;
}

export interface ExposureComparison {
  state: string;
  name: string;
  before: ExposureSide | null;
  after: ExposureSide | null;
  words: string;
}

export interface JudgmentComparison {
  title: string;
  exposures: ExposureComparison[];
  findings: FindingComparison[];
  /** Findings both judgments make alike. */
  unchanged: number;
}

const RESULT_WORDS: Record<Truth, string> = { holds: 'holds', 'does-not-hold': 'does not hold', unknown: 'is left open' };
const PAST_RESULT_WORDS: Record<Truth, string> = { holds: 'held', 'does-not-hold': 'did not hold', unknown: 'was left open' };

function points(n: number): string {
  return `${n.toFixed(PARAMETERS.decimals.value)} point${n === 1 ? '' : 's'}`;
}

function side(f: Finding): FindingSide {
  return { result: f.result, points: f.points };
}

function findingWords(name: string, duty: DutyId, before: FindingSide | null, after: FindingSide | null): string {
  const who = stateWithArticle(name);
  const under = `${who} under ${DUTY_WORDS[duty]}`;
  if (!before) return `New: the finding against ${under} ${RESULT_WORDS[after!.result]} (${points(after!.points)}).`;
  if (!after) return `Gone: the finding against ${under} (it ${PAST_RESULT_WORDS[before.result]}, ${points(before.points)}) is no longer made.`;
  if (before.result === after.result) return `Changed: the finding against ${under} still ${RESULT_WORDS[after.result]}, with ${points(after.points)} instead of ${points(before.points)}.`;
  return `Changed: the finding against ${under} ${PAST_RESULT_WORDS[before.result]} (${points(before.points)}); now it ${RESULT_WORDS[after.result]} (${points(after.points)}).`;
}

function exposureWords(name: string, before: ExposureSide | null, after: ExposureSide | null): string {
  const who = stateWithArticle(name);
  const of = (s: ExposureSide) => `${s.exposure.toFixed(PARAMETERS.decimals.value)} (${BAND_WORDS[s.band]})`;
  if (!before) return `Only the second session judges ${who}: exposure ${of(after!)}.`;
  if (!after) return `Only the first session judges ${who}: exposure ${of(before)}.`;
  if (before.exposure === after.exposure) return `The exposure of ${who} is unchanged at ${of(after)}.`;
  return `The exposure of ${who} ${after.exposure > before.exposure ? 'rises' : 'falls'} from ${of(before)} to ${of(after)}.`;
}

function byState(report: ExposureReport): Map<string, StateExposure> {
  return new Map(report.states.map((s) => [s.state, s]));
}

/** Compares the judgment of one session (`before`) with another's (`after`). */
export function compareJudgments(before: ExposureReport, after: ExposureReport): JudgmentComparison {
  const first = byState(before);
  const second = byState(after);
  const codes = [...new Set([...after.states.map((s) => s.state), ...before.states.map((s) => s.state)])];
  const exposures: ExposureComparison[] = [];
  const findings: FindingComparison[] = [];
  let unchanged = 0;
  for (const code of codes) {
    const a = first.get(code);
    const b = second.get(code);
    const name = (b ?? a)!.name;
    const exposureBefore = a ? { exposure: a.exposure, band: a.band } : null;
    const exposureAfter = b ? { exposure: b.exposure, band: b.band } : null;
    exposures.push({ state: code, name, before: exposureBefore, after: exposureAfter, words: exposureWords(name, exposureBefore, exposureAfter) });
    const dutiesBefore = new Map((a?.findings ?? []).map((f) => [f.duty, f]));
    const dutiesAfter = new Map((b?.findings ?? []).map((f) => [f.duty, f]));
    for (const duty of new Set([...dutiesAfter.keys(), ...dutiesBefore.keys()])) {
      const fa = dutiesBefore.get(duty);
      const fb = dutiesAfter.get(duty);
      const sa = fa ? side(fa) : null;
      const sb = fb ? side(fb) : null;
      if (sa && sb && sa.result === sb.result && sa.points === sb.points) {
        unchanged += 1;
        continue;
      }
      const change = !sa ? 'added' : !sb ? 'removed' : 'changed';
      findings.push({ state: code, name, duty, title: (fb ?? fa)!.title, change, before: sa, after: sb, words: findingWords(name, duty, sa, sb) });
    }
  }
  return { title: after.title, exposures, findings, unchanged };
}
