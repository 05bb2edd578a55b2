import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/demo';

test('a leader’s home and cohort page lead with what needs her, each linking to where it is done', async ({ page }) => {
  await signIn(page, DEMO.leader.email);
  // The demo's Göteborg cohort has a missed day to make up.
  const cohort = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Grundutbildning Göteborg', exact: true }) });
  const makeUps = cohort.getByRole('link', { name: /^Dagar att ta igen: \d+$/ });
  await expect(makeUps).toBeVisible();
  await makeUps.click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]+\/progress$/);

  await page.goBack();
  await cohort.getByRole('link', { name: 'Grundutbildning Göteborg', exact: true }).click();
  const todo = page.getByRole('region', { name: 'Att göra' });
  await expect(todo.getByRole('link', { name: /^Dagar att ta igen: \d+$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Att göra');
});
