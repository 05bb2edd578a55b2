import { Pipe, PipeTransform } from '@angular/core';
import { BilingualText, ContentLanguage as Language, injectContentLanguage, localize } from './content-language';

// Impure on purpose: they read the UI language signal, so a template that uses them
// re-renders in the other language as soon as the user switches.

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Formats a calendar date `YYYY-MM-DD` (a Swedish wall-clock date) without shifting it across time zones. */
export function formatDay(date: string, language: Language, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(utc);
}

/** A whole number with the language's digit grouping: "1 000" / "1,000". */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

/** Formats an instant (ISO 8601) in Swedish time, with the time of day. */
export function formatInstant(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(date);
}

/** A `{ sv, en }` text in the UI language: `{{ cohort.courseTitle | text }}`. */
@Pipe({ name: 'text', pure: false })
export class TextPipe implements PipeTransform {
  private readonly language = injectContentLanguage();

  transform(text: BilingualText): string {
    return localize(text, this.language());
  }
}

/** A course-day date: "mån 2 mars 2026" / "Mon 2 Mar 2026"; `'short'` leaves out the weekday. */
@Pipe({ name: 'day', pure: false })
export class DayPipe implements PipeTransform {
  private readonly language = injectContentLanguage();

  transform(date: string, style: 'long' | 'short' = 'long'): string {
    return formatDay(date, this.language(), style);
  }
}

/** When something happened: "2 mars 2026 09:05", in Swedish time. */
@Pipe({ name: 'instant', pure: false })
export class InstantPipe implements PipeTransform {
  private readonly language = injectContentLanguage();

  transform(iso: string): string {
    return formatInstant(iso, this.language());
  }
}

export const FORMAT = [TextPipe, DayPipe, InstantPipe] as const;
