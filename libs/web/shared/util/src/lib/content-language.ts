import { computed, inject, Signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

/** A language the product's texts come in. */
export type ContentLanguage = 'sv' | 'en';

/** A text in both languages, as the curriculum and the API's answers carry it. */
export interface BilingualText {
  readonly sv: string;
  readonly en: string;
}

/**
 * The language to show curriculum texts in: the UI language, following the language switch.
 * Call in an injection context.
 */
export function injectContentLanguage(): Signal<ContentLanguage> {
  const current = inject(TranslateService).currentLang;
  return computed(() => (current() === 'en' ? 'en' : 'sv'));
}

/** One language's side of a curriculum text; the other side if that one is empty. */
export function localize(text: BilingualText, language: ContentLanguage): string {
  return text[language] || text[language === 'en' ? 'sv' : 'en'];
}
