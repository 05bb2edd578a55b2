import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { email, form, minLength, required, submit } from '@angular/forms/signals';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { FieldErrors } from './field-errors';

@Component({
  imports: [FieldErrors],
  template: `<peer-field-errors id="email-errors" [field]="testForm.email" name="email" [params]="{ max: 254 }" />`,
})
class Host {
  readonly model = signal({ email: '' });
  readonly testForm = form(this.model, (path) => {
    required(path.email);
    email(path.email);
    minLength(path.email, 5);
  });
}

describe('FieldErrors', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      validation: {
        invalid: 'Ogiltigt värde.',
        rules: { minLength: 'Minst {{minLength}} tecken.', required: 'Fyll i fältet.' },
        fields: { email: { required: 'Ange e-postadress.', unique: 'Adressen används redan (högst {{max}}).' } },
      },
    });
    translate.setTranslation('en', { validation: { fields: { email: { required: 'Enter an e-mail address.' } } } });
    translate.use('sv');
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, element: fixture.nativeElement.querySelector('#email-errors') as HTMLElement };
  }

  const texts = (element: HTMLElement) => [...element.querySelectorAll('.field-error')].map((p) => p.textContent?.trim());

  it('shows nothing before the field is touched', async () => {
    const { element } = await render();

    expect(texts(element)).toEqual([]);
  });

  it('prefers the field-specific message, then the generic one with parameters', async () => {
    const { fixture, host, element } = await render();
    host.testForm.email().markAsTouched();
    host.testForm.email().value.set('a@b');
    await fixture.whenStable();

    expect(texts(element)).toEqual(['Minst 5 tecken.']);

    host.testForm.email().value.set('');
    await fixture.whenStable();
    expect(texts(element)).toEqual(['Ange e-postadress.']);
  });

  it('falls back to the error message, then to a generic text', async () => {
    const { fixture, host, element } = await render();
    host.testForm.email().value.set('someone@example.org');
    await submit(host.testForm, async () => [
      { kind: 'unique', message: 'email is already in use', fieldTree: host.testForm.email },
      { kind: 'isSomethingNew', message: 'email is odd', fieldTree: host.testForm.email },
      { kind: 'isSomethingElse', fieldTree: host.testForm.email },
    ]);
    await fixture.whenStable();

    expect(texts(element)).toEqual(['Adressen används redan (högst 254).', 'email is odd', 'Ogiltigt värde.']);
  });

  it('follows the language', async () => {
    const { fixture, host, element } = await render();
    host.testForm.email().markAsTouched();
    await fixture.whenStable();
    expect(texts(element)).toEqual(['Ange e-postadress.']);

    TestBed.inject(TranslateService).use('en');
    await fixture.whenStable();
    expect(texts(element)).toEqual(['Enter an e-mail address.']);
  });
});
