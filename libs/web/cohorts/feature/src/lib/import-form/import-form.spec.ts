import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { anInvitation, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { cohortsEn } from '../i18n/en';
import { cohortsSv } from '../i18n/sv';
import { ImportForm } from './import-form';

describe('ImportForm', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: cohortsSv, en: cohortsEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function open() {
    const fixture = TestBed.createComponent(ImportForm);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    const imported = jest.fn();
    fixture.componentInstance.imported.subscribe(imported);
    TestBed.tick();
    const element = fixture.nativeElement as HTMLElement;
    return {
      element,
      imported,
      paste(text: string) {
        const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
        textarea.value = text;
        textarea.dispatchEvent(new Event('input'));
      },
      submit: () => element.querySelector<HTMLButtonElement>('button[type=submit]')?.click(),
    };
  }

  it('lists every refused line and says that nothing was imported', async () => {
    const form = open();
    form.paste('name,email\nAnna,anna@example\nBo,bo@example.org\nBo,bo@example.org\n');
    form.submit();
    await settle();
    const errors = [
      { field: 'csv.line2.email', rule: 'isEmail', message: 'line 2: "anna@example" is not an e-mail address' },
      { field: 'csv.line4.email', rule: 'duplicate', message: 'line 4: bo@example.org is also on line 3' },
      { field: 'csv.line5.email', rule: 'somethingNew', message: 'line 5: something new' },
    ];
    http
      .expectOne({ method: 'POST', url: `/api/cohorts/${COHORT_ID}/enrolments/import` })
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Request validation failed', errors }, { status: 400, statusText: 'Bad Request' });
    await settle();

    const alert = form.element.querySelector('[role=alert]') as HTMLElement;
    expect(alert.querySelector('strong')?.textContent?.trim()).toBe('Inget importerades.');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Rad 2: E-postadressen är inte giltig.',
      'Rad 4: E-postadressen finns redan på en tidigare rad.',
      'Rad 5: Värdet är inte giltigt.',
    ]);
    expect(alert.textContent).not.toContain('line 2');
    expect(form.imported).not.toHaveBeenCalled();
    // What was pasted stays, to be corrected.
    expect((form.element.querySelector('textarea') as HTMLTextAreaElement).value).toBe('name,email\nAnna,anna@example\nBo,bo@example.org\nBo,bo@example.org\n');

    TestBed.inject(TranslateService).use('en');
    await settle();
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Line 2: The e-mail address is not valid.',
      'Line 4: The e-mail address is already on an earlier line.',
      'Line 5: The value is not valid.',
    ]);
  });

  it('enrols everyone in a valid file', async () => {
    const form = open();
    const csv = 'namn;e-post\nÅsa Lindström;asa.lindstrom@example.org';
    form.paste(csv);
    form.submit();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `/api/cohorts/${COHORT_ID}/enrolments/import` });
    expect(request.request.body).toEqual({ csv });
    const invited = [anInvitation()];
    request.flush({ invited });
    await settle();

    expect(form.imported).toHaveBeenCalledWith(invited);
    expect((form.element.querySelector('textarea') as HTMLTextAreaElement).value).toBe('');
  });

  it('asks for a file before sending anything', async () => {
    const form = open();
    form.submit();
    await settle();

    expect(form.element.querySelector('[role=alert]')?.textContent?.trim()).toBe('Välj en fil eller klistra in innehållet först.');
  });
});
