import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { form, FormField, maxLength, minLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto } from '@peer/contract';
import { CertificatesService } from '@peer/web/certificates/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

/** Revokes a valid certificate with a reason; the verification page then says it is revoked. */
@Component({
  selector: 'peer-revoke-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  template: `
    <form class="form" novalidate (submit)="onSubmit($event)">
      <div class="field">
        <label [for]="id('reason')">{{ 'certificates.history.revokeReason' | translate }}</label>
        <textarea
          #reasonInput
          rows="2"
          [id]="id('reason')"
          [attr.aria-describedby]="id('hint') + ' ' + id('privacy') + ' ' + id('errors')"
          [formField]="revokeForm.reason"
          [attr.aria-invalid]="revokeForm.reason().touched() && revokeForm.reason().invalid()"
        ></textarea>
        <p class="field-hint" [id]="id('hint')">{{ 'certificates.history.revokeHint' | translate }}</p>
        <p class="field-hint privacy-hint" [id]="id('privacy')">{{ 'privacy.reminder' | translate }}</p>
        <peer-field-errors [id]="id('errors')" name="reason" [field]="revokeForm.reason" />
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
        <button type="submit" class="btn btn-primary" [attr.aria-busy]="revokeForm().submitting()">
          {{ 'certificates.history.confirmRevoke' | translate }}<span class="visually-hidden">: {{ certificate().holderName }}</span>
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
export class RevokeForm {
  private readonly certificates = inject(CertificatesService);

  readonly certificate = input.required<CertificateDto>();
  readonly revoked = output<CertificateDto>();
  readonly cancelled = output<void>();

  private readonly model = signal({ reason: '' });
  protected readonly revokeForm = form(this.model, (path) => {
    required(path.reason);
    minLength(path.reason, 3);
    maxLength(path.reason, 500);
  });
  protected readonly feedback = signal<FormFeedback | null>(null);
  private readonly reasonInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('reasonInput');

  constructor() {
    afterNextRender(() => this.reasonInput().nativeElement.focus());
  }

  protected id(part: string): string {
    return `revoke-${this.certificate().id}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let revoked: CertificateDto | undefined;
    await submit(this.revokeForm, {
      action: async () => {
        try {
          revoked = await this.certificates.revoke(this.certificate().id, this.model().reason.trim());
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, { reason: this.revokeForm.reason });
          const feedback = formFeedback(apiError, mapped, { 409: 'certificates.history.refused' });
          this.feedback.set(apiError.status === 409 ? { ...feedback, details: [apiError.message] } : feedback);
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (revoked) this.revoked.emit(revoked);
    else focusFirstInvalid(this.revokeForm);
  }
}
