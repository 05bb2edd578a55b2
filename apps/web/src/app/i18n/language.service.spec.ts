import { TestBed } from '@angular/core/testing';
import { provideTranslateLoader, provideTranslateService, TranslateService } from '@ngx-translate/core';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language.service';
import { TranslationLoader } from './translations';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    TestBed.configureTestingModule({
      providers: [provideTranslateService({ loader: provideTranslateLoader(TranslationLoader) })],
    });
  });

  it('starts in Swedish', async () => {
    const languages = TestBed.inject(LanguageService);
    await languages.init();

    expect(languages.language()).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
    expect(TestBed.inject(TranslateService).instant('auth.login.submit')).toBe('Logga in');
  });

  it('switches to English and remembers it', async () => {
    const languages = TestBed.inject(LanguageService);
    await languages.init();
    await languages.use('en');

    expect(languages.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(TestBed.inject(TranslateService).instant('auth.login.submit')).toBe('Sign in');
  });

  it('restores the remembered language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const languages = TestBed.inject(LanguageService);
    await languages.init();

    expect(languages.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores an unknown remembered value', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    const languages = TestBed.inject(LanguageService);
    await languages.init();

    expect(languages.language()).toBe('sv');
  });
});
