import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal } from '@angular/core';
import { form, FormField, maxLength, required } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto, RevocationReason } from '@peer/contract';
import { CertificatesService, REVOCATION_NOTE_MAX, REVOCATION_PUBLIC_TEXT, REVOCATION_REASONS } from '@peer/web/certificates/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { FieldErrors, FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

/**
 * Revokes a valid certificate. The leader picks one of the fixed public reasons
 * and may add an internal note; the form spells out what the public verification
 * page will say, so nothing typed here can end up in public by surprise.
 */
@Component({
  selector: 'peer-revoke-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors, FORMAT, TextField, FormMessageView],
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
      <peer-text-field
        [field]="revokeForm.note"
        [inputId]="id('note')"
        label="certificates.history.revokeNote"
        name="note"
        [hints]="['certificates.history.revokeNoteHint', 'privacy.reminder']"
        [rows]="2"
      />
      <p class="public-preview" aria-live="polite">
        @if (chosenText(); as text) {
          {{ 'certificates.history.revokePreview' | translate: { date: today, reason: (text | text) } }}
        } @else {
          {{ 'certificates.history.revokeChoose' | translate }}
        }
      </p>
      <peer-form-message [message]="message()" />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" [disabled]="revokeForm().submitting()" [attr.aria-busy]="revokeForm().submitting()">
          {{ 'certificates.history.confirmRevoke' | translate }}<span class="visually-hidden">: {{ certificate().holderName }}</span>
        </button>
        <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
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
  protected readonly message = signal<FormMessage | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('input[type=radio]')?.focus());
  }

  protected id(part: string): string {
    return `revoke-${this.certificate().id}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { reason, note } = this.model();
    const sent = await submitWithApiErrors(this.revokeForm, {
      send: () => this.certificates.revoke(this.certificate().id, { reason: reason as RevocationReason, ...(note.trim() ? { note: note.trim() } : {}) }),
      fields: { reason: this.revokeForm.reason, note: this.revokeForm.note },
      message: this.message,
    });
    if (sent) this.revoked.emit(sent.value);
  }
}
