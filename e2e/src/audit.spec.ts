import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { DEMO, signIn } from './support/demo';

const TRAINEE = { email: 'karin.froding@example.org', name: 'Karin Fröding' };

test('an administrator follows who read a trainee’s data, and the trainee sees who it was', async ({ page, browser }) => {
  test.setTimeout(60_000);
  // The leader opens the cohort: its roster names every trainee of it.
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, DEMO.leader.email);
  await leader.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await leader.getByRole('link', { name: 'Grundutbildning Göteborg' }).first().click();
  await expect(leader.getByRole('heading', { level: 1, name: 'Grundutbildning Göteborg' })).toBeVisible();
  await expect(leader.getByText(TRAINEE.name).first()).toBeVisible();

  await signIn(page, DEMO.admin.email);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Händelser' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  // Everything that touched the trainee's data.
  await page.getByLabel('Person vars uppgifter det gäller').selectOption({ label: `${TRAINEE.name} (${TRAINEE.email})` });
  await expect(page).toHaveURL(/person=/);
  const rosterRow = table.getByRole('row').filter({ hasText: 'Visade kullens deltagarlista' }).filter({ hasText: DEMO.leader.name });
  await expect(rosterRow.first()).toBeVisible();
  await expect(rosterRow.first()).toContainText(TRAINEE.name);

  // Only one kind of action, for that person.
  await page.getByLabel('Händelse', { exact: true }).selectOption({ label: 'Visade kullens deltagarlista' });
  await expect(page).toHaveURL(/action=cohort.roster.view/);
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toContainText('Visade kullens deltagarlista');
  for (const text of await rows.allTextContents()) expect(text).toContain('Visade kullens deltagarlista');
  await expect(table).not.toContainText('Visade användarlistan');

  // The filters survive a reload.
  await page.reload();
  await expect(page.getByLabel('Händelse', { exact: true })).toHaveValue('cohort.roster.view');
  await expect(rows.first()).toContainText(DEMO.leader.name);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ned CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('audit.csv');
  const csv = readFileSync((await download.path()) as string, 'utf8');
  expect(csv.startsWith('\uFEFF"Tidpunkt";"Utförd av";"Roll";"Händelse";"Gäller";"Id";"Personer"')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n').slice(1);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toContain('"cohort.roster.view"');
  expect(lines.join('\n')).toContain(`"${DEMO.leader.name}";"course_leader"`);
  expect(lines.join('\n')).toContain(TRAINEE.name);

  // The trainee sees the leader (and the administrator who looked her up) on her own page.
  const trainee = await (await browser.newContext()).newPage();
  await signIn(trainee, TRAINEE.email);
  await trainee.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min utbildning', exact: true }).click();
  await trainee.getByRole('navigation', { name: 'Delar av min utbildning' }).getByRole('link', { name: 'Integritet' }).click();
  const whoViewed = trainee.locator('section').filter({ has: trainee.getByRole('heading', { level: 2, name: 'Vem har sett mina uppgifter' }) });
  const leaderRow = whoViewed.getByRole('row').filter({ hasText: DEMO.leader.name }).filter({ hasText: 'Visade kullens deltagarlista' });
  await expect(leaderRow.first()).toContainText('Kursledare');
  await expect(whoViewed.getByRole('row').filter({ hasText: DEMO.admin.name }).filter({ hasText: 'Exporterade granskningsloggen (CSV)' }).first()).toContainText('Utbildningsansvarig');
  await expect(whoViewed).not.toContainText(TRAINEE.name);
});
