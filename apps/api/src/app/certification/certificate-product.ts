import type { CertificateRenderer, CertificateView } from '@peer/certificate-pdf';
import { type IssuerKey, signCredential } from '@peer/credentials';

/** What signing and rendering one certificate needs: plain data, so it can cross to a worker thread. */
export interface CertificateWork {
  unsigned: Record<string, unknown>;
  key: IssuerKey;
  view: CertificateView;
}

export interface CertificateProduct {
  credential: Record<string, unknown>;
  pdf: Buffer;
}

/** Signs the credential and renders the PDF that carries it: the CPU-heavy part of issuing. */
export async function produceCertificate(work: CertificateWork, renderer: CertificateRenderer): Promise<CertificateProduct> {
  const credential = await signCredential(work.unsigned, work.key);
  const pdf = await renderer.render(work.view, { name: 'credential.json', json: JSON.stringify(credential, null, 2) });
  return { credential, pdf };
}
