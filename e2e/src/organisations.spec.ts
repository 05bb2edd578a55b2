import { expect, type Page, test } from './support/test';
import { DEMO, signIn } from './support/demo';

/** Signs in with a temporary password and chooses an own one; lands on the home page. */
async function firstSignIn(page: Page, email: string, temporary: string, name: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(temporary);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeVisible();
  await page.getByLabel('Nuvarande lösenord').fill(temporary);
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett eget långt lösenord');
  await page.getByLabel('Upprepa det nya lösenordet').fill('ett eget långt lösenord');
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Välkommen, ${name}`);
}

test('the national administrator creates an organisation, whose administrator creates a leader and a cohort that no other organisation sees', async ({ page, browser }) => {
  const stamp = Date.now();
  const organisation = `NSPH Halland ${stamp}`;
  const admin = { name: 'Hedvig Hallberg', email: `hedvig.${stamp}@example.org` };
  const leader = { name: 'Love Lindqvist', email: `love.${stamp}@example.org` };
  const cohort = `Grundutbildning Halmstad ${stamp}`;

  await signIn(page, DEMO.national.email);
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(menu.getByRole('link', { name: 'Kullar', exact: true })).toHaveCount(0);
  await menu.getByRole('link', { name: 'Organisationer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'NSPH Skåne' })).toBeVisible();
  await page.getByLabel('Namn', { exact: true }).fill(organisation);
  await page.getByLabel('Kortnamn').fill(`halland-${stamp}`);
  await page.getByLabel('Administratörens namn').fill(admin.name);
  await page.getByLabel('Administratörens e-post').fill(admin.email);
  await page.getByRole('button', { name: 'Skapa organisation' }).click();
  const adminPassword = await page.getByLabel(`Tillfälligt lösenord för ${admin.name}`).inputValue();
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: organisation }) })).toContainText(admin.email);

  // A second administrator, so the organisation keeps one when the first leaves.
  const second = { name: 'Hugo Hallin', email: `hugo.${stamp}@example.org` };
  await page.getByRole('button', { name: `Lägg till administratör för ${organisation}` }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Lägg till administratör för ${organisation}` })).toBeFocused();
  const adding = page.locator('#add-administrator-region');
  await adding.getByLabel('Namn').fill(second.name);
  await adding.getByLabel('E-post').fill(second.email);
  await adding.getByRole('button', { name: 'Lägg till' }).click();
  await expect(page.getByLabel(`Tillfälligt lösenord för ${second.name}`)).toHaveValue(/^[A-Za-z0-9_-]{16}$/);
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: organisation }) })).toContainText(second.email);

  // Her administrator signs in, creates a course leader and a cohort the leader leads.
  const hedvig = await (await browser.newContext()).newPage();
  await firstSignIn(hedvig, admin.email, adminPassword, admin.name);
  await hedvig.goto('/admin/users');
  await expect(hedvig.getByRole('rowheader', { name: DEMO.trainee.name })).toHaveCount(0);
  await hedvig.getByLabel('Namn').fill(leader.name);
  await hedvig.getByLabel('E-post').fill(leader.email);
  await hedvig.getByRole('radio', { name: 'Kursledare' }).check();
  await hedvig.getByRole('button', { name: 'Skapa konto' }).click();
  const leaderPassword = await hedvig.getByLabel('Tillfälligt lösenord', { exact: true }).inputValue();
  await hedvig.getByRole('button', { name: 'Klar' }).click();

  await hedvig.goto('/cohorts');
  await expect(hedvig.getByRole('link', { name: 'Grundutbildning Göteborg' })).toHaveCount(0);
  await hedvig.getByLabel('Namn på kullen').fill(cohort);
  await hedvig.getByLabel('Kurs', { exact: true }).selectOption({ label: 'Grundutbildning för peer supporter' });
  await expect(hedvig.getByLabel('Kursplanens version')).not.toHaveValue('');
  // Only her own organisation's leaders are offered.
  await expect(hedvig.getByRole('checkbox', { name: 'Eva Kärrlund' })).toHaveCount(0);
  await hedvig.getByRole('checkbox', { name: leader.name }).check();
  await hedvig.getByRole('button', { name: 'Skapa kull' }).click();
  await expect(hedvig.getByRole('heading', { level: 1, name: cohort })).toBeVisible();

  const love = await (await browser.newContext()).newPage();
  await firstSignIn(love, leader.email, leaderPassword, leader.name);
  await love.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kullar', exact: true }).click();
  await expect(love.getByRole('link', { name: cohort, exact: true })).toBeVisible();

  // Another organisation's administrator sees nothing of it.
  const ylva = await (await browser.newContext()).newPage();
  await signIn(ylva, DEMO.admin.email);
  await ylva.goto('/cohorts');
  await expect(ylva.getByRole('link', { name: 'Grundutbildning Göteborg' }).first()).toBeVisible();
  await expect(ylva.getByRole('link', { name: cohort, exact: true })).toHaveCount(0);
  await ylva.goto('/admin/users');
  await expect(ylva.getByRole('rowheader', { name: DEMO.trainee.name })).toBeVisible();
  await expect(ylva.getByRole('rowheader', { name: leader.name })).toHaveCount(0);
});

test("an organisation's administrator gives its certificates a logo and names who signs them", async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Logotyp och undertecknare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intygens logotyp och undertecknare' })).toBeVisible();
  // The demo names NSPH Göteborg's director.
  await expect(page.getByText('Intygen undertecknas av Ylva Sjöberg, verksamhetsledare.')).toBeVisible();
  await page.getByLabel('Titel').fill('ordförande');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Sparat. Nya intyg undertecknas av Ylva Sjöberg, ordförande.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Intygen undertecknas av Ylva Sjöberg, ordförande.')).toBeVisible();

  // A logo of its own, shown at once and served where its credentials name it.
  await expect(page.getByText('Ingen egen logotyp.', { exact: false })).toBeVisible();
  // A PNG as a designer's tool would save it: drawn on a canvas, 8-bit RGBA.
  const png = await page.evaluate(() => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 240, height: 80 });
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#2e6b5e';
    context.fillRect(0, 0, 240, 80);
    return canvas.toDataURL('image/png').split(',')[1] as string;
  });
  await page.getByLabel('Välj en bild').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await expect(page.getByText('Logotypen är sparad. Nya intyg får den.')).toBeVisible();
  const logo = page.getByRole('img', { name: 'Organisationens logotyp' });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
  await page.getByRole('button', { name: 'Ta bort logotypen' }).click();
  await expect(page.getByText('Logotypen är borttagen.')).toBeVisible();

  // Put back as the demo has it, for the tests that follow.
  await page.getByLabel('Titel').fill('verksamhetsledare');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Sparat. Nya intyg undertecknas av Ylva Sjöberg, verksamhetsledare.')).toBeVisible();
});
