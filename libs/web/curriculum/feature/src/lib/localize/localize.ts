import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language, Text } from '@peer/curriculum/model';
import { injectContentLanguage, localize } from '@peer/web/curriculum/data-access';

// The pipes below are impure on purpose: they read the UI language signal, so a template
// that uses them re-renders in the other language as soon as the user switches.

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Intl locale of a content language. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** `one` or `other`, to pick a translation key for a count. */
export function pluralCategory(count: number, language: Language): 'one' | 'other' {
  return new Intl.PluralRules(localeOf(language)).select(count) === 'one' ? 'one' : 'other';
}

/** Joins phrases the way the language does: "a, b or c" / "a, b eller c". */
export function joinList(items: readonly string[], language: Language, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type }).format(items);
}

/** A curriculum text `{ sv, en }` in the UI language: `{{ course.title | text }}`. */
@Pipe({ name: 'text', pure: false })
export class TextPipe implements PipeTransform {
  private readonly language = injectContentLanguage();

  transform(text: Text): string {
    return localize(text, this.language());
  }
}

/** A date as "12 januari 2026" / "12 January 2026", in Swedish time. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = injectContentLanguage();

  transform(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(localeOf(this.language()), { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(date);
  }
}

export type Unit = 'hours' | 'minutes' | 'days';

/** A count with its unit, e.g. "72 timmar", "1 hour", "7,5 timmar": `{{ course.hours | unit: 'hours' }}`. */
@Pipe({ name: 'unit', pure: false })
export class UnitPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);
  private readonly language = injectContentLanguage();

  transform(count: number, unit: Unit): string {
    const language = this.language();
    const formatted = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(count);
    return String(this.translate.instant(`curriculum.units.${unit}.${pluralCategory(count, language)}`, { count: formatted }));
  }
}

export const LOCALIZE = [TextPipe, LocalDatePipe, UnitPipe] as const;
