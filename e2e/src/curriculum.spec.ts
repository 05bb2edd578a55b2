import { expect, test } from './support/test';
import { DEMO, signIn } from './support/demo';

test('shows the base course with its twelve days in Swedish and in English', async ({ page }) => {
  await signIn(page, DEMO.trainee.email);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kursplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kursplan' })).toBeVisible();
  await page.getByRole('link', { name: 'Grundutbildning för peer supporter' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grundutbildning för peer supporter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kursdagar' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Dag \d+:/ })).toHaveCount(12);
  const day1 = page.getByRole('button', { name: 'Dag 1: Introduktion: peer support och återhämtning' });
  await day1.click();
  await expect(day1).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Rollspel', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Studiebesök', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Base course for peer supporters');
  await expect(page.getByRole('heading', { level: 2, name: 'Course days' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Day 1: Introduction: peer support and recovery' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Day \d+:/ })).toHaveCount(12);
  await expect(page.getByRole('heading', { level: 2, name: 'Completion requirements' })).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
});

test('the national administrator sees what publishing would do before anything is published', async ({ page }) => {
  await signIn(page, DEMO.national.email);
  await page.goto('/curriculum');
  await page.getByRole('link', { name: 'Publicera ändringar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Publicera kursplanen' })).toBeVisible();
  // The demo published the shipped curriculum as it is: nothing is waiting.
  await expect(page.getByText('Alla kurser är publicerade som de ser ut nu. Det finns inget nytt att publicera.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Publicera \(/ })).toHaveCount(0);
});

test("an organisation's own module is offered to its own people only, and its administrator publishes it", async ({ browser }) => {
  const skane = await browser.newPage();
  await signIn(skane, DEMO.skaneAdmin.email);
  await skane.goto('/curriculum');
  const module = skane.getByRole('listitem').filter({ has: skane.getByRole('heading', { level: 2, name: 'Fördjupning: rättspsykiatri' }) });
  await expect(module.getByText('Regional modul – NSPH Skåne')).toBeVisible();
  await expect(skane.getByRole('heading', { level: 2, name: 'Fördjupning: psykos' })).toBeVisible();
  await skane.getByRole('link', { name: 'Publicera organisationens moduler' }).click();
  await expect(skane.getByRole('heading', { level: 1, name: 'Publicera organisationens moduler' })).toBeVisible();
  // The demo published NSPH Skåne's module as it is shipped.
  await expect(skane.getByText('Alla kurser är publicerade som de ser ut nu. Det finns inget nytt att publicera.')).toBeVisible();
  await skane.close();

  const goteborg = await browser.newPage();
  await signIn(goteborg, DEMO.leader.email);
  await goteborg.goto('/curriculum');
  await expect(goteborg.getByRole('heading', { level: 2, name: 'Fördjupning: psykos' })).toBeVisible();
  await expect(goteborg.getByRole('heading', { level: 2, name: 'Fördjupning: rättspsykiatri' })).toHaveCount(0);
  await goteborg.close();
});
