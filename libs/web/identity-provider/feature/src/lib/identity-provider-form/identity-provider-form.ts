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
  identityClaim: string;
  identityScope: string;
}

/** An https address, or http on this machine (a provider in development): the API checks the whole address. */
const ISSUER_SCHEME = /^(https:\/\/\S|http:\/\/(localhost|127\.0\.0\.1)([:/]|$))/;
/** One OAuth scope token (RFC 6749): printable ASCII without spaces, quotes or backslashes, as the API checks. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** Text without spaces inside, as the API checks the client ID and the claim name. */
const NO_SPACES = /^\S+$/;

/** Refuses trimmed text that is given but does not match `pattern`; an empty field is `required`'s concern. */
const matchesWhenGiven =
  (pattern: RegExp) =>
  ({ value }: { value: () => string }) => {
    const text = value().trim();
    return text !== '' && !pattern.test(text) ? { kind: 'matches' } : undefined;
  };

/** The trimmed text, or nothing when it is empty: the optional settings are sent only when given. */
const optional = (value: string): string | undefined => value.trim() || undefined;

/**
 * Sets up or changes the organisation's identity provider. The issuer, client ID and the optional
 * claim and scope for linking by personal identity number start as they are set up; the client
 * secret is never shown and must be given every time.
 */
@Component({
  selector: 'peer-identity-provider-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './identity-provider-form.html',
  styles: `
    .identity-fields {
      gap: var(--space-3);
    }
  `,
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
    identityClaim: this.provider()?.identityClaim ?? '',
    identityScope: this.provider()?.identityScope ?? '',
  }));
  protected readonly providerForm = form(this.model, (path) => {
    required(path.issuer);
    maxLength(path.issuer, 500);
    validate(path.issuer, matchesWhenGiven(ISSUER_SCHEME));
    required(path.clientId);
    maxLength(path.clientId, 200);
    validate(path.clientId, matchesWhenGiven(NO_SPACES));
    required(path.clientSecret);
    maxLength(path.clientSecret, 500);
    maxLength(path.identityClaim, 200);
    validate(path.identityClaim, matchesWhenGiven(NO_SPACES));
    maxLength(path.identityScope, 200);
    validate(path.identityScope, matchesWhenGiven(SCOPE_TOKEN));
  });
  protected readonly message = signal<FormMessage | null>(null);

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { issuer, clientId, clientSecret, identityClaim, identityScope } = this.model();
    const claim = optional(identityClaim);
    const scope = optional(identityScope);
    const sent = await submitWithApiErrors(this.providerForm, {
      send: () =>
        this.identityProviders.save({
          issuer: issuer.trim(),
          clientId: clientId.trim(),
          clientSecret,
          ...(claim ? { identityClaim: claim } : {}),
          ...(scope ? { identityScope: scope } : {}),
        }),
      fields: {
        issuer: this.providerForm.issuer,
        clientId: this.providerForm.clientId,
        clientSecret: this.providerForm.clientSecret,
        identityClaim: this.providerForm.identityClaim,
        identityScope: this.providerForm.identityScope,
      },
      message: this.message,
    });
    if (sent) {
      this.providerForm().reset({
        issuer: sent.value.issuer,
        clientId: sent.value.clientId,
        clientSecret: '',
        identityClaim: sent.value.identityClaim ?? '',
        identityScope: sent.value.identityScope ?? '',
      });
      this.saved.emit(sent.value);
    }
  }
}
