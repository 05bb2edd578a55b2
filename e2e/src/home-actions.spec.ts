import { expect, test } from './support/test';
import { DEMO, signIn } from './support/demo';

test('a leader’s home and cohort page lead with what needs her, each linking to where it is done', async ({ page }) => {
  await signIn(page, DEMO.leader.email);
  // The demo's Göteborg cohort has a missed day to make up.
  const cohort = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Grundutbildning Göteborg', exact: true }) });
  const makeUps = cohort.getByRole('link', { name: /^Dagar att ta igen: \d+$/ });
  await expect(makeUps).toBeVisible();
  await makeUps.click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]+\/progress$/);
  // The matrix tells a missed day apart from days still to come, with a key to the marks.
  await expect(page.locator('.legend dt')).toHaveText(['✓ Klar', '⚠ Ta igen', '! Ej registrerad', '… Kommande', '○ Kvar', '✕ Ej möjlig']);
  await expect(page.locator('td.cell[data-state="blocked"]').first()).toContainText(/Ta igen\s*: Dag \d+ saknas/);

  await page.goBack();
  await cohort.getByRole('link', { name: 'Grundutbildning Göteborg', exact: true }).click();
  const todo = page.getByRole('region', { name: 'Att göra' });
  await expect(todo.getByRole('link', { name: /^Dagar att ta igen: \d+$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Att göra');
});
