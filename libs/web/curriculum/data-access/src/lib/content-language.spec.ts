import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { injectContentLanguage, localize } from './content-language';

describe('content language', () => {
  it('follows the UI language, Swedish by default', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    const language = TestBed.runInInjectionContext(() => injectContentLanguage());

    expect(language()).toBe('sv');
    translate.setTranslation('en', {});
    translate.use('en');
    expect(language()).toBe('en');
    translate.setTranslation('sv', {});
    translate.use('sv');
    expect(language()).toBe('sv');
  });

  it('picks one side of a text', () => {
    expect(localize({ sv: 'Återhämtning', en: 'Recovery' }, 'sv')).toBe('Återhämtning');
    expect(localize({ sv: 'Återhämtning', en: 'Recovery' }, 'en')).toBe('Recovery');
    expect(localize({ sv: 'Återhämtning', en: '' }, 'en')).toBe('Återhämtning');
  });
});
