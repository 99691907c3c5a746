import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aiDelegatePolicy } from '../../src/core/ai';
import { loadScenarioText } from '../../src/core/scenario/load';
import type { Scenario } from '../../src/core/scenario/schema';
import { runSession } from '../../src/core/session/driver';
import type { SessionState } from '../../src/core/session';
import { viewFor } from '../../src/core/session';
import { buildTranscript, renderJson, renderMarkdown } from '../../src/core/transcript';
import { inline } from '../../src/core/transcript/markdown';
import { exportTranscript, reportFor } from '../../src/host/export';

/**
 * Privacy of the --as export (docs/design.md §5.5): for every shipped scenario played headlessly by AI
 * delegates, for every state with a seat, its Markdown and JSON records contain no other state's
 * brief, no bilateral message it was not party to, and no intelligence given to others only.
 */
const SCENARIOS_DIR = join(import.meta.dirname, '..', '..', 'scenarios');
const shipped = readdirSync(SCENARIOS_DIR)
  .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
  .sort();

function load(file: string): Scenario {
  const result = loadScenarioText(readFileSync(join(SCENARIOS_DIR, file), 'utf8'));
  if (!result.ok)
    throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

interface Secret {
  owner: string;
  what: string;
  text: string;
  /** States entitled to see it. */
  seenBy: string[];
}

/** Every private text in the session and who may see it. */
function secrets(scenario: Scenario, state: SessionState): Secret[] {
  const out: Secret[] = [];
  for (const entry of scenario.states) {
    const brief = entry.brief;
    if (!brief) continue;
    for (const [what, texts] of [
      ['summary', [brief.summary]],
      ['interest', brief.interests],
      ['red line', brief.redLines],
      ['objective', brief.objectives],
    ] as const) {
      for (const text of texts)
        out.push({ owner: entry.code, what: `brief ${what}`, text, seenBy: [entry.code] });
    }
  }
  for (const messages of Object.values(state.channels)) {
    for (const m of messages)
      out.push({
        owner: m.from,
        what: `message #${m.seq} to ${m.to}`,
        text: m.text,
        seenBy: [m.from, m.to],
      });
  }
  for (const intel of scenario.intelligence)
    out.push({
      owner: intel.recipients.join('+'),
      what: 'intelligence',
      text: intel.note,
      seenBy: intel.recipients,
    });
  return out;
}

/** The forms a text takes in each format: raw, Markdown-escaped, JSON-escaped. */
function forms(text: string): string[] {
  return [...new Set([text, inline(text), JSON.stringify(text).slice(1, -1)])];
}

describe.each(shipped)('privacy of --as exports: %s', (file) => {
  const scenario = load(file);
  const run = runSession(scenario, { seed: 11, policy: aiDelegatePolicy });
  const state = run.state;
  const seated = state.config.seats
    .filter((s) => s.kind !== 'facilitator' && s.state)
    .map((s) => s.state!);
  const all = secrets(scenario, state);
  // The public record (what the classroom projector shows, less the coach notes): a secret that
  // appears there word for word is a phrase the public record also uses, not something leaked.
  const report = reportFor(scenario, state, 'facilitator');
  const projector = buildTranscript({
    scenario,
    view: viewFor(scenario, state, 'projector'),
    report,
  });
  const publicRecord = [
    renderMarkdown({ ...projector, coachNotes: [] }),
    renderJson({ ...projector, coachNotes: [] }),
  ].join('\n');

  it('is played to the debrief with private channels to check', () => {
    expect(state.phase).toBe('debrief');
    expect(
      Object.keys(state.channels).length + scenario.states.filter((s) => s.brief).length,
    ).toBeGreaterThan(0);
  });

  it.each(seated)(
    '%s: its Markdown and JSON records hold nothing private of another state',
    async (code) => {
      const md = await exportTranscript(scenario, state, { format: 'md', as: code, report });
      const json = await exportTranscript(scenario, state, { format: 'json', as: code, report });
      const outputs = [String(md.content), String(json.content)];
      // A secret contained in something this state may see (its own brief or channels) or in the
      // public record proves nothing: "Voting against the United States" is in several briefs.
      const own = all.filter((s) => s.seenBy.includes(code)).map((s) => s.text);
      const leaks: string[] = [];
      for (const secret of all) {
        if (secret.seenBy.includes(code) || own.some((t) => t.includes(secret.text))) continue;
        if (forms(secret.text).some((f) => publicRecord.includes(f))) continue;
        for (const output of outputs) {
          if (forms(secret.text).some((f) => output.includes(f)))
            leaks.push(`${secret.owner} ${secret.what}: "${secret.text}"`);
        }
      }
      expect(leaks).toEqual([]);
      // and its own brief is there
      const brief = scenario.states.find((s) => s.code === code)?.brief;
      if (brief) expect(String(md.content)).toContain(inline(brief.summary));
      expect(JSON.parse(String(json.content)).perspective).toMatchObject({
        kind: 'seat',
        state: code,
      });
    },
  );
});
