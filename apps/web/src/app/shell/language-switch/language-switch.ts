import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../i18n/language.service';
import { Language } from '../../i18n/translations';

/** One button offering the other language, named in that language ("English" / "Svenska"). */
@Component({
  selector: 'app-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <button type="button" class="btn btn-ghost" [attr.lang]="other()" (click)="switch()">
      {{ 'language.switchTo' | translate }}
    </button>
  `,
})
export class LanguageSwitch {
  private readonly languages = inject(LanguageService);

  protected readonly other = computed<Language>(() => (this.languages.language() === 'sv' ? 'en' : 'sv'));

  protected switch(): void {
    void this.languages.use(this.other());
  }
}
