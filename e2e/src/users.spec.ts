import { expect, type Page, test } from './support/test';
import { DEMO, signIn } from './support/demo';

/** Tries to sign in and answers the message the login page shows. */
async function failedSignIn(page: Page, email: string, password: string): Promise<string> {
  await page.goto('/login');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Fel e-postadress eller lösenord');
  await expect(page).toHaveURL(/\/login/);
  return (await alert.textContent())?.trim() ?? '';
}

test('lets an administrator reset a password, deactivate and reactivate an account', async ({ page, browser }) => {
  const suffix = Date.now();
  const name = `Maj Mattsson ${suffix}`;
  const email = `maj.mattsson.${suffix}@example.org`;

  await signIn(page, DEMO.admin.email);
  await page.goto('/admin/users');
  await page.getByLabel('Namn').fill(name);
  await page.getByLabel('E-post').fill(email);
  await page.getByRole('radio', { name: 'Kursdeltagare' }).check();
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  const first = await page.getByLabel('Tillfälligt lösenord', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'Klar' }).click();

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  // Her own row offers the administrator nothing: she uses the account page.
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: DEMO.admin.name }) }).getByRole('button')).toHaveCount(0);

  // Reset: a new temporary password, shown once.
  await row.getByRole('button', { name: 'Återställ lösenord' }).click();
  await expect(row).toContainText(`Återställa lösenordet för ${name}?`);
  await row.getByRole('button', { name: 'Ja, återställ' }).click();
  await expect(page.getByRole('heading', { name: `Nytt tillfälligt lösenord för ${name}` })).toBeVisible();
  const shown = page.getByLabel('Tillfälligt lösenord', { exact: true });
  await expect(shown).toHaveValue(/^[A-Za-z0-9_-]{16}$/);
  await expect(shown).not.toHaveValue(first);
  const reset = await shown.inputValue();
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByLabel('Tillfälligt lösenord', { exact: true })).toHaveCount(0);

  // She signs in with it and is asked for her own password.
  const her = await (await browser.newContext()).newPage();
  await her.goto('/login');
  await her.getByLabel('E-post').fill(email);
  await her.getByLabel('Lösenord').fill(reset);
  await her.getByRole('button', { name: 'Logga in' }).click();
  await expect(her.getByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeVisible();

  // Deactivate: she is signed out and cannot sign in; the message is the one of a wrong password.
  await row.getByRole('button', { name: 'Inaktivera' }).click();
  await expect(row).toContainText(`Inaktivera kontot för ${name}?`);
  await row.getByRole('button', { name: 'Ja, inaktivera' }).click();
  await expect(row.getByText('Inaktiv', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Aktivera igen' })).toBeVisible();

  await her.reload();
  await expect(her.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  const deactivated = await failedSignIn(her, email, reset);
  const wrong = await failedSignIn(her, email, 'not-the-password');
  expect(deactivated).toBe(wrong);

  // Reactivate: she signs in again with the same temporary password.
  await row.getByRole('button', { name: 'Aktivera igen' }).click();
  await row.getByRole('button', { name: 'Ja, aktivera igen' }).click();
  await expect(row.getByRole('button', { name: 'Inaktivera' })).toBeVisible();
  await expect(row).toContainText('Har inte bytt lösenord');
  await her.goto('/login');
  await her.getByLabel('E-post').fill(email);
  await her.getByLabel('Lösenord').fill(reset);
  await her.getByRole('button', { name: 'Logga in' }).click();
  await expect(her.getByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeVisible();

  // Every action is in the audit trail, naming her.
  await page.goto('/admin/audit');
  await expect(page.getByRole('main')).toContainText('Inaktiverade ett konto');
  await expect(page.getByRole('main')).toContainText('Aktiverade ett konto igen');
  await expect(page.getByRole('main')).toContainText('Återställde ett lösenord');
});
