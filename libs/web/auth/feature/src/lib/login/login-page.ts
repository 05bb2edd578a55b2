import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { email, form, required } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AUTH_PATHS, AuthService, returnUrlParams } from '@peer/web/auth/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { safeReturnUrl } from '@peer/web/shared/util';

const STATUS_MESSAGES = { 401: 'auth.login.wrongCredentials', 429: 'auth.login.tooManyAttempts' };

@Component({
  selector: 'peer-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
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
  protected readonly message = signal<FormMessage | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const sent = await submitWithApiErrors(this.loginForm, {
      send: () => this.auth.login(this.model()),
      fields: { email: this.loginForm.email, password: this.loginForm.password },
      message: this.message,
      refusals: STATUS_MESSAGES,
    });
    if (sent) {
      const user = sent.value;
      const target = safeReturnUrl(this.returnUrl());
      await this.router.navigateByUrl(
        user.mustChangePassword
          ? this.router.createUrlTree([AUTH_PATHS.changePassword], { queryParams: returnUrlParams(target) })
          : target,
      );
    }
  }
}
