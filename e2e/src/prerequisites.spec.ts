import { expect, type Page, test } from './support/test';
import { DEMO, signIn } from './support/demo';
import { mailTo } from './support/outbox';

const BASE_TITLE = 'Grundutbildning för peer supporter';
const MISSING = `Kräver giltigt intyg: ${BASE_TITLE}`;

/** The newest invitation link mailed to `email`; mail goes out through the job queue, so it may take a moment. */
async function invitationLink(email: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/.exec(mailTo(email).at(-1)?.text ?? '')?.[0];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no invitation link was mailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The leader creates a cohort of the course and lands on its page. */
async function newCohort(page: Page, name: string, course: string): Promise<void> {
  await page.goto('/cohorts');
  await page.getByLabel('Namn på kullen').fill(name);
  await page.getByLabel('Kurs', { exact: true }).selectOption({ label: course });
  await expect(page.getByLabel('Kursplanens version')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Skapa kull' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function invite(page: Page, name: string, email: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Bjud in en deltagare' });
  await form.getByLabel('Namn').fill(name);
  await form.getByLabel('E-post').fill(email);
  await form.getByRole('button', { name: 'Bjud in' }).click();
  await expect(page.getByRole('status').filter({ hasText: `En inbjudan till ${name} (${email}) är skickad.` })).toBeVisible();
}

test('a module that requires the base course says so on her invitation, on her training and in the leader’s matrix', async ({ page, browser }) => {
  const stamp = Date.now();
  const email = `modul.${stamp}@example.org`;
  const base = `Grundkurs ${stamp}`;
  const module = `Psykosmodul ${stamp}`;
  await signIn(page, DEMO.leader.email);

  // She gets an account through a base-course invitation, then is invited to the module.
  await newCohort(page, base, BASE_TITLE);
  await invite(page, 'Mira Modul', email);
  const person = await (await browser.newContext()).newPage();
  await person.goto(new URL(await invitationLink(email)).pathname);
  await person.getByLabel('Välj lösenord').fill('miras eget långa lösenord');
  await person.getByLabel('Upprepa lösenordet').fill('miras eget långa lösenord');
  await person.getByRole('button', { name: 'Skapa konto och tacka ja' }).click();
  await expect(person.getByRole('heading', { level: 1, name: 'Min utbildning' })).toBeVisible();

  await newCohort(page, module, 'Fördjupning: psykos');
  await invite(page, 'Mira Modul', email);
  // The leader is told nothing about what she holds.
  await expect(page.getByText('Kräver giltigt intyg')).toHaveCount(0);

  await person.reload();
  const invitations = person.getByRole('region', { name: 'Inbjudningar' });
  await expect(invitations).toContainText(`Kursen kräver ett giltigt intyg: ${BASE_TITLE}. Du har inget giltigt intyg än`);
  await invitations.getByRole('button', { name: `Tacka ja ${module}` }).click();
  await expect(person.getByRole('status').filter({ hasText: `Du är nu med i kullen ${module}.` })).toBeVisible();

  // Her own page lists the prerequisite with what is missing.
  const enrolment = person.getByRole('article', { name: module });
  await expect(enrolment.getByRole('heading', { level: 3, name: 'Förkunskapskrav' })).toBeVisible();
  await expect(enrolment).toContainText(MISSING);

  // The leader's matrix has the prerequisite as a column, with the reason in the cell.
  await page.getByRole('link', { name: 'Översikt över kraven' }).click();
  const matrix = page.getByRole('region', { name: 'Deltagare och krav' });
  await expect(matrix.getByRole('columnheader', { name: `Förkunskapskrav: ${BASE_TITLE}` })).toBeVisible();
  await expect(matrix.getByRole('row').filter({ hasText: 'Mira Modul' })).toContainText(MISSING);
});
