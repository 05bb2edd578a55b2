import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, isLanguage, Language } from './translations';

export const LANGUAGE_STORAGE_KEY = 'peer.language';

/** The UI language: Swedish unless the user chose English; remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();

  /** Restores the remembered language; resolves once its texts are loaded. */
  init(): Promise<void> {
    return this.apply(this.remembered() ?? DEFAULT_LANGUAGE);
  }

  /** Switches the UI language and remembers the choice. */
  async use(language: Language): Promise<void> {
    await this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage may be disabled; the choice then lasts for this visit only.
    }
  }

  private async apply(language: Language): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    this.current.set(language);
    this.document.documentElement.lang = language;
  }

  private remembered(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      return null;
    }
  }
}
