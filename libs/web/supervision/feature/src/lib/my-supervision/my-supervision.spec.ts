import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { MySupervisionResponse } from '@peer/contract';
import { MySupervision } from './my-supervision';
import { settle } from '@peer/web/shared/testing';

const SESSION = '7d1e2f30-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const answer = (reflection: string | null): MySupervisionResponse => ({
  sessions: [
    { id: SESSION, groupName: 'Handledning Malmö', date: '2026-03-10', startTime: '17:30', minutes: 90, place: null, supervisorName: 'Håkan Ström', present: true, reflection },
    { id: 'absent', groupName: 'Handledning Malmö', date: '2026-03-03', startTime: '17:30', minutes: 90, place: null, supervisorName: 'Håkan Ström', present: false, reflection: null },
  ],
  totalHours: 1.5,
  hoursPerYear: [{ year: 2026, hours: 1.5 }],
});

describe('MySupervision', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      privacy: { reminder: 'Skriv inte om patienter eller andra personer som kan kännas igen.' },
      supervision: {
        present: 'Närvarande',
        absent: 'Frånvarande',
        mine: { heading: 'Min handledning', hours: '{{hours}} h', reflection: 'Din reflektion', reflect: 'Spara reflektionen', reflected: 'Reflektionen är sparad.' },
      },
    });
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the hours in Swedish and a reflection field with the privacy note only for attended sessions', async () => {
    const fixture = TestBed.createComponent(MySupervision);
    TestBed.tick();
    http.expectOne('/api/me/supervision').flush(answer(null));
    await settle();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="supervision-total-hours"]')?.textContent?.trim()).toBe('1,5 h');
    expect(element.querySelectorAll('textarea')).toHaveLength(1);
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    const hint = element.querySelector(`#${textarea.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toContain('patienter');

    textarea.value = 'Jag lyssnade.';
    textarea.dispatchEvent(new Event('input'));
    (element.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const request = http.expectOne(`/api/me/supervision/sessions/${SESSION}/reflection`);
    expect(request.request.body).toEqual({ text: 'Jag lyssnade.' });
    request.flush(answer('Jag lyssnade.'));
    await settle();
    expect(element.textContent).toContain('Reflektionen är sparad.');
    expect((element.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Jag lyssnade.');
  });
});
