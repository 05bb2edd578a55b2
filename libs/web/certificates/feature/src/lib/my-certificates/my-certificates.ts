import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto } from '@peer/contract';
import { CertificatesService } from '@peer/web/certificates/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { ShareLinksPanel } from '../share-links-panel/share-links-panel';

/**
 * "Mina intyg": the trainee's certificates with course, issue date and state, a PDF download and
 * a link to the public verification page; and share links for an employer.
 */
@Component({
  selector: 'peer-my-certificates',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, ShareLinksPanel],
  templateUrl: './my-certificates.html',
  styleUrl: './my-certificates.css',
})
export class MyCertificates {
  private readonly certificatesService = inject(CertificatesService);

  protected readonly certificates = resource({ loader: () => this.certificatesService.mine() });

  protected readonly errorKey = computed(() => {
    const error = this.certificates.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected pdfUrl(certificate: CertificateDto): string {
    return this.certificatesService.pdfUrl(certificate.id);
  }
}
