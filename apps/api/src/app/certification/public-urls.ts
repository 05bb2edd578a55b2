import type { LogoType } from '@peer/certificate-pdf';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';

/** Every public address a certificate or credential names is made here, and each is served. */
@Injectable()
export class PublicUrls {
  private readonly base: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.base = config.publicUrl;
  }

  /** The page an employer opens (also printed as the QR code). */
  verify(code: string): string {
    return `${this.base}/verify/${code}`;
  }

  /** The credential's own id; it answers with the signed credential. */
  credential(code: string): string {
    return `${this.base}/credentials/${code}`;
  }

  /**
   * An organisation's issuer profile (`/issuers/<slug>`); without one, the installation's issuer
   * (`/issuer`), which signed every certificate issued before organisations.
   */
  issuer(slug: string | null = null): string {
    return slug === null ? `${this.base}/issuer` : `${this.base}/issuers/${slug}`;
  }

  /** The issuer's logo, the `image` of its profile. */
  /** The issuer's logo: its uploaded one (`logo.png`, `logo.jpg`) or the drawn `logo.svg`. */
  issuerImage(slug: string | null = null, type?: LogoType): string {
    const extension = type === 'image/png' ? 'png' : type === 'image/jpeg' ? 'jpg' : 'svg';
    return `${this.issuer(slug)}/logo.${extension}`;
  }

  key(keyId: string, slug: string | null = null): string {
    return `${this.issuer(slug)}/keys/${keyId}`;
  }

  /** The issuer and key id a verification method URL of ours names, or null for anything else. */
  keyOf(url: string): { slug: string | null; keyId: string } | null {
    const path = url.startsWith(this.base) ? url.slice(this.base.length) : '';
    const match = /^\/(?:issuer|issuers\/([a-z0-9]+(?:-[a-z0-9]+)*))\/keys\/([a-z0-9-]{1,64})$/.exec(path);
    return match ? { slug: match[1] ?? null, keyId: match[2] as string } : null;
  }

  /** A trainee's revocable link to her whole record. */
  share(token: string): string {
    return `${this.base}/share/${token}`;
  }

  statusList(list: number): string {
    return `${this.base}/status/${list}`;
  }

  /** The list number of one of our status list URLs, or null for anything else. */
  statusListNumber(url: string): number | null {
    const match = /^\/status\/([1-9][0-9]{0,8})$/.exec(url.startsWith(this.base) ? url.slice(this.base.length) : '');
    return match ? Number(match[1]) : null;
  }

  achievement(courseId: string, version: number): string {
    return `${this.base}/achievements/${courseId}/${version}`;
  }

  /** The badge a wallet shows for a course version: the achievement's `image`, in one language. */
  achievementImage(courseId: string, version: number, lang: 'sv' | 'en'): string {
    return `${this.base}/achievements/${courseId}/${version}/badge/${lang}.svg`;
  }
}
