import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { DEMO, signIn, DEMO_PASSWORD } from './support/demo';

// A trainee no other end-to-end test uses: she is erased for good here.
const TRAINEE = { email: 'elin.aberg@example.org', name: 'Elin Åberg' };

test('a trainee downloads her data and asks for erasure; an administrator erases her; she can no longer sign in', async ({ browser }, testInfo) => {
  const trainee = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(trainee, TRAINEE.email);
  await trainee.goto('/training/my-data');
  const myData = trainee.getByRole('region', { name: 'Mina uppgifter', exact: true });
  await expect(myData).toBeVisible();

  // The export: a JSON file with her own account and her enrolment.
  const [download] = await Promise.all([trainee.waitForEvent('download'), myData.getByRole('link', { name: 'Ladda ned (JSON)' }).click()]);
  const file = testInfo.outputPath('mina-uppgifter.json');
  await download.saveAs(file);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(data.account).toEqual(expect.objectContaining({ name: TRAINEE.name, email: TRAINEE.email }));
  expect(data.enrolments.map((e: { cohortName: string }) => e.cohortName)).toContain('Grundutbildning Borås');

  // The readable version opens as a page of its own.
  const [readable] = await Promise.all([trainee.waitForEvent('popup'), myData.getByRole('link', { name: 'Öppna läsbar version' }).click()]);
  await expect(readable.getByRole('heading', { level: 1, name: 'Mina uppgifter i PEER Academy' })).toBeVisible();
  await expect(readable.getByText(TRAINEE.name)).toBeVisible();
  await readable.close();

  // Asking takes a confirm step.
  await myData.getByRole('button', { name: 'Begär radering' }).click();
  await expect(myData.getByText('Vill du verkligen begära radering?')).toBeVisible();
  await myData.getByRole('button', { name: 'Ja, begär radering' }).click();
  await expect(myData.getByRole('status')).toHaveText('Din begäran om radering är mottagen.');
  await expect(myData.getByRole('button', { name: 'Ta tillbaka begäran' })).toBeVisible();

  // The administrator finds the request and carries it out in two steps.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.email);
  await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Radering', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Begäranden om radering' })).toBeVisible();
  const row = admin.getByRole('row').filter({ hasText: TRAINEE.email });
  await row.getByRole('button', { name: /^Radera …/ }).click();
  await row.getByRole('button', { name: `Radera ${TRAINEE.name} för gott` }).click();
  await expect(admin.getByRole('status')).toHaveText(/Raderat\. Kontot heter nu Raderad deltagare [0-9A-F]{4}\./);
  await expect(admin.getByText('Inga begäranden väntar.')).toBeVisible();
  await expect(admin.getByText(TRAINEE.email)).toHaveCount(0);

  // Her session is gone, and her password no longer lets her in.
  const again = await (await browser.newContext()).newPage();
  await again.goto('/login');
  await again.getByLabel('E-post').fill(TRAINEE.email);
  await again.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await again.getByRole('button', { name: 'Logga in' }).click();
  await expect(again.getByText('Fel e-postadress eller lösenord.')).toBeVisible();
  await trainee.reload();
  await expect(trainee).toHaveURL(/\/login/);
});
