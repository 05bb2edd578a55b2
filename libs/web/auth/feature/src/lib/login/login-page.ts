import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { email, form, required } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AUTH_PATHS, AuthService, returnUrlParams } from '@peer/web/auth/data-access';
import { identityProviderStartUrl, IdentityProviderService } from '@peer/web/identity-provider/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { safeReturnUrl } from '@peer/web/shared/util';

const STATUS_MESSAGES = { 401: 'auth.login.wrongCredentials', 429: 'auth.login.tooManyAttempts' };

/** Why the API sent the browser back here after signing in through an organisation (`?signIn=`); one message for every failure. */
function organisationSignInMessage(signIn: string | undefined): FormMessage | null {
  return signIn === 'failed' || signIn === 'unavailable' ? { key: `auth.login.organisation.${signIn}` } : null;
}

@Component({
  selector: 'peer-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './login-page.html',
  styles: `
    .organisation-sign-in {
      margin-top: var(--space-5);
    }
    .organisation-links {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .organisation-links .btn {
      width: 100%;
    }
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly identityProviders = inject(IdentityProviderService);

  /** Where to go after signing in (query parameter). */
  readonly returnUrl = input<string>();
  /** `expired` when the previous session ended (query parameter). */
  readonly reason = input<string>();
  /** `failed` or `unavailable` when signing in through an organisation did not work (query parameter). */
  readonly signIn = input<string>();

  /** The organisations whose people may sign in through their own provider; none when the list cannot be loaded. */
  private readonly providers = resource({ loader: () => this.identityProviders.signInOptions() });
  protected readonly organisations = computed(() => (this.providers.hasValue() ? this.providers.value() : []));
  protected readonly startUrl = identityProviderStartUrl;

  private readonly model = signal({ email: '', password: '' });
  protected readonly loginForm = form(this.model, (path) => {
    required(path.email);
    email(path.email);
    required(path.password);
  });
  /** A message about the whole form, e.g. wrong e-mail or password; at first why signing in through an organisation failed. */
  protected readonly message = linkedSignal<FormMessage | null>(() => organisationSignInMessage(this.signIn()));

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
