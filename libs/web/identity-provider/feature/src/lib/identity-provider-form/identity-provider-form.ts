import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, output, signal } from '@angular/core';
import { form, maxLength, required, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { OrganisationIdentityProviderDto } from '@peer/contract';
import { IdentityProviderService } from '@peer/web/identity-provider/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** An https address, or http on this machine (a provider in development): the API checks the whole address. */
const ISSUER_SCHEME = /^(https:\/\/\S|http:\/\/(localhost|127\.0\.0\.1)([:/]|$))/;

/**
 * Sets up or changes the organisation's identity provider. The issuer and client ID start as they
 * are set up; the client secret is never shown and must be given every time.
 */
@Component({
  selector: 'peer-identity-provider-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './identity-provider-form.html',
})
export class IdentityProviderForm {
  private readonly identityProviders = inject(IdentityProviderService);

  /** The provider set up now, if any. */
  readonly provider = input<OrganisationIdentityProviderDto | null>(null);
  readonly saved = output<OrganisationIdentityProviderDto>();

  private readonly model = linkedSignal<ProviderSettings>(() => ({
    issuer: this.provider()?.issuer ?? '',
    clientId: this.provider()?.clientId ?? '',
    clientSecret: '',
  }));
  protected readonly providerForm = form(this.model, (path) => {
    required(path.issuer);
    maxLength(path.issuer, 500);
    validate(path.issuer, ({ value }) => {
      const issuer = value().trim();
      return issuer !== '' && !ISSUER_SCHEME.test(issuer) ? { kind: 'matches' } : undefined;
    });
    required(path.clientId);
    maxLength(path.clientId, 200);
    validate(path.clientId, ({ value }) => (/\s/.test(value().trim()) ? { kind: 'matches' } : undefined));
    required(path.clientSecret);
    maxLength(path.clientSecret, 500);
  });
  protected readonly message = signal<FormMessage | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { issuer, clientId, clientSecret } = this.model();
    const sent = await submitWithApiErrors(this.providerForm, {
      send: () => this.identityProviders.save({ issuer: issuer.trim(), clientId: clientId.trim(), clientSecret }),
      fields: { issuer: this.providerForm.issuer, clientId: this.providerForm.clientId, clientSecret: this.providerForm.clientSecret },
      message: this.message,
    });
    if (sent) {
      this.providerForm().reset({ issuer: sent.value.issuer, clientId: sent.value.clientId, clientSecret: '' });
      this.saved.emit(sent.value);
    }
  }
}
