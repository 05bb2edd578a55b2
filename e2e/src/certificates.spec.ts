import { expect, test } from './support/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { signIn } from './support/demo';
import { pdfText } from './support/pdf';

const root = join(__dirname, '..', '..');
const LEADER = 'hakan.strom@example.org';
const TRAINEE = { email: 'orjan.angstrom@example.org', name: 'Örjan Ängström' };

test('a leader certifies, the trainee downloads the PDF, and anyone can check it by its QR address', async ({ page, browser }, testInfo) => {
  await signIn(page, LEADER);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await page.getByRole('link', { name: 'Grundutbildning Borås' }).first().click();
  await page.getByRole('link', { name: 'Intyg', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intyg' })).toBeVisible();
  await page.getByRole('button', { name: `Certifiera ${TRAINEE.name}` }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`${TRAINEE.name}.*Giltigt`) })).toBeVisible();
  // The list knows at once that she holds it: no second certify button, also after a reload.
  await expect(page.getByRole('button', { name: `Certifiera ${TRAINEE.name}` })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`${TRAINEE.name}.*Giltigt`) })).toBeVisible();
  await expect(page.getByRole('button', { name: `Certifiera ${TRAINEE.name}` })).toHaveCount(0);

  const trainee = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(trainee, TRAINEE.email);
  await trainee.goto('/training/certificates');
  const mine = trainee.locator('section').filter({ has: trainee.getByRole('heading', { level: 2, name: 'Mina intyg' }) }).first();
  const [download] = await Promise.all([trainee.waitForEvent('download'), mine.getByRole('link', { name: 'Ladda ner PDF' }).first().click()]);
  const file = testInfo.outputPath('intyg.pdf');
  await download.saveAs(file);

  const text = await pdfText(file);
  expect(text).toContain(TRAINEE.name);
  const url = /https?:\/\/\S+\/verify\/[a-km-z2-9]{32}/.exec(text.replace(/\s+(?=\S*\/verify\/)/g, ''))?.[0];
  expect(url).toBeDefined();

  // The offline check, against the issuer's published key and revocation list.
  const check = execFileSync(process.execPath, [join(root, 'dist', 'apps', 'api', 'cli.js'), 'certificate:verify', file], { encoding: 'utf8' });
  expect(check).toMatch(/^VALID/);
  // Issued and signed by the cohort's organisation, with its own key.
  expect(check).toContain('issuer      NSPH Göteborg');
  expect(check).toMatch(/signed with https?:\/\/\S+\/issuers\/nsph-goteborg\/keys\/k-/);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(url as string);
  await expect(visitor.getByRole('status')).toHaveText('Giltigt');
  await expect(visitor.getByText(TRAINEE.name)).toBeVisible();

  // Revoked: the leader picks the public reason and is shown what the public will read; the internal note stays internal.
  const note = 'Rollspelet signerades av fel kursledare';
  await page.getByRole('button', { name: new RegExp(`^Återkalla ?: ${TRAINEE.name}`) }).click();
  await page.getByRole('radio', { name: 'Utfärdat av misstag' }).check();
  await expect(page.locator('.public-preview')).toHaveText(/Visas offentligt: återkallat den \d{4}-\d{2}-\d{2}, skäl: Utfärdat av misstag/);
  await page.getByLabel('Intern anteckning (valfri)').fill(note);
  await page.getByRole('button', { name: /^Återkalla intyget/ }).click();
  await expect(page.getByText(`Intyget för ${TRAINEE.name} är återkallat.`)).toBeVisible();
  await expect(page.getByText(`Intern anteckning: ${note}`)).toBeVisible();
  // Revoked, she may be certified again, without reloading the page.
  await expect(page.getByRole('button', { name: `Certifiera ${TRAINEE.name}` })).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByRole('status')).toHaveText('Återkallat');
  await expect(visitor.locator('.revocation')).toHaveText(/^Återkallat den \d{4}-\d{2}-\d{2}\. Skäl: Utfärdat av misstag\.$/);
  expect(await visitor.content()).not.toContain(note);
});
