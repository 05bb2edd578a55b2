import { expect, type Page, test } from './support/test';
import { DEMO, signIn } from './support/demo';

/** The leader creates a cohort of her own (no other test's data) and lands on its page. */
async function newCohort(page: Page, name: string): Promise<void> {
  await page.goto('/cohorts');
  await expect(page.getByRole('heading', { level: 1, name: 'Kullar' })).toBeVisible();
  await page.getByLabel('Namn på kullen').fill(name);
  await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Grundutbildning för peer supporter' });
  await expect(page.getByLabel('Kursplanens version')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Skapa kull' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('refusals and bad CSV rows are worded in the language in use, never in the server words, and forms keep what was typed', async ({ page }) => {
  const stamp = Date.now();
  const email = `dubbel.inbjuden.${stamp}@example.org`;
  await signIn(page, DEMO.leader.email);
  await newCohort(page, `Felmeddelanden ${stamp}`);

  // A second invitation of the same address is refused (409): worded in Swedish, what she typed stays.
  const invite = page.getByRole('region', { name: 'Bjud in en deltagare' });
  await invite.getByLabel('Namn').fill('Klara Dubblett');
  await invite.getByLabel('E-post').fill(email);
  await invite.getByRole('button', { name: 'Bjud in' }).click();
  await expect(page.getByRole('status').filter({ hasText: `En inbjudan till Klara Dubblett (${email}) är skickad.` })).toBeVisible();
  await invite.getByLabel('Namn').fill('Klara Igen');
  await invite.getByLabel('E-post').fill(email);
  await invite.getByRole('button', { name: 'Bjud in' }).click();
  const inviteAlert = invite.getByRole('alert');
  await expect(inviteAlert).toHaveText('Personen är redan inbjuden till kullen.');
  await expect(invite.getByLabel('E-post')).toHaveAttribute('aria-invalid', 'true');
  await expect(invite.getByLabel('Namn')).toHaveValue('Klara Igen');
  await expect(invite.getByLabel('E-post')).toHaveValue(email);
  await expect(invite).not.toContainText('already invited');

  // A CSV file with a bad row: every problem in Swedish, nothing in the server's English; the text stays.
  const csv = `name,email\nAnna Felskriven,anna@example\nBo Berg,bo.${stamp}@example.org\nBo Berg,bo.${stamp}@example.org\n`;
  const importForm = page.getByRole('region', { name: 'Bjud in från en CSV-fil' });
  await importForm.getByLabel('Eller klistra in innehållet').fill(csv);
  await importForm.getByRole('button', { name: 'Bjud in alla' }).click();
  const problems = importForm.getByRole('alert').getByRole('listitem');
  await expect(problems).toHaveText(['Rad 2: E-postadressen är inte giltig.', 'Rad 4: E-postadressen finns redan på en tidigare rad.']);
  await expect(importForm.getByRole('alert')).not.toContainText('is not an e-mail address');
  await expect(importForm.getByLabel('Eller klistra in innehållet')).toHaveValue(csv);

  // In English the same refusals read in English.
  await page.getByRole('button', { name: 'English' }).click();
  const importEn = page.getByRole('region', { name: 'Invite from a CSV file' });
  await importEn.getByRole('button', { name: 'Invite everyone' }).click();
  await expect(importEn.getByRole('alert').getByRole('listitem')).toHaveText([
    'Line 2: The e-mail address is not valid.',
    'Line 4: The e-mail address is already on an earlier line.',
  ]);
  await expect(importEn.getByLabel('Or paste its content')).toHaveValue(csv);

  // The refused invitation, still on screen with what she typed, now reads in English too.
  const inviteEn = page.getByRole('region', { name: 'Invite a trainee' });
  await expect(inviteEn.getByRole('alert')).toHaveText('The person is already invited to the cohort.');
  await expect(inviteEn.getByLabel('Name')).toHaveValue('Klara Igen');
  await expect(inviteEn.getByLabel('E-mail')).toHaveValue(email);
});
