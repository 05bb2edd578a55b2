import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { type ApiError, apiErrorText, csvLineOf, errorMessageKey, fieldErrorKeys, preciseDetail, type Translator, toApiError } from './api-error';

describe('toApiError', () => {
  it('reads the status, message and field errors of the API error body', () => {
    const error = new HttpErrorResponse({
      status: 409,
      headers: new HttpHeaders(),
      error: {
        statusCode: 409,
        error: 'Conflict',
        message: 'email is already in use',
        errors: [{ field: 'email', rule: 'unique', message: 'email is already in use' }],
      },
    });

    expect(toApiError(error)).toEqual({
      status: 409,
      message: 'email is already in use',
      fieldErrors: [{ field: 'email', rule: 'unique', message: 'email is already in use' }],
    });
  });

  it('drops malformed field errors', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: { statusCode: 400, error: 'Bad Request', message: 'Request validation failed', errors: [{ field: 'email' }, null] },
    });

    expect(toApiError(error).fieldErrors).toEqual([]);
  });

  it('copes with a body that is not the API error body', () => {
    const error = new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>', url: '/api/users' });

    expect(toApiError(error)).toMatchObject({ status: 502, fieldErrors: [] });
  });

  it('treats anything else as a network problem', () => {
    expect(toApiError(new Error('offline'))).toEqual({ status: 0, message: 'offline', fieldErrors: [] });
  });
});

describe('errorMessageKey', () => {
  it.each([
    [0, 'errors.network'],
    [403, 'errors.forbidden'],
    [429, 'errors.tooManyRequests'],
    [500, 'errors.server'],
    [503, 'errors.server'],
    [400, 'errors.codes.request.invalid'],
    [404, 'errors.codes.not-found'],
    [409, 'errors.codes.conflict'],
    [418, 'errors.unexpected'],
  ])('maps status %i to %s', (status, key) => {
    expect(errorMessageKey({ status, message: '', fieldErrors: [] })).toBe(key);
  });
});

describe('errorMessageKey by code', () => {
  it('words a precise catalogued code by itself, whatever the status', () => {
    expect(errorMessageKey({ status: 409, code: 'certify.already-certified', message: 'x', fieldErrors: [] })).toBe('errors.codes.certify.already-certified');
    expect(errorMessageKey({ status: 429, code: 'mail.limit-trainee', message: 'x', fieldErrors: [] })).toBe('errors.codes.mail.limit-trainee');
  });

  it('falls back to the status for a code the catalogue does not know, and for a status code', () => {
    expect(errorMessageKey({ status: 409, code: 'something.new', message: 'x', fieldErrors: [] })).toBe('errors.codes.conflict');
    expect(errorMessageKey({ status: 403, code: 'access.denied', message: 'x', fieldErrors: [] })).toBe('errors.forbidden');
  });
});

describe('apiErrorText', () => {
  const texts: Readonly<Record<string, string>> = {
    'errors.codes.certify.already-certified': 'Har redan intyg.',
    'errors.codes.conflict': 'Konflikt.',
    'errors.codes.field.unique': 'Används redan.',
    'errors.codes.field.is-email': 'Ogiltig e-post (kod).',
    'validation.fields.email.unique': 'Kontot finns redan.',
    'validation.rules.isEmail': 'Ogiltig e-post.',
    'validation.invalid': 'Ogiltigt.',
    'errors.network': 'Ingen anslutning.',
  };
  const translate: Translator = { instant: (key: string) => texts[key] ?? key };
  const error = (overrides: Partial<ApiError>): ApiError => ({ status: 409, message: 'The server says so', fieldErrors: [], ...overrides });

  it('words a refusal by its code, never by the server message', () => {
    const text = apiErrorText(translate, error({ code: 'certify.already-certified', fieldErrors: [{ field: 'traineeId', rule: 'notCertified', message: 'm', code: 'certify.already-certified' }] }));
    expect(text).toBe('Har redan intyg.');
  });

  it('words a field error by the field, then the rule, then its code', () => {
    expect(apiErrorText(translate, error({ code: 'field.unique', fieldErrors: [{ field: 'email', rule: 'unique', message: 'm', code: 'field.unique' }] }))).toBe('Kontot finns redan.');
    expect(apiErrorText(translate, error({ status: 400, code: 'field.is-email', fieldErrors: [{ field: 'csv.line3.email', rule: 'isEmail', message: 'm', code: 'field.is-email' }] }))).toBe('Ogiltig e-post.');
    expect(apiErrorText(translate, error({ status: 400, fieldErrors: [{ field: 'name', rule: 'unique', message: 'm', code: 'field.unique' }] }))).toBe('Används redan.');
  });

  it('falls back to the status, and to the generic text for an unknown rule', () => {
    expect(apiErrorText(translate, error({ code: 'something.new' }))).toBe('Konflikt.');
    expect(apiErrorText(translate, error({ status: 400, fieldErrors: [{ field: 'x', rule: 'brandNew', message: 'The server says so' }] }))).toBe('Ogiltigt.');
    expect(apiErrorText(translate, error({ status: 0 }))).toBe('Ingen anslutning.');
  });

  it('lists the keys of a field error best first', () => {
    expect(fieldErrorKeys({ field: 'marks.0.traineeId', rule: 'enrolled', message: 'm', code: 'field.enrolled' })).toEqual([
      'validation.fields.traineeId.enrolled',
      'validation.rules.enrolled',
      'errors.codes.field.enrolled',
    ]);
  });

  it('reads the line of a CSV import error', () => {
    expect(csvLineOf({ field: 'csv.line12.email', rule: 'isEmail', message: 'm' })).toBe(12);
    expect(csvLineOf({ field: 'email', rule: 'isEmail', message: 'm' })).toBeNull();
  });
});

describe('preciseDetail', () => {
  it('names the key of a precise refusal code, and nothing for a status code or none', () => {
    expect(preciseDetail({ status: 409, code: 'make-up.withdrawn', message: 'x', fieldErrors: [] })).toEqual({ detail: 'errors.codes.make-up.withdrawn' });
    expect(preciseDetail({ status: 409, code: 'conflict', message: 'x', fieldErrors: [] })).toEqual({});
    expect(preciseDetail({ status: 409, message: 'x', fieldErrors: [] })).toEqual({});
  });
});
