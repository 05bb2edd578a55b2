import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { provideTestTranslations } from '@peer/web/shared/testing';
import { usersEn } from '../i18n/en';
import { usersSv } from '../i18n/sv';
import type { UserDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { pageHarness, visibleText } from '@peer/web/shared/testing';
import { UsersPage } from './users-page';

const leader: UserDto = {
  id: '0d9b3d8e-8a43-4d4a-9d8a-0f2a3b4c5d6e',
  email: 'eva.karrlund@example.org',
  name: 'Eva Kärrlund',
  role: 'course_leader',
  mustChangePassword: false,
  active: true,
  personalIdentity: false,
};
const admin: UserDto = {
  id: '2f1d5f0a-0c65-4f6c-9fac-2b4c5d6e7f80',
  email: 'ylva.sjoberg@example.org',
  name: 'Ylva Sjöberg',
  role: 'admin',
  mustChangePassword: false,
  active: true,
  personalIdentity: false,
};
const trainee: UserDto = {
  id: '1e0c4e9f-9b54-4e5b-8e9b-1a3b4c5d6e7f',
  email: 'asa.lindstrom@example.org',
  name: 'Åsa Lindström',
  role: 'trainee',
  mustChangePassword: true,
  active: true,
  personalIdentity: false,
};

describe('UsersPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: usersSv, en: usersEn }), { provide: AuthService, useValue: { user: signal(admin) } }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(UsersPage);
    // Not whenStable(): the list request keeps the app busy until the test answers it.
    TestBed.tick();
    const page = pageHarness(fixture);
    const input = (id: string) => page.element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    const row = (name: string) => page.allByRole('row').find((r) => visibleText(r.querySelector('th')) === name) as HTMLElement;
    return {
      ...page,
      input,
      row,
      /** Clicks the button with this label in the named person's row. */
      click: (name: string, label: string) => page.click(label, row(name)),
      rows: () => page.texts('tbody th'),
      type: (id: string, value: string) => page.type(input(id), value),
    };
  }

  it('lists the accounts', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [leader, trainee] });
    await page.settle();

    expect(page.rows()).toEqual(['Eva Kärrlund', 'Åsa Lindström']);
    expect(page.element.querySelector('tbody')?.textContent).toContain('Har inte bytt lösenord');
  });

  it('filters by role', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [leader, trainee] });
    await page.settle();

    const select = page.element.querySelector<HTMLSelectElement>('#role-filter') as HTMLSelectElement;
    // The roles within an organisation: the national administrator is never among its accounts.
    expect([...select.options].map((option) => option.value)).toEqual(['', 'admin', 'course_leader', 'trainee']);
    select.value = 'trainee';
    select.dispatchEvent(new Event('change'));
    await page.settle();
    http.expectOne('/api/users?role=trainee').flush({ users: [trainee] });
    await page.settle();

    expect(page.rows()).toEqual(['Åsa Lindström']);
  });

  it('creates an account, shows its temporary password once and refreshes the list', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [leader] });
    await page.settle();

    await page.type('new-user-name', '  Åsa Lindström ');
    await page.type('new-user-email', 'asa.lindstrom@example.org');
    page.input('new-user-role-trainee').click();
    page.element.querySelector<HTMLButtonElement>('peer-create-user-form button[type=submit]')?.click();
    await page.settle();
    const request = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(request.request.body).toEqual({ name: 'Åsa Lindström', email: 'asa.lindstrom@example.org', role: 'trainee' });
    request.flush({ user: trainee, temporaryPassword: 'Xq7-tmp-Pw9k' }, { status: 201, statusText: 'Created' });
    await page.settle();
    http.expectOne('/api/users').flush({ users: [leader, trainee] });
    await page.settle();

    expect(page.text('#temporary-password-heading')).toBe('Kontot för Åsa Lindström är skapat');
    expect(page.input('temporary-password').value).toBe('Xq7-tmp-Pw9k');
    expect(page.input('new-user-name').value).toBe('');
    expect(page.rows()).toEqual(['Eva Kärrlund', 'Åsa Lindström']);

    const done = [...page.element.querySelectorAll<HTMLButtonElement>('peer-temporary-password button')].at(-1);
    done?.click();
    await page.settle();
    expect(page.element.querySelector('#temporary-password')).toBeNull();
  });

  it('shows a taken e-mail address at the e-mail field', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [leader] });
    await page.settle();

    await page.type('new-user-name', 'Eva Kärrlund');
    await page.type('new-user-email', leader.email);
    page.input('new-user-role-course_leader').click();
    page.element.querySelector<HTMLButtonElement>('peer-create-user-form button[type=submit]')?.click();
    await page.settle();
    http.expectOne({ method: 'POST', url: '/api/users' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'email is already in use',
        errors: [{ field: 'email', rule: 'unique', message: 'email is already in use' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();

    expect(page.text('#new-user-email-errors')).toBe('Det finns redan ett konto med den här e-postadressen.');
    expect(page.input('new-user-email').getAttribute('aria-invalid')).toBe('true');
    expect(page.element.querySelector('#temporary-password')).toBeNull();
  });

  it('shows deactivated accounts as inactive, and no actions on her own account', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [admin, leader, { ...trainee, active: false }] });
    await page.settle();

    expect(page.row('Åsa Lindström').textContent).toContain('Inaktiv');
    expect(page.row('Åsa Lindström').textContent).toContain('Aktivera igen');
    expect(page.row('Eva Kärrlund').textContent).toContain('Aktivt');
    expect(page.row('Eva Kärrlund').textContent).toContain('Inaktivera');
    expect(page.row('Ylva Sjöberg').querySelector('peer-user-actions')).toBeNull();
    expect(page.row('Ylva Sjöberg').textContent).toContain('Ditt konto');
  });

  it('deactivates an account after confirmation and refreshes the list', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [admin, leader] });
    await page.settle();

    await page.click('Eva Kärrlund', 'Inaktivera');
    expect(page.row('Eva Kärrlund').textContent).toContain('Inaktivera kontot för Eva Kärrlund?');
    http.expectNone({ method: 'POST' });
    await page.click('Eva Kärrlund', 'Ja, inaktivera');
    http.expectOne({ method: 'POST', url: `/api/users/${leader.id}/deactivate` }).flush({ ...leader, active: false });
    await page.settle();
    http.expectOne('/api/users').flush({ users: [admin, { ...leader, active: false }] });
    await page.settle();

    expect(page.row('Eva Kärrlund').textContent).toContain('Inaktiv');
    expect(page.text('[role=status] .alert-success')).toBe('Kontot för Eva Kärrlund är ändrat.');
  });

  it('lets the administrator step back from a confirmation', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [admin, { ...leader, active: false }] });
    await page.settle();

    await page.click('Eva Kärrlund', 'Aktivera igen');
    await page.click('Eva Kärrlund', 'Avbryt');
    http.expectNone({ method: 'POST' });
    expect(page.row('Eva Kärrlund').textContent).not.toContain('Aktivera kontot för');
    await page.click('Eva Kärrlund', 'Aktivera igen');
    await page.click('Eva Kärrlund', 'Ja, aktivera igen');
    http.expectOne({ method: 'POST', url: `/api/users/${leader.id}/reactivate` }).flush(leader);
    await page.settle();
    http.expectOne('/api/users').flush({ users: [admin, leader] });
  });

  it('resets a password and shows the new temporary password once', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [admin, leader] });
    await page.settle();

    await page.click('Eva Kärrlund', 'Återställ lösenord');
    await page.click('Eva Kärrlund', 'Ja, återställ');
    http.expectOne({ method: 'POST', url: `/api/users/${leader.id}/reset-password` }).flush({ temporaryPassword: 'Rt5-new-Pw2x' });
    await page.settle();
    http.expectOne('/api/users').flush({ users: [admin, { ...leader, mustChangePassword: true }] });
    await page.settle();

    expect(page.text('#temporary-password-heading')).toBe('Nytt tillfälligt lösenord för Eva Kärrlund');
    expect(page.input('temporary-password').value).toBe('Rt5-new-Pw2x');
  });

  it('changes a role with the chosen role', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [admin, trainee] });
    await page.settle();

    await page.click('Åsa Lindström', 'Byt roll');
    const select = page.row('Åsa Lindström').querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual(['admin', 'course_leader', 'trainee']);
    select.value = 'course_leader';
    select.dispatchEvent(new Event('change'));
    await page.click('Åsa Lindström', 'Spara roll');
    const request = http.expectOne({ method: 'POST', url: `/api/users/${trainee.id}/role` });
    expect(request.request.body).toEqual({ role: 'course_leader' });
    request.flush({ ...trainee, role: 'course_leader' });
    await page.settle();
    http.expectOne('/api/users').flush({ users: [admin, { ...trainee, role: 'course_leader' }] });
    await page.settle();
    expect(page.row('Åsa Lindström').textContent).toContain('Kursledare');
  });

  it('words a refusal by its codes, never with the server’s English message', async () => {
    const page = await open();
    http.expectOne('/api/users').flush({ users: [admin, leader] });
    await page.settle();

    await page.click('Eva Kärrlund', 'Byt roll');
    await page.click('Eva Kärrlund', 'Spara roll');
    http.expectOne({ method: 'POST', url: `/api/users/${leader.id}/role` }).flush(
      {
        statusCode: 409,
        code: 'user.role-in-use',
        error: 'Conflict',
        message: 'role: she still leads 1 cohort(s): Kull Luleå; role: she still supervises 1 group(s): Visby',
        errors: [
          { field: 'role', rule: 'leadsCohorts', code: 'user.leads-cohorts', message: 'role: she still leads 1 cohort(s): Kull Luleå' },
          { field: 'role', rule: 'supervisesGroups', code: 'user.supervises-groups', message: 'role: she still supervises 1 group(s): Visby' },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();
    const alert = page.row('Eva Kärrlund').querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('Hen leder fortfarande en eller flera kullar. Ge kullarna en annan kursledare först.');
    expect(alert).toContain('Hen är fortfarande handledare för en eller flera handledningsgrupper. Byt handledare i grupperna först.');
    expect(alert).not.toContain('she still');

    await page.click('Eva Kärrlund', 'Avbryt');
    await page.click('Eva Kärrlund', 'Inaktivera');
    await page.click('Eva Kärrlund', 'Ja, inaktivera');
    http.expectOne({ method: 'POST', url: `/api/users/${leader.id}/deactivate` }).flush(
      { statusCode: 409, code: 'user.last-admin', error: 'Conflict', message: 'Cannot deactivate the last active administrator' },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();
    expect(page.row('Eva Kärrlund').querySelector('[role=alert]')?.textContent?.trim()).toBe('Det måste finnas minst en aktiv administratör. Ge någon annan rollen administratör först.');
  });

  describe('personal identity number for sign-in', () => {
    const PERSONAL_IDENTITY = `/api/users/${leader.id}/personal-identity`;
    const FIELD = `personal-identity-${leader.id}`;

    async function openForm(users: UserDto[]) {
      const page = await open();
      http.expectOne('/api/users').flush({ users });
      await page.settle();
      await page.click('Eva Kärrlund', 'Personnummer för inloggning');
      return page;
    }

    it('shows which accounts have a personal identity number given, never the number', async () => {
      const page = await open();
      http.expectOne('/api/users').flush({ users: [admin, { ...leader, personalIdentity: true }, trainee] });
      await page.settle();

      expect(page.row('Eva Kärrlund').textContent).toContain('Personnummer angivet för inloggning');
      expect(page.row('Åsa Lindström').textContent).not.toContain('Personnummer angivet');
      expect(page.row('Åsa Lindström').textContent).toContain('Personnummer för inloggning');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.row('Eva Kärrlund').textContent).toContain('Personal identity number given for sign-in');
    });

    it('gives an account a personal identity number and clears what was typed', async () => {
      const page = await openForm([admin, leader]);

      const field = page.getByRole<HTMLInputElement>('textbox', 'Personnummer: Eva Kärrlund');
      expect(field).toBe(document.activeElement);
      expect(field.id).toBe(FIELD);
      expect(field.getAttribute('autocomplete')).toBe('off');
      expect(page.text(`#${FIELD}-hint-0`)).toBe(
        'ÅÅÅÅMMDD-NNNN. Sparas inte: bara en kontrollsumma behålls, så att inloggning via organisationens e-legitimation hittar kontot.',
      );
      expect(page.queryByRole('button', 'Ta bort personnummer')).toBeUndefined();

      await page.type(FIELD, ' 19121212-1212 ');
      await page.click('Eva Kärrlund', 'Spara');
      const request = http.expectOne({ method: 'PUT', url: PERSONAL_IDENTITY });
      expect(request.request.body).toEqual({ personalIdentityNumber: '19121212-1212' });
      request.flush(null, { status: 204, statusText: 'No Content' });
      await page.settle();

      expect(page.text('[role=status] .alert-success')).toBe('Personnumret är sparat för inloggning.');
      expect(page.row('Eva Kärrlund').textContent).toContain('Personnummer angivet för inloggning');
      expect(page.element.querySelector(`#${FIELD}`)).toBeNull();
      expect(page.element.textContent).not.toContain('19121212');
      expect(page.getByRole('button', 'Personnummer för inloggning', page.row('Eva Kärrlund'))).toBe(document.activeElement);
      // The row is changed in place: the API answers without the account.
      http.expectNone('/api/users');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.text('[role=status] .alert-success')).toBe('The personal identity number is saved for sign-in.');
    });

    it('refuses a number that is not a personal identity number without asking the API', async () => {
      const page = await openForm([admin, leader]);

      await page.type(FIELD, '19121212-1213');
      await page.click('Eva Kärrlund', 'Spara');
      http.expectNone({ method: 'PUT', url: PERSONAL_IDENTITY });

      const field = page.input(FIELD);
      expect(page.text(`#${FIELD}-errors`)).toBe('Ange ett giltigt personnummer med århundrade, ÅÅÅÅMMDD-NNNN.');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toBe(`${FIELD}-hint-0 ${FIELD}-errors`);
      expect(field).toBe(document.activeElement);

      // Nor without its century.
      await page.type(FIELD, '121212-1212');
      await page.click('Eva Kärrlund', 'Spara');
      http.expectNone({ method: 'PUT', url: PERSONAL_IDENTITY });

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.text(`#${FIELD}-errors`)).toBe('Enter a valid personal identity number with the century, YYYYMMDD-NNNN.');
    });

    it('says at the field when another account already has the number, and keeps what was typed', async () => {
      const page = await openForm([admin, leader]);

      await page.type(FIELD, '197010632391');
      await page.click('Eva Kärrlund', 'Spara');
      http.expectOne({ method: 'PUT', url: PERSONAL_IDENTITY }).flush(
        {
          statusCode: 409,
          error: 'Conflict',
          code: 'field.unique',
          message: 'personalIdentityNumber: another account of the organisation has it',
          errors: [{ field: 'personalIdentityNumber', rule: 'unique', code: 'field.unique', message: 'personalIdentityNumber: another account of the organisation has it' }],
        },
        { status: 409, statusText: 'Conflict' },
      );
      await page.settle();

      const field = page.input(FIELD);
      expect(page.text(`#${FIELD}-errors`)).toBe('Ett annat konto i organisationen har redan det personnumret.');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.value).toBe('197010632391');
      expect(page.text('peer-personal-identity-form peer-form-message')).toBe('Något behöver rättas. Se meddelandena vid fälten.');
      expect(page.text('[role=status] .alert-success')).toBe('');
      expect(page.row('Eva Kärrlund').textContent).not.toContain('Personnummer angivet');
      expect(page.element.textContent).not.toContain('another account');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.text(`#${FIELD}-errors`)).toBe('Another account of the organisation already has that personal identity number.');
    });

    it('shows the API’s objection to the number at the field', async () => {
      const page = await openForm([admin, leader]);

      await page.type(FIELD, '19121212-1212');
      await page.click('Eva Kärrlund', 'Spara');
      http.expectOne({ method: 'PUT', url: PERSONAL_IDENTITY }).flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Request validation failed',
          code: 'request.invalid',
          errors: [{ field: 'personalIdentityNumber', rule: 'personalIdentityNumber', code: 'field.personal-identity-number', message: 'personalIdentityNumber must be …' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await page.settle();

      expect(page.text(`#${FIELD}-errors`)).toBe('Ange ett giltigt personnummer med århundrade, ÅÅÅÅMMDD-NNNN.');
      expect(page.input(FIELD).value).toBe('19121212-1212');
    });

    it('removes the personal identity number', async () => {
      const page = await openForm([admin, { ...leader, personalIdentity: true }]);

      expect(page.row('Eva Kärrlund').textContent).toContain('Ett personnummer är redan angivet. Ett nytt ersätter det.');
      await page.click('Eva Kärrlund', 'Ta bort personnummer');
      http.expectOne({ method: 'DELETE', url: PERSONAL_IDENTITY }).flush(null, { status: 204, statusText: 'No Content' });
      await page.settle();

      expect(page.text('[role=status] .alert-success')).toBe('Personnumret för inloggning är borttaget.');
      expect(page.row('Eva Kärrlund').textContent).not.toContain('Personnummer angivet');
      expect(page.element.querySelector(`#${FIELD}`)).toBeNull();
      http.expectNone('/api/users');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.text('[role=status] .alert-success')).toBe('The personal identity number for sign-in is removed.');
    });

    it('says why the number could not be removed, and steps back without a change', async () => {
      const page = await openForm([admin, { ...leader, personalIdentity: true }]);

      await page.click('Eva Kärrlund', 'Ta bort personnummer');
      http.expectOne({ method: 'DELETE', url: PERSONAL_IDENTITY }).flush({ statusCode: 404, error: 'Not Found', code: 'not-found', message: 'No such user' }, { status: 404, statusText: 'Not Found' });
      await page.settle();
      expect(page.text('peer-personal-identity-form peer-form-message')).toBe('Kontot finns inte längre.');
      expect(page.row('Eva Kärrlund').textContent).toContain('Personnummer angivet för inloggning');

      await page.click('Eva Kärrlund', 'Avbryt');
      expect(page.element.querySelector(`#${FIELD}`)).toBeNull();
      expect(page.getByRole('button', 'Personnummer för inloggning', page.row('Eva Kärrlund'))).toBe(document.activeElement);
      http.expectNone({ method: 'PUT' });
    });
  });
});
