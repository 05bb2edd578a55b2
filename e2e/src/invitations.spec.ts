import { expect, type Page, test } from './support/test';
import { DEMO, signIn } from './support/demo';
import { mailTo } from './support/outbox';

/** A demo trainee no other end-to-end test uses. */
const TRAINEE = { email: 'soren.ekstrom@example.org', name: 'Sören Ekström' };

/** The newest invitation link mailed to `email`; mail goes out through the job queue, so it may take a moment. */
async function invitationLink(email: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = mailTo(email).at(-1);
    const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no invitation link was mailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The leader creates a cohort of her own and lands on its page. */
async function newCohort(page: Page, name: string): Promise<void> {
  await page.goto('/cohorts');
  await expect(page.getByRole('heading', { level: 1, name: 'Kullar' })).toBeVisible();
  await page.getByLabel('Namn på kullen').fill(name);
  await page.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Grundutbildning för peer supporter' });
  // The course's newest version is chosen for her.
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

test('a new person invited by a leader sets her own password from the mailed link and lands on her training', async ({ page, browser }) => {
  const cohort = `Inbjudningar ${Date.now()}`;
  const email = `ny.inbjuden.${Date.now()}@example.org`;
  await signIn(page, DEMO.leader.email);
  await newCohort(page, cohort);
  await invite(page, 'Nora Felstavad', email);
  const invited = page.getByRole('region', { name: 'Inbjudna' });
  await expect(invited.getByRole('row', { name: /Nora Felstavad/ })).toContainText('Inbjuden');
  await expect(page.getByText('Inga deltagare är inskrivna än.')).toBeVisible();

  const link = await invitationLink(email);
  const person = await (await browser.newContext()).newPage();
  await person.goto(new URL(link).pathname);
  await expect(person.getByRole('heading', { level: 1, name: `Inbjudan till ${cohort}` })).toBeVisible();
  await expect(person.getByLabel('Ditt namn')).toHaveValue('Nora Felstavad');
  await person.getByLabel('Ditt namn').fill('Nora Rättstavad');
  await person.getByLabel('Välj lösenord').fill('noras eget långa lösenord');
  await person.getByLabel('Upprepa lösenordet').fill('noras eget långa lösenord');
  await person.getByRole('button', { name: 'Skapa konto och tacka ja' }).click();
  await expect(person.getByRole('heading', { level: 1, name: 'Min utbildning' })).toBeVisible();
  await expect(person.getByText(cohort).first()).toBeVisible();

  // The link works once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(new URL(link).pathname);
  await expect(again.getByRole('alert').filter({ hasText: 'Länken gäller inte längre.' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Deltagare' }).getByRole('rowheader', { name: 'Nora Rättstavad' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inbjudna' })).toHaveCount(0);
});

test('an existing trainee accepts an invitation from her own page and the leader then sees her enrolled', async ({ page, browser }) => {
  const cohort = `Fortsättning ${Date.now()}`;
  await signIn(page, DEMO.leader.email);
  await newCohort(page, cohort);
  // The leader types a name of her own; the registered one is not shown before the trainee accepts.
  await invite(page, 'Sören E', TRAINEE.email);
  await expect(page.getByRole('region', { name: 'Inbjudna' }).getByRole('row', { name: /Sören E/ })).toContainText('Inbjuden');
  await expect(page.getByText(TRAINEE.name, { exact: true })).toHaveCount(0);

  const trainee = await (await browser.newContext()).newPage();
  await signIn(trainee, TRAINEE.email);
  await trainee.goto('/training');
  const invitations = trainee.getByRole('region', { name: 'Inbjudningar' });
  await expect(invitations).toContainText(cohort);
  await invitations.getByRole('button', { name: `Tacka ja ${cohort}` }).click();
  await expect(trainee.getByRole('status').filter({ hasText: `Du är nu med i kullen ${cohort}.` })).toBeVisible();
  await expect(trainee.getByRole('region', { name: 'Inbjudningar' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Deltagare' }).getByRole('rowheader', { name: TRAINEE.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inbjudna' })).toHaveCount(0);
});
