import { expect, type Locator, type Page, test } from './support/test';
import { confirmationLink } from './support/outbox';
import { DEMO, signIn } from './support/demo';

const TRAINEE = { email: 'ingrid.nystrom@example.org', name: 'Ingrid Nyström' };

async function missingCount(page: Page): Promise<number> {
  await page.goto('/training');
  const missing = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Det här saknas' }) }).first();
  await expect(missing).toBeVisible();
  return missing.getByRole('listitem').count();
}

async function registerVisit(page: Page, requirement: RegExp, unit: string, host: string): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrera studiebesöket' }) });
  const select = form.getByLabel('Studiebesök enligt kursplanen');
  const option = (await select.locator('option').allTextContents()).find((text) => requirement.test(text));
  await select.selectOption({ label: option as string });
  await form.getByLabel('Enhetens namn').fill(unit);
  await form.getByLabel('Organisation').fill('Sahlgrenska universitetssjukhuset');
  await form.getByLabel('Datum').fill('2026-01-20');
  await form.getByLabel('Timmar').fill('3,5');
  await form.getByLabel('Värdens e-post').fill(host);
  await form.getByRole('button', { name: 'Registrera studiebesöket' }).click();
  await expect(page.getByRole('heading', { level: 4, name: new RegExp('Väntar på värden') }).first()).toBeVisible();
}

async function reflect(visit: Locator): Promise<void> {
  const answers = visit.getByRole('textbox');
  await expect(answers.first()).toBeVisible();
  for (let i = 0; i < (await answers.count()); i++) await answers.nth(i).fill('Jag såg hur teamet samarbetar med patienten i centrum.');
  await visit.getByRole('button', { name: 'Lämna in reflektionen' }).click();
  await expect(visit.getByRole('heading', { level: 4 })).toContainText('Reflektion inlämnad');
}

/** The host's page from the newest link mailed to her, showing the visit as the trainee registered it. */
async function openHostLink(host: Page, address: string): Promise<void> {
  await host.goto(await confirmationLink(address));
  await expect(host.getByText(TRAINEE.name)).toBeVisible();
  await expect(host.getByText('3,5 / 3.5')).toBeVisible();
}

/** Sends the answer chosen on the host's page; the link then works no more. */
async function sendHostAnswer(host: Page, address: string): Promise<void> {
  await host.getByRole('button', { name: 'Skicka svaret / Send the answer' }).click();
  await expect(host.getByRole('heading', { level: 1 })).toHaveText('Tack! / Thank you!');
  await host.goto(await confirmationLink(address));
  await expect(host.getByRole('heading', { level: 1 })).toContainText('Länken är redan använd');
}

test('study visits confirmed by the host and approved, and a signed role-play, shrink what is missing', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, TRAINEE.email);
  const before = await missingCount(page);
  await page.getByRole('navigation', { name: 'Delar av min utbildning' }).getByRole('link', { name: 'Rollspel och studiebesök' }).click();

  await registerVisit(page, /heldygnsvård|inpatient/i, 'Avdelning 12, psykosvård', 'vard12@example.org');
  await registerVisit(page, /öppenvård|outpatient/i, 'Psykiatrimottagning Hisingen', 'mottagning@example.org');

  // One host says the visit was shorter, and its hours count; the other confirms as registered.
  const host = await (await browser.newContext()).newPage();
  await openHostLink(host, 'vard12@example.org');
  await host.getByRole('radio', { name: /timmarna var andra/ }).check();
  await host.getByRole('button', { name: 'Skicka svaret / Send the answer' }).click();
  await expect(host.getByRole('alert')).toContainText('Ange rätt antal timmar');
  await host.getByLabel('Rätt antal timmar / The right number of hours').fill('2,5');
  await sendHostAnswer(host, 'vard12@example.org');
  await openHostLink(host, 'mottagning@example.org');
  await sendHostAnswer(host, 'mottagning@example.org');

  await page.reload();
  const corrected = page.locator('li.visit').filter({ hasText: 'Avdelning 12' });
  await expect(corrected).toContainText('2,5 tim');
  await expect(corrected).toContainText('värden angav andra timmar än du: du angav 3,5 tim');
  for (const unit of ['Avdelning 12', 'Psykiatrimottagning Hisingen']) {
    await reflect(page.locator('li.visit').filter({ hasText: unit }));
  }

  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, DEMO.leader.email);
  await leader.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await leader.getByRole('link', { name: 'Grundutbildning Göteborg' }).first().click();
  await leader.getByRole('link', { name: 'Studiebesök att godkänna' }).first().click();
  await expect(leader.getByRole('heading', { level: 1, name: 'Studiebesök att godkänna' })).toBeVisible();
  const approve = leader.getByRole('button', { name: new RegExp(`^Godkänn.*${TRAINEE.name}`) });
  await expect(approve).toHaveCount(2);
  await approve.first().click();
  await expect(approve).toHaveCount(1);
  await approve.first().click();
  await expect(approve).toHaveCount(0);

  // A role-play observed, marked and signed on the tablet form.
  await leader.goto(leader.url().replace(/\/study-visits$/, ''));
  await leader.getByRole('link', { name: `Observera ${TRAINEE.name}` }).first().click();
  const criteria = leader.getByRole('radiogroup', { name: /^\d+\. / });
  await expect(criteria.first()).toBeVisible();
  for (let i = 0; i < (await criteria.count()); i++) {
    await criteria.nth(i).getByRole('radio', { name: 'Visat', exact: true }).check();
  }
  await leader.getByLabel('Övergripande återkoppling').fill('Du bemötte personen med värme och höll gränsen tydligt.');
  await leader.getByRole('radiogroup', { name: 'Resultat' }).getByRole('radio', { name: 'Godkänd', exact: true }).check();
  await leader.getByRole('button', { name: 'Signera', exact: true }).click();
  await leader.getByRole('button', { name: 'Bekräfta signeringen' }).click();
  await expect(leader.getByText(/Signerad av Eva Kärrlund/)).toBeVisible();

  await page.goto('/training/practice');
  await expect(page.getByText('Du bemötte personen med värme och höll gränsen tydligt.')).toBeVisible();
  expect(await missingCount(page)).toBe(before - 3);
});
