import { HttpErrorResponse } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { form, required } from '@angular/forms/signals';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { API_ERROR_CODES, type ApiErrorCode, type ErrorBody } from '@peer/contract';
import { toApiError } from '@peer/web/shared/util';
import { errorCodesEn } from '../i18n/error-codes.en';
import { errorCodesSv } from '../i18n/error-codes.sv';
import { sharedEn } from '../i18n/en';
import { sharedSv } from '../i18n/sv';
import { FormMessage, FormMessageView } from './form-message';
import { ReasonForm } from './reason-form';
import { apiErrorMessage, submitWithApiErrors } from './submit-with-api-errors';
import { TextField } from './text-field';

const texts = {
  sv: { ...sharedSv, demo: { reason: 'Anledning', hint: 'Skriv kort.', send: 'Skicka' } },
  en: { ...sharedEn, demo: { reason: 'Reason', hint: 'Keep it short.', send: 'Send' } },
};

function apiFailure(status: number, body: Partial<ErrorBody>): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { statusCode: status, error: 'Error', message: 'The server says so in English', ...body } });
}

async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    await fixture.whenStable();
  }
}

beforeEach(() => {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('sv', texts.sv);
  translate.setTranslation('en', texts.en);
  translate.use('sv');
});

describe('the words of the error codes', () => {
  it('has a Swedish and an English text for every code of the catalogue, and no other', () => {
    // Compile-time too: both are typed Record<ApiErrorCode, string>.
    const sv: Readonly<Record<ApiErrorCode, string>> = errorCodesSv;
    for (const code of API_ERROR_CODES) {
      expect([code, sv[code].length > 0, errorCodesEn[code].length > 0]).toEqual([code, true, true]);
    }
    expect(Object.keys(errorCodesSv).sort()).toEqual([...API_ERROR_CODES].sort());
    expect(Object.keys(errorCodesEn).sort()).toEqual([...API_ERROR_CODES].sort());
  });

  it('are reachable under errors.codes, dotted codes too', () => {
    const translate = TestBed.inject(TranslateService);
    expect(translate.instant('errors.codes.certify.already-certified')).toBe('Deltagaren har redan ett giltigt intyg för den här kursversionen.');
    expect(translate.instant('errors.codes.field.max-length')).toBe('Texten är för lång.');
    translate.use('en');
    expect(translate.instant('errors.codes.not-found')).toBe(errorCodesEn['not-found']);
  });
});

@Component({
  imports: [TextField],
  template: `<peer-text-field [field]="demoForm.name" inputId="demo-name" label="demo.reason" name="name" [hints]="['demo.hint', 'privacy.reminder']" />`,
})
class TextFieldHost {
  readonly model = signal({ name: '' });
  readonly demoForm = form(this.model, (path) => required(path.name));
}

describe('TextField', () => {
  it('labels the control and points it at its hints and messages, invalid once touched', async () => {
    const fixture = TestBed.createComponent(TextFieldHost);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const control = element.querySelector('input') as HTMLInputElement;

    expect(element.querySelector('label')?.getAttribute('for')).toBe('demo-name');
    expect(element.querySelector('label')?.textContent?.trim()).toBe('Anledning');
    expect(control.id).toBe('demo-name');
    expect(control.getAttribute('aria-describedby')).toBe('demo-name-hint-0 demo-name-hint-1 demo-name-errors');
    expect(element.querySelector('#demo-name-hint-1')?.textContent).toContain('patienter');
    expect(element.querySelector('#demo-name-errors')).not.toBeNull();
    expect(control.getAttribute('aria-invalid')).toBe('false');

    fixture.componentInstance.demoForm.name().markAsTouched();
    await settle(fixture);
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#demo-name-errors')?.textContent?.trim()).toBe('Ange ett namn.');
  });

  it('words an API rule it has no field text for by the rule’s code', async () => {
    const fixture = TestBed.createComponent(TextFieldHost);
    const host = fixture.componentInstance;
    host.model.set({ name: 'Anna' });
    const message = signal<FormMessage | null>(null);
    await submitWithApiErrors(host.demoForm, {
      send: () => Promise.reject(apiFailure(400, { errors: [{ field: 'name', rule: 'courseLeader', message: 'x is not a course leader', code: 'field.course-leader' }] })),
      fields: { name: host.demoForm.name },
      message,
    });
    await settle(fixture);
    expect((fixture.nativeElement as HTMLElement).querySelector('#demo-name-errors')?.textContent?.trim()).toBe('Personen är inte kursledare.');
  });
});

@Component({
  imports: [ReasonForm],
  template: `
    <peer-reason-form idPrefix="demo" label="demo.reason" [hints]="['demo.hint']" submitLabel="demo.send" [minLength]="3" [maxLength]="500" [send]="send" (sent)="done.set(true)" />
  `,
})
class ReasonHost {
  readonly done = signal(false);
  readonly sentTexts: string[] = [];
  answer: () => Promise<unknown> = () => Promise.resolve();
  readonly send = (text: string) => {
    this.sentTexts.push(text);
    return this.answer();
  };
}

describe('ReasonForm', () => {
  async function render() {
    const fixture = TestBed.createComponent(ReasonHost);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    const type = async (text: string) => {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input'));
      await settle(fixture);
    };
    const submitForm = async () => {
      (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await settle(fixture);
    };
    const alert = () => element.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const fieldError = () => element.querySelector('#demo-reason-errors')?.textContent?.trim() ?? '';
    return { fixture, host: fixture.componentInstance, element, textarea, type, submitForm, alert, fieldError };
  }

  it('refuses an empty reason without sending, with the field message in Swedish', async () => {
    const { host, submitForm, alert, fieldError, textarea } = await render();
    await submitForm();

    expect(host.sentTexts).toEqual([]);
    expect(alert()).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect(fieldError()).toBe('Skriv en anledning.');
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the trimmed text and says so', async () => {
    const { host, type, submitForm } = await render();
    await type('  Fel namn på intyget  ');
    await submitForm();

    expect(host.sentTexts).toEqual(['Fel namn på intyget']);
    expect(host.done()).toBe(true);
  });

  it('words a refusal by its code in Swedish and English, never in the server words, and keeps the text', async () => {
    const { fixture, host, type, submitForm, alert, textarea } = await render();
    host.answer = () => Promise.reject(apiFailure(409, { code: 'renewal.not-current' }));
    await type('Fel namn på intyget');
    await submitForm();

    expect(alert()).toBe('Intyget har redan förnyats, ersatts eller återkallats.');
    expect(alert()).not.toContain('English');
    expect(textarea.value).toBe('Fel namn på intyget');
    expect(host.done()).toBe(false);

    TestBed.inject(TranslateService).use('en');
    await settle(fixture);
    expect(alert()).toBe('The certificate has already been renewed, replaced or revoked.');
    expect(textarea.value).toBe('Fel namn på intyget');
  });

  it('puts a field error of the API on the textarea, worded by the web', async () => {
    const { host, type, submitForm, alert, fieldError, textarea } = await render();
    host.answer = () => Promise.reject(apiFailure(400, { code: 'field.max-length', errors: [{ field: 'reason', rule: 'maxLength', message: 'reason is too long', code: 'field.max-length' }] }));
    await type('Lagom lång text');
    await submitForm();

    expect(alert()).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect(fieldError()).toBe('Anledningen får ha högst 500 tecken.');
    expect(textarea.value).toBe('Lagom lång text');
  });

  it('disables the submit button while sending', async () => {
    const { fixture, host, element, type } = await render();
    let answer!: () => void;
    host.answer = () => new Promise<void>((resolve) => (answer = resolve));
    await type('Fel namn på intyget');
    const button = element.querySelector('button[type=submit]') as HTMLButtonElement;
    button.click();
    await settle(fixture);
    expect(button.disabled).toBe(true);

    answer();
    await settle(fixture);
    expect(button.disabled).toBe(false);
    expect(host.done()).toBe(true);
  });
});

@Component({
  imports: [FormMessageView],
  template: `<peer-form-message [message]="message()" />`,
})
class MessageHost {
  readonly model = signal({ email: 'anna@example.org', name: 'Anna' });
  readonly demoForm = form(this.model, (path) => required(path.email));
  readonly message = signal<FormMessage | null>(null);
}

describe('submitWithApiErrors', () => {
  it('maps field errors to their controls, lists the others (with their CSV line) and keeps every value', async () => {
    const fixture = TestBed.createComponent(MessageHost);
    const host = fixture.componentInstance;
    const failure = apiFailure(400, {
      code: 'request.invalid',
      errors: [
        { field: 'email', rule: 'unique', message: 'email is already used', code: 'field.unique' },
        { field: 'csv.line3.email', rule: 'isEmail', message: 'line 3: not an address', code: 'field.is-email' },
      ],
    });
    const sent = await submitWithApiErrors(host.demoForm, { send: () => Promise.reject(failure), fields: { email: host.demoForm.email }, message: host.message });
    await settle(fixture);

    expect(sent).toBeNull();
    expect(host.model()).toEqual({ email: 'anna@example.org', name: 'Anna' });
    expect(host.demoForm.email().errors().map((e) => e.kind)).toEqual(['unique']);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.alert p')?.textContent).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect([...element.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Rad 3: Ange en giltig e-postadress, till exempel namn@exempel.se.']);

    TestBed.inject(TranslateService).use('en');
    await settle(fixture);
    expect([...element.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Line 3: Enter a valid e-mail address, for example name@example.org.']);
  });

  it('answers with the value on success', async () => {
    const fixture = TestBed.createComponent(MessageHost);
    const host = fixture.componentInstance;
    expect(await submitWithApiErrors(host.demoForm, { send: () => Promise.resolve(42), message: host.message })).toEqual({ value: 42 });
    expect(host.message()).toBeNull();
  });

  it('prefers the form’s own word for a refusal, by code or status', () => {
    const error = toApiError(apiFailure(409, { code: 'certify.already-certified' }));
    expect(apiErrorMessage(error).key).toBe('errors.codes.certify.already-certified');
    expect(apiErrorMessage(error, [], 0, { 'certify.already-certified': 'demo.send' }).key).toBe('demo.send');
    expect(apiErrorMessage(toApiError(apiFailure(409, {})), [], 0, { 409: 'demo.send' }).key).toBe('demo.send');
    expect(apiErrorMessage(toApiError(apiFailure(404, { code: 'not-found' }))).key).toBe('errors.codes.not-found');
  });
});
