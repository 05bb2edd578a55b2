import { computed, inject, Signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language, Text } from '@peer/curriculum/model';

/**
 * The language to show curriculum texts in: the UI language, following the language switch.
 * Call in an injection context.
 */
export function injectContentLanguage(): Signal<Language> {
  const current = inject(TranslateService).currentLang;
  return computed(() => (current() === 'en' ? 'en' : 'sv'));
}

/** One language's side of a curriculum text; the other side if that one is empty. */
export function localize(text: Text, language: Language): string {
  return text[language] || text[language === 'en' ? 'sv' : 'en'];
}
