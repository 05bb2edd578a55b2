import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { form } from '@angular/forms/signals';
import { CHECK_FIELDS, formFeedback, mapFieldErrors } from './form-errors';

describe('form errors', () => {
  function aForm() {
    return runInInjectionContext(TestBed.inject(Injector), () => form(signal({ email: '', name: '' })));
  }

  describe('mapFieldErrors', () => {
    it('attaches each API error to the field it names', () => {
      const userForm = aForm();
      const mapped = mapFieldErrors(
        [
          { field: 'email', rule: 'unique', message: 'email is already in use' },
          { field: 'nickname', rule: 'unknownField', message: 'nickname is not an accepted field' },
        ],
        { email: userForm.email, name: userForm.name },
      );

      expect(mapped.errors).toEqual([{ kind: 'unique', fieldTree: userForm.email }]);
      expect(mapped.unmapped).toEqual([{ field: 'nickname', rule: 'unknownField', message: 'nickname is not an accepted field' }]);
    });
  });

  describe('formFeedback', () => {
    const apiError = (status: number) => ({ status, message: 'x', fieldErrors: [] });

    it('asks to check the fields when the API named fields', () => {
      const userForm = aForm();
      const mapped = mapFieldErrors([{ field: 'email', rule: 'isEmail', message: 'm' }], { email: userForm.email });

      expect(formFeedback(apiError(400), mapped)).toEqual(CHECK_FIELDS);
    });

    it('keeps the messages of fields the form does not show', () => {
      const mapped = mapFieldErrors([{ field: 'nickname', rule: 'unknownField', message: 'nickname is not an accepted field' }], {});

      expect(formFeedback(apiError(400), mapped)).toEqual({ key: 'errors.checkFields', details: ['nickname is not an accepted field'] });
    });

    it('uses the page’s key for a status, else a generic one', () => {
      const none = mapFieldErrors([], {});

      expect(formFeedback(apiError(401), none, { 401: 'auth.login.wrongCredentials' }).key).toBe('auth.login.wrongCredentials');
      expect(formFeedback(apiError(500), none, { 401: 'auth.login.wrongCredentials' }).key).toBe('errors.server');
    });
  });
});
