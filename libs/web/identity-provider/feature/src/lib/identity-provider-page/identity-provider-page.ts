import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, resource, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { OrganisationIdentityProviderDto } from '@peer/contract';
import { IdentityProviderService } from '@peer/web/identity-provider/data-access';
import { CopyButton } from '@peer/web/shared/ui';
import { IdentityProviderForm } from '../identity-provider-form/identity-provider-form';
import { RemoveIdentityProvider } from '../remove-identity-provider/remove-identity-provider';

type Status = 'saved' | 'removed';

/**
 * The organisation's administrator lets its people sign in through its own identity provider:
 * the address to register there, the provider set up, and the form that sets it up or changes it.
 */
@Component({
  selector: 'peer-identity-provider-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CopyButton, IdentityProviderForm, RemoveIdentityProvider],
  templateUrl: './identity-provider-page.html',
  styleUrl: './identity-provider-page.css',
})
export class IdentityProviderPage {
  private readonly identityProviders = inject(IdentityProviderService);
  private readonly injector = inject(Injector);

  protected readonly settings = resource({ loader: () => this.identityProviders.settings() });
  /** Announces the last change. */
  protected readonly status = signal<Status | null>(null);

  private readonly currentHeading = viewChild<ElementRef<HTMLElement>>('currentHeading');

  protected onSaved(provider: OrganisationIdentityProviderDto): void {
    this.settings.update((settings) => (settings ? { ...settings, provider } : settings));
    this.status.set('saved');
  }

  protected onRemoved(): void {
    this.settings.update((settings) => (settings ? { ...settings, provider: null } : settings));
    this.status.set('removed');
    // The remove button is gone: keep keyboard and screen-reader users where they were.
    afterNextRender(() => this.currentHeading()?.nativeElement.focus(), { injector: this.injector });
  }
}
