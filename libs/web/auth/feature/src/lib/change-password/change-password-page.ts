import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { form, required } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService, newPasswordRules, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@peer/web/auth/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { safeReturnUrl } from '@peer/web/shared/util';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Change one's password; after a first sign-in with a temporary password this is required. */
@Component({
  selector: 'peer-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './change-password-page.html',
})
export class ChangePasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to continue after a required change (query parameter). */
  readonly returnUrl = input<string>();

  /** Read once: the page keeps its wording after the change succeeds. */
  protected readonly temporaryPassword = this.auth.mustChangePassword();
  protected readonly limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

  private readonly model = signal({ ...EMPTY });
  protected readonly passwordForm = form(this.model, (path) => {
    required(path.currentPassword);
    newPasswordRules(path.newPassword, path.confirmPassword);
  });
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly changed = signal(false);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.changed.set(false);
    const { currentPassword, newPassword } = this.model();
    const sent = await submitWithApiErrors(this.passwordForm, {
      send: () => this.auth.changePassword({ currentPassword, newPassword }),
      fields: { currentPassword: this.passwordForm.currentPassword, newPassword: this.passwordForm.newPassword },
      message: this.message,
    });
    if (!sent) return;
    if (this.temporaryPassword) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      return;
    }
    this.passwordForm().reset({ ...EMPTY });
    this.changed.set(true);
  }
}
