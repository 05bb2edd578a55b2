import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from './auth.service';
import { provideSessionHttpClient } from './provide-session-http-client';
import { aUser } from '../testing';

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideSessionHttpClient(), provideHttpClientTesting()],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('starts with nobody signed in', () => {
    expect(auth.user()).toBeNull();
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.role()).toBeNull();
  });

  describe('me', () => {
    it('stores the user the API reports', async () => {
      const user = aUser({ role: 'admin' });
      const me = auth.me();
      http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(user);

      await expect(me).resolves.toEqual(user);
      expect(auth.user()).toEqual(user);
      expect(auth.isSignedIn()).toBe(true);
      expect(auth.role()).toBe('admin');
    });

    it('treats 401 as signed out', async () => {
      const me = auth.me();
      http.expectOne('/api/auth/me').flush(unauthorizedBody(), { status: 401, statusText: 'Unauthorized' });

      await expect(me).resolves.toBeNull();
      expect(auth.isSignedIn()).toBe(false);
    });

    it('rethrows other failures', async () => {
      const me = auth.me();
      http.expectOne('/api/auth/me').flush(null, { status: 503, statusText: 'Service Unavailable' });

      await expect(me).rejects.toBeInstanceOf(HttpErrorResponse);
    });
  });

  describe('ensureSession', () => {
    it('asks the API once and caches the answer', async () => {
      const user = aUser();
      const first = auth.ensureSession();
      const concurrent = auth.ensureSession();
      http.expectOne('/api/auth/me').flush(user);

      await expect(first).resolves.toEqual(user);
      await expect(concurrent).resolves.toEqual(user);
      await expect(auth.ensureSession()).resolves.toEqual(user);
      http.expectNone('/api/auth/me');
    });

    it('caches a signed-out answer too', async () => {
      const first = auth.ensureSession();
      http.expectOne('/api/auth/me').flush(unauthorizedBody(), { status: 401, statusText: 'Unauthorized' });
      await first;

      await expect(auth.ensureSession()).resolves.toBeNull();
      http.expectNone('/api/auth/me');
    });

    it('asks again after a failure', async () => {
      const first = auth.ensureSession();
      http.expectOne('/api/auth/me').error(new ProgressEvent('error'));
      await expect(first).rejects.toBeDefined();

      const second = auth.ensureSession();
      http.expectOne('/api/auth/me').flush(aUser());
      await expect(second).resolves.toEqual(aUser());
    });
  });

  describe('login', () => {
    it('posts the credentials with the CSRF header and stores the user', async () => {
      document.cookie = 'XSRF-TOKEN=token-123; path=/';
      const user = aUser({ mustChangePassword: true });
      const login = auth.login({ email: user.email, password: 'secret' });
      const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
      expect(request.request.body).toEqual({ email: user.email, password: 'secret' });
      expect(request.request.headers.get('X-XSRF-TOKEN')).toBe('token-123');
      request.flush(user);

      await expect(login).resolves.toEqual(user);
      expect(auth.user()).toEqual(user);
      expect(auth.mustChangePassword()).toBe(true);
    });

    it('keeps the user signed out on wrong credentials', async () => {
      const login = auth.login({ email: 'a@example.org', password: 'wrong' });
      http.expectOne('/api/auth/login').flush(unauthorizedBody(), { status: 401, statusText: 'Unauthorized' });

      await expect(login).rejects.toMatchObject({ status: 401 });
      expect(auth.isSignedIn()).toBe(false);
    });
  });

  describe('logout', () => {
    beforeEach(async () => {
      const login = auth.login({ email: 'a@example.org', password: 'secret' });
      http.expectOne('/api/auth/login').flush(aUser());
      await login;
    });

    it('ends the session and forgets the user', async () => {
      const logout = auth.logout();
      http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });

      await logout;
      expect(auth.isSignedIn()).toBe(false);
    });

    it('forgets the user when the session had already ended', async () => {
      const logout = auth.logout();
      http.expectOne('/api/auth/logout').flush(unauthorizedBody(), { status: 401, statusText: 'Unauthorized' });

      await logout;
      expect(auth.isSignedIn()).toBe(false);
    });

    it('keeps the user when the server could not be told', async () => {
      const logout = auth.logout();
      http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));

      await expect(logout).rejects.toBeDefined();
      expect(auth.isSignedIn()).toBe(true);
    });
  });

  describe('changePassword', () => {
    it('clears the pending password change after success', async () => {
      const login = auth.login({ email: 'a@example.org', password: 'temporary' });
      http.expectOne('/api/auth/login').flush(aUser({ mustChangePassword: true }));
      await login;

      const change = auth.changePassword({ currentPassword: 'temporary', newPassword: 'a long new passphrase' });
      const request = http.expectOne({ method: 'POST', url: '/api/auth/password' });
      expect(request.request.body).toEqual({ currentPassword: 'temporary', newPassword: 'a long new passphrase' });
      request.flush(null, { status: 204, statusText: 'No Content' });

      await change;
      expect(auth.mustChangePassword()).toBe(false);
      expect(auth.isSignedIn()).toBe(true);
    });

    it('passes field errors on', async () => {
      const change = auth.changePassword({ currentPassword: 'wrong', newPassword: 'a long new passphrase' });
      http.expectOne('/api/auth/password').flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'currentPassword is wrong',
          errors: [{ field: 'currentPassword', rule: 'matchesCurrent', message: 'currentPassword is wrong' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );

      await expect(change).rejects.toMatchObject({ status: 400 });
    });
  });
});

function unauthorizedBody() {
  return { statusCode: 401, error: 'Unauthorized', message: 'Sign in first' };
}
