import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { email, form, maxLength, required } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { InvitationDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

const EMPTY = { name: '', email: '' };

/** Invites one person by name and e-mail; she joins the cohort when she accepts. */
@Component({
  selector: 'peer-enrol-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
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
  protected readonly message = signal<FormMessage | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { name, email } = this.model();
    const sent = await submitWithApiErrors(this.enrolForm, {
      send: () => this.cohorts.enrol(this.cohortId(), { name: name.trim(), email: email.trim() }),
      fields: { name: this.enrolForm.name, email: this.enrolForm.email },
      message: this.message,
    });
    if (sent) {
      this.enrolForm().reset({ ...EMPTY });
      this.enrolled.emit(sent.value);
    }
  }
}
