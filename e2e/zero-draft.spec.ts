import { expect, test, type Locator, type Page } from '@playwright/test';
import { SHOTS, startInLightTheme, startSoloInNegotiation, voteOnOpenBallots } from './support';

/**
 * A human penholder's draft (issue 16 item 1): Ireland, an elected Council member in a solo
 * session, circulates a zero draft in Negotiation, receives the AI members' requests for changes,
 * accepts one into rev.1 (the dropped measure and its paragraph shown struck through) and declines
 * the others with a reason, puts the text in blue, and in the Council puts it to the vote.
 * Screenshots in light and dark at 1024x768, 1280x800 and 1920x1080 (e2e/screenshots/zero-draft-*.png).
 */

const setScheme = (page: Page, value: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), value);

async function shoot(page: Page, name: string, focus: Locator) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await focus.first().evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76);
    });
    await page.mouse.move(size.width - 5, size.height - 5);
    for (const scheme of ['light', 'dark']) {
      await setScheme(page, scheme);
      await page.screenshot({ path: `${SHOTS}/zero-draft-${name}-${size.width}-${scheme}.png` });
    }
    await setScheme(page, 'light');
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.beforeEach(async ({ page }) => startInLightTheme(page));

test('Ireland circulates a zero draft, answers the requests for changes, puts rev.1 in blue and puts it to the vote', async ({ page }) => {
  test.setTimeout(480_000);
  await startSoloInNegotiation(page, /Kestria/, 'Ireland', 41);

  // Ireland writes and circulates its zero draft: it holds the pen.
  await page.getByTestId('circulate-draft').click();
  await page.getByTestId('draft-title').fill('Protection of the Vell in the Tarn highlands');
  for (const measure of ['condemnation', 'sanctions', 'humanitarian-access']) await page.getByTestId(`measure-${measure}`).click();
  await page.getByTestId('draft-preamble').fill('Recalling its resolution 2417 (2018) on conflict and hunger');
  await shoot(page, 'circulate', page.getByTestId('draft-title'));
  await page.getByTestId('draft-submit').click();
  const draft = page.getByTestId('circulating-draft').filter({ hasText: 'Protection of the Vell' });
  await expect(draft).toContainText('Penholder: Ireland');
  await expect(draft.getByTestId('circulation-status')).toHaveText('In circulation');

  // The AI members ask for changes; Ireland accepts the first into rev.1 …
  const first = draft.getByTestId('change-request').first();
  await expect(first).toContainText('asks to drop');
  const asked = (await first.textContent())!.match(/asks to drop ([a-z -]+)\./)![1]!;
  await first.getByTestId('accept-request').click();
  await expect(first).toContainText('Accepted (rev.1)');
  await expect(draft.getByTestId('revision')).toContainText(`rev.1 drops ${asked}`);
  await expect(draft.getByTestId('dropped-measure')).toContainText('dropped in rev.1');
  await expect(draft.getByTestId('dropped-paragraphs').locator('del')).toHaveCount(1);

  // … and declines each other request with a reason, which goes on the record.
  const waiting = draft.getByTestId('change-request').filter({ has: page.getByTestId('decline-request') });
  const declined = draft.getByTestId('change-request').filter({ hasText: 'Declined: The text already carries' });
  for (let answered = 0; (await waiting.count()) > 0; answered++) {
    const request = waiting.first();
    await request.getByLabel('Reason').fill('The text already carries what the Council can agree.');
    await request.getByTestId('decline-request').click();
    await expect(declined).toHaveCount(answered + 1);
  }
  await expect(declined.first()).toBeVisible();
  await shoot(page, 'answered', draft);

  // In blue: the text is final and tabled.
  await draft.getByTestId('put-in-blue').click();
  await expect(draft.getByTestId('circulation-status')).toHaveText('In blue');

  // The Council: Ireland puts its draft to the vote and reads rev.1 before voting.
  await page.getByTestId('next-phase').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'council');
  await page.getByTestId('nav-chamber').click();
  const card = page.getByTestId('draft-card').filter({ hasText: 'Protection of the Vell' });
  await card.getByTestId('put-to-vote').click();
  await expect(page.getByTestId('ballot-draft-text')).toContainText('in blue as rev.1');
  await expect(page.getByTestId('ballot-draft-text')).toContainText('Recalling its resolution 2417 (2018)');
  await expect(page.getByTestId('ballot-draft-text')).not.toContainText(new RegExp(asked, 'i'));
  await shoot(page, 'council-before-vote', page.getByTestId('ballot-draft-text'));
  await voteOnOpenBallots(page, 'yes');
  await expect(page.getByTestId('announcement')).toContainText('The result of the voting is as follows');
});
