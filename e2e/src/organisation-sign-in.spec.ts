import { expect, type Page, test } from './support/test';
import { DEMO, signIn } from './support/demo';
import { TEST_PROVIDER } from './support/identity-provider';

/** From the app's login page through the organisation's provider (its own login and consent pages) and back. */
async function throughProvider(page: Page, login: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Logga in med NSPH Skåne' }).click();
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('an organisation sets up sign-in through its identity provider; its course leader signs in there, a stranger gets no access', async ({ page, browser }) => {
  await signIn(page, DEMO.skaneAdmin.email);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inloggning', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggning via organisationen' })).toBeVisible();
  await expect(page.getByLabel('Adress att registrera hos leverantören')).toHaveValue(/\/api\/auth\/oidc\/callback$/);
  await page.getByLabel('Leverantörens adress (issuer)').fill(TEST_PROVIDER.issuer);
  await page.getByLabel('Klient-id').fill(TEST_PROVIDER.clientId);
  await page.getByLabel('Klienthemlighet').fill(TEST_PROVIDER.clientSecret);
  await page.getByRole('button', { name: 'Spara inloggningen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inloggningen via organisationen är sparad.' })).toBeVisible();

  // Her course leader signs in through the provider: its verified e-mail leads to her account.
  const leader = await (await browser.newContext()).newPage();
  await throughProvider(leader, 'pia');
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText('Välkommen, Pia Sundberg');
  await expect(leader.getByRole('heading', { level: 2, name: 'Mina kullar' })).toBeVisible();

  // Someone the provider knows and the organisation does not is back on the login page, signed in nowhere.
  const stranger = await (await browser.newContext()).newPage();
  await throughProvider(stranger, 'stranger');
  await expect(stranger).toHaveURL(/\/login\?signIn=failed$/);
  await expect(stranger.getByRole('main').getByRole('alert')).toContainText('Inloggningen via din organisation gick inte.');
  await stranger.goto('/training');
  await expect(stranger.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
});
