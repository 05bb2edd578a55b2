import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { provideTestTranslations } from './translations';

describe('provideTestTranslations', () => {
  it('serves the shared words and the given slices in Swedish, and in English on switching', async () => {
    const slice = { sv: { demo: { greeting: 'Hej {{name}}' } }, en: { demo: { greeting: 'Hello {{name}}' } } };
    TestBed.configureTestingModule({ providers: [provideTestTranslations(slice)] });
    const translate = TestBed.inject(TranslateService);
    expect(translate.instant('demo.greeting', { name: 'Ada' })).toBe('Hej Ada');
    expect(translate.instant('common.cancel')).toBe('Avbryt');
    translate.use('en');
    expect(translate.instant('demo.greeting', { name: 'Ada' })).toBe('Hello Ada');
    expect(translate.instant('common.cancel')).toBe('Cancel');
  });
});
