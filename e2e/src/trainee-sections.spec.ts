import { expect, type Page, test } from './support/test';
import { signIn } from './support/demo';

// A trainee no other end-to-end test uses: halfway through the Göteborg cohort, one day made up by an assignment.
const TRAINEE = { email: 'lena.akesson@example.org', name: 'Lena Åkesson' };

/** Each section of her training: the link, its address, its main heading and something only it shows. */
const SECTIONS = [
  { link: 'Översikt', path: '/training', heading: 'Min utbildning', title: 'Min utbildning', shows: ['Det här saknas', 'Nästa steg'] },
  { link: 'Schema och närvaro', path: '/training/schedule', heading: 'Schema och närvaro', title: 'Schema och närvaro – Min utbildning', shows: ['Att ta igen', 'Schema', 'Kalender'] },
  { link: 'Rollspel och studiebesök', path: '/training/practice', heading: 'Rollspel och studiebesök', title: 'Rollspel och studiebesök – Min utbildning', shows: ['Rollspel', 'Studiebesök'] },
  { link: 'Intyg', path: '/training/certificates', heading: 'Intyg', title: 'Intyg – Min utbildning', shows: ['Mina intyg'] },
  { link: 'Handledning', path: '/training/supervision', heading: 'Handledning', title: 'Handledning – Min utbildning', shows: ['Min handledning'] },
  { link: 'Integritet', path: '/training/my-data', heading: 'Integritet', title: 'Integritet – Min utbildning', shows: ['Mina uppgifter', 'Vem har sett mina uppgifter'] },
] as const;

/**
 * No section may grow into the long scroll the single page was (12,450 px on a phone). Measured
 * for this trainee at 390×844: overview 3,376, schedule 4,333 (twelve course days, one card each),
 * practice 3,162, certificates 1,444, supervision 844, privacy 1,381.
 */
const MAX_HEIGHT_ON_PHONE = 4_800;

const sectionNav = (page: Page) => page.getByRole('navigation', { name: 'Delar av min utbildning' });

async function expectSection(page: Page, section: (typeof SECTIONS)[number]): Promise<number> {
  await expect(page).toHaveURL(new RegExp(`${section.path}$`));
  await expect(page.getByRole('heading', { level: 1, name: section.heading, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${section.title} – PEER Academy`);
  await expect(sectionNav(page).getByRole('link', { name: section.link, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(sectionNav(page).locator('[aria-current=page]')).toHaveCount(1);
  for (const heading of section.shows) await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Laddar …' })).toHaveCount(0);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

test.use({ viewport: { width: 390, height: 844 } });

test('a trainee walks her training section by section on a phone, each part short', async ({ page }, testInfo) => {
  await signIn(page, TRAINEE.email);
  await page.getByRole('link', { name: 'Min utbildning', exact: true }).first().click();

  const heights: Record<string, number> = {};
  for (const section of SECTIONS) {
    await sectionNav(page).getByRole('link', { name: section.link, exact: true }).click();
    heights[section.path] = await expectSection(page, section);
  }
  testInfo.annotations.push({ type: 'section heights at 390×844', description: JSON.stringify(heights) });
  console.log('Section heights at 390×844:', heights);
  for (const [path, height] of Object.entries(heights)) expect(height, path).toBeLessThan(MAX_HEIGHT_ON_PHONE);
});

test('each section opens by its own address, and the old content is there', async ({ page }) => {
  await signIn(page, TRAINEE.email);
  for (const section of SECTIONS) {
    await page.goto(section.path);
    await expectSection(page, section);
  }

  // The schedule: her course days with attendance, the day she made up, and her calendar link.
  await page.goto('/training/schedule');
  const schedule = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Schema', exact: true }) });
  await expect(schedule.getByRole('table')).toContainText('Frånvarande (giltig)');
  await expect(page.getByText('Dag 4: ersättningsuppgift godkänd')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skapa kalenderlänk' })).toBeVisible();

  // The overview says what to do next and leads there.
  await page.goto('/training');
  const next = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Nästa steg' }) });
  await next.getByRole('link', { name: 'Schema, närvaro och frånvaroanmälan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schema och närvaro' })).toBeVisible();

  // My data: the export and the erasure request.
  await page.goto('/training/my-data');
  const myData = page.getByRole('region', { name: 'Mina uppgifter', exact: true });
  await expect(myData.getByRole('link', { name: 'Ladda ned (JSON)' })).toBeVisible();
  await expect(myData.getByRole('button', { name: 'Begär radering' })).toBeVisible();
});

test('links to parts of the old single page, and the home page, land on the right section', async ({ page }) => {
  await signIn(page, TRAINEE.email);
  await page.getByRole('link', { name: 'Mina intyg' }).first().click();
  await expectSection(page, SECTIONS[3]);

  await page.goto('/training#my-certificates');
  await expect(page).toHaveURL(/\/training\/certificates#my-certificates$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Intyg', exact: true })).toBeVisible();

  await page.goto('/training#my-data-heading');
  await expect(page).toHaveURL(/\/training\/my-data#my-data-heading$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Integritet', exact: true })).toBeVisible();
});

test('the sections speak English after the switch', async ({ page }) => {
  await signIn(page, TRAINEE.email);
  await page.goto('/training/practice');
  await expect(page.getByRole('heading', { level: 1, name: 'Rollspel och studiebesök' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  const nav = page.getByRole('navigation', { name: 'Parts of my training' });
  await expect(nav.getByRole('link', { name: 'Role-plays and study visits' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Role-plays and study visits' })).toBeVisible();
  await expect(page).toHaveTitle('Role-plays and study visits – My training – PEER Academy');
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My training' })).toBeVisible();
});
