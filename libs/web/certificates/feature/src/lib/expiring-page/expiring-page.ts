import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto, RenewalDto } from '@peer/contract';
import { CertificatesService, EXPIRING_DAYS, RENEWAL_REFUSAL_CODES } from '@peer/web/certificates/data-access';
import { todayInStockholm } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/** Where one certificate's renewal stands on this page. */
type RenewalState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly renewal: RenewalDto }
  | { readonly kind: 'error'; readonly key: string };

/** What the last renewal on this page did. */
type Notice = { readonly kind: 'renewed'; readonly name: string; readonly certificate: CertificateDto } | { readonly kind: 'refused'; readonly key: string };

const REFUSAL_KEYS: Readonly<Record<string, string>> = {
  [RENEWAL_REFUSAL_CODES.notRenewable]: 'certificates.expiring.refusals.notRenewable',
  [RENEWAL_REFUSAL_CODES.notCurrent]: 'certificates.expiring.refusals.notCurrent',
  [RENEWAL_REFUSAL_CODES.requirementsUnmet]: 'certificates.expiring.refusals.requirementsUnmet',
};

/** Whole days from `now` until `iso`, rounded up: 0 on the last day. */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 86_400_000));
}

/**
 * Staff's list of certificates that expire soon (administrators: all; a course leader: those of
 * her cohorts' trainees), each with what its renewal still needs and, once everything is met,
 * the renewal itself.
 */
@Component({
  selector: 'peer-expiring-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT],
  templateUrl: './expiring-page.html',
  styleUrl: './expiring-page.css',
})
export class ExpiringPage {
  private readonly certificates = inject(CertificatesService);

  protected readonly choices = [30, EXPIRING_DAYS.default, 180, EXPIRING_DAYS.max] as const;
  protected readonly days = signal<number>(EXPIRING_DAYS.default);
  protected readonly list = resource({
    params: () => ({ days: this.days() }),
    loader: ({ params }) => this.certificates.expiring(params.days),
  });
  protected readonly renewals = signal<Readonly<Record<string, RenewalState>>>({});
  protected readonly renewing = signal<string | null>(null);
  protected readonly notice = signal<Notice | null>(null);

  /** The Stockholm calendar date of an instant, for the `day` pipe. */
  protected stockholmDate(iso: string): string {
    return todayInStockholm(new Date(iso));
  }
  protected readonly daysUntil = daysUntil;

  protected listErrorKey(): string | null {
    const error = this.list.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  }

  protected chooseDays(value: string): void {
    const days = Number(value);
    if (this.choices.includes(days as (typeof this.choices)[number])) this.days.set(days);
  }

  /** Shows or hides what the certificate's renewal needs, asking the API each time it opens. */
  protected async toggle(certificate: CertificateDto): Promise<void> {
    if (this.renewals()[certificate.id]) {
      this.setRenewal(certificate.id, null);
      return;
    }
    await this.loadRenewal(certificate.id);
  }

  protected async renew(certificate: CertificateDto): Promise<void> {
    this.renewing.set(certificate.id);
    this.notice.set(null);
    try {
      const renewed = await this.certificates.renew(certificate.id, certificate.language);
      this.setRenewal(certificate.id, null);
      this.notice.set({ kind: 'renewed', name: certificate.holderName, certificate: renewed });
      this.list.reload();
    } catch (error) {
      const apiError = toApiError(error);
      const key = apiError.code ? REFUSAL_KEYS[apiError.code] : undefined;
      this.notice.set({ kind: 'refused', key: key ?? errorMessageKey(apiError) });
      // The answer may have changed since the page asked: show what it is now.
      if (apiError.status === 409) await this.loadRenewal(certificate.id);
    } finally {
      this.renewing.set(null);
    }
  }

  private async loadRenewal(certificateId: string): Promise<void> {
    this.setRenewal(certificateId, { kind: 'loading' });
    try {
      this.setRenewal(certificateId, { kind: 'loaded', renewal: await this.certificates.renewal(certificateId) });
    } catch (error) {
      this.setRenewal(certificateId, { kind: 'error', key: errorMessageKey(toApiError(error)) });
    }
  }

  private setRenewal(certificateId: string, state: RenewalState | null): void {
    this.renewals.update((all) => {
      const { [certificateId]: _, ...rest } = all;
      return state ? { ...rest, [certificateId]: state } : rest;
    });
  }
}
