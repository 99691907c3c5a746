import { expect, test, type Page } from '@playwright/test';
import { nextPhase, SHOTS, startInLightTheme, watchConsole } from './support';

/**
 * Hot-seat journey through the second half of a round and the court, in browser mode: two human
 * seats (Halvard and the United States, scenario "The Meridian shield") sign a D2R agreement,
 * the United States vetoes a Council draft, Halvard moves the Uniting for Peace referral, the
 * United States ships arms in breach of the agreement, the facilitator ends the rounds, both
 * seats file memorials, the presiding judge overrides a finding and delivers the judgment.
 * Axe on each of these screens; screenshots in light and dark (e2e/screenshots/d2r-*.png).
 */

/** Axe on the screen under test (the main area: the shell's header and side panel have their own scans), in both themes. */
async function expectNoSerious(page: Page, where: string) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const html = page.locator('html');
  const scheme = (await html.getAttribute('data-mantine-color-scheme')) ?? 'light';
  const set = (value: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), value);
  for (const theme of ['light', 'dark']) {
    await set(theme);
    await page.waitForTimeout(250); // colour transitions settle
    const results = await new AxeBuilder({ page }).include('#main').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`).slice(0, 3).join(' | ')})`);
    expect(serious, `axe on ${where} (${theme})`).toEqual([]);
  }
  await set(scheme);
  await page.waitForTimeout(250);
}

/**
 * Screenshot (the 1280x800 window scrolled to `focus`, or only that element) in light and in dark (set on
 * <html>), then back to the theme the page had.
 */
async function shoot(page: Page, name: string, focus?: string, element = false) {
  if (focus) await page.getByTestId(focus).first().evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76); // below the fixed header
    });
  else await page.evaluate(() => window.scrollTo(0, 0));
  const html = page.locator('html');
  const scheme = (await html.getAttribute('data-mantine-color-scheme')) ?? 'light';
  const set = (value: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), value);
  await page.mouse.move(1270, 790);
  for (const s of ['light', 'dark']) {
    await set(s);
    await page.waitForTimeout(250); // colour transitions settle
    const path = `${SHOTS}/d2r-${name}-${s}.png`;
    if (element && focus) {
      // A tall window, so that the whole element is in view (not under the shell's fixed status bar).
      await page.setViewportSize({ width: 1280, height: 1800 });
      await page.getByTestId(focus).first().screenshot({ path });
      await page.setViewportSize({ width: 1280, height: 800 });
    } else await page.screenshot({ path });
  }
  await set(scheme);
  await page.waitForTimeout(250);
}

async function switchSeat(page: Page, name: RegExp) {
  // Already this seat's screen: nothing is passed.
  if (name.test(await page.getByTestId('seat-selector').inputValue())) return;
  await page.getByTestId('seat-selector').click();
  await page.getByRole('option', { name }).click();
  // Hot-seat: the device is always passed (nothing confidential on screen) before the next seat looks.
  const ready = page.getByTestId('pass-device-ready');
  await expect(ready).toBeVisible();
  await ready.click();
  await expect(page.getByTestId('pass-device')).toHaveCount(0);
}

async function nav(page: Page, item: string) {
  await page.getByTestId(`nav-${item}`).click();
}

/**
 * Halvard moves the Council's referral in the Assembly screen (unless an AI member already has),
 * both seats vote on the procedural ballot: the United States' "no" is not a veto there.
 */
async function uniteForPeace(page: Page) {
  await nav(page, 'assembly');
  await expect(page.getByTestId('ufp-panel').or(page.getByTestId('ufp-convened')).first()).toBeVisible();
  const refer = page.getByTestId('ufp-refer');
  if ((await refer.isVisible()) && (await refer.getAttribute('aria-disabled')) !== 'true') await refer.click();
  // The referral is put to the Council at once (the AI members vote with the push): Halvard's
  // ballot is open until it votes, unless the session is already convened.
  const convened = page.getByTestId('ufp-convened');
  const yes = page.getByTestId('referral-yes');
  await expect(yes.or(convened).first()).toBeVisible();
  if (await yes.isVisible()) await yes.click();
  await switchSeat(page, /United States/);
  await nav(page, 'assembly');
  const no = page.getByTestId('referral-no');
  await expect(no.or(convened).first()).toBeVisible();
  if (await no.isVisible()) await no.click();
  await expect(convened).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startInLightTheme(page);
});

test('hot-seat: a signed D2R agreement, a veto, a Uniting for Peace referral, a breach and the judgment', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);

  // New session: hot-seat, Halvard and the United States, no timers.
  await page.goto('/#/new/d2r-shield');
  await page.getByTestId('new-mode').getByText('Hot-seat').click();
  await page.getByRole('checkbox', { name: /^Kingdom of Halvard/ }).check();
  await page.getByRole('checkbox', { name: /^United States/ }).check();
  // This journey is about the seats: the facilitator PIN has its own spec (e2e/hotseat-lock.spec.ts).
  await page.getByTestId('new-no-pin').check();
  const timers = page.getByRole('switch', { name: /Phase timers/ });
  await timers.focus();
  await page.keyboard.press('Space');
  await expect(timers).not.toBeChecked();
  await page.getByTestId('new-start').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'briefing');
  await switchSeat(page, /Kingdom of Halvard/);

  // Round 1 → negotiation.
  await nextPhase(page, 'crisisUpdate');
  await nextPhase(page, 'negotiation');
  await nav(page, 'negotiation');
  const screen = page.getByTestId('negotiation-screen');
  await expect(screen).toBeVisible();

  // Halvard writes to the United States, then proposes an agreement.
  await page.getByTestId('channel-USA').click();
  await page.getByTestId('compose').fill('Halvard proposes a joint commitment: no arms to the Meridian forces.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('messages')).toContainText('joint commitment');
  await page.getByTestId('new-agreement').click();
  const builder = page.getByTestId('agreement-builder');
  await expect(builder).toBeVisible();
  await builder.getByText('Meridian Armed Forces and National Security Directorate').click();
  await page.getByTestId('clause-consequences-of-breach').check();
  await expect(page.getByTestId('treaty-text')).toContainText('Article 1');
  await expect(page.getByTestId('treaty-text')).toContainText('Have agreed as follows:');
  await shoot(page, 'negotiation-builder', 'agreement-builder');
  await expectNoSerious(page, 'Negotiation: the D2R builder');
  await page.getByTestId('builder-submit').click();
  const detail = page.getByTestId('agreement-detail');
  await expect(detail).toBeVisible();
  await expect(page.getByTestId('agreement-steps').locator('[aria-current="step"]')).toContainText('Proposed');
  // Proposing is Halvard's consent: it is never asked to sign its own proposal, only told whose answer it awaits.
  await expect(page.getByTestId('agreement-situation')).toContainText("awaiting the United States' answer");
  await expect(page.getByTestId('agreement-sign')).toHaveCount(0);
  await shoot(page, 'negotiation-own-proposal', 'agreement-detail');

  // The United States signs: that concludes the agreement, in force and registered.
  await switchSeat(page, /United States/);
  await nav(page, 'negotiation');
  await expect(page.getByTestId('agreement-situation')).toContainText('sign to conclude');
  await shoot(page, 'negotiation-proposal');
  await expectNoSerious(page, 'Negotiation: a proposal awaiting an answer');
  await page.getByTestId('agreement-sign').click();
  await expect(page.getByTestId('agreement-steps').locator('[aria-current="step"]')).toContainText('Signed');
  // Halvard, the proposer, finds it concluded in the registry without signing again.
  await switchSeat(page, /Kingdom of Halvard/);
  await nav(page, 'negotiation');
  await expect(page.getByTestId('registry')).toContainText('In force');

  // The facilitator fires an optional inject: traced rocket fragments make the evidence credible.
  await switchSeat(page, /Facilitator/);
  await nav(page, 'facilitator');
  await page.getByRole('button', { name: 'Fire the inject: Fragments traced early' }).click();
  await expect(page.getByTestId('inject-fragments-traced')).toContainText('✓ fired');
  await expect(page.getByTestId('status-evidence')).toContainText('credible');

  // The Council: a protective draft is put to the vote (the AI delegations may table one first,
  // else Halvard does); Halvard votes yes, the United States vetoes it.
  await switchSeat(page, /Kingdom of Halvard/);
  await nextPhase(page, 'council');
  await nav(page, 'chamber');
  const votePanel = page.getByTestId('vote-panel');
  // The AI delegations move before the phase change is pushed: once the chamber shows, any
  // draft they put to the vote is on screen.
  await expect(page.getByTestId('horseshoe').locator('li')).toHaveCount(15);
  const aiDraftInVote = await votePanel.isVisible();
  if (!aiDraftInVote) {
    await page.getByTestId('table-draft').click();
    await page.getByTestId('draft-title').fill('The situation in Meridia');
    await page.getByTestId('measure-commission-of-inquiry').check();
    await page.getByTestId('measure-humanitarian-access').check();
    await page.getByTestId('draft-submit').click();
    await page.getByTestId('put-to-vote').first().click();
  }
  await page.getByTestId('vote-yes').click();
  await expect(votePanel).toContainText('voted yes');
  await switchSeat(page, /United States/);
  await nav(page, 'chamber');
  await page.getByTestId('vote-no').click();
  // (The AI sponsors may table a new draft at once; the vetoed one stays on the record.)
  await expect(page.locator('[data-testid="draft-card"][data-status="vetoed"]').first()).toBeVisible();
  await expect(page.getByText(/vetoed by the United States \(art\. 27\(3\)\)/).first()).toBeVisible();

  // Uniting for Peace: Halvard moves the referral; the Council's procedural vote (no veto) carries it.
  await nextPhase(page, 'unitingForPeace');
  await switchSeat(page, /Kingdom of Halvard/);
  await uniteForPeace(page);

  // On to national conduct: the United States ships arms to the Meridian forces, a breach.
  for (let i = 0; i < 6; i++) {
    const phase = await page.getByTestId('phase-pill').getAttribute('data-phase');
    if (phase === 'conduct') break;
    await page.getByTestId('next-phase').click();
    await expect(page.getByTestId('phase-pill')).not.toHaveAttribute('data-phase', phase!);
  }
  await expect(page.getByTestId('header-round')).toHaveText('Round 1 of 5');
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'conduct');
  await switchSeat(page, /United States/);
  await nav(page, 'conduct');
  const arms = page.getByTestId('conduct-card-arms-transfer');
  await expect(arms).toContainText('Contrary to an agreement in force');
  await page.getByTestId('conduct-act-arms-transfer').click();
  await expect(page.getByTestId('conduct-act')).toContainText('contrary to your agreement with Kingdom of Halvard');
  await shoot(page, 'conduct');
  await expectNoSerious(page, 'National conduct');
  await page.getByTestId('conduct-done').click();
  await expect(page.getByTestId('conduct-done-notice')).toBeVisible();
  await nav(page, 'negotiation');
  await expect(page.getByTestId('registry-breach')).toContainText('Breach: United States');
  await shoot(page, 'registry', 'registry-section', true);

  // The facilitator's console: the room at a glance; the rounds end early.
  await switchSeat(page, /Facilitator/);
  await nav(page, 'facilitator');
  const grid = page.getByTestId('seat-grid');
  await expect(grid.getByTestId('seat-row-usa')).toContainText('✓ done');
  await expect(grid.getByTestId('seat-row-hlv')).toContainText('… not yet');
  await shoot(page, 'facilitator');
  await expectNoSerious(page, 'Facilitator console');
  await page.getByTestId('control-end').click();
  await page.getByTestId('control-end-confirm').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'adjudication');

  // Adjudication: each seat files its memorial.
  await switchSeat(page, /United States/);
  await nav(page, 'judgment');
  await expect(page.getByTestId('memorial-form')).toBeVisible();
  await page.getByTestId('plea-measures-taken').getByRole('checkbox').check();
  await page.getByTestId('plea-lack-of-knowledge').getByRole('checkbox').check();
  await shoot(page, 'memorial');
  await expectNoSerious(page, 'Defence memorial');
  await page.getByTestId('memorial-file').click();
  await expect(page.getByTestId('filed-memorial')).toContainText('Lack of knowledge');
  await switchSeat(page, /Kingdom of Halvard/);
  await nav(page, 'judgment');
  await page.getByTestId('plea-measures-taken').getByRole('checkbox').check();
  await page.getByTestId('memorial-file').click();
  await expect(page.getByTestId('filed-memorial')).toBeVisible();

  // The presiding judge overrides a finding, with a reason, and delivers the judgment.
  await switchSeat(page, /Facilitator/);
  await nav(page, 'judgment');
  await page.getByTestId('rank-USA').click();
  // The gravest finding against the United States (findings re-sort once overridden: hold on to its id).
  const findingId = (await page.getByTestId('findings').locator('article').first().getAttribute('data-testid'))!;
  const finding = page.getByTestId(findingId);
  await finding.getByTestId('override-open').click();
  await finding.getByTestId('override-reason').fill('The court weighs the shipment as isolated; the finding is reduced on appeal.');
  await finding.getByTestId('override-submit').click();
  await expect(finding.getByTestId('override-note')).toContainText('isolated');
  await shoot(page, 'bench');
  await expectNoSerious(page, 'The bench');
  await page.getByTestId('deliver-judgment').click();
  // Delegations exposed without a memorial: the judge confirms delivering without them.
  const confirm = page.getByTestId('deliver-judgment-confirm');
  await expect(confirm.or(page.locator('[data-testid="phase-pill"][data-phase="debrief"]')).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'debrief');

  // The judgment as the United States reads it: ranking, chart, findings, evidence links.
  await switchSeat(page, /United States/);
  await nav(page, 'judgment');
  await expect(page.getByTestId('ranking')).toContainText('United States');
  await expect(page.getByTestId('exposure-chart')).toBeVisible();
  await page.getByTestId('rank-USA').click();
  await expect(page.getByTestId('finding-d2r-agreement')).toContainText('Holds');
  await expect(page.getByTestId('override-note').first()).toBeVisible();
  await shoot(page, 'judgment');
  await shoot(page, 'findings', 'findings');
  await expectNoSerious(page, 'Judgment');
  await page.getByTestId('tab-coach').click();
  await expect(page.getByTestId('coach-notes')).toBeVisible();
  await shoot(page, 'debrief-coach');
  await expectNoSerious(page, 'Debrief: coach notes');
  await page.getByTestId('tab-judgment').click();

  // Export is one click away: the record as the United States saw it, as a web page.
  await page.getByTestId('export-debrief').click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the transcript' });
  await expect(exportDialog.getByTestId('export-as-USA')).toBeChecked();
  await exportDialog.getByTestId('export-format-html').click();
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByTestId('export-submit').click()]);
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  await exportDialog.getByRole('button', { name: 'Done' }).click();

  // An evidence event of a finding opens the timeline at that entry.
  await page.getByTestId('finding-d2r-agreement').getByTestId('evidence-link').first().click();
  await expect(page).toHaveURL(/timeline/);

  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
});

test('solo practice: the legal-risk strip under each kind of conduct', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await page.goto('/#/new/d2r-shield');
  await page.getByTestId('new-seat').click();
  await page.getByRole('option', { name: /^United States/ }).click();
  const timers = page.getByRole('switch', { name: /Phase timers/ });
  await timers.focus();
  await page.keyboard.press('Space');
  await page.getByTestId('new-start').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'briefing');
  for (let i = 0; i < 10; i++) {
    const phase = await page.getByTestId('phase-pill').getAttribute('data-phase');
    if (phase === 'conduct') break;
    await page.getByTestId('next-phase').click();
    await expect(page.getByTestId('phase-pill')).not.toHaveAttribute('data-phase', phase!);
  }
  await nav(page, 'conduct');
  const arms = page.getByTestId('conduct-card-arms-transfer');
  await expect(arms.getByTestId('risk-strip')).toContainText('Art. 16');
  await arms.getByText('Substantial', { exact: true }).click();
  await shoot(page, 'conduct-practice', 'conduct-card-arms-transfer');
  await expectNoSerious(page, 'National conduct (practice mode)');
  await page.getByTestId('conduct-tab-protective').click();
  await expect(page.getByTestId('conduct-card-sanctions').getByTestId('risk-strip')).toBeVisible();
  await shoot(page, 'conduct-protective');
  await expectNoSerious(page, 'National conduct: protective measures');
  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
});
