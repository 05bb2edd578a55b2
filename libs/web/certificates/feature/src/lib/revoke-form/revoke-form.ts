import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal } from '@angular/core';
import { form, FormField, maxLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto, RevocationReason } from '@peer/contract';
import { CertificatesService, REVOCATION_NOTE_MAX, REVOCATION_PUBLIC_TEXT, REVOCATION_REASONS } from '@peer/web/certificates/data-access';
import { FORMAT } from '@peer/web/cohorts/feature';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

/**
 * Revokes a valid certificate. The leader picks one of the fixed public reasons
 * and may add an internal note; the form spells out what the public verification
 * page will say, so nothing typed here can end up in public by surprise.
 */
@Component({
  selector: 'peer-revoke-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors, FORMAT],
  template: `
    <form class="form" novalidate (submit)="onSubmit($event)">
      <fieldset class="field" [attr.aria-describedby]="id('reason-hint') + ' ' + id('reason-errors')">
        <legend>{{ 'certificates.history.revokeReason' | translate }}</legend>
        <p class="field-hint" [id]="id('reason-hint')">{{ 'certificates.history.revokeReasonHint' | translate }}</p>
        @for (reason of reasons; track reason) {
          <div class="choice">
            <input type="radio" [id]="id(reason)" [value]="reason" [formField]="revokeForm.reason" />
            <label [for]="id(reason)">{{ publicText[reason] | text }}</label>
          </div>
        }
        <peer-field-errors [id]="id('reason-errors')" name="reason" [field]="revokeForm.reason" />
      </fieldset>
      <div class="field">
        <label [for]="id('note')">{{ 'certificates.history.revokeNote' | translate }}</label>
        <textarea
          rows="2"
          [id]="id('note')"
          [attr.aria-describedby]="id('note-hint') + ' ' + id('privacy') + ' ' + id('note-errors')"
          [formField]="revokeForm.note"
          [attr.aria-invalid]="revokeForm.note().touched() && revokeForm.note().invalid()"
        ></textarea>
        <p class="field-hint" [id]="id('note-hint')">{{ 'certificates.history.revokeNoteHint' | translate }}</p>
        <p class="field-hint privacy-hint" [id]="id('privacy')">{{ 'privacy.reminder' | translate }}</p>
        <peer-field-errors [id]="id('note-errors')" name="note" [field]="revokeForm.note" />
      </div>
      <p class="public-preview" aria-live="polite">
        @if (chosenText(); as text) {
          {{ 'certificates.history.revokePreview' | translate: { date: today, reason: (text | text) } }}
        } @else {
          {{ 'certificates.history.revokeChoose' | translate }}
        }
      </p>
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
    .public-preview {
      border-left: 4px solid var(--color-border, currentColor);
      padding-left: 0.75rem;
    }
  `,
})
export class RevokeForm {
  private readonly certificates = inject(CertificatesService);

  readonly certificate = input.required<CertificateDto>();
  readonly revoked = output<CertificateDto>();
  readonly cancelled = output<void>();

  protected readonly reasons = REVOCATION_REASONS;
  protected readonly publicText = REVOCATION_PUBLIC_TEXT;
  /** The date as the public page prints it (the revocation is dated when it is sent). */
  protected readonly today = new Date().toISOString().slice(0, 10);

  // No reason is preselected: the leader chooses what the public is told.
  private readonly model = signal<{ reason: RevocationReason | ''; note: string }>({ reason: '', note: '' });
  protected readonly revokeForm = form(this.model, (path) => {
    required(path.reason);
    maxLength(path.note, REVOCATION_NOTE_MAX);
  });
  protected readonly chosenText = computed(() => {
    const reason = this.model().reason;
    return reason ? this.publicText[reason] : null;
  });
  protected readonly feedback = signal<FormFeedback | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('input[type=radio]')?.focus());
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
          const { reason, note } = this.model();
          revoked = await this.certificates.revoke(this.certificate().id, { reason: reason as RevocationReason, ...(note.trim() ? { note: note.trim() } : {}) });
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, { reason: this.revokeForm.reason, note: this.revokeForm.note });
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
