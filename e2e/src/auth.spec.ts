import { expect, test } from './support/test';
import { DEMO, DEMO_PASSWORD, signIn } from './support/demo';

test('sends a visitor to the login page and back to where they were going', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fadmin%2Fusers/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();

  await page.getByLabel('E-post').fill(DEMO.admin.email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Användare' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: DEMO.trainee.name })).toBeVisible();
});

test('tells a wrong password without saying which part was wrong', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-post').fill(DEMO.trainee.email);
  await page.getByLabel('Lösenord').fill('not-the-password');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Fel e-postadress eller lösenord');
  await expect(page).toHaveURL(/\/login/);
});

test('shows each role its own home and navigation', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Välkommen, ${DEMO.admin.name}`);
  await expect(menu.getByRole('link', { name: 'Användare' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();

  await signIn(page, DEMO.leader.email);
  await expect(page.getByRole('heading', { level: 2, name: 'Mina kullar' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Användare' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Logga ut' }).click();

  await signIn(page, DEMO.trainee.email);
  await expect(page.getByRole('heading', { level: 2, name: 'Min utbildning' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Användare' })).toHaveCount(0);
  // A trainee who types an administrator address gets no administrator page.
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Användare' })).toHaveCount(0);
});

test('switches to English and remembers the choice', async ({ page }) => {
  await signIn(page, DEMO.trainee.email);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${DEMO.trainee.name}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
});

test('lets an administrator create a trainee who must set an own password', async ({ page, browser }) => {
  await signIn(page, DEMO.admin.email);
  await page.goto('/admin/users');
  const email = `ny.deltagare.${Date.now()}@example.org`;
  await page.getByLabel('Namn').fill('Örjan Ängström');
  await page.getByLabel('E-post').fill(email);
  await page.getByRole('radio', { name: 'Kursdeltagare' }).check();
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  const temporary = await page.getByLabel('Tillfälligt lösenord').inputValue();
  expect(temporary.length).toBeGreaterThanOrEqual(12);

  const trainee = await (await browser.newContext()).newPage();
  await trainee.goto('/login');
  await trainee.getByLabel('E-post').fill(email);
  await trainee.getByLabel('Lösenord').fill(temporary);
  await trainee.getByRole('button', { name: 'Logga in' }).click();
  await expect(trainee.getByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeVisible();
  await trainee.getByLabel('Nuvarande lösenord').fill(temporary);
  await trainee.getByLabel('Nytt lösenord', { exact: true }).fill('ett eget långt lösenord');
  await trainee.getByLabel('Upprepa det nya lösenordet').fill('ett eget långt lösenord');
  await trainee.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await expect(trainee.getByRole('heading', { level: 1 })).toHaveText('Välkommen, Örjan Ängström');
});
