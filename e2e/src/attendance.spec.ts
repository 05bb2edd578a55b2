import { expect, test } from './support/test';
import { DEMO, signIn } from './support/demo';

const TRAINEE = { email: 'tove.ostlund@example.org', name: 'Tove Östlund' };

test('a leader takes attendance and the trainee sees the absence and the day to make up', async ({ page, browser }) => {
  await signIn(page, DEMO.leader.email);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kullar' })).toBeVisible();
  await page.getByRole('link', { name: 'Grundutbildning Göteborg' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grundutbildning Göteborg' })).toBeVisible();
  await page.getByRole('link', { name: 'Närvaro dag 5', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Närvaro dag 5' })).toBeVisible();
  const row = page.getByRole('radiogroup', { name: TRAINEE.name });
  await expect(row.getByRole('radio', { name: 'Närvarande' })).toBeChecked();
  await row.getByRole('radio', { name: 'Frånvarande (ogiltig)' }).check();
  await page.getByRole('button', { name: 'Spara närvaro' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Närvaro sparad' })).toBeVisible();

  const trainee = await (await browser.newContext()).newPage();
  await signIn(trainee, TRAINEE.email);
  await trainee.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min utbildning', exact: true }).click();
  await expect(trainee.getByRole('heading', { level: 1, name: 'Min utbildning' })).toBeVisible();
  const missing = trainee.locator('section').filter({ has: trainee.getByRole('heading', { level: 2, name: 'Det här saknas' }) });
  await expect(missing).toContainText('Dag 5 saknas');
  await trainee.getByRole('navigation', { name: 'Delar av min utbildning' }).getByRole('link', { name: 'Schema och närvaro' }).click();
  const makeUps = trainee.locator('section').filter({ has: trainee.getByRole('heading', { level: 2, name: 'Att ta igen' }) });
  await expect(makeUps).toContainText('Dag 5');
  const schedule = trainee.locator('section').filter({ has: trainee.getByRole('heading', { level: 2, name: 'Schema' }) });
  await expect(schedule).toContainText('Frånvarande (ogiltig)');
});
