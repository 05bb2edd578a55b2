import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { form, maxLength, required } from '@angular/forms/signals';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService, newPasswordRules, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@peer/web/auth/data-access';
import { InvitationsService } from '@peer/web/cohorts/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { FORMAT } from '@peer/web/shared/util';

const TRAINING = '/training';

/**
 * Where the invitation mail's one-time link leads. A new person chooses her password (and may
 * correct her name), which creates her account and enrolment, and lands signed in on her training.
 * Someone who already has an account signs in as that trainee and accepts.
 */
@Component({
  selector: 'peer-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink, FORMAT, TextField, FormMessageView],
  templateUrl: './invitation-page.html',
})
export class InvitationPage {
  private readonly invitations = inject(InvitationsService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** The token from the link (route parameter). */
  readonly token = input.required<string>();

  protected readonly link = resource({ params: () => this.token(), loader: ({ params }) => this.invitations.link(params) });
  protected readonly session = resource({ loader: () => this.auth.ensureSession().catch(() => null) });
  protected readonly invalid = computed(() => this.link.error() !== undefined);
  protected readonly limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly loginQuery = computed(() => ({ returnUrl: `/invitations/${this.token()}` }));

  private readonly model = signal({ name: '', password: '', confirmPassword: '' });
  private nameFilled = false;
  protected readonly registerForm = form(this.model, (path) => {
    required(path.name);
    maxLength(path.name, 120);
    newPasswordRules(path.password, path.confirmPassword);
  });
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly acceptErrorKey = signal<string | null>(null);
  protected readonly accepting = signal(false);

  constructor() {
    // The name the leader typed is the form's starting value; she may correct it.
    effect(() => {
      if (this.nameFilled || !this.link.hasValue()) return;
      this.nameFilled = true;
      const typed = this.link.value().name;
      this.model.update((model) => ({ ...model, name: model.name || typed }));
    });
  }

  protected async onRegister(event: Event): Promise<void> {
    event.preventDefault();
    const { name, password } = this.model();
    const sent = await submitWithApiErrors(this.registerForm, {
      send: async () => {
        const { email } = await this.invitations.register(this.token(), { name: name.trim(), password });
        await this.auth.login({ email, password });
      },
      fields: { name: this.registerForm.name, password: this.registerForm.password },
      message: this.message,
    });
    if (sent) await this.router.navigateByUrl(TRAINING);
  }

  protected async accept(): Promise<void> {
    this.accepting.set(true);
    this.acceptErrorKey.set(null);
    try {
      await this.invitations.acceptLink(this.token());
      await this.router.navigateByUrl(TRAINING);
    } catch (error) {
      this.acceptErrorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.accepting.set(false);
    }
  }
}
