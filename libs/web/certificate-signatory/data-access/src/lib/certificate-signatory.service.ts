import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CertificateSignatoryDto, CertificateSignatoryResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const CERTIFICATE_SIGNATORY_API = '/api/organisation/certificate-signatory';

/** Who signs the administrator's organisation's certificates (printed on each one issued from then on). */
@Injectable({ providedIn: 'root' })
export class CertificateSignatoryService {
  private readonly http = inject(HttpClient);

  /** The signatory named now, or null while nobody is. */
  async get(): Promise<CertificateSignatoryDto | null> {
    const response = await firstValueFrom(this.http.get<CertificateSignatoryResponse>(CERTIFICATE_SIGNATORY_API));
    return response.signatory;
  }

  /** Names (or renames) the signatory of the certificates issued from now on; those already issued keep theirs. */
  set(signatory: CertificateSignatoryDto): Promise<CertificateSignatoryDto> {
    return firstValueFrom(this.http.put<CertificateSignatoryDto>(CERTIFICATE_SIGNATORY_API, { name: signatory.name, title: signatory.title }));
  }

  /** Certificates issued from now on name no signatory, only the organisation. */
  async remove(): Promise<void> {
    await firstValueFrom(this.http.delete<void>(CERTIFICATE_SIGNATORY_API));
  }
}
