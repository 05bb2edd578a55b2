import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { form, FormField, maxLength, minLength, required, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto, CertificateLanguage } from '@peer/contract';
import { CERTIFICATE_LANGUAGES, CertificatesService, ReissueInput } from '@peer/web/certificates/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

interface ReissueModel {
  holderName: string;
  language: CertificateLanguage;
  reason: string;
}

/** Issues a corrected certificate (name, language) that supersedes this one, with a reason. */
@Component({
  selector: 'peer-reissue-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, TextField, FormMessageView],
  template: `
    <form class="form" novalidate (submit)="onSubmit($event)">
      <peer-text-field
        [field]="reissueForm.holderName"
        [inputId]="id('name')"
        label="certificates.history.holderName"
        name="holderName"
        autocomplete="off"
      />
      <div class="field">
        <label [for]="id('language')">{{ 'certificates.history.reissueLanguage' | translate }}</label>
        <select [id]="id('language')" [formField]="reissueForm.language">
          @for (language of languages; track language) {
            <option [value]="language">{{ 'certificateLanguage.' + language | translate }}</option>
          }
        </select>
      </div>
      <peer-text-field
        [field]="reissueForm.reason"
        [inputId]="id('reason')"
        label="certificates.history.reissueReason"
        name="reason"
        [hints]="['privacy.reminder']"
        [rows]="2"
      />
      <peer-form-message [message]="message()" />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" [disabled]="reissueForm().submitting()" [attr.aria-busy]="reissueForm().submitting()">
          {{ 'certificates.history.confirmReissue' | translate }}<span class="visually-hidden">: {{ certificate().holderName }}</span>
        </button>
        <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
      </div>
    </form>
  `,
})
export class ReissueForm {
  private readonly certificates = inject(CertificatesService);

  readonly certificate = input.required<CertificateDto>();
  /** The new certificate. */
  readonly reissued = output<CertificateDto>();
  readonly cancelled = output<void>();

  protected readonly languages = CERTIFICATE_LANGUAGES;
  private readonly model = signal<ReissueModel>({ holderName: '', language: 'sv', reason: '' });
  protected readonly reissueForm = form(this.model, (path) => {
    required(path.holderName);
    validate(path.holderName, ({ value }) => (value() && !value().trim() ? { kind: 'required' } : undefined));
    maxLength(path.holderName, 120);
    required(path.language);
    required(path.reason);
    minLength(path.reason, 3);
    maxLength(path.reason, 500);
  });
  protected readonly message = signal<FormMessage | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterNextRender(() => {
      const { holderName, language } = this.certificate();
      this.model.set({ holderName, language, reason: '' });
      this.host.nativeElement.querySelector<HTMLInputElement>('input')?.focus();
    });
  }

  protected id(part: string): string {
    return `reissue-${this.certificate().id}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { holderName, language, reason } = this.model();
    const old = this.certificate();
    // Send only what changes; the reason always.
    const input: ReissueInput = {
      reason: reason.trim(),
      ...(holderName.trim() !== old.holderName ? { holderName: holderName.trim() } : {}),
      ...(language !== old.language ? { language } : {}),
    };
    const sent = await submitWithApiErrors(this.reissueForm, {
      send: () => this.certificates.reissue(old.id, input),
      fields: { holderName: this.reissueForm.holderName, language: this.reissueForm.language, reason: this.reissueForm.reason },
      message: this.message,
    });
    if (sent) this.reissued.emit(sent.value);
  }
}
