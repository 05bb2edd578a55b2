import { afterNextRender, ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { form, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import { normalisePersonalIdentityNumber, type UserDto } from '@peer/contract';
import { apiErrorMessage, FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { toApiError } from '@peer/web/shared/util';
import { UsersService } from '@peer/web/users/data-access';

/** This form's words for refusals that are not about the number. */
const REFUSALS = { 404: 'users.errors.not-found' };

/**
 * Gives an account a personal identity number, or removes it, so that her first sign-in through
 * the organisation's identity provider finds the account. The API keeps only a keyed hash: what
 * was typed is cleared once saved and never shown again.
 */
@Component({
  selector: 'peer-personal-identity-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './personal-identity-form.html',
  styleUrl: './personal-identity-form.css',
})
export class PersonalIdentityForm {
  private readonly usersService = inject(UsersService);

  readonly user = input.required<UserDto>();
  /** The account with its number given. */
  readonly saved = output<UserDto>();
  /** The account without a number. */
  readonly removed = output<UserDto>();
  readonly cancelled = output<void>();

  private readonly model = signal({ personalIdentityNumber: '' });
  protected readonly numberForm = form(this.model, (path) => {
    validate(path.personalIdentityNumber, ({ value }) =>
      normalisePersonalIdentityNumber(value()) === null ? { kind: 'personalIdentityNumber' } : undefined,
    );
  });
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly removing = signal(false);

  constructor() {
    // Bring keyboard and screen-reader users to the field.
    afterNextRender(() => this.numberForm.personalIdentityNumber().focusBoundControl());
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const user = this.user();
    const number = this.model().personalIdentityNumber.trim();
    const sent = await submitWithApiErrors(this.numberForm, {
      send: () => this.usersService.setPersonalIdentity(user.id, number),
      fields: { personalIdentityNumber: this.numberForm.personalIdentityNumber },
      message: this.message,
      refusals: REFUSALS,
    });
    if (sent) {
      // Never kept in the page once saved.
      this.numberForm().reset({ personalIdentityNumber: '' });
      this.saved.emit({ ...user, personalIdentity: true });
    }
  }

  protected async remove(): Promise<void> {
    if (this.removing()) return;
    const user = this.user();
    this.removing.set(true);
    this.message.set(null);
    try {
      await this.usersService.removePersonalIdentity(user.id);
      this.removed.emit({ ...user, personalIdentity: false });
    } catch (error) {
      this.message.set(apiErrorMessage(toApiError(error), [], 0, REFUSALS));
    } finally {
      this.removing.set(false);
    }
  }
}
