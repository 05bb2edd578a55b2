import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { form, FormField, maxLength, minLength, required, submit, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto, CertificateLanguage } from '@peer/contract';
import { CERTIFICATE_LANGUAGES, CertificatesService, ReissueInput } from '@peer/web/certificates/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

interface ReissueModel {
  holderName: string;
  language: CertificateLanguage;
  reason: string;
}

/** Issues a corrected certificate (name, language) that supersedes this one, with a reason. */
@Component({
  selector: 'peer-reissue-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  template: `
    <form class="form" novalidate (submit)="onSubmit($event)">
      <div class="field">
        <label [for]="id('name')">{{ 'certificates.history.holderName' | translate }}</label>
        <input
          #nameInput
          type="text"
          autocomplete="off"
          [id]="id('name')"
          [attr.aria-describedby]="id('name-errors')"
          [formField]="reissueForm.holderName"
          [attr.aria-invalid]="reissueForm.holderName().touched() && reissueForm.holderName().invalid()"
        />
        <peer-field-errors [id]="id('name-errors')" name="holderName" [field]="reissueForm.holderName" />
      </div>
      <div class="field">
        <label [for]="id('language')">{{ 'certificates.history.reissueLanguage' | translate }}</label>
        <select [id]="id('language')" [formField]="reissueForm.language">
          @for (language of languages; track language) {
            <option [value]="language">{{ 'certificateLanguage.' + language | translate }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label [for]="id('reason')">{{ 'certificates.history.reissueReason' | translate }}</label>
        <textarea
          rows="2"
          [id]="id('reason')"
          [attr.aria-describedby]="id('privacy') + ' ' + id('reason-errors')"
          [formField]="reissueForm.reason"
          [attr.aria-invalid]="reissueForm.reason().touched() && reissueForm.reason().invalid()"
        ></textarea>
        <p class="field-hint privacy-hint" [id]="id('privacy')">{{ 'privacy.reminder' | translate }}</p>
        <peer-field-errors [id]="id('reason-errors')" name="reason" [field]="reissueForm.reason" />
      </div>
      <div role="alert">
        @if (feedback(); as message) {
          <div class="alert alert-error">
            <p>{{ message.key | translate }}</p>
            @for (detail of message.details; track $index) {
              <p lang="en">{{ detail }}</p>
            }
          </div>
        }
      </div>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" [attr.aria-busy]="reissueForm().submitting()">
          {{ 'certificates.history.confirmReissue' | translate }}<span class="visually-hidden">: {{ certificate().holderName }}</span>
        </button>
        <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    .privacy-hint {
      color: var(--color-warning);
      font-weight: 600;
    }
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
  protected readonly feedback = signal<FormFeedback | null>(null);
  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');

  constructor() {
    afterNextRender(() => {
      const { holderName, language } = this.certificate();
      this.model.set({ holderName, language, reason: '' });
      this.nameInput().nativeElement.focus();
    });
  }

  protected id(part: string): string {
    return `reissue-${this.certificate().id}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let issued: CertificateDto | undefined;
    await submit(this.reissueForm, {
      action: async () => {
        const { holderName, language, reason } = this.model();
        const old = this.certificate();
        // Send only what changes; the reason always.
        const input: ReissueInput = {
          reason: reason.trim(),
          ...(holderName.trim() !== old.holderName ? { holderName: holderName.trim() } : {}),
          ...(language !== old.language ? { language } : {}),
        };
        try {
          issued = await this.certificates.reissue(old.id, input);
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, {
            holderName: this.reissueForm.holderName,
            language: this.reissueForm.language,
            reason: this.reissueForm.reason,
          });
          const feedback = formFeedback(apiError, mapped, { 409: 'certificates.history.refused' });
          this.feedback.set(apiError.status === 409 ? { ...feedback, details: [apiError.message] } : feedback);
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (issued) this.reissued.emit(issued);
    else focusFirstInvalid(this.reissueForm);
  }
}
