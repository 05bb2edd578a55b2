import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { from, Observable, of } from 'rxjs';
import type { TranslationShape } from '@peer/web/shared/util';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

export type Translations = TranslationShape<typeof sv>;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/**
 * Serves the texts from typed TypeScript objects: Swedish ships with the app (it is the
 * default), English is a lazy chunk loaded when chosen.
 */
@Injectable()
export class TranslationLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return lang === 'en' ? from(import('./en').then((m) => m.en)) : of(sv);
  }
}
