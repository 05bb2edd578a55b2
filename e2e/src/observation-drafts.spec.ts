import { expect, test } from './support/test';
import { DEMO, signIn } from './support/demo';

// A trainee of the demo's Göteborg cohort whom no other spec observes.
const TRAINEE = 'Karin Fröding';

test('an observation saves itself, result included, and survives a reload and a lost connection', async ({ page, context }) => {
  await signIn(page, DEMO.leader.email);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await page.getByRole('link', { name: 'Grundutbildning Göteborg' }).first().click();
  await page.getByRole('link', { name: `Observera ${TRAINEE}` }).first().click();

  const criteria = page.getByRole('radiogroup', { name: /^\d+\. / });
  const status = page.locator('#autosave-status');
  await expect(criteria.first()).toBeVisible();
  await criteria.nth(0).getByRole('radio', { name: 'Visat', exact: true }).check();
  await criteria.nth(1).getByRole('radio', { name: 'Inte visat än', exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Resultat' }).getByRole('radio', { name: 'Inte godkänd än', exact: true }).check();
  // Nobody pressed "save": it saves by itself.
  await expect(status).toHaveText(/Utkastet sparades/);

  await page.reload();
  await expect(criteria.nth(0).getByRole('radio', { name: 'Visat', exact: true })).toBeChecked();
  await expect(criteria.nth(1).getByRole('radio', { name: 'Inte visat än', exact: true })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Resultat' }).getByRole('radio', { name: 'Inte godkänd än', exact: true })).toBeChecked();

  // The connection drops while the leader writes: the input stays, and is saved once it is back.
  await context.setOffline(true);
  await page.getByLabel('Övergripande återkoppling').fill('Lugn röst, tydlig gräns.');
  await expect(status).toHaveText(/Inte sparat än/);
  await context.setOffline(false);
  await expect(status).toHaveText(/Utkastet sparades/, { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel('Övergripande återkoppling')).toHaveValue('Lugn röst, tydlig gräns.');
});
