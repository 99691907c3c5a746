import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitmentRegistry } from '../src/core/session/commitments';
import { readSessionFile } from '../src/host/session-file';
import { FIXTURE_DIR, loadFixture } from './support/session';
import { councilStatementStatus } from '../src/core/session/council-statements';
import { completeFacts } from '../src/core/law/facts';
import { factsInputFromRecord } from '../src/core/law/record-input';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'moot-council.mjs');
const dir = mkdtempSync(join(tmpdir(), 'moot-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, 'run', ...args], { cwd: root, encoding: 'utf8' });
}

describe('moot-council run', () => {
  const scenario = join(FIXTURE_DIR, 'marun-crisis.yaml');
  const script = join(FIXTURE_DIR, 'marun-script.yaml');

  it('the same scenario, script and seed give a byte-identical session file', () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    execFileSync(process.execPath, [bin, 'run', scenario, '--script', script, '--seed', '11', '--out', a], { cwd: root });
    execFileSync(process.execPath, [bin, 'run', scenario, '--script', script, '--seed', '11', '--out', b], { cwd: root });
    expect(readFileSync(b).equals(readFileSync(a))).toBe(true);
    const file = readSessionFile(a);
    expect(file.state.phase).toBe('debrief');
    expect(file.config.seed).toBe(11);
    expect(file.warnings).toEqual([]);
  }, 60_000);

  it('reports a bad script with the path of the problem and exit code 1, writing nothing', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'rounds:\n  1:\n    council:\n      FRA:\n        - { type: vote.cast, draftId: d1, vote: perhaps }\n');
    const out = join(dir, 'never.jsonl');
    const result = run(scenario, '--script', bad, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.yaml: rounds\.1\.council\.FRA\[0\]\.vote: /);
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  }, 60_000);

  it('plays a negotiation: a zero draft circulated, a change asked for and accepted into rev.1, the draft in blue, then the vote', () => {
    const out = join(dir, 'negotiation.jsonl');
    const negotiation = join(FIXTURE_DIR, 'marun-negotiation-script.yaml');
    const result = run(scenario, '--script', negotiation, '--seed', '5', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { state } = readSessionFile(out);
    const draft = state.drafts.zero!;
    expect(draft.measures).toEqual(['commission-of-inquiry']);
    expect(draft.circulation!.revisions.map((r) => r.text.measures)).toEqual([['commission-of-inquiry', 'arms-embargo'], ['commission-of-inquiry']]);
    const russia = draft.circulation!.requests.find((r) => r.state === 'RUS')!;
    expect(russia.answer).toMatchObject({ accepted: true, revision: 1, reason: 'So that Russia need not veto the inquiry.' });
    const order = ['draft.circulate', 'draft.requestChange', 'draft.putInBlue', 'vote.open'].map((type) => state.log.find((e) => e.event.type === type && 'draftId' in e.event && e.event.draftId === 'zero')!.seq);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(state.ballots.find((b) => b.draftId === 'zero')?.votes.RUS).toBe('abstain');
  }, 60_000);

  it('plays bargaining: a contact group convened, joined, declined and written in; an offer accepted into rev.1 and kept at the vote', () => {
    const out = join(dir, 'bargaining.jsonl');
    const result = run(scenario, '--script', join(FIXTURE_DIR, 'marun-bargaining-script.yaml'), '--seed', '5', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { state } = readSessionFile(out);
    const group = state.groups['friends-marun']!;
    expect(group).toMatchObject({ kind: 'contact', convenor: 'FRA', title: 'Friends of the Marun Valley', members: ['FRA', 'IRL'] });
    expect(group.declined).toEqual([expect.objectContaining({ state: 'RUS', reason: 'We do not take part in groups that prejudge the outcome.' })]);
    expect(group.messages.map((m) => m.from).sort()).toEqual(['FRA', 'IRL']);
    expect(state.offers.o1!.answer).toMatchObject({ answer: 'accept', reason: 'An abstention lets the text pass.' });
    const draft = state.drafts.zero!;
    expect(draft.circulation!.revisions.map((r) => [r.number, r.offerId ?? null, r.text.measures])).toEqual([
      [0, null, ['condemnation', 'sanctions']],
      [1, 'o1', ['condemnation']],
    ]);
    expect(state.ballots.find((b) => b.draftId === 'zero')?.votes.RUS).toBe('abstain');
    const russia = commitmentRegistry(state).filter((c) => c.by === 'RUS');
    expect(russia.map((c) => c.status)).toEqual(['kept']);
    const france = commitmentRegistry(state).filter((c) => c.by === 'FRA');
    expect(france.map((c) => c.status)).toEqual(['kept']);
  }, 60_000);

  it('--continue-on-refusal records a refused move and plays on; without it the run stops; the AI seats are named, and a scripted state left out of seats is warned of', () => {
    const refusing = join(dir, 'refusing.yaml');
    writeFileSync(
      refusing,
      'seats: [FRA]\nrounds:\n  1:\n    council:\n      KEN:\n        - { type: veto.threaten, draftId: nothing, visibility: public }\n',
    );
    const strictOut = join(dir, 'strict.jsonl');
    expect(run(scenario, '--script', refusing, '--out', strictOut).status).toBe(1);
    const out = join(dir, 'continued.jsonl');
    const result = run(scenario, '--script', refusing, '--continue-on-refusal', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/refusing\.yaml: refused, and the run went on: rounds\.1\.council\.KEN\[0\] \(veto\.threaten\) in round 1, council: Kenya is not a permanent member/);
    expect(result.stderr).toMatch(/refusing\.yaml: warning: the script gives moves to Kenya but does not list it in seats: the AI plays that delegation once its scripted moves are done\./);
    expect(result.stdout).toMatch(/^The AI plays 16 delegations: China, United Kingdom, Russian Federation, /m);
    expect(result.stdout).toMatch(/Kenya/);
    expect(readSessionFile(out).state.phase).toBe('debrief');
  }, 60_000);

  it('plays Council statements and a stated meeting: silence adopts the presidential statement, a lone objection blocks the press statement, and the law reads both with the declined meeting', () => {
    const out = join(dir, 'statements.jsonl');
    const result = run(scenario, '--script', join(FIXTURE_DIR, 'marun-statements-script.yaml'), '--seed', '5', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { state } = readSessionFile(out);
    const prst = state.councilStatements['prst-marun']!;
    const press = state.councilStatements['press-marun']!;
    expect(councilStatementStatus(prst, state)).toBe('adopted');
    expect(councilStatementStatus(press, state)).toBe('blocked');
    expect(press.objections.map((o) => o.state)).toEqual(['RUS']);
    expect(prst.joined.map((j) => j.state)).toContain('CHN');
    expect(state.meetingAnswers.filter((a) => a.state === 'RUS' || a.state === 'CHN').map((a) => [a.state, a.answer]).sort()).toEqual([
      ['CHN', 'attend'],
      ['RUS', 'decline'],
    ]);
    const russia = completeFacts(factsInputFromRecord(loadFixture(), state)).states.find((f) => f.state === 'RUS')!;
    expect(russia.obstruction.map((o) => o.kind).sort()).toEqual(['boycott', 'statement-objection']);
    expect(russia.alternatives.map((a) => a.kind)).toContain('acquiesced-statement');
  }, 60_000);

  it('rejects a seed that is not a whole number', () => {
    const result = run(scenario, '--seed', 'abc', '--out', join(dir, 'x.jsonl'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--seed: expected a whole number/);
  }, 60_000);
});
