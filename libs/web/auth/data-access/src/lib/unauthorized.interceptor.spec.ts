import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { aUser } from '../testing';
import { AuthService } from './auth.service';
import { provideSessionHttpClient } from './provide-session-http-client';

@Component({ template: '' })
class Blank {}

describe('unauthorizedInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthService;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Blank },
          { path: 'admin/users', component: Blank },
        ]),
        provideSessionHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);

    const login = auth.login({ email: 'a@example.org', password: 'secret' });
    http.expectOne('/api/auth/login').flush(aUser({ role: 'admin' }));
    await login;
    await router.navigateByUrl('/admin/users?role=trainee');
  });

  afterEach(() => http.verify());

  it('signs out locally and returns to sign-in on a 401', async () => {
    const call = firstValueFrom(client.get('/api/users'));
    http.expectOne('/api/users').flush({ statusCode: 401, error: 'Unauthorized', message: 'Sign in first' }, { status: 401, statusText: 'Unauthorized' });

    await expect(call).rejects.toMatchObject({ status: 401 });
    await new Promise((resolve) => setTimeout(resolve));
    expect(auth.isSignedIn()).toBe(false);
    expect(router.url).toBe('/login?returnUrl=%2Fadmin%2Fusers%3Frole%3Dtrainee&reason=expired');
  });

  it('leaves other errors alone', async () => {
    const call = firstValueFrom(client.get('/api/users'));
    http.expectOne('/api/users').flush({ statusCode: 403, error: 'Forbidden', message: 'No' }, { status: 403, statusText: 'Forbidden' });

    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(auth.isSignedIn()).toBe(true);
    expect(router.url).toBe('/admin/users?role=trainee');
  });

  it('does not treat a wrong password at sign-in as an ended session', async () => {
    const login = auth.login({ email: 'a@example.org', password: 'wrong' });
    http.expectOne('/api/auth/login').flush({ statusCode: 401, error: 'Unauthorized', message: 'Wrong e-mail or password' }, { status: 401, statusText: 'Unauthorized' });

    await expect(login).rejects.toMatchObject({ status: 401 });
    expect(router.url).toBe('/admin/users?role=trainee');
  });
});
