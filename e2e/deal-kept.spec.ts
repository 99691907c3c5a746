import { expect, test } from '@playwright/test';
import { nextPhase, shootThreeSizes, startInLightTheme, startSoloInNegotiation, voteOnOpenBallots } from './support';

/**
 * A deal kept (issue 16, "Done when"): Pakistan, an elected Council member in Syria 2011-2013, asks
 * Germany, the AI penholder, to drop sanctions from its zero draft in exchange for Pakistan's yes.
 * Germany accepts (a yes won is worth more to it than sanctions), rev.1 shows the dropped measure,
 * Pakistan votes yes, and the registry marks both promises kept.
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

test('Pakistan trades its yes for the penholder dropping sanctions, sees rev.1, votes, and the registry marks the deal kept', async ({ page }) => {
  test.setTimeout(240_000);
  await startSoloInNegotiation(page, /Syria/, 'Pakistan', 41);

  const draft = page.getByTestId('circulating-draft').first();
  await expect(draft).toContainText('Penholder: Germany');
  await page.getByRole('button', { name: /Germany/ }).first().click();
  const panel = page.getByTestId('offer-panel');
  const composer = panel.getByTestId('offer-composer');
  await composer.getByTestId('offer-give').selectOption('vote-yes');
  await composer.getByTestId('offer-ask').selectOption('change');
  await composer.getByTestId('offer-ask-term').getByTestId('change-kind').selectOption('drop-measure');
  await composer.getByTestId('offer-ask-term').getByTestId('change-measure').selectOption('sanctions');
  await expect(composer.getByTestId('offer-preview')).toHaveText('Pakistan will vote yes on “The situation in the Syrian Arab Republic”, if Germany will drop sanctions in “The situation in the Syrian Arab Republic”.');
  await shootThreeSizes(page, 'deal-composer', 'offer-composer');
  await composer.getByTestId('send-offer').click();

  const ours = panel.getByTestId('offer-line').filter({ hasText: 'Offer from Pakistan' });
  await expect(ours.getByTestId('offer-answer')).toHaveText('Accepted');
  await expect(ours.getByTestId('offer-reason')).toContainText('Germany accepts');

  // rev.1, made by the acceptance: sanctions struck through, the revision in words.
  await expect(draft.getByTestId('revision').first()).toHaveText('rev.1 drops sanctions, as the penholder promised Pakistan in an accepted offer.');
  await expect(draft.getByTestId('dropped-measure').filter({ hasText: 'Sanctions' })).toContainText('dropped in rev.1');
  await expect(draft.getByTestId('dropped-paragraph').filter({ hasText: 'dropped in rev.1' })).toBeVisible();
  await shootThreeSizes(page, 'deal-revision', 'circulating-drafts');

  // The Council: Pakistan passes its first chance to table; Germany puts rev.1 in blue and to the vote.
  await nextPhase(page, 'council');
  await page.getByTestId('nav-chamber').click();
  await page.getByTestId('pass').click();
  await expect(page.getByTestId('ballot-draft-text')).not.toContainText('freeze');
  await voteOnOpenBallots(page, 'yes');
  await expect(page.getByTestId('announcement')).toContainText('The result of the voting is as follows');

  await page.getByTestId('nav-negotiation').click();
  const registry = page.getByTestId('commitments');
  await expect(registry.getByTestId('commitment').filter({ hasText: 'Pakistan to Germany' })).toHaveAttribute('data-status', 'kept');
  await expect(registry.getByTestId('commitment').filter({ hasText: 'Germany to Pakistan' })).toHaveAttribute('data-status', 'kept');
  await shootThreeSizes(page, 'deal-registry-kept', 'commitments-section');
});
