import { expect, test, type Browser, type Page } from './support/test';
import { signIn } from './support/demo';

/** The demo's supervision group: the finished Borås cohort, supervised by its course leader. */
const SUPERVISOR = 'hakan.strom@example.org';
// Not Elin Åberg, whom the GDPR spec erases.
const MEMBER = { email: 'orjan.angstrom@example.org', name: 'Örjan Ängström' };
const ABSENT = 'Nils Österlund';

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** "4,5 h" as 4.5. */
async function totalHours(page: Page): Promise<number> {
  const text = (await page.getByTestId('supervision-total-hours').textContent()) ?? '';
  return Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
}

test('a supervisor records a session with attendance and the member sees it with its hours', async ({ browser }) => {
  const member = await as(browser, MEMBER.email);
  await member.goto('/training/supervision');
  const mySupervision = member.getByRole('region', { name: 'Min handledning' });
  await expect(mySupervision.getByTestId('supervision-total-hours')).toBeVisible();
  const before = await totalHours(member);
  expect(before).toBeGreaterThan(0);

  const supervisor = await as(browser, SUPERVISOR);
  await supervisor.getByRole('link', { name: 'Handledning' }).click();
  await expect(supervisor.getByRole('heading', { level: 1, name: 'Handledning' })).toBeVisible();
  const group = supervisor.getByRole('region', { name: 'Handledning Borås' });
  const place = `Rum ${Date.now()}`;
  await group.getByLabel('Starttid').fill('18:00');
  await group.getByLabel('Längd (minuter)').fill('120');
  await group.getByLabel('Plats (frivillig)').fill(place);
  await expect(group.getByRole('checkbox', { name: MEMBER.name })).toBeChecked();
  await group.getByRole('checkbox', { name: ABSENT }).uncheck();
  // Everyone ticked but the one absent (a member erased by another spec has left the group).
  const members = await group.getByRole('checkbox').count();
  await group.getByRole('button', { name: 'Spara träffen' }).click();
  await expect(group.getByRole('status').filter({ hasText: /Träffen .* är registrerad/ })).toBeVisible();
  await expect(group.getByRole('listitem').filter({ hasText: place })).toContainText(`${members - 1} av ${members} närvarande`);

  await member.reload();
  const session = member.getByRole('listitem').filter({ hasText: place });
  await expect(session).toContainText('120 min');
  await expect(session).toContainText('Närvarande');
  await expect(member.getByTestId('supervision-total-hours')).toHaveText(`${String(before + 2).replace('.', ',')} h`);

  const reflection = session.getByLabel('Din reflektion (bara du ser den)');
  await expect(session.getByText('Skriv inte om patienter eller andra personer som kan kännas igen.')).toBeVisible();
  await reflection.fill('Jag tar med mig att be om stöd i tid.');
  await session.getByRole('button', { name: /Spara reflektionen/ }).click();
  await expect(session.getByText('Reflektionen är sparad.')).toBeVisible();
  await member.reload();
  await expect(member.getByRole('listitem').filter({ hasText: place }).getByLabel('Din reflektion (bara du ser den)')).toHaveValue('Jag tar med mig att be om stöd i tid.');
});
