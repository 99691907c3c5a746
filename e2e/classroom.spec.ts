import { expect, test, type Browser, type Page, type WebSocketRoute } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Classroom mode end to end (docs/classroom.md): a host started with `--lan` (bound to
 * 127.0.0.1 here: the tests never leave loopback), the facilitator in one browser context with
 * the facilitator code, two students in two others with their seats' codes, and the projector.
 * They play a round: private messages, a draft tabled, a vote, a veto, a dropped and resumed
 * connection. Every WebSocket frame each browser received is kept and searched: another pair's
 * channel never reaches a third party, not even in a frame the screen does not show.
 */

const SHOTS = 'e2e/screenshots';
mkdirSync(SHOTS, { recursive: true });

let host: ChildProcess;
let base: string;
let facilitatorUrl: string;
let home: string;

test.beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'moot-e2e-classroom-'));
  // A copy of the bundle: other test runs may rebuild out/web while this one plays.
  const web = join(home, 'web');
  cpSync('out/web', web, { recursive: true });
  host = spawn(
    process.execPath,
    ['scripts/host.mjs', '--lan', '--bind', '127.0.0.1', '--port', '0', '--web', web],
    { env: { ...process.env, MOOT_COUNCIL_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 30_000);
    host.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)#\/facilitator\/([0-9A-Z-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        base = m[1]!;
        facilitatorUrl = m[0];
        resolve();
      }
    });
    host.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    host.once('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
});

test.afterAll(() => {
  host?.kill('SIGTERM');
  rmSync(home, { recursive: true, force: true });
});

/**
 * A browser context whose page records the text of every WebSocket frame it receives. Its
 * socket goes through a Playwright WebSocket route (a pass-through proxy), so the test can cut
 * the network under the page (`drop`) and bring it back (`restore`), as a sleeping laptop or a
 * Wi-Fi hiccup would; the frames are recorded at the proxy, as they arrive from the host.
 */
async function recorded(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const frames: string[] = [];
  let online = true;
  const live = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();
  await context.routeWebSocket(/\/ws(\?.*)?$/, (ws) => {
    if (!online) {
      void ws.close({ code: 3000, reason: 'network down' });
      return;
    }
    const server = ws.connectToServer();
    const pair = { page: ws, server };
    live.add(pair);
    server.onMessage((message) => {
      frames.push(typeof message === 'string' ? message : message.toString('utf8'));
      ws.send(message);
    });
    ws.onMessage((message) => server.send(message));
    ws.onClose(() => {
      live.delete(pair);
      void server.close();
    });
    server.onClose((code, reason) => {
      live.delete(pair);
      void ws.close({ code, reason });
    });
  });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.removeItem('moot-council-color-scheme'));
  return {
    context,
    page,
    frames,
    drop: async () => {
      online = false;
      for (const pair of [...live]) {
        live.delete(pair);
        await pair.server.close();
        await pair.page.close({ code: 3001, reason: 'network down' });
      }
    },
    restore: () => {
      online = true;
    },
  };
}

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** A code shown in the console, read and turned into a loopback URL (the console shows the LAN one). */
async function codeOf(page: Page, seat: string): Promise<string> {
  await page.getByTestId(`classroom-show-${seat}`).click();
  const code = (await page.getByTestId(`classroom-code-${seat}`).innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$/);
  return code;
}

test('a class plays a round over the host: channels stay private, a veto, a dropped connection resumes', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // --- The facilitator: the facilitator code from the terminal, a session, the classroom opened.
  const chair = await recorded(browser);
  const chairErrors = watchConsole(chair.page);
  await chair.page.goto(facilitatorUrl);
  await expect(chair.page).not.toHaveURL(/facilitator\//); // the code left the address bar
  await expect(chair.page.getByRole('heading', { level: 1, name: 'Moot Council' })).toBeVisible();
  await chair.page.goto(`${base}#/new/training-kestria`);
  await chair.page.getByTestId('new-mode').getByText('Facilitator only').click();
  const timers = chair.page.getByRole('switch', { name: /Phase timers/ });
  await timers.focus();
  await chair.page.keyboard.press('Space');
  await expect(timers).not.toBeChecked();
  await chair.page.getByTestId('new-start').click();
  await expect(chair.page).toHaveURL(/#\/session\//);
  await chair.page.getByTestId('nav-facilitator').click();
  const panel = chair.page.getByTestId('classroom-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('checkbox', { name: 'United Kingdom', exact: true }).check();
  await panel.getByRole('checkbox', { name: 'Russian Federation', exact: true }).check();
  await chair.page.getByTestId('classroom-open-button').click();
  await expect(chair.page.getByTestId('classroom-open')).toBeVisible();
  const gbrCode = await codeOf(chair.page, 'gbr');
  const rusCode = await codeOf(chair.page, 'rus');
  await chair.page.getByTestId('classroom-show-projector').click();
  const projectorLink = (
    await chair.page.getByTestId('classroom-projector-link').innerText()
  ).trim();
  const projectorCode = /#\/projector\/([0-9A-Z-]+)$/.exec(projectorLink)![1]!;

  // --- Student 1 (United Kingdom) types the code on the join page.
  const gbr = await recorded(browser);
  const gbrErrors = watchConsole(gbr.page);
  await gbr.page.goto(`${base}#/join`);
  await expect(gbr.page.getByTestId('join-code')).toBeVisible();
  await gbr.page.screenshot({ path: `${SHOTS}/classroom-join.png` });
  // A wrong code is refused with a reason.
  await gbr.page.getByTestId('join-code').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG');
  await gbr.page.getByTestId('join-submit').click();
  await expect(gbr.page.getByTestId('join-error')).toContainText('does not open any seat');
  await gbr.page.getByTestId('join-code').fill(gbrCode.toLowerCase());
  await gbr.page.getByTestId('join-submit').click();
  await expect(gbr.page).toHaveURL(/#\/session\//);
  await expect(gbr.page.getByTestId('seat-badge')).toContainText('United Kingdom');
  // The session file stays on the host's machine: a student exports its own record, nothing else.
  await expect(gbr.page.getByTestId('nav-export')).toBeVisible();
  await expect(gbr.page.getByTestId('nav-save-as')).toHaveCount(0);
  await expect(gbr.page.getByTestId('nav-open')).toHaveCount(0);
  await expect(chair.page.getByTestId('nav-save-as')).toBeVisible();

  // --- Student 2 (Russian Federation) opens the seat's link (the QR code on the join card).
  const rus = await recorded(browser);
  const rusErrors = watchConsole(rus.page);
  await rus.page.goto(`${base}#/join/${rusCode}`);
  await expect(rus.page).toHaveURL(/#\/session\//);
  await expect(rus.page.getByTestId('seat-badge')).toContainText('Russian Federation');

  // --- The projector.
  const projector = await recorded(browser);
  await projector.page.goto(`${base}#/projector/${projectorCode}`);
  await expect(projector.page.getByTestId('projector-view')).toBeVisible();

  // The console sees both students connected.
  await expect(chair.page.getByTestId('classroom-connected-gbr')).toContainText('● connected');
  await expect(chair.page.getByTestId('classroom-connected-rus')).toContainText('● connected');

  // --- The round: start, crisis update, negotiation.
  await chair.page.getByTestId('control-start').click();
  await expect(chair.page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'briefing');
  await expect(gbr.page.getByTestId('confidential-band')).toContainText(
    'Confidential: United Kingdom',
  );
  await expect(rus.page.getByTestId('confidential-band')).toContainText(
    'Confidential: Russian Federation',
  );
  for (const phase of ['crisisUpdate', 'negotiation']) {
    await chair.page.getByTestId('nav-facilitator').click();
    await chair.page.getByTestId('control-advance').click();
    await expect(chair.page.getByTestId('phase-pill')).toHaveAttribute('data-phase', phase);
  }
  await expect(gbr.page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'negotiation');

  // Two private channels of the United Kingdom: with Russia (a student) and the United States (AI).
  const toRussia = 'Tangerine-41: we would drop the sanctions paragraph if you abstain.';
  const toUsa = 'Marigold-77: will you co-sponsor an ICC referral with us?';
  await gbr.page.getByTestId('nav-negotiation').click();
  await gbr.page.getByTestId('channel-RUS').click();
  await gbr.page.getByTestId('compose').fill(toRussia);
  await gbr.page.getByTestId('send').click();
  await expect(gbr.page.getByTestId('messages')).toContainText('Tangerine-41');
  await gbr.page.getByTestId('channel-USA').click();
  await gbr.page.getByTestId('compose').fill(toUsa);
  await gbr.page.getByTestId('send').click();
  await expect(gbr.page.getByTestId('messages')).toContainText('Marigold-77');
  await rus.page.getByTestId('nav-negotiation').click();
  await rus.page.getByTestId('channel-GBR').click();
  await expect(rus.page.getByTestId('messages')).toContainText('Tangerine-41');

  // The facilitator sees who has acted this phase.
  await chair.page.getByTestId('nav-facilitator').click();
  await expect(chair.page.getByTestId('classroom-seat-gbr')).toContainText('✓ acted');
  await expect(chair.page.getByTestId('classroom-seat-rus')).toContainText('not yet');
  await chair.page.getByTestId('control-advance').click();
  await expect(chair.page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'council');

  // --- The Council. An AI delegation may put its own draft to the vote at once: both students
  // vote for it, so that its ballot closes.
  await expect(gbr.page).toHaveURL(/\/chamber$/);
  await expect(rus.page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'council');
  if ((await gbr.page.getByTestId('vote-panel').count()) > 0) {
    await gbr.page.getByTestId('vote-yes').click();
    await rus.page.getByTestId('vote-yes').click();
    await expect(gbr.page.getByTestId('vote-panel')).toHaveCount(0);
  }
  // The United Kingdom tables a draft with an ICC referral and puts it to the vote.
  await gbr.page.getByTestId('table-draft').click();
  await gbr.page.getByTestId('draft-title').fill('Accountability for the Tarn highlands');
  await gbr.page.getByTestId('measure-condemnation').check();
  await gbr.page.getByTestId('measure-icc-referral').check();
  await gbr.page.getByTestId('draft-submit').click();
  const ours = (page: Page) =>
    page.getByTestId('draft-card').filter({ hasText: 'Accountability for the Tarn highlands' });
  await expect(ours(gbr.page)).toBeVisible();
  await expect(ours(rus.page)).toBeVisible();
  await ours(gbr.page).getByTestId('put-to-vote').click();
  await expect(gbr.page.getByTestId('vote-panel')).toBeVisible();
  await gbr.page.getByTestId('vote-yes').click();
  await expect(rus.page.getByTestId('vote-panel')).toBeVisible();
  await rus.page.getByTestId('vote-no').click();
  for (const page of [gbr.page, rus.page]) {
    await expect(
      page.getByTestId('veto-banner').filter({ hasText: 'Vetoed by the Russian Federation' }),
    ).toBeVisible();
    await expect(ours(page)).toHaveAttribute('data-status', 'vetoed');
  }
  await expect(projector.page.getByTestId('projector-veto')).toContainText(
    'Vetoed by the Russian Federation',
  );
  await gbr.page.screenshot({ path: `${SHOTS}/classroom-student.png`, fullPage: true });
  await projector.page.screenshot({ path: `${SHOTS}/classroom-projector.png`, fullPage: true });

  // --- Russia's Wi-Fi drops; the class moves on; it comes back where the class is.
  await rus.drop();
  await expect(rus.page.getByTestId('connection-status')).not.toHaveAttribute(
    'data-status',
    'connected',
  );
  await chair.page.getByTestId('nav-facilitator').click();
  await expect(chair.page.getByTestId('classroom-connected-rus')).toContainText('○ not connected', {
    timeout: 20_000,
  });
  await chair.page.getByTestId('control-advance').click();
  await expect(chair.page.getByTestId('phase-pill')).not.toHaveAttribute('data-phase', 'council');
  const phaseNow = await chair.page.getByTestId('phase-pill').getAttribute('data-phase');
  rus.restore();
  await expect(rus.page.getByTestId('connection-status')).toHaveAttribute(
    'data-status',
    'connected',
    { timeout: 20_000 },
  );
  await expect(rus.page.getByTestId('phase-pill')).toHaveAttribute('data-phase', phaseNow!);
  await expect(rus.page.getByTestId('seat-badge')).toContainText('Russian Federation');
  await chair.page.getByTestId('nav-facilitator').click();
  await expect(chair.page.getByTestId('classroom-connected-rus')).toContainText('● connected');
  await chair.page.screenshot({ path: `${SHOTS}/classroom-console.png`, fullPage: true });

  // --- Everything each browser received, not only what it showed (booleans: frames are long).
  const got = (frames: string[], text: string) => frames.some((f) => f.includes(text));
  expect(got(gbr.frames, 'Tangerine-41'), 'the UK has its message to Russia').toBe(true);
  expect(got(gbr.frames, 'Marigold-77'), 'the UK has its message to the US').toBe(true);
  expect(got(rus.frames, 'Tangerine-41'), 'Russia has the message to it').toBe(true);
  expect(got(rus.frames, 'Marigold-77'), 'Russia never receives the UK-US channel').toBe(false);
  expect(
    got(projector.frames, 'Tangerine-41'),
    'the projector never receives the UK-Russia channel',
  ).toBe(false);
  expect(
    got(projector.frames, 'Marigold-77'),
    'the projector never receives the UK-US channel',
  ).toBe(false);
  // (views after the first arrive as patches: the draft's status is set to "vetoed")
  expect(got(projector.frames, '"vetoed"'), 'the projector has the veto').toBe(true);
  // Neither brief crosses to the other student or to the projector.
  expect(
    got(rus.frames, 'Your colonial administration built the Kestrian army'),
    "the UK's brief never reaches Russia",
  ).toBe(false);
  expect(
    got(projector.frames, 'Your colonial administration built the Kestrian army'),
    'no brief reaches the projector',
  ).toBe(false);
  expect(
    got(gbr.frames, 'Your colonial administration built the Kestrian army'),
    'the UK has its own brief',
  ).toBe(true);
  // No student or projector frame carries the facilitator's view or another seat's view.
  for (const [name, frames] of [
    ['gbr', gbr.frames],
    ['rus', rus.frames],
    ['projector', projector.frames],
  ] as const) {
    expect(
      got(frames, '"viewer":{"kind":"facilitator"}'),
      `${name} never gets the facilitator's view`,
    ).toBe(false);
  }
  expect(
    got(gbr.frames, '"viewer":{"kind":"seat","seatId":"rus"'),
    "the UK never gets Russia's view",
  ).toBe(false);
  expect(
    got(rus.frames, '"viewer":{"kind":"seat","seatId":"gbr"'),
    "Russia never gets the UK's view",
  ).toBe(false);
  expect(
    got(projector.frames, '"viewer":{"kind":"seat"'),
    'the projector never gets a seat view',
  ).toBe(false);

  expect([...chairErrors, ...gbrErrors, ...rusErrors]).toEqual([]);
  for (const c of [chair, gbr, rus, projector]) await c.context.close();
});
