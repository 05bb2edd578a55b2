import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MyInvitationDto } from '@peer/contract';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { trainingEn } from '../i18n/en';
import { trainingSv } from '../i18n/sv';
import { MyInvitations } from './my-invitations';

const INVITATION: MyInvitationDto = {
  id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  cohortName: 'Umeå hösten 2026',
  courseTitle: { sv: 'Grundutbildning', en: 'Base course' },
  invitedBy: 'Eva Kärrlund',
  invitedAt: '2026-09-01T08:00:00.000Z',
  expiresAt: '2026-09-15T08:00:00.000Z',
  prerequisites: [],
};

describe('MyInvitations', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: trainingSv, en: trainingEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(invitations: MyInvitationDto[]) {
    const fixture = TestBed.createComponent(MyInvitations);
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    TestBed.tick();
    http.expectOne('/api/me/invitations').flush({ invitations });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name)) as HTMLButtonElement;
    return { element, changed, button };
  }

  it('tells her what a module requires and whether she holds it', async () => {
    const base = { courseId: 'base', title: { sv: 'Grundutbildning', en: 'Base course' } };
    const module = { ...INVITATION, courseTitle: { sv: 'Fördjupning: psykos', en: 'Specialisation: psychosis' } };
    const { element } = await open([
      { ...module, prerequisites: [{ ...base, held: false }] },
      { ...module, id: 'd1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', prerequisites: [{ ...base, held: true }] },
      { ...INVITATION, id: 'e1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f' },
    ]);
    const cards = [...element.querySelectorAll('li')];
    expect(cards.map((card) => card.querySelector('.prerequisite')?.textContent?.trim() ?? null)).toEqual([
      'Kursen kräver ett giltigt intyg: Grundutbildning. Du har inget giltigt intyg än, och utan det kan du inte certifieras i den här kursen.',
      'Kursen kräver ett giltigt intyg: Grundutbildning. Du har ett giltigt intyg.',
      null,
    ]);
  });

  it('shows nothing when there are no invitations', async () => {
    const { element } = await open([]);
    expect(element.querySelector('h2')).toBeNull();
  });

  it('lists an invitation and accepts it, telling the page to reload the trainee’s cohorts', async () => {
    const { element, changed, button } = await open([INVITATION]);
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Inbjudningar');
    expect(element.querySelector('h3')?.textContent?.trim()).toBe('Umeå hösten 2026 – Grundutbildning');
    expect(element.textContent).toContain('Inbjuden av Eva Kärrlund');

    button('Tacka ja').click();
    const accept = http.expectOne({ method: 'POST', url: `/api/me/invitations/${INVITATION.id}/accept` });
    accept.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/me/invitations').flush({ invitations: [] });
    await settle();

    expect(changed).toHaveBeenCalledTimes(1);
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Du är nu med i kullen Umeå hösten 2026.');
    expect(element.querySelector('h2')).toBeNull();
  });

  it('declines without reloading the cohorts', async () => {
    const { element, changed, button } = await open([INVITATION]);
    button('Tacka nej').click();
    http.expectOne({ method: 'POST', url: `/api/me/invitations/${INVITATION.id}/decline` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/me/invitations').flush({ invitations: [] });
    await settle();

    expect(changed).not.toHaveBeenCalled();
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Du har tackat nej till kullen Umeå hösten 2026.');
  });
});
