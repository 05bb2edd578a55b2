import { expect, test, type Browser, type Page } from './support/test';
import { signIn } from './support/demo';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailTo } from './support/outbox';
import { pdfText } from './support/pdf';

const root = join(__dirname, '..', '..');

/** The demo's peer supporter whose base certificate ends within 90 days, and her leader and supervisor. */
const LEADER = 'pia.sundberg@example.org';
const HOLDER = { email: 'signe.lovgren@example.org', name: 'Signe Lövgren' };

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

function verifyUrl(text: string): string {
  const url = /https?:\/\/\S+\/verify\/[a-km-z2-9]{32}/.exec(text)?.[0];
  if (!url) throw new Error(`no verify address in: ${text}`);
  return url;
}

test('a certificate near its end: the reminder, supervision, the refresher, the renewal, and what an employer sees', async ({ browser }, testInfo) => {
  // The daily reminder run has mailed her, naming the certificate's end date.
  await expect.poll(() => mailTo(HOLDER.email).map((m) => m.subject), { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^Ditt intyg går ut den \d{4}-\d{2}-\d{2}$/));
  const reminder = mailTo(HOLDER.email).find((m) => m.subject.startsWith('Ditt intyg går ut')) as { text: string };
  const oldUrl = verifyUrl(reminder.text);

  // Her leader sees the certificate among those expiring soon; renewal still lacks the refresher and an hour of supervision.
  const leader = await as(browser, LEADER);
  await leader.getByRole('link', { name: 'Intyg som snart går ut' }).click();
  await expect(leader.getByRole('heading', { level: 1, name: 'Intyg som snart går ut' })).toBeVisible();
  const card = leader.getByRole('listitem').filter({ has: leader.getByRole('heading', { level: 2, name: HOLDER.name }) });
  await card.getByRole('button', { name: /Visa förnyelse/ }).click();
  await expect(card.getByText(/9 av 10 handledningstimmar/)).toBeVisible();
  await expect(card.getByRole('button', { name: /Förnya intyget/ })).toHaveCount(0);

  // As her supervisor, the leader records this month's group supervision.
  await leader.getByRole('link', { name: 'Handledning' }).click();
  const group = leader.getByRole('region', { name: 'Handledning Lund' });
  await group.getByLabel('Starttid').fill('17:30');
  await group.getByLabel('Längd (minuter)').fill('90');
  await expect(group.getByRole('checkbox', { name: HOLDER.name })).toBeChecked();
  await group.getByRole('button', { name: 'Spara träffen' }).click();
  await expect(group.getByRole('status').filter({ hasText: /Träffen .* är registrerad/ })).toBeVisible();

  // She has done the refresher day: the leader certifies it.
  await leader.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await leader.getByRole('link', { name: 'Uppdatering Lund' }).first().click();
  await leader.getByRole('link', { name: 'Intyg', exact: true }).first().click();
  await leader.getByRole('button', { name: `Certifiera ${HOLDER.name}` }).click();
  await expect(leader.getByRole('heading', { level: 3, name: new RegExp(`${HOLDER.name}.*Giltigt`) })).toBeVisible();

  // Now every renewal requirement is met, and the leader renews.
  await leader.goto('/certificates/expiring');
  const ready = leader.getByRole('listitem').filter({ has: leader.getByRole('heading', { level: 2, name: HOLDER.name }) });
  await ready.getByRole('button', { name: /Visa förnyelse/ }).click();
  await expect(ready.getByText(/10,5 av 10 handledningstimmar/)).toBeVisible();
  await ready.getByRole('button', { name: `Förnya intyget för ${HOLDER.name}` }).click();
  const notice = leader.getByRole('status').filter({ hasText: `Intyget för ${HOLDER.name} är förnyat.` });
  await expect(notice).toBeVisible();
  const newUrl = (await notice.getByRole('link', { name: 'Kontrollera det nya intyget' }).getAttribute('href')) as string;
  expect(newUrl).not.toBe(oldUrl);
  await expect(leader.getByRole('heading', { level: 2, name: HOLDER.name })).toHaveCount(0);

  // An employer, without an account: the new certificate is valid and tells its history; the old one says it was renewed.
  const employer = await (await browser.newContext()).newPage();
  await employer.goto(`${new URL(newUrl).pathname}?lang=sv`);
  await expect(employer.getByText('Giltigt', { exact: true })).toBeVisible();
  await expect(employer.getByText(/Först utfärdat \d{4}-\d{2}-\d{2}, förnyat \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await employer.goto(`${new URL(oldUrl).pathname}?lang=sv`);
  await expect(employer.getByText(/Förnyat – ersatt av ett nyare intyg/)).toBeVisible();

  // Both PDFs check out offline against their own issuer's published key: the old one, from before
  // organisations, against the installation's issuer; the renewal against NSPH Skåne's.
  const holder = await as(browser, HOLDER.email);
  const { certificates } = (await (await holder.request.get('/api/me/certificates')).json()) as { certificates: { id: string; verifyUrl: string }[] };
  const checks = [
    { url: oldUrl, issuer: 'PEER Academy', key: /signed with https?:\/\/\S+\/issuer\/keys\/k-/ },
    { url: newUrl, issuer: 'NSPH Skåne', key: /signed with https?:\/\/\S+\/issuers\/nsph-skane\/keys\/k-/ },
  ];
  for (const [i, expected] of checks.entries()) {
    const certificate = certificates.find((c) => c.verifyUrl === expected.url);
    expect(certificate).toBeDefined();
    const file = testInfo.outputPath(`intyg-${i}.pdf`);
    writeFileSync(file, await (await holder.request.get(`/api/certificates/${certificate?.id}/pdf`)).body());
    expect(await pdfText(file)).toContain(expected.issuer);
    const check = execFileSync(process.execPath, [join(root, 'dist', 'apps', 'api', 'cli.js'), 'certificate:verify', file], { encoding: 'utf8' });
    expect(check).toMatch(/^VALID/);
    expect(check).toContain(`issuer      ${expected.issuer}`);
    expect(check).toMatch(expected.key);
  }
});
