import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioText } from '../src/core/scenario/load';
import { applyCommand, createSession, type SessionEvent, type SessionState } from '../src/core/session';
import { sessionFileHeader, writeSessionFile } from '../src/host/journal';
import { openSessionFile, SHOTS, watchConsole } from './support';

/**
 * Issue 16 items 3 and 5 in solo play (Ireland, a Council member, played by the student): the AI
 * delegations leave the student the first move in the Council until Ireland tables or passes, and
 * a private message to an AI delegation is answered in the same phase. Every wait is on state.
 */

const loaded = loadScenarioText(readFileSync(join('scenarios', 'training-kestria.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('training-kestria.yaml does not load');
const KESTRIA = loaded.scenario;

/** A solo session of Kestria with Ireland played by the student, at the opening of Negotiation (the AI penholder circulates its zero draft there). */
function soloInNegotiation(): string {
  const codes = [...new Set([...KESTRIA.council.permanent, ...KESTRIA.council.elected, ...KESTRIA.states.map((x) => x.code)])].sort();
  let state: SessionState = createSession(KESTRIA, {
    scenarioId: KESTRIA.id,
    seed: 7,
    mode: 'solo',
    difficulty: 'realistic',
    seats: [...codes.map((code) => ({ id: code.toLowerCase(), kind: code === 'IRL' ? ('human' as const) : ('ai' as const), state: code })), { id: 'facilitator', kind: 'facilitator' as const, state: null }],
  });
  let clock = Date.UTC(2031, 2, 1, 9, 0, 0);
  const send = (event: SessionEvent) => {
    clock += 20_000;
    const result = applyCommand(KESTRIA, state, { by: 'facilitator', at: new Date(clock).toISOString(), event });
    if (!result.ok) throw new Error(result.reason);
    state = result.state;
  };
  send({ type: 'session.start' });
  for (let i = 0; i < 2; i++) send({ type: 'phase.advance' }); // crisis update, negotiation
  const file = join(mkdtempSync(join(tmpdir(), 'moot-first-chance-')), 'council.moot.jsonl');
  writeSessionFile(file, { ...sessionFileHeader(KESTRIA, state.config), mode: 'solo', timers: false } as ReturnType<typeof sessionFileHeader>, state.log);
  return file;
}

async function shoot(page: Page, name: string) {
  for (const size of [{ width: 1024, height: 768 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size);
    await page.mouse.move(size.width - 5, size.height - 5);
    for (const scheme of ['light', 'dark']) {
      await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
      await page.screenshot({ path: `${SHOTS}/first-chance-${name}-${size.width}-${scheme}.png`, animations: 'disabled' });
    }
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
}

test('solo: the AI waits for Ireland to table or pass in the Council, and answers its private message', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await openSessionFile(page, soloInNegotiation());
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'negotiation');
  // The AI penholder's zero draft is in circulation: Ireland has it in this Negotiation phase.
  await expect(page.getByTestId('circulating-draft').first()).toBeVisible();
  await page.getByTestId('next-phase').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'council');
  await page.getByTestId('nav-chamber').click();
  const pass = page.getByTestId('pass');
  await expect(pass).toBeEnabled();
  // The AI delegations have had their turn on entering the Council: none put a text to the vote before Ireland.
  await expect(page.getByTestId('ballot-draft-text')).toHaveCount(0);
  await shoot(page, 'council');

  // A private message to China gets China's answer in this phase.
  await page.getByTestId('nav-negotiation').click();
  await page.getByTestId('channel-CHN').click();
  await page.getByTestId('compose').fill('Would China abstain on a draft with humanitarian access and an arms embargo?');
  await page.getByTestId('send').click();
  await expect(page.getByTestId('messages')).toContainText('China to Ireland, in confidence');
  await expect(page.getByTestId('messages')).toContainText('humanitarian access');
  await shoot(page, 'reply');

  // Ireland passes: the penholder puts its text in blue and to the vote at once.
  await page.getByTestId('nav-chamber').click();
  await page.getByTestId('pass').click();
  await expect(page.getByTestId('ballot-draft-text')).toBeVisible();
  await expect(page.getByTestId('pass')).toHaveAttribute('aria-disabled', 'true');
  await shoot(page, 'after-pass');
  expect(errors).toEqual([]);
});
