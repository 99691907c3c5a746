import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SHOTS, voteOnOpenBallots, voteYesInTheAssembly } from './support';

/**
 * A whole solo practice round of the training scenario, as a student plays it, in browser mode:
 * Home → New session (solo, Ireland, an elected Council member) → the brief → every phase of the
 * three rounds (a public statement in negotiation; a draft tabled and voted in the Council; the
 * Assembly when a veto opens Uniting for Peace; at least one act of national conduct and "done")
 * → adjudication (a defence memorial; the facilitator's bench delivers the judgment) → the
 * debrief (ranking by exposure, findings with their authorities, coach notes) → Export.
 * Axe on the whole page of every screen in both themes; viewport screenshots of every screen in
 * light and dark at 1280x800 (e2e/screenshots/solo-*.png) and one at 1920x1080.
 */

const ME = 'IRL';

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const setScheme = (page: Page, value: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), value);

/** Axe on the whole page (header, nav, side panel, status bar, any dialog), in both themes (colour contrast only in dark). */
async function expectNoSerious(page: Page, where: string) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const scheme = (await page.locator('html').getAttribute('data-mantine-color-scheme')) ?? 'light';
  for (const theme of ['light', 'dark']) {
    await setScheme(page, theme);
    await page.waitForTimeout(200); // colour transitions settle
    // Every rule in the light theme; the dark theme changes only colours.
    const builder = new AxeBuilder({ page });
    const results = await (theme === 'dark' ? builder.withRules(['color-contrast']) : builder).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`).slice(0, 3).join(' | ')})`);
    expect(serious, `axe on ${where} (${theme})`).toEqual([]);
  }
  await setScheme(page, scheme);
}

/** Viewport screenshots in light and dark, scrolled to `focus` (a test id) or to the top. */
async function shoot(page: Page, name: string, focus?: string) {
  if (focus)
    await page.getByTestId(focus).first().evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76); // below the fixed header
    });
  else await page.evaluate(() => window.scrollTo(0, 0));
  const scheme = (await page.locator('html').getAttribute('data-mantine-color-scheme')) ?? 'light';
  await page.mouse.move(1275, 795); // no hover tooltip in the picture
  for (const s of ['light', 'dark']) {
    await setScheme(page, s);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/solo-${name}-${s}.png` });
  }
  await setScheme(page, scheme);
}

/** Both: the screen as a student sees it, checked and pictured. */
async function screen(page: Page, name: string, where: string, focus?: string) {
  const t0 = Date.now();
  await shoot(page, name, focus);
  const t1 = Date.now();
  await expectNoSerious(page, where);
  if (process.env.E2E_TIMING) console.log(`${name}: shots ${t1 - t0} ms, axe ${Date.now() - t1} ms, at ${Date.now() - START} ms`);
}
const START = Date.now();

const pill = (page: Page) => page.getByTestId('phase-pill');
const phaseOf = async (page: Page) => (await pill(page).getAttribute('data-phase'))!;

/** The solo player is also the facilitator: "Next phase ▸" in the header ends the phase. */
async function nextPhase(page: Page) {
  const before = await phaseOf(page);
  const round = await page.getByTestId('header-round').textContent();
  await expect(page.getByTestId('next-phase')).toBeEnabled();
  await page.getByTestId('next-phase').click();
  await expect
    .poll(async () => `${await phaseOf(page)} ${await page.getByTestId('header-round').textContent()}`)
    .not.toBe(`${before} ${round}`);
}

/** Votes on whatever ballot the AI delegations have put to this seat, until none waits for it. */
async function negotiation(page: Page, round: number) {
  await expect(page).toHaveURL(/\/negotiation$/);
  await expect(page.getByTestId('negotiation-screen')).toBeVisible();
  await page.getByTestId('channel-public').click();
  const text = `Ireland, round ${round}: the Vell population of the Tarn highlands must be protected; we call for humanitarian access now.`;
  await page.getByTestId('compose').fill(text);
  await page.getByTestId('send').click();
  await expect(page.getByTestId('messages')).toContainText(`Ireland, round ${round}:`);
  if (round === 1) await screen(page, 'negotiation', 'Negotiation: a public statement');
}

async function council(page: Page, round: number) {
  await expect(page).toHaveURL(/\/chamber$/);
  await expect(page.getByTestId('horseshoe').locator('li')).toHaveCount(15);
  await expect(page.getByTestId('horseshoe').locator('li[data-permanent]')).toHaveCount(5);
  await voteOnOpenBallots(page, 'abstain');
  const title = round === 1 ? 'Accountability for the Tarn highlands' : `Protection of the Vell, round ${round}`;
  await page.getByTestId('table-draft').click();
  await page.getByTestId('draft-title').fill(title);
  await page.getByTestId('measure-condemnation').check();
  // Round 1: an ICC referral, a red line of Russia's; then humanitarian access.
  await page.getByTestId(round === 1 ? 'measure-icc-referral' : 'measure-humanitarian-access').check();
  if (round === 1) await screen(page, 'table-draft', 'Table a draft');
  await page.getByTestId('draft-submit').click();
  const card = page.getByTestId('draft-card').filter({ hasText: title });
  await expect(card).toBeVisible();
  await voteOnOpenBallots(page, 'abstain');
  await card.getByTestId('put-to-vote').click();
  await expect(page.getByTestId('tally-text')).toContainText('yet to vote 1');
  await expect(page.locator(`li[data-code="${ME}"]`)).toHaveAttribute('data-vote', 'pending');
  if (round === 1) await screen(page, 'chamber-vote', 'Chamber mid-vote', 'vote-panel');
  await page.getByTestId('vote-yes').click();
  await expect(card).not.toHaveAttribute('data-status', /tabled|voting/);
  const status = await card.getAttribute('data-status');
  await expect(page.getByTestId('announcement')).toContainText('The result of the voting is as follows');
  if (status === 'vetoed') await expect(page.getByTestId('veto-banner')).toContainText('art. 27(3)');
  else await expect(page.getByTestId('vote-outcome')).toBeVisible();
  if (round === 1) {
    expect(status).toBe('vetoed');
    await expect(page.getByTestId('veto-banner')).toContainText('Vetoed by the Russian Federation');
    await screen(page, 'chamber-veto', 'Chamber after the veto', 'tally');
    // Usable at the larger size too.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('council-ballot').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76);
    });
    await page.mouse.move(1915, 1075);
    await page.screenshot({ path: `${SHOTS}/solo-chamber-1920x1080.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  // Any draft the AI put up meanwhile.
  await voteOnOpenBallots(page, 'abstain');
}

async function unitingForPeace(page: Page, round: number) {
  await expect(page).toHaveURL(/\/assembly$/);
  const panel = page.getByTestId('ufp-panel').or(page.getByTestId('ufp-convened')).or(page.getByTestId('ufp-closed'));
  await expect(panel.first()).toBeVisible();
  if (await page.getByTestId('ufp-panel').isVisible()) {
    await expect(page.getByTestId('ufp-panel')).toContainText('lack of unanimity');
    if (round === 1) await screen(page, 'ufp', 'Uniting for Peace');
    const refer = page.getByTestId('ufp-refer');
    if ((await refer.isVisible()) && (await refer.getAttribute('aria-disabled')) !== 'true') await refer.click();
  }
  // The referral ballot opens with the push that shows it (the AI members vote at once): Ireland's
  // vote is awaited until it votes, unless the session is already convened.
  const yes = page.getByTestId('referral-yes');
  const settled = yes.or(page.getByTestId('ufp-convened')).or(page.getByTestId('ufp-closed'));
  await expect(settled.first()).toBeVisible();
  if (await yes.isVisible()) await yes.click();
  if (round === 1) {
    await expect(page.getByTestId('ufp-convened')).toBeVisible();
    await screen(page, 'ufp-convened', 'Uniting for Peace: the session convened');
  }
}

/** The first emergency special session: Ireland tables a draft and the board fills; later ones: vote on what the AI tabled. */
async function emergencySession(page: Page, first: boolean) {
  await expect(page).toHaveURL(/\/assembly$/);
  await voteOnOpenBallots(page, 'yes');
  if (!first) return;
  const title = 'Protection of the Vell population';
  await page.getByTestId('table-assembly-draft').click();
  await page.getByTestId('draft-title').fill(title);
  await page.getByTestId('measure-humanitarian-access').check();
  await page.getByTestId('draft-submit').click();
  await voteYesInTheAssembly(page, title);
}

async function conduct(page: Page, round: number) {
  await expect(page).toHaveURL(/\/conduct$/);
  await page.getByTestId('conduct-tab-help').click();
  const card = page.getByTestId('conduct-card-humanitarian-aid');
  await expect(card).toBeVisible();
  if (round === 1) await expect(card.getByTestId('risk-strip')).toBeVisible();
  await card.getByTestId('conduct-act-humanitarian-aid').click();
  await expect(page.getByTestId('conduct-act').first()).toBeVisible();
  if (round === 1) await screen(page, 'conduct', 'National conduct');
  await page.getByTestId('conduct-done').click();
  await expect(page.getByTestId('conduct-done-notice')).toBeVisible();
}

async function chooseSeat(page: Page, name: RegExp) {
  await page.getByTestId('seat-selector').click();
  await page.getByRole('option', { name }).click();
  await expect(page.getByTestId('seat-selector')).toHaveValue(name);
}

/**
 * The journey is one session played in steps that share a page: each step has its own time
 * bound, so a slow step on a busy machine fails (or passes) on its own instead of timing out the
 * whole journey, and a failure names the step where the student got stuck.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  errors = watchConsole(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.removeItem('moot-council-color-scheme');
      sessionStorage.setItem('e2e-init', '1');
    }
    // Colours are checked and pictured at once: no transition half-way between two themes.
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '*, *::before, *::after { transition: none !important; }';
      document.head.appendChild(style);
    });
  });
});

test.afterAll(async () => {
  await page.context().close();
});

/** Each step: about 20 s on an idle machine (axe on each screen is most of it), a minute or more when the cores are shared. */
const STEP_BOUND_MS = 180_000;
test.beforeEach(() => test.setTimeout(STEP_BOUND_MS));

const seen = new Set<string>();

/** Plays every phase until `stop` says so (the facilitator, who is the solo player, ends each phase). */
async function playUntil(stop: (phase: string, round: number) => boolean) {
  for (let guard = 0; guard < 40; guard++) {
    const phase = await phaseOf(page);
    const round = Number((await page.getByTestId('header-round').textContent())!.match(/Round (\d) of 3/)?.[1] ?? 0);
    if (stop(phase, round)) return;
    const first = !seen.has(phase);
    seen.add(phase);
    if (phase === 'crisisUpdate') {
      await expect(page.getByTestId('crisis-update')).toBeVisible();
      if (round === 1) await screen(page, 'crisis-update', 'Crisis update');
    } else if (phase === 'negotiation') await negotiation(page, round);
    else if (phase === 'council') await council(page, round);
    else if (phase === 'unitingForPeace') await unitingForPeace(page, round);
    else if (phase === 'emergencySpecialSession') {
      await emergencySession(page, first);
      if (first) {
        await screen(page, 'assembly-vote', 'Emergency special session', 'assembly-ballot');
        await shoot(page, 'assembly-board', 'group-filter');
      }
    } else if (phase === 'vetoInitiative') {
      await expect(page.getByTestId('veto-initiative')).toBeVisible();
      if (first) await screen(page, 'veto-initiative', 'Veto-initiative debate');
    } else if (phase === 'conduct') await conduct(page, round);
    await nextPhase(page);
  }
  throw new Error('the session did not reach the expected phase in 40 phases');
}

test('Home and a new solo session: Ireland in the training scenario', async () => {
  // Home → New session.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Moot Council' })).toBeVisible();
  await expect(page.getByTestId('scenario-card').first()).toBeVisible();
  await screen(page, 'home', 'Home');
  await page.getByTestId('home-new-session').click();
  await expect(page.getByRole('heading', { name: 'New session' })).toBeVisible();
  await page.getByTestId('new-scenario').click();
  await page.getByRole('option', { name: /Kestria/ }).click();
  await page.getByTestId('new-seat').click();
  await page.getByRole('option', { name: 'Ireland', exact: true }).click();
  await page.getByTestId('new-seed').fill('41');
  const timers = page.getByRole('switch', { name: /Phase timers/ });
  await timers.focus();
  await page.keyboard.press('Space');
  await expect(timers).not.toBeChecked();
  await screen(page, 'new', 'New session');
  await page.getByTestId('new-start').click();
});

test('the brief', async () => {
  // The brief: Ireland's confidential brief in its band.
  await expect(page).toHaveURL(/#\/session\//);
  await expect(pill(page)).toHaveAttribute('data-phase', 'briefing');
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: Ireland');
  // The seed is the facilitator's: Ireland's seat is not told it (it would make the AI predictable).
  await expect(page.getByTestId('status-seed')).toHaveCount(0);
  await screen(page, 'brief', 'Brief');
  await page.getByTestId('brief-continue').click();
  await expect(pill(page)).toHaveAttribute('data-phase', 'crisisUpdate');
  await expect(page.getByTestId('header-round')).toHaveText('Round 1 of 3');

});

test('round 1: the crisis update and a public statement in negotiation', async () => {
  await playUntil((phase) => phase === 'council');
});

test('round 1: the Council votes on Ireland\'s draft, and Russia vetoes it', async () => {
  await playUntil((phase) => phase !== 'council');
});

test('round 1: the Assembly under Uniting for Peace', async () => {
  await playUntil((phase) => phase === 'conduct');
});

test('round 1: national conduct', async () => {
  await playUntil((phase, round) => round === 2 && phase !== 'conduct');
});

test('rounds 2 and 3, to the adjudication', async () => {
  await playUntil((phase) => phase === 'adjudication');
  for (const phase of ['crisisUpdate', 'negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession', 'conduct']) expect(seen, phase).toContain(phase);
});

test('the timeline: the public record of the three rounds', async () => {
  await page.getByTestId('nav-timeline').click();
  await expect(page.getByText(/vetoed by the Russian Federation \(art\. 27\(3\)\)/).first()).toBeVisible();
  await screen(page, 'timeline', 'Timeline');

});

test('adjudication: a defence memorial, and the bench delivers the judgment', async () => {
  // Adjudication: Ireland files its defence memorial.
  await expect(pill(page)).toHaveAttribute('data-phase', 'adjudication');
  await page.getByTestId('nav-judgment').click();
  await expect(page.getByTestId('memorial-form')).toBeVisible();
  await page.getByTestId('plea-measures-taken').getByRole('checkbox').check();
  await screen(page, 'memorial', 'Defence memorial');
  await page.getByTestId('memorial-file').click();
  await expect(page.getByTestId('filed-memorial')).toBeVisible();

  // The presiding judge (the solo player's facilitator seat) delivers the judgment.
  await chooseSeat(page, /Facilitator/);
  await page.getByTestId('nav-judgment').click();
  await expect(page.getByText(/of \d+ filed/)).toBeVisible();
  await screen(page, 'bench', 'The bench');
  await page.getByTestId('deliver-judgment').click();
  // Delegations exposed without a memorial: the judge confirms delivering without them.
  const confirm = page.getByTestId('deliver-judgment-confirm');
  await expect(confirm.or(page.locator('[data-testid="phase-pill"][data-phase="debrief"]')).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(pill(page)).toHaveAttribute('data-phase', 'debrief');

});

test('the debrief as Ireland reads it', async () => {
  // The debrief as Ireland reads it: ranking, chart, findings with authorities, coach notes.
  await chooseSeat(page, /Ireland/);
  await page.getByTestId('nav-judgment').click();
  await expect(page.getByRole('heading', { name: 'Judgment and debrief' })).toBeVisible();
  const ranking = page.getByTestId('ranking');
  await expect(ranking).toContainText('Republic of Kestria');
  await expect(page.getByTestId('exposure-chart')).toBeVisible();
  await page.getByTestId('rank-KST').click();
  const findings = page.getByTestId('findings');
  await expect(findings.locator('article').first()).toBeVisible();
  await expect(findings).toContainText(/ARSIWA|Genocide Convention|art\./);
  await screen(page, 'judgment', 'Judgment');
  await shoot(page, 'findings', 'findings');
  await page.getByTestId('tab-coach').click();
  await expect(page.getByTestId('coach-notes')).toBeVisible();
  await expect(page.getByTestId('coach-notes')).not.toContainText('No AI delegation left coach notes');
  await screen(page, 'coach', 'Debrief: coach notes');
  await page.getByTestId('tab-judgment').click();

});

test('export: Ireland\'s record as Markdown, the facilitator\'s as PDF', async () => {
  // Export from the debrief: Ireland's own record as Markdown, downloaded by the browser.
  await page.getByTestId('export-debrief').click();
  const dialog = page.getByRole('dialog', { name: 'Export the transcript' });
  await expect(dialog.getByTestId('export-as-IRL')).toBeChecked();
  await expect(dialog.getByTestId('export-as-facilitator')).toBeVisible();
  await dialog.getByTestId('export-format-md').click();
  await screen(page, 'export', 'Export dialog');
  const [markdown] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-submit').click()]);
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const md = readFileSync((await markdown.path())!, 'utf8');
  expect(md).toMatch(/^# /);
  expect(md).toContain('Kestria');
  await expect(dialog.getByTestId('export-done')).toContainText('downloaded');
  await shoot(page, 'export-done');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // File ▸ Export… from another screen opens the same dialog: the facilitator's full record as PDF.
  await page.getByTestId('nav-timeline').click();
  await page.getByTestId('nav-export').click();
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('export-as-facilitator').check();
  await dialog.getByTestId('export-format-pdf').click();
  // Typesetting takes seconds, more on a busy machine: bounded by the step, not by a guess.
  const pdfDownload = page.waitForEvent('download', { timeout: 0 });
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-progress')).toContainText('Typesetting the PDF');
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(dialog.getByTestId('export-done')).toBeVisible();

  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
});
