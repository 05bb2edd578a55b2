import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import type { AddAdministratorResponse, CreateOrganisationResponse, OrganisationDto } from '@peer/contract';
import { pageHarness, provideTestTranslations, visibleText } from '@peer/web/shared/testing';
import { organisationsEn } from '../i18n/en';
import { organisationsSv } from '../i18n/sv';
import { OrganisationsPage } from './organisations-page';

const goteborg: OrganisationDto = {
  id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  slug: 'nsph-goteborg',
  name: 'NSPH Göteborg',
  // Late in the evening in Sweden: the day shown is Sweden's, not UTC's.
  createdAt: '2026-01-14T23:30:00.000Z',
  administrators: [
    { id: '7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e', name: 'Ylva Sjöberg', email: 'ylva.sjoberg@example.org' },
    { id: '8c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f', name: 'Omar Haddad', email: 'omar.haddad@example.org' },
  ],
};
const skane: OrganisationDto = {
  id: '9d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a',
  slug: 'nsph-skane',
  name: 'NSPH Skåne',
  createdAt: '2026-03-02T08:00:00.000Z',
  administrators: [{ id: 'ae5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b', name: 'Maja Holm', email: 'maja.holm@example.org' }],
};
const created: CreateOrganisationResponse = {
  organisation: skane,
  administrator: { id: skane.administrators[0].id, name: 'Maja Holm', email: 'maja.holm@example.org', role: 'admin', mustChangePassword: true, active: true, personalIdentity: false },
  temporaryPassword: 'Kp4-tmp-Zx8m',
};
const added: AddAdministratorResponse = {
  administrator: { id: 'bf6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b9c', name: 'Eva Kärrlund', email: 'eva.karrlund@example.org', role: 'admin', mustChangePassword: true, active: true, personalIdentity: false },
  temporaryPassword: 'Qm7-tmp-Rt2w',
};

describe('OrganisationsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: organisationsSv, en: organisationsEn })],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(organisations: OrganisationDto[]) {
    const fixture = TestBed.createComponent(OrganisationsPage);
    // Not whenStable(): the list request keeps the app busy until the test answers it.
    TestBed.tick();
    http.expectOne({ method: 'GET', url: '/api/organisations' }).flush({ organisations });
    const page = pageHarness(fixture);
    await page.settle();
    const input = (id: string) => page.element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    const row = (name: string) => page.allByRole('row').find((r) => visibleText(r.querySelector('th')) === name) as HTMLElement;
    const cells = (name: string) => [...row(name).querySelectorAll('th, td')].map(visibleText);
    return { ...page, input, row, cells, rows: () => page.texts('tbody th') };
  }

  async function fillIn(page: Awaited<ReturnType<typeof open>>, values: { name: string; slug: string; adminName: string; adminEmail: string }) {
    await page.type('Namn', values.name);
    await page.type('Kortnamn', values.slug);
    await page.type('Administratörens namn', values.adminName);
    await page.type('Administratörens e-post', values.adminEmail);
  }

  it('lists the organisations with their short names, administrators and the day they were created', async () => {
    const page = await open([goteborg]);

    expect(page.getByRole('heading', 'Organisationer').tagName).toBe('H1');
    expect(page.allByRole('heading').filter((h) => h.tagName === 'H1')).toHaveLength(1);
    expect(page.texts('thead th')).toEqual(['Namn', 'Kortnamn', 'Administratörer', 'Skapad', 'Åtgärder']);
    expect(page.cells('NSPH Göteborg')).toEqual([
      'NSPH Göteborg',
      'nsph-goteborg',
      'Ylva Sjöberg ylva.sjoberg@example.org Omar Haddad omar.haddad@example.org',
      '15 jan. 2026',
      'Lägg till administratör',
    ]);
    expect(page.row('NSPH Göteborg').querySelector('time')?.getAttribute('datetime')).toBe('2026-01-15');
    expect(page.text('caption')).toBe('Antal organisationer: 1');

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.getByRole('heading', 'Organisations').tagName).toBe('H1');
    expect(page.cells('NSPH Göteborg').at(-2)).toBe('15 Jan 2026');
    expect(page.getByRole('button', 'Add an administrator to NSPH Göteborg')).toBeTruthy();
  });

  it('says so when there is no organisation yet', async () => {
    const page = await open([]);

    expect(page.queryByRole('table')).toBeUndefined();
    expect(page.text()).toContain('Det finns inga organisationer än.');
  });

  it('creates an organisation, shows its administrator’s temporary password once and lists it', async () => {
    const page = await open([goteborg]);

    await fillIn(page, { name: '  NSPH Skåne ', slug: 'nsph-skane', adminName: ' Maja Holm', adminEmail: 'maja.holm@example.org ' });
    await page.click('Skapa organisation');
    const request = http.expectOne({ method: 'POST', url: '/api/organisations' });
    expect(request.request.body).toEqual({ name: 'NSPH Skåne', slug: 'nsph-skane', adminName: 'Maja Holm', adminEmail: 'maja.holm@example.org' });
    request.flush(created, { status: 201, statusText: 'Created' });
    await page.settle();
    http.expectOne({ method: 'GET', url: '/api/organisations' }).flush({ organisations: [goteborg, skane] });
    await page.settle();

    expect(page.text('peer-administrator-password.created h2')).toBe('NSPH Skåne är skapad');
    expect(page.element.querySelector('peer-administrator-password.created h2')).toBe(document.activeElement);
    expect(page.getByRole('textbox', 'Tillfälligt lösenord för Maja Holm')).toHaveProperty('value', 'Kp4-tmp-Zx8m');
    expect(page.text('peer-administrator-password.created')).toContain('Hen loggar in med maja.holm@example.org');
    expect(page.rows()).toEqual(['NSPH Göteborg', 'NSPH Skåne']);
    expect(page.cells('NSPH Skåne').slice(1, 3)).toEqual(['nsph-skane', 'Maja Holm maja.holm@example.org']);
    expect(page.input('new-organisation-name').value).toBe('');
    expect(page.input('new-organisation-slug').value).toBe('');

    await page.click('Klar');
    expect(page.element.querySelector('peer-administrator-password.created')).toBeNull();
    expect(page.text()).not.toContain('Kp4-tmp-Zx8m');
  });

  it('shows a short name already in use at the short-name field, and keeps what was typed', async () => {
    const page = await open([goteborg]);

    await fillIn(page, { name: 'NSPH Göteborg 2', slug: 'nsph-goteborg', adminName: 'Eva Kärrlund', adminEmail: 'eva.karrlund@example.org' });
    await page.click('Skapa organisation');
    http.expectOne({ method: 'POST', url: '/api/organisations' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'slug is already used by another organisation',
        code: 'field.unique',
        errors: [{ field: 'slug', rule: 'unique', code: 'field.unique', message: 'slug is already used by another organisation' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();

    expect(page.text('#new-organisation-slug-errors')).toBe('Värdet används redan.');
    expect(page.input('new-organisation-slug').getAttribute('aria-invalid')).toBe('true');
    expect(page.input('new-organisation-slug').value).toBe('nsph-goteborg');
    expect(page.input('new-organisation-admin-email').getAttribute('aria-invalid')).toBe('false');
    expect(page.text('peer-form-message')).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect(page.element.querySelector('peer-administrator-password.created')).toBeNull();

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.text('#new-organisation-slug-errors')).toBe('This value is already in use.');
  });

  it('shows an administrator e-mail already in use at the e-mail field', async () => {
    const page = await open([goteborg]);

    await fillIn(page, { name: 'NSPH Skåne', slug: 'nsph-skane', adminName: 'Ylva Sjöberg', adminEmail: 'ylva.sjoberg@example.org' });
    await page.click('Skapa organisation');
    http.expectOne({ method: 'POST', url: '/api/organisations' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'adminEmail is already used by another account',
        code: 'field.unique',
        errors: [{ field: 'adminEmail', rule: 'unique', code: 'field.unique', message: 'adminEmail is already used by another account' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();

    expect(page.text('#new-organisation-admin-email-errors')).toBe('Det finns redan ett konto med den här e-postadressen.');
    expect(page.input('new-organisation-admin-email').getAttribute('aria-invalid')).toBe('true');
  });

  it('adds an administrator to an organisation, shows the temporary password once and lists her', async () => {
    const page = await open([goteborg, skane]);

    const button = page.getByRole('button', 'Lägg till administratör för NSPH Skåne');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await page.click(button);
    const region = page.getByRole('heading', 'Lägg till administratör för NSPH Skåne').closest('section') as HTMLElement;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe('add-administrator-region');
    expect(page.element.querySelector('#add-administrator-heading')).toBe(document.activeElement);

    await page.type('Namn', ' Eva Kärrlund ', region);
    await page.type('E-post', 'eva.karrlund@example.org ', region);
    await page.click('Lägg till', region);
    const request = http.expectOne({ method: 'POST', url: `/api/organisations/${skane.id}/administrators` });
    expect(request.request.body).toEqual({ name: 'Eva Kärrlund', email: 'eva.karrlund@example.org' });
    request.flush(added, { status: 201, statusText: 'Created' });
    await page.settle();
    http.expectNone({ method: 'GET', url: '/api/organisations' });

    expect(page.text('peer-administrator-password.added h3')).toBe('Eva Kärrlund är administratör för NSPH Skåne');
    expect(page.element.querySelector('peer-administrator-password.added h3')).toBe(document.activeElement);
    expect(page.getByRole('textbox', 'Tillfälligt lösenord för Eva Kärrlund')).toHaveProperty('value', 'Qm7-tmp-Rt2w');
    expect(page.text('peer-administrator-password.added')).toContain('Hen loggar in med eva.karrlund@example.org');
    expect(page.cells('NSPH Skåne')[2]).toBe('Maja Holm maja.holm@example.org Eva Kärrlund eva.karrlund@example.org');
    expect(page.element.querySelector('peer-add-administrator-form')).toBeNull();

    await page.click('Klar');
    expect(page.element.querySelector('peer-administrator-password.added')).toBeNull();
    expect(page.text()).not.toContain('Qm7-tmp-Rt2w');
    expect(page.getByRole('button', 'Lägg till administratör för NSPH Skåne')).toBe(document.activeElement);
  });

  it('shows an e-mail already in use at the e-mail field of the new administrator, and can be cancelled', async () => {
    const page = await open([goteborg, skane]);

    await page.click('Lägg till administratör för NSPH Skåne');
    const region = page.getByRole('heading', 'Lägg till administratör för NSPH Skåne').closest('section') as HTMLElement;
    await page.type('Namn', 'Ylva Sjöberg', region);
    await page.type('E-post', 'ylva.sjoberg@example.org', region);
    await page.click('Lägg till', region);
    http.expectOne({ method: 'POST', url: `/api/organisations/${skane.id}/administrators` }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'email is already used by another account',
        code: 'field.unique',
        errors: [{ field: 'email', rule: 'unique', code: 'field.unique', message: 'email is already used by another account' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();

    expect(page.text('#add-administrator-email-errors')).toBe('Det finns redan ett konto med den här e-postadressen.');
    expect(page.input('add-administrator-email').getAttribute('aria-invalid')).toBe('true');
    expect(page.input('add-administrator-email').value).toBe('ylva.sjoberg@example.org');
    expect(page.input('add-administrator-name').getAttribute('aria-invalid')).toBe('false');
    expect(page.text('peer-add-administrator-form peer-form-message')).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect(page.cells('NSPH Skåne')[2]).toBe('Maja Holm maja.holm@example.org');

    await page.click('Avbryt', region);
    expect(page.element.querySelector('peer-add-administrator-form')).toBeNull();
    expect(page.getByRole('button', 'Lägg till administratör för NSPH Skåne')).toBe(document.activeElement);
  });

  it('checks the short name before sending: lower-case letters, digits and hyphens', async () => {
    const page = await open([]);

    await fillIn(page, { name: 'NSPH Skåne', slug: 'NSPH Skåne', adminName: 'Maja Holm', adminEmail: 'maja.holm@example.org' });
    await page.click('Skapa organisation');
    http.expectNone({ method: 'POST', url: '/api/organisations' });

    expect(page.text('#new-organisation-slug-errors')).toBe(
      'Använd bara små bokstäver a–z, siffror och bindestreck (inte först eller sist), till exempel nsph-skane.',
    );
    expect(page.input('new-organisation-slug').getAttribute('aria-describedby')).toBe('new-organisation-slug-hint-0 new-organisation-slug-errors');
    expect(page.input('new-organisation-slug')).toBe(document.activeElement);
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const fixture = TestBed.createComponent(OrganisationsPage);
    TestBed.tick();
    http.expectOne('/api/organisations').flush(null, { status: 503, statusText: 'Service Unavailable' });
    const page = pageHarness(fixture);
    await page.settle();

    expect(page.text('.alert-error[role=alert]')).toContain('Det gick inte att hämta organisationerna.');
    await page.click('Försök igen');
    http.expectOne('/api/organisations').flush({ organisations: [skane] });
    await page.settle();
    expect(page.texts('tbody th')).toEqual(['NSPH Skåne']);
  });
});
