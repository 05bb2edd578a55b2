import { EnvironmentProviders, inject, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { sharedEn, sharedSv } from '@peer/web/shared/ui/i18n';

/** One feature's slice of the app's texts, as its `lib/i18n/sv.ts` and `en.ts` export them. */
export interface TextSlice {
  sv: object;
  en: object;
}

/**
 * The app's real texts for a test: the shared words and the given features' slices, in
 * Swedish (in use) and English. Tests then read what a user reads, and a renamed key fails them.
 */
export function provideTestTranslations(...slices: TextSlice[]): EnvironmentProviders {
  const sv = Object.assign({}, sharedSv, ...slices.map((slice) => slice.sv));
  const en = Object.assign({}, sharedEn, ...slices.map((slice) => slice.en));
  return makeEnvironmentProviders([
    provideTranslateService(),
    provideEnvironmentInitializer(() => {
      const translate = inject(TranslateService);
      translate.setTranslation('sv', sv);
      translate.setTranslation('en', en);
      translate.use('sv');
    }),
  ]);
}
