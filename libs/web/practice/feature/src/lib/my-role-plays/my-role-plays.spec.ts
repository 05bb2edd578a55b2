import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RolePlayAttemptDto } from '@peer/contract';
import { aMyEnrolment } from '@peer/web/cohorts/data-access/testing';
import { aCourseVersion } from '@peer/web/curriculum/data-access/testing';
import { anAttempt, aSignedAttempt, ATTEMPT_ID, ENROLMENT_ID } from '@peer/web/practice/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { practiceEn } from '../i18n/en';
import { practiceSv } from '../i18n/sv';
import { MyRolePlays } from './my-role-plays';

describe('MyRolePlays', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: practiceSv, en: practiceEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(attempts: RolePlayAttemptDto[]) {
    const fixture = TestBed.createComponent(MyRolePlays);
    fixture.componentRef.setInput('enrolment', aMyEnrolment({ enrolmentId: ENROLMENT_ID }));
    TestBed.tick();
    http.expectOne('/api/curriculum/courses/base/versions/1').flush(aCourseVersion(1));
    http.expectOne('/api/me/role-plays').flush({ attempts });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b)?.startsWith(name)) as HTMLButtonElement | undefined;
    return { element, text, button };
  }

  it('lists each required role-play with its state, even before it is observed', async () => {
    const page = await open([]);

    expect(page.text(page.element.querySelector('h2'))).toBe('Rollspel');
    expect(page.text(page.element.querySelector('h3'))).toBe('En gränsfråga');
    expect(page.text(page.element.querySelector('.state'))).toBe('Återstår: Rollspelet ”En gränsfråga”: inte observerat än');
  });

  it('shows the marks of a signed attempt only, newest attempt first', async () => {
    const page = await open([aSignedAttempt({ result: 'not_yet' }), anAttempt({ id: 'a2', attempt: 2 })]);

    expect([...page.element.querySelectorAll('h4')].map((h) => page.text(h))).toEqual([
      'Försök 2 Pågår, inte signerat än',
      'Försök 1 Inte godkänd än',
    ]);
    const [draft, signed] = [...page.element.querySelectorAll('.attempt')];
    expect(draft.querySelector('.marks')).toBeNull();
    expect(page.text(signed.querySelector('.signed-by'))).toMatch(/^Signerad av Eva Kärrlund/);
    expect(page.text(signed.querySelector('.marks li'))).toBe('Säger tydligt nej till privat kontakt.✓ Visat Tydligt och varmt.');
  });

  it('adds a reflection, reminding not to write about anyone who could be recognised', async () => {
    const page = await open([aSignedAttempt()]);
    page.button('Skriv en reflektion')?.click();
    await settle();

    const area = page.element.querySelector('textarea') as HTMLTextAreaElement;
    expect(page.text(page.element.querySelector(`label[for="${area.id}"]`))).toBe('Din reflektion: En gränsfråga, försök 1');
    expect(page.text(page.element.querySelector('.privacy-hint'))).toBe('Skriv inte om patienter eller andra personer som kan kännas igen.');
    area.value = 'Svårt att säga nej.';
    area.dispatchEvent(new Event('input'));
    page.button('Spara reflektionen')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `/api/role-play-attempts/${ATTEMPT_ID}/reflections` });
    expect(request.request.body).toEqual({ text: 'Svårt att säga nej.' });
    request.flush(
      aSignedAttempt({ reflections: [{ id: 'r1', text: 'Svårt att säga nej.', createdAt: '2026-03-09T12:00:00.000Z', afterSigning: true }] }),
    );
    await settle();

    expect(page.text(page.element.querySelector('.reflection-text'))).toBe('Svårt att säga nej.');
    expect(page.text(page.element.querySelector('.attempt [role=status]'))).toBe('Din reflektion är sparad.');
  });
});
