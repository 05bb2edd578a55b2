import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { email, form, FormField, required, submit } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { UserDto } from '@peer/contract';
import { AUTH_PATHS, AuthService, returnUrlParams } from '@peer/web/auth/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, safeReturnUrl, toApiError } from '@peer/web/shared/util';

const STATUS_MESSAGES = { 401: 'auth.login.wrongCredentials', 429: 'auth.login.tooManyAttempts' };

@Component({
  selector: 'peer-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  templateUrl: './login-page.html',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to go after signing in (query parameter). */
  readonly returnUrl = input<string>();
  /** `expired` when the previous session ended (query parameter). */
  readonly reason = input<string>();

  private readonly model = signal({ email: '', password: '' });
  protected readonly loginForm = form(this.model, (path) => {
    required(path.email);
    email(path.email);
    required(path.password);
  });
  /** A message about the whole form, e.g. wrong e-mail or password. */
  protected readonly feedback = signal<FormFeedback | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let user: UserDto | undefined;
    const ok = await submit(this.loginForm, {
      action: async () => {
        try {
          user = await this.auth.login(this.model());
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, { email: this.loginForm.email, password: this.loginForm.password });
          this.feedback.set(formFeedback(apiError, mapped, STATUS_MESSAGES));
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (ok && user) {
      const target = safeReturnUrl(this.returnUrl());
      await this.router.navigateByUrl(
        user.mustChangePassword
          ? this.router.createUrlTree([AUTH_PATHS.changePassword], { queryParams: returnUrlParams(target) })
          : target,
      );
    } else {
      focusFirstInvalid(this.loginForm);
    }
  }
}
