import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { email, form, FormField, maxLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { InvitationDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

const EMPTY = { name: '', email: '' };

/** Invites one person by name and e-mail; she joins the cohort when she accepts. */
@Component({
  selector: 'peer-enrol-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  templateUrl: './enrol-form.html',
})
export class EnrolForm {
  private readonly cohorts = inject(CohortsService);

  readonly cohortId = input.required<string>();
  readonly enrolled = output<InvitationDto>();

  private readonly model = signal({ ...EMPTY });
  protected readonly enrolForm = form(this.model, (path) => {
    required(path.name);
    maxLength(path.name, 120);
    required(path.email);
    email(path.email);
    maxLength(path.email, 254);
  });
  protected readonly feedback = signal<FormFeedback | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let response: InvitationDto | undefined;
    await submit(this.enrolForm, {
      action: async () => {
        const { name, email } = this.model();
        try {
          response = await this.cohorts.enrol(this.cohortId(), { name: name.trim(), email: email.trim() });
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, { name: this.enrolForm.name, email: this.enrolForm.email });
          this.feedback.set(formFeedback(apiError, mapped));
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (response) {
      this.enrolForm().reset({ ...EMPTY });
      this.enrolled.emit(response);
    } else {
      focusFirstInvalid(this.enrolForm);
    }
  }
}
