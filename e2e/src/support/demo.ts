import { expect, type Page } from '@playwright/test';

/** Demo accounts that `npm start` loads into an empty database. */
export const DEMO_PASSWORD = 'peer-demo-2026';
export const DEMO = {
  national: { email: 'birgitta.ahlgren@example.org', name: 'Birgitta Ahlgren' },
  admin: { email: 'ylva.sjoberg@example.org', name: 'Ylva Sjöberg' },
  skaneAdmin: { email: 'malin.persson@example.org', name: 'Malin Persson' },
  leader: { email: 'eva.karrlund@example.org', name: 'Eva Kärrlund' },
  trainee: { email: 'asa.lindstrom@example.org', name: 'Åsa Lindström' },
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
}
