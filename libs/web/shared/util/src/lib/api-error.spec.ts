import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { errorMessageKey, toApiError } from './api-error';

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
    [400, 'errors.unexpected'],
  ])('maps status %i to %s', (status, key) => {
    expect(errorMessageKey({ status, message: '', fieldErrors: [] })).toBe(key);
  });
});
