import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { form } from '@angular/forms/signals';
import { mapFieldErrors } from './form-errors';

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
});
