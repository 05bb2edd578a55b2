import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { UserDto } from '@peer/contract';
import { UsersPage } from './users-page';

const leader: UserDto = {
  id: '0d9b3d8e-8a43-4d4a-9d8a-0f2a3b4c5d6e',
  email: 'eva.karrlund@example.org',
  name: 'Eva Kärrlund',
  role: 'course_leader',
  mustChangePassword: false,
};
const trainee: UserDto = {
  id: '1e0c4e9f-9b54-4e5b-8e9b-1a3b4c5d6e7f',
  email: 'asa.lindstrom@example.org',
  name: 'Åsa Lindström',
  role: 'trainee',
  mustChangePassword: true,
};

describe('UsersPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      roles: { course_leader: 'Kursledare', trainee: 'Kursdeltagare' },
      common: { copy: 'Kopiera' },
      users: { temporaryPassword: { heading: 'Kontot för {{name}} är skapat' }, list: { pendingPassword: 'Har inte bytt lösenord' } },
      validation: { fields: { email: { unique: 'Det finns redan ett konto med den här e-postadressen.' } } },
    });
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(UsersPage);
    // Not whenStable(): the list request keeps the app busy until the test answers it.
    TestBed.tick();
    const element = fixture.nativeElement as HTMLElement;
    const input = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    /** Lets answers travel through promise chains, then renders. */
    const settle = async () => {
      for (let round = 0; round < 3; round++) {
        await new Promise((resolve) => setTimeout(resolve));
        TestBed.tick();
      }
    };
    return {
      element,
      input,
      settle,
      rows: () => [...element.querySelectorAll('tbody tr')].map((row) => row.querySelector('th')?.textContent?.trim()),
      text: (selector: string) => element.querySelector(selector)?.textContent?.trim(),
      type(id: string, value: string) {
        input(id).value = value;
        input(id).dispatchEvent(new Event('input'));
      },
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

    page.type('new-user-name', '  Åsa Lindström ');
    page.type('new-user-email', 'asa.lindstrom@example.org');
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

    page.type('new-user-name', 'Eva Kärrlund');
    page.type('new-user-email', leader.email);
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
});
