import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto, ShareLinkDto } from '@peer/contract';
import { SHARE_LINK_NOT_SHAREABLE_CODE, ShareLinksService } from '@peer/web/certificates/data-access';
import { OneTimeSecret } from '@peer/web/shared/ui';
import { FORMAT } from '@peer/web/shared/util';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/**
 * A trainee's share links: a revocable address that shows an employer, without an account, the
 * certificates she chooses (and her supervision hours if she wishes). The address is shown once,
 * with a copy button; each working link says what it shows.
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
    <fieldset class="field choose">
      <legend>{{ 'certificates.share.choose' | translate }}</legend>
      @for (c of shareable(); track c.id) {
        <div class="choice">
          <input type="checkbox" [id]="'share-certificate-' + c.id" [checked]="chosen().has(c.id)" (change)="toggle(c.id)" />
          <label [for]="'share-certificate-' + c.id">
            {{ c.courseTitle | text }} · {{ 'certificates.mine.issuedAt' | translate: { date: (c.issuedAt | instant) } }} ·
            {{ 'certificateStatus.' + c.status | translate }}
          </label>
        </div>
      } @empty {
        <p class="muted">{{ 'certificates.share.noneShareable' | translate }}</p>
      }
      <div class="choice">
        <input type="checkbox" id="share-supervision" [checked]="includeSupervision()" (change)="includeSupervision.set(!includeSupervision())" />
        <label for="share-supervision">{{ 'certificates.share.includeSupervision' | translate }}</label>
      </div>
    </fieldset>
    <div class="form-actions">
      <button type="button" class="btn btn-primary" aria-describedby="share-create-hint" [disabled]="chosen().size === 0" [attr.aria-busy]="busy()" (click)="create()">
        {{ 'certificates.share.create' | translate }}
      </button>
      @if (chosen().size === 0) {
        <p id="share-create-hint" class="muted">{{ 'certificates.share.chooseHint' | translate }}</p>
      }
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
              <div>
                <span>{{ 'certificates.share.createdAt' | translate: { date: (link.createdAt | instant) } }}</span>
                <p class="contains">
                  {{ 'certificates.share.contains' | translate }}
                  @for (c of certificatesOf(link); track c.id; let last = $last) {
                    <span>{{ c.courseTitle | text }}{{ last ? '' : ', ' }}</span>
                  }
                  @if (link.includeSupervision) {
                    <span>{{ ' ' + ('certificates.share.containsSupervision' | translate) }}</span>
                  }
                </p>
              </div>
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
    .choose {
      margin-bottom: var(--space-2);
    }
    .contains {
      margin: 0;
      color: var(--color-text-muted, inherit);
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

  /** Her certificates, as the page lists them. */
  readonly certificates = input.required<CertificateDto[]>();
  /** The ones a link may show: valid (expired ones too) or renewed. */
  protected readonly shareable = computed(() => this.certificates().filter((c) => c.status === 'valid' || c.status === 'renewed'));
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly includeSupervision = signal(false);

  protected readonly links = resource({ loader: () => this.shareLinks.list() });
  /** The link just created, with its address: shown this once. */
  protected readonly created = signal<ShareLinkDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected toggle(id: string): void {
    const next = new Set(this.chosen());
    if (!next.delete(id)) next.add(id);
    this.chosen.set(next);
  }

  /** The certificates a link shows, as her list has them. */
  protected certificatesOf(link: ShareLinkDto): CertificateDto[] {
    const byId = new Map(this.certificates().map((c) => [c.id, c]));
    return link.certificateIds.map((id) => byId.get(id)).filter((c): c is CertificateDto => c !== undefined);
  }

  protected async create(): Promise<void> {
    const certificateIds = [...this.chosen()];
    if (certificateIds.length === 0) return;
    await this.run(async () => {
      this.created.set(await this.shareLinks.create({ certificateIds, includeSupervision: this.includeSupervision() }));
      this.chosen.set(new Set());
      this.includeSupervision.set(false);
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
      const apiError = toApiError(error);
      // A certificate revoked or renewed meanwhile: the list is out of date.
      const stale = apiError.fieldErrors.some((e) => e.code === SHARE_LINK_NOT_SHAREABLE_CODE);
      this.errorKey.set(stale ? 'certificates.share.notShareable' : errorMessageKey(apiError));
    } finally {
      this.busy.set(false);
    }
  }
}
