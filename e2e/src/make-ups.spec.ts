import { expect, test } from './support/test';
import { DEMO, signIn } from './support/demo';

// Björn Öberg missed day 3 of the Göteborg cohort (Eva Kärrlund); the Borås cohort (Håkan Ström) runs the same course.
const TRAINEE = { email: 'bjorn.oberg@example.org', name: 'Björn Öberg' };
const HOST_LEADER = { email: 'hakan.strom@example.org' };

test('a trainee asks to make up a day, her own leader books it in another cohort, whose leader records her there', async ({ page, browser }) => {
  const trainee = await (await browser.newContext()).newPage();
  await signIn(trainee, TRAINEE.email);
  await trainee.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min utbildning', exact: true }).click();
  await trainee.getByRole('navigation', { name: 'Delar av min utbildning' }).getByRole('link', { name: 'Schema och närvaro' }).click();
  const makeUps = trainee.locator('section').filter({ has: trainee.getByRole('heading', { level: 2, name: 'Att ta igen' }) });
  await makeUps.getByRole('button', { name: 'Be att få ta igen dag 3 i en annan kull' }).click();
  await makeUps.getByLabel('Något din kursledare behöver veta om dag 3? (frivilligt)').fill('Tisdagar passar bäst');
  await makeUps.getByRole('button', { name: 'Skicka' }).click();
  await expect(makeUps.getByRole('status')).toHaveText('Din kursledare har fått din fråga om dag 3.');
  await expect(makeUps).toContainText('Dag 3: du har bett att få ta igen dagen. Din kursledare bokar en dag.');

  // Her own leader finds the request first on the overview, and books it into the Borås cohort's day 3.
  await signIn(page, DEMO.leader.email);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await page.getByRole('link', { name: 'Grundutbildning Göteborg' }).first().click();
  await page.getByRole('link', { name: 'Översikt över kraven' }).click();
  await page.getByRole('link', { name: `${TRAINEE.name} vill ta igen dag 3` }).click();
  await expect(page.getByRole('heading', { level: 1, name: TRAINEE.name })).toBeVisible();
  await expect(page.getByText('Deltagaren skrev: Tisdagar passar bäst')).toBeVisible();
  await expect(page.getByLabel('Dag i en annan kull').first()).toContainText('Sjuhärads folkhögskola, Borås');
  await page.getByRole('button', { name: 'Boka dag 3' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dagen är bokad.' })).toBeVisible();

  // The host leader sees the guest's name on that day, nothing else of her, and records her there.
  const host = await (await browser.newContext()).newPage();
  await signIn(host, HOST_LEADER.email);
  await host.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await host.getByRole('link', { name: 'Grundutbildning Borås' }).first().click();
  await host.getByRole('link', { name: 'Närvaro dag 3', exact: true }).click();
  const guests = host.locator('section').filter({ has: host.getByRole('heading', { level: 2, name: 'Gäster som tar igen dagen' }) });
  await expect(guests).toContainText(TRAINEE.name);
  await expect(host.getByRole('radiogroup', { name: TRAINEE.name })).toHaveCount(0);
  await guests.getByRole('button', { name: `${TRAINEE.name} var här` }).click();
  await expect(guests.getByRole('status')).toHaveText(`Närvaron för ${TRAINEE.name} är registrerad.`);

  // The make-up is closed in her own cohort.
  await trainee.reload();
  const after = trainee.locator('section').filter({ has: trainee.getByRole('heading', { level: 2, name: 'Att ta igen' }) });
  await expect(after).toContainText('Dag 3: togs igen i kullen Grundutbildning Borås');
  await expect(after.getByRole('button', { name: 'Be att få ta igen dag 3 i en annan kull' })).toHaveCount(0);
});
