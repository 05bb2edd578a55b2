import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, output, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { IdentityProviderService } from '@peer/web/identity-provider/data-access';
import { apiErrorMessage, FormMessage, FormMessageView } from '@peer/web/shared/ui';
import { toApiError } from '@peer/web/shared/util';

/** Removes the organisation's identity provider, after the administrator confirms it. */
@Component({
  selector: 'peer-remove-identity-provider',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FormMessageView],
  template: `
    @if (confirming()) {
      <p class="question">{{ 'identityProvider.current.removeQuestion' | translate }}</p>
      <div class="action-row">
        <button #confirmButton type="button" class="btn btn-primary" [attr.aria-busy]="busy()" (click)="confirm()">
          {{ 'identityProvider.current.removeConfirm' | translate }}
        </button>
        <button type="button" class="btn btn-ghost" (click)="cancel()">{{ 'common.cancel' | translate }}</button>
      </div>
    } @else {
      <button #removeButton type="button" class="btn btn-secondary" (click)="start()">{{ 'identityProvider.current.remove' | translate }}</button>
    }
    <peer-form-message [message]="error()" />
  `,
  styles: `
    :host {
      display: block;
    }
    .question {
      margin: 0 0 var(--space-2);
      max-width: 32rem;
    }
    .action-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      margin-bottom: var(--space-2);
    }
  `,
})
export class RemoveIdentityProvider {
  private readonly identityProviders = inject(IdentityProviderService);
  private readonly injector = inject(Injector);

  readonly removed = output<void>();

  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<FormMessage | null>(null);

  private readonly confirmButton = viewChild<ElementRef<HTMLButtonElement>>('confirmButton');
  private readonly removeButton = viewChild<ElementRef<HTMLButtonElement>>('removeButton');

  protected start(): void {
    this.error.set(null);
    this.confirming.set(true);
    // Bring keyboard and screen-reader users to the question.
    afterNextRender(() => this.confirmButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.error.set(null);
    afterNextRender(() => this.removeButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.identityProviders.remove();
      this.removed.emit();
    } catch (error) {
      const apiError = toApiError(error);
      // Already gone (removed elsewhere): what the administrator wanted.
      if (apiError.status === 404) this.removed.emit();
      else this.error.set(apiErrorMessage(apiError));
    } finally {
      this.busy.set(false);
    }
  }
}
