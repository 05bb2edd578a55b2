import { expect, test } from './support/test';
import { signIn } from './support/demo';

const LEADER = 'hakan.strom@example.org';
// A member of the demo's Borås supervision group whom no other spec certifies or erases.
const HOLDER = { email: 'nils.osterlund@example.org', name: 'Nils Österlund' };

test('a trainee chooses what her share link shows, and an employer sees exactly that without an account', async ({ page, browser }) => {
  // The leader certifies her first.
  await signIn(page, LEADER);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await page.getByRole('link', { name: 'Grundutbildning Borås' }).first().click();
  await page.getByRole('link', { name: 'Intyg', exact: true }).first().click();
  await page.getByRole('button', { name: `Certifiera ${HOLDER.name}` }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`${HOLDER.name}.*Giltigt`) })).toBeVisible();

  const holder = await (await browser.newContext()).newPage();
  await signIn(holder, HOLDER.email);
  await holder.goto('/training/certificates');
  const share = holder.getByRole('region', { name: 'Dela med en arbetsgivare' });
  const create = share.getByRole('button', { name: 'Skapa delningslänk' });

  // Nothing chosen yet: the button waits, and says why.
  await expect(create).toBeDisabled();
  await expect(share.getByText('Välj minst ett intyg för att skapa en länk.')).toBeVisible();
  await share.getByRole('checkbox', { name: /Utfärdat .* Giltigt$/ }).check();
  await share.getByRole('checkbox', { name: 'Visa mina handledningstimmar' }).check();
  await expect(create).toBeEnabled();
  await create.click();

  const address = await share.getByLabel('Delningslänk', { exact: true }).inputValue();
  expect(address).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  await expect(share.locator('.links li').first()).toContainText('och dina handledningstimmar');

  const employer = await (await browser.newContext()).newPage();
  await employer.goto(address);
  await expect(employer.getByRole('heading', { level: 1 })).toContainText(HOLDER.name);
  await expect(employer.getByText('Innehavaren har valt att visa 1 intyg och sina handledningstimmar.')).toBeVisible();
  await expect(employer.locator('section.card').filter({ has: employer.getByRole('status') })).toHaveCount(1);
  await expect(employer.getByRole('status')).toHaveText('Giltigt');
  await expect(employer.getByRole('heading', { level: 2, name: 'Handledning' })).toBeVisible();
  await expect(employer.getByText(/^Sammanlagt [\d,]+ timmar handledning vid \d+ tillfä/)).toBeVisible();
  // No group names or other members.
  expect(await employer.content()).not.toContain('Handledning Borås');
  expect(await employer.content()).not.toContain('Örjan Ängström');

  // She revokes it: the page is gone.
  await share.getByRole('button', { name: /^Ta bort länken/ }).first().click();
  await expect(share.getByText('Länken är borttagen och slutar fungera.')).toBeVisible();
  await employer.reload();
  await expect(employer.getByText('Länken finns inte eller har dragits tillbaka.')).toBeVisible();
});
