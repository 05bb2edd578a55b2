import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ShareLinkDto } from '@peer/contract';
import { ShareLinksService } from '@peer/web/certificates/data-access';
import { FORMAT, OneTimeSecret } from '@peer/web/cohorts/feature';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/**
 * A trainee's share links: a revocable address that shows an employer the trainee's valid
 * certificates without an account. The address is shown once, with a copy button.
 */
@Component({
  selector: 'peer-share-links-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, OneTimeSecret],
  template: `
    <p>{{ 'certificates.share.intro' | translate }}</p>
    <p class="alert alert-success" role="status" [class.visually-hidden]="!message()">
      @if (message(); as key) {
        {{ key | translate }}
      }
    </p>
    @if (created(); as link) {
      <div class="created card-highlight">
        <peer-one-time-secret [label]="'certificates.share.urlLabel' | translate" [value]="link.url ?? ''" />
        <p class="warning-text">{{ 'certificates.share.onlyOnce' | translate }}</p>
        <button type="button" class="btn btn-secondary" (click)="created.set(null)">{{ 'common.done' | translate }}</button>
      </div>
    }
    <div class="form-actions">
      <button type="button" class="btn btn-primary" [attr.aria-busy]="busy()" (click)="create()">{{ 'certificates.share.create' | translate }}</button>
    </div>
    <div role="alert">
      @if (errorKey(); as key) {
        <p class="alert alert-error">{{ 'certificates.share.failed' | translate }} {{ key | translate }}</p>
      }
    </div>
    <div [attr.aria-busy]="links.isLoading()">
      @if (links.error()) {
        <p class="muted">{{ 'certificates.share.loadFailed' | translate }}</p>
      } @else if (links.hasValue()) {
        <ul class="links">
          @for (link of links.value(); track link.id) {
            <li>
              <span>{{ 'certificates.share.createdAt' | translate: { date: (link.createdAt | instant) } }}</span>
              <button type="button" class="btn btn-ghost" [attr.aria-busy]="busy()" (click)="revoke(link)">
                {{ 'certificates.share.revoke' | translate
                }}<span class="visually-hidden">: {{ 'certificates.share.createdAt' | translate: { date: (link.createdAt | instant) } }}</span>
              </button>
            </li>
          } @empty {
            <li class="muted">{{ 'certificates.share.none' | translate }}</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .created {
      display: grid;
      gap: var(--space-2);
      justify-items: start;
      margin-bottom: var(--space-4);
      padding: var(--space-4);
      border-radius: var(--radius-md);
    }
    .created peer-one-time-secret {
      width: 100%;
    }
    .links {
      margin: var(--space-4) 0 0;
      padding: 0;
      list-style: none;
    }
    .links li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-2);
      padding-block: var(--space-2);
      border-bottom: 1px solid var(--color-border);
    }
  `,
})
export class ShareLinksPanel {
  private readonly shareLinks = inject(ShareLinksService);

  protected readonly links = resource({ loader: () => this.shareLinks.list() });
  /** The link just created, with its address: shown this once. */
  protected readonly created = signal<ShareLinkDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected async create(): Promise<void> {
    await this.run(async () => {
      this.created.set(await this.shareLinks.create());
      this.message.set('certificates.share.created');
    });
  }

  protected async revoke(link: ShareLinkDto): Promise<void> {
    await this.run(async () => {
      await this.shareLinks.revoke(link.id);
      if (this.created()?.id === link.id) this.created.set(null);
      this.message.set('certificates.share.revoked');
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.errorKey.set(null);
    try {
      await action();
      this.links.reload();
    } catch (error) {
      this.errorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
