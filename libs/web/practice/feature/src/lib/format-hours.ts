import type { Language } from '@peer/curriculum/model';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Hours as people write them in the language: "3,5" in Swedish, "3.5" in English. */
export function formatHours(hours: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(hours);
}
