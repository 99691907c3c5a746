import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioText } from '../src/core/scenario/load';
import { applyCommand, createSession, type SessionEvent, type SessionState } from '../src/core/session';
import { sessionFileHeader, writeSessionFile } from '../src/host/journal';
import { openSessionFile, startInLightTheme } from './support';

/**
 * A session file edited outside Moot Council still opens, and the facilitator is told where, in
 * words, on the session's screen (docs/session-log.md §2.1).
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

/** A short solo session (France, Kestria), its second entry's time edited by hand. */
function editedSessionFile(): string {
  const loaded = loadScenarioText(readFileSync('scenarios/training-kestria.yaml', 'utf8'));
  if (!loaded.ok) throw new Error('training scenario does not load');
  const scenario = loaded.scenario;
  const codes = [...new Set([...scenario.council.permanent, ...scenario.council.elected, ...scenario.states.map((x) => x.code)])].sort();
  const config = {
    scenarioId: scenario.id,
    seed: 7,
    mode: 'solo' as const,
    difficulty: 'realistic' as const,
    seats: [
      ...codes.map((code) => ({ id: code.toLowerCase(), kind: code === 'FRA' ? ('human' as const) : ('ai' as const), state: code })),
      { id: 'facilitator', kind: 'facilitator' as const, state: null, name: 'Facilitator' },
    ],
  };
  let state: SessionState = createSession(scenario, config);
  const events: SessionEvent[] = [{ type: 'session.start' }, { type: 'phase.advance' }];
  events.forEach((event, i) => {
    const result = applyCommand(scenario, state, { by: 'facilitator', at: new Date(Date.UTC(2031, 2, 1, 9, 0, i)).toISOString(), event });
    if (!result.ok) throw new Error(result.reason);
    state = result.state;
  });
  const file = join(mkdtempSync(join(tmpdir(), 'moot-e2e-file-')), 'edited.moot.jsonl');
  writeSessionFile(file, { ...sessionFileHeader(scenario, config), mode: 'solo', timers: false } as ReturnType<typeof sessionFileHeader>, state.log);
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  lines[2] = lines[2]!.replace('09:00:01.000Z', '08:59:01.000Z');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

test('an edited session file opens with a notice that says where it was edited', async ({ page }) => {
  const file = editedSessionFile();
  await openSessionFile(page, file);
  const notice = page.getByTestId('record-notice');
  await expect(notice).toContainText('This record was edited outside Moot Council');
  await expect(notice).toContainText('Edited outside Moot Council: entry 2 (Advancing to the next phase, by Facilitator, 2031-03-01 08:59:01 UTC) does not match');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
