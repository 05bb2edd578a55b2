import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { AuthService } from '@peer/web/auth/data-access';
import { aUser } from '@peer/web/auth/data-access/testing';
import { App } from './app';
import { LanguageService } from './i18n/language.service';
import { TranslationLoader } from './i18n/translations';

describe('App shell', () => {
  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ loader: provideTranslateLoader(TranslationLoader) }),
      ],
    });
    await TestBed.inject(LanguageService).init();
  });

  async function render() {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const buttons = (element: HTMLElement) => [...element.querySelectorAll('button')].map((b) => b.textContent?.trim());

  it('has a skip link, a banner, a main region and a footer', async () => {
    const { element } = await render();

    expect(element.querySelector('a.skip-link')?.textContent?.trim()).toBe('Hoppa till innehållet');
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('main#main-content')).not.toBeNull();
    expect(element.querySelector('footer')).not.toBeNull();
    expect(element.querySelector('.brand')?.textContent?.trim()).toBe('PEER Academy');
  });

  it('offers English while signed out, and no navigation', async () => {
    const { element } = await render();

    expect(buttons(element)).toEqual(['English']);
    expect(element.querySelector('nav')).toBeNull();
  });

  it('switches the language', async () => {
    const { fixture, element } = await render();
    element.querySelector('button')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(buttons(element)).toEqual(['Svenska']);
    expect(element.querySelector('a.skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows role-aware navigation and sign-out to a signed-in admin', async () => {
    const auth = TestBed.inject(AuthService);
    const me = auth.me();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(aUser({ role: 'admin', name: 'Ylva Sjöberg' }));
    await me;
    const { element } = await render();

    const nav = element.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Huvudmeny');
    expect([...(nav?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(['/', '/curriculum', '/cohorts', '/supervision', '/admin/users', '/admin/audit', '/admin/erasure-requests', '/admin/sign-in', '/admin/signatory', '/account/password']);
    expect(buttons(element)).toEqual(['English', 'Logga ut']);
  });

  it.each([
    ['course_leader', ['/', '/curriculum', '/cohorts', '/supervision', '/account/password']],
    ['trainee', ['/', '/curriculum', '/training', '/account/password']],
    // She reaches no cohorts, users, audit trail, erasure or supervision: only what is national.
    ['national_admin', ['/', '/curriculum', '/admin/organisations', '/account/password']],
  ] as const)('shows a %s the links of their role', async (role, links) => {
    const auth = TestBed.inject(AuthService);
    const me = auth.me();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(aUser({ role }));
    await me;
    const { element } = await render();

    expect([...element.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(links);
  });

  it('hides the navigation until a temporary password is changed', async () => {
    const auth = TestBed.inject(AuthService);
    const me = auth.me();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(aUser({ role: 'trainee', mustChangePassword: true }));
    await me;
    const { element } = await render();

    expect(element.querySelector('nav')).toBeNull();
    expect(buttons(element)).toContain('Logga ut');
  });
});
