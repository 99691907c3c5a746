import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../src/bench/fixtures';
import { everyMemberConfig, selfPlay } from '../../src/core/ai/self-play';
import { membershipCodes } from '../../src/core/scenario/membership';
import type { Scenario } from '../../src/core/scenario/schema';
import { applyCommand, CONDUCT_GROUPS, EVENT_POLICY, viewFor, type SessionEvent, type SessionEventType, type SessionState, type SessionView } from '../../src/core/session';
import { nameOf } from '../../src/renderer/session/format';
import { timelineRows } from '../../src/renderer/session/timeline/rows';
import { agreementSituation, agreementSteps, counterparts } from '../../src/renderer/session/negotiation/logic';
import { guardsForSeat, injectRows, phaseLine, seatRows } from '../../src/renderer/session/facilitator/logic';
import { breachWarnings, targetOptions } from '../../src/renderer/session/conduct/logic';
import { evidenceItem } from '../../src/renderer/session/judgment/evidence';
import { judgmentReport, whatIfOnView } from '../../src/renderer/session/law';
import { exportPerspectives } from '../../src/renderer/session/export-logic';
import { firstInternal, GENERIC_PATTERNS, sessionPatterns, type InternalPattern } from '../support/internal-words';

/**
 * Every sentence a user reads names states, drafts, measures and evidence in words (issue 17
 * item 4), on screen as in the judgment and transcript (test/law/words.test.ts). There is no DOM
 * renderer in the unit tests, so this scans what the screens are made of: the view-model strings
 * the renderer derives from the host's view for every viewer of a played session of each shipped
 * scenario (timeline rows, seat and inject rows, agreement situations and steps, refusals of every
 * action, conduct targets and warnings, the judgment's findings and evidence, the what-if's
 * changes, export perspectives), the rules' refusals of random commands, and, statically, the text
 * the screens' JSX writes around an expression.
 */

const EVENT_TYPES = Object.keys(EVENT_POLICY) as SessionEventType[];

/** What the screens of one viewer show, in sentences (not a player's own words). */
function screenStrings(scenario: Scenario, state: SessionState, view: SessionView, seatId: string | null): string[] {
  const me = seatId ? (state.config.seats.find((s) => s.id === seatId)?.state ?? null) : null;
  const out: string[] = [phaseLine(view)];
  const aiStates = new Set(state.config.seats.filter((s) => s.kind === 'ai').map((s) => s.state));
  for (const row of timelineRows(view)) {
    out.push(row.text, row.breach ?? '');
    if (row.quote && row.state && aiStates.has(row.state)) out.push(row.quote);
  }
  for (const agreement of Object.values(view.state.agreements)) {
    out.push(agreementSituation(view, agreement, me), ...agreementSteps(agreement).map((s) => s.label));
  }
  out.push(...counterparts(view, me).map((c) => c.name));
  if (seatId) {
    const guard = guardsForSeat(view, seatId);
    out.push(...EVENT_TYPES.map((t) => guard(t).reason ?? ''));
  }
  if (me) {
    for (const kinds of Object.values(CONDUCT_GROUPS)) {
      for (const kind of kinds) {
        const targets = targetOptions(view, kind);
        out.push(...targets.map((t) => t.label));
        for (const t of targets.slice(0, 3)) out.push(...breachWarnings(view, me, kind, t.value));
      }
    }
  } else {
    out.push(...seatRows(view).map((r) => r.name), ...injectRows(view).map((r) => `${r.title} ${r.text}`));
  }
  return out.filter((s) => s.length > 0);
}

/** The judgment as its screen shows it: findings, their reasoning and evidence, and the what-if of the first state. */
function judgmentStrings(view: SessionView): string[] {
  const report = judgmentReport(view);
  if (!report.ok) return [report.reason];
  const out: string[] = [];
  for (const s of report.value.states) {
    out.push(s.name);
    for (const f of s.findings) {
      out.push(f.title, f.reasoning, ...f.defences.map((d) => d.why), ...[...f.evidence, ...f.context].map((ref) => evidenceItem(view, ref).text));
    }
  }
  const first = report.value.states[0];
  if (first) {
    const whatIf = whatIfOnView(view, first.state);
    out.push(...(whatIf.ok ? JSON.stringify(whatIf.value).match(/"(?:text|words|summary|description|because|reason)":"[^"]*"/g) ?? [] : [whatIf.reason]));
  }
  return out;
}

function offences(texts: readonly string[], patterns: readonly InternalPattern[]): string[] {
  return [...new Set(texts.flatMap((t) => firstInternal(t, patterns) ?? []))];
}

describe('the scan of what a user reads', () => {
  it.each(GENERIC_PATTERNS.map((p) => [p.name, p] as const))('catches %s on a planted example', (_, p) => {
    expect(firstInternal(p.planted, [p])).not.toBeNull();
  });

  it('catches a state code for a name, in brackets or alone, and a session id, and lets names and acronyms through', () => {
    const { scenario } = shippedScenarios().find((s) => s.file === 'training-kestria.yaml')!;
    const { state } = selfPlay(scenario, everyMemberConfig(scenario, membershipCodes(scenario), 1));
    const patterns = sessionPatterns(scenario, state);
    expect(firstInternal('Memorial of RUS', patterns)).not.toBeNull();
    expect(firstInternal('The United States (USA): exposure 3.0', patterns)).not.toBeNull();
    expect(firstInternal('Pakistan explained its vote (PAK, abstained).', patterns)).not.toBeNull();
    expect(firstInternal(`France signed ${Object.keys(state.agreements)[0]!}.`, patterns)).not.toBeNull();
    expect(firstInternal('France referred the situation to the ICC under the UN Charter (art. 27(2)).', [...GENERIC_PATTERNS, ...patterns])).toBeNull();
    expect(firstInternal('The seat of France is now played by a person.', [...GENERIC_PATTERNS, ...patterns])).toBeNull();
  });
});

describe.each(shippedScenarios())('$file: what the screens say, in words', ({ scenario }) => {
  it('every viewer of a played session reads no internal id, slug, state code or "the seed"', () => {
    const { state } = selfPlay(scenario, everyMemberConfig(scenario, membershipCodes(scenario), 3));
    const patterns = [...GENERIC_PATTERNS, ...sessionPatterns(scenario, state)];
    const facilitator = viewFor(scenario, state, 'facilitator');
    const texts = [
      ...screenStrings(scenario, state, facilitator, null),
      ...judgmentStrings(facilitator),
      ...exportPerspectives({ seats: state.config.seats.map((s) => ({ ...s, name: s.state ? nameOf(facilitator, s.state) : null })), localSeats: state.config.seats.map((s) => s.id) } as never).map((p) => p.label),
    ];
    // The seats of the Council (every seat in a small session) see their own screens.
    const seats = state.config.seats.filter((s) => s.state !== null && (scenario.council.permanent.includes(s.state) || scenario.council.elected.includes(s.state)));
    for (const seat of seats) texts.push(...screenStrings(scenario, state, viewFor(scenario, state, { seatId: seat.id }), seat.id));
    expect(offences(texts, patterns).slice(0, 12)).toEqual([]);
  }, 120_000);

  it("the rules' refusals of moves on the session's own drafts, ballots and agreements name them in words", () => {
    const config = everyMemberConfig(scenario, membershipCodes(scenario), 5);
    // Midway: a vote has been taken and the drafts, ballots and agreements of the session exist.
    const { state } = selfPlay(scenario, config, { stopWhen: (s) => s.ballots.some((b) => b.closedSeq !== null) });
    const facilitator = config.seats.find((s) => s.kind === 'facilitator')!.id;
    const members = new Set([...scenario.council.permanent, ...scenario.council.elected]);
    const seats = [facilitator, ...config.seats.filter((s) => s.state !== null && members.has(s.state)).map((s) => s.id)];
    const moves: SessionEvent[] = [
      ...Object.keys(state.drafts).flatMap((draftId): SessionEvent[] => [
        { type: 'vote.open', draftId },
        { type: 'draft.cosponsor', draftId },
        { type: 'draft.withdraw', draftId },
        { type: 'draft.putInBlue', draftId },
        { type: 'draft.requestChange', draftId, change: { kind: 'drop-measure', measure: 'arms-embargo' } } as SessionEvent,
        { type: 'veto.threaten', draftId, visibility: 'public' },
        { type: 'ufp.propose-referral', draftId } as SessionEvent,
      ]),
      ...state.ballots.flatMap((b): SessionEvent[] => [
        { type: 'vote.cast', ballotId: b.id, vote: 'yes' },
        { type: 'vote.close', ballotId: b.id },
        { type: 'vote.explain', ballotId: b.id, text: 'Because.' },
      ]),
      ...Object.keys(state.agreements).flatMap((agreementId): SessionEvent[] => [
        { type: 'd2r.sign', agreementId },
        { type: 'd2r.reject', agreementId },
        { type: 'd2r.withdraw', agreementId },
      ]),
      ...scenario.injects.map((i): SessionEvent => ({ type: 'inject.fire', injectId: i.id })),
    ];
    const refusals = seats.flatMap((by) =>
      moves.flatMap((event) => {
        const result = applyCommand(scenario, state, { by, at: '2030-01-01T00:00:00.000Z', event });
        return result.ok ? [] : [result.reason];
      }),
    );
    expect(refusals.length).toBeGreaterThan(0);
    expect(offences(refusals, [...GENERIC_PATTERNS, ...sessionPatterns(scenario, state)]).slice(0, 12)).toEqual([]);
  }, 120_000);
});

/** Every .tsx file under a folder. */
function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/**
 * Statically, in the renderer's JSX: text that shows a state code, a seat or an id where a name
 * belongs ("Memorial of {state}", `${name} (${code})`, "Will be tabled as …"), or a scenario's
 * name hard-coded as an example for every scenario.
 */
const JSX_PATTERNS: readonly InternalPattern[] = [
  { name: 'an id shown as text', pattern: /(?<![=$\w,(]\s?)\{\s*(?:[\w?]+\.)*(?:id|seatId|draftId|ballotId|agreementId|injectId)\s*\}(?!\s*\/?>)/, planted: '<Text size="xs">{a.id}</Text>' },
  { name: 'a code where a sentence wants a name', pattern: /[A-Za-z:,]\s+\$?\{\s*(?:[\w?]+\.)*(?:state|code|me|parties\[\d\])\s*\}(?!\s*\/?>)/, planted: '<Title>Memorial of {state}, filed</Title>' },
  { name: 'a code in brackets after a name', pattern: /\((?:\$\{|\{)\s*(?:[\w?]+\.)*(?:state|code|seatId)\s*\}\)/, planted: 'label: `${r.name} (${r.state})`' },
  { name: 'a minted id shown', pattern: /\$\{\s*draftIdFor\(/, planted: '`Will be tabled as ${draftIdFor(view, title)}.`' },
  { name: 'a list of state codes joined into a sentence', pattern: /\{\s*(?:[\w?!]+\.)*(?:vetoedBy|liveNo|signedBy|parties|electorate)\.join\(/, planted: 'title={`Vetoed by ${result.vetoedBy.join(\', \')}`}' },
  { name: 'a record number in place of what happened', pattern: /(?:^|[>\s])#\{\s*(?:[\w?]+\.)*seq\s*\}/, planted: '<Anchor href={link}>#{e.seq}</Anchor>' },
  { name: 'a shipped scenario hard-coded as an example', pattern: /e\.g\.,? [^'"`{}]*(?:Kestria|Rwanda|Bosnia|Syria|Ituri)/, planted: 'placeholder="e.g. The situation in Kestria"' },
];

describe('the screens\' JSX', () => {
  it.each(JSX_PATTERNS.map((p) => [p.name, p] as const))('the scan catches %s on a planted example', (_, p) => {
    expect(firstInternal(p.planted, [p])).not.toBeNull();
  });

  it('writes no id, code or hard-coded example into the text around an expression', () => {
    const found = tsxFiles('src/renderer').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          // Comments, and destructuring ("const { state } = view"), are not text.
          if (/^\s*(\/\/|\*|\/\*)/.test(line) || /\b(?:const|let)\s*\{|\(\{\s*\w+\s*\}\)/.test(line)) return [];
          const hit = firstInternal(line.replace(/\b(?:key|data-[\w-]+|aria-[\w-]+|id|value|htmlFor|name)=\{[^}]*\}/g, ''), JSX_PATTERNS);
          return hit ? [`${file}:${i + 1}: ${hit}`] : [];
        }),
    );
    expect(found).toEqual([]);
  });
});
