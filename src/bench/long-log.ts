import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { councilMembers } from '../core/scenario/membership';
import type { Scenario } from '../core/scenario/schema';
import type { LogEntry, SessionConfig, SessionEvent } from '../core/session';
import { sessionFileHeader, writeSessionFile } from '../host/journal';

export const FACILITATOR = 'facilitator';
/** Council drafts, each voted by the fifteen: the table, the opening and fifteen votes. */
const DRAFT_CYCLE = 17;

/** Every seatable state played by a human, as in a class. */
export function classConfig(scenario: Scenario, seats: readonly string[]): SessionConfig {
  return {
    scenarioId: scenario.id,
    seed: 1,
    mode: 'classroom',
    difficulty: 'realistic',
    seats: [{ id: FACILITATOR, kind: 'facilitator', state: null }, ...seats.map((code) => ({ id: code.toLowerCase(), kind: 'human' as const, state: code }))],
  };
}

/**
 * A long classroom record of exactly `target` entries, written as entries (not through
 * applyCommand, whose cost today grows with the record's length, so that 80,000 entries take
 * seconds): each round statements and private messages, Council drafts each voted by the fifteen,
 * then humanitarian conduct; the last round stops in negotiation, so that the delegations can
 * still speak when the record is reopened. Replaying it checks every entry against the rules.
 */
export function longLog(scenario: Scenario, seats: readonly string[], target: number): { config: SessionConfig; log: LogEntry[] } {
  const council = councilMembers(scenario);
  const config = classConfig(scenario, seats);
  const log: LogEntry[] = [];
  const add = (by: string, event: SessionEvent) => {
    const seq = log.length + 1;
    log.push({ seq, by, at: new Date(Date.UTC(2030, 0, 1) + seq * 1000).toISOString(), event });
  };
  let spoken = 0;
  const speak = () => {
    const from = seats[spoken % seats.length]!;
    const to = seats[(spoken + 1) % seats.length]!;
    if (spoken % 3 === 0) add(from.toLowerCase(), { type: 'statement.public', text: `Statement ${spoken} of ${from}.` });
    else add(from.toLowerCase(), { type: 'message.private', to, text: `Message ${spoken} from ${from} to ${to}.` });
    spoken += 1;
  };
  const rounds = scenario.roundPlan.rounds;
  const perRound = Math.floor(target / rounds);
  add(FACILITATOR, { type: 'session.start' });
  add(FACILITATOR, { type: 'phase.advance' }); // the crisis update of round 1
  for (let round = 1; round < rounds; round++) {
    const roundEnd = round * perRound;
    add(FACILITATOR, { type: 'phase.advance' }); // negotiation
    while (log.length < roundEnd - perRound / 2) speak();
    add(FACILITATOR, { type: 'phase.advance' }); // council
    for (let d = 0; log.length + DRAFT_CYCLE < roundEnd - 2; d++) {
      const sponsor = council[d % council.length]!.toLowerCase();
      const draftId = `r${round}-d${d}`;
      add(sponsor, { type: 'draft.table', draftId, forum: 'council', title: 'Bench draft', measures: ['condemnation'], operativeParagraphs: ['Condemns.'], chapter: 'VII' });
      add(sponsor, { type: 'vote.open', draftId });
      const ballotId = `ballot-${log.length}`;
      for (const member of council) add(member.toLowerCase(), { type: 'vote.cast', ballotId, vote: member === council[d % 5] ? 'abstain' : 'yes' });
    }
    add(FACILITATOR, { type: 'phase.advance' }); // conduct
    for (let c = 0; log.length < roundEnd - 1; c++) add(seats[c % seats.length]!.toLowerCase(), { type: 'conduct.act', kind: 'humanitarian-aid', scale: 'limited' });
    add(FACILITATOR, { type: 'phase.advance' }); // the next round's crisis update
  }
  add(FACILITATOR, { type: 'phase.advance' }); // negotiation of the last round
  while (log.length < target) speak();
  return { config, log };
}

let folder: string | null = null;

/** A temporary folder for this run's session files, removed when the process exits. */
export function benchFolder(): string {
  if (folder) return folder;
  const made = mkdtempSync(join(tmpdir(), 'moot-bench-'));
  folder = made;
  process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  return made;
}

const built = new Map<string, { config: SessionConfig; log: LogEntry[] }>();
const written = new Map<string, string>();

/** The long record of `target` entries, built once per run. */
export function longRecord(scenario: Scenario, seats: readonly string[], target: number): { config: SessionConfig; log: LogEntry[] } {
  const key = `${scenario.id}-${target}`;
  const known = built.get(key) ?? longLog(scenario, seats, target);
  built.set(key, known);
  return known;
}

/** The long record of `target` entries as a session file (written once per run), and its path. */
export function longSessionFile(scenario: Scenario, seats: readonly string[], target: number): string {
  const key = `${scenario.id}-${target}`;
  const known = written.get(key);
  if (known) return known;
  const { config, log } = longRecord(scenario, seats, target);
  const path = join(benchFolder(), `${key}.moot.jsonl`);
  const header = { ...sessionFileHeader(scenario, config), mode: 'classroom' as const, timers: false };
  writeSessionFile(path, header, log);
  written.set(key, path);
  return path;
}
