import { Inject, Injectable } from '@nestjs/common';
import { publicStatus, publishedAchievement, type PublicStatus } from '@peer/certification';
import { extractAttachment } from '@peer/certificate-pdf';
import { buildStatusListCredential, encodeStatusList, issuerProfileDocument, signCredential, verifyCredential } from '@peer/credentials';
import type { RevocationCode } from '@peer/contract';
import type { CourseVersionContent } from '@peer/curriculum';
import { createHash } from 'node:crypto';
import { CertificateEvents } from '../certification/certificate-events';
import { IssuerKeysService } from '../certification/issuer-keys.service';
import { Issuer, Issuers } from '../certification/issuers';
import { PublicUrls } from '../certification/public-urls';
import { StatusLists } from '../certification/persistence/status-lists';
import { CohortRepository } from '../cohorts/cohort.repository';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { hashSecretToken } from '../common/secret-token';
import { APP_CONFIG, AppConfig } from '../config/config';
import { SupervisionRepository, type SupervisionSummary } from '../supervision/supervision.repository';
import { PublicCertificateRepository, PublicRecord } from './public-certificate.repository';
import { badgeSvg, issuerLogoSvg } from './badge-images';
import { PublicViews } from './public-views';

export interface PublicCertificate {
  code: string;
  status: PublicStatus;
  holderName: string;
  language: 'sv' | 'en';
  content: CourseVersionContent;
  version: number;
  issuedAt: Date;
  /** End of the validity period; null when the certificate never expires. */
  validUntil: Date | null;
  revokedAt: Date | null;
  revocationCode: RevocationCode | null;
  supersededByCode: string | null;
  /** The code of the certificate that renewed it. */
  renewedByCode: string | null;
  /** Its renewal chain, oldest first (itself included; revoked and superseded ones left out). */
  history: { code: string; issuedAt: Date; validUntil: Date | null; status: PublicStatus }[];
  issuerName: string;
}

/** A share link's page: the certificates, then her supervision in numbers when she chose to show it. */
export interface SharedRecord {
  holderName: string;
  /** How many certificates she chose (renewals of them come on top). */
  chosen: number;
  certificates: PublicCertificate[];
  supervision: SupervisionSummary | null;
}

export type UploadVerdict =
  | { kind: 'original'; certificate: PublicCertificate }
  | { kind: 'modified'; verified: boolean; errors: string[]; certificate: PublicCertificate | null }
  | { kind: 'unreadable' };

const CACHE_MS = 5_000;
const CACHE_SIZE = 10_000;

@Injectable()
export class VerificationService {
  private readonly statusListCache = new Map<number, { revision: string; credential: Promise<Record<string, unknown>> }>();
  private readonly cache = new Map<string, { id: string; value: PublicCertificate; expires: number }>();
  /** Bumped by every invalidation: a read that overlapped one may hold the old state and is not cached. */
  private generation = 0;

  constructor(
    private readonly certificates: PublicCertificateRepository,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly keys: IssuerKeysService,
    private readonly issuers: Issuers,
    private readonly views: PublicViews,
    private readonly statusLists: StatusLists,
    private readonly urls: PublicUrls,
    private readonly supervision: SupervisionRepository,
    events: CertificateEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    events.onChange((code) => {
      this.generation += 1;
      this.cache.delete(code);
    });
    events.onResync(() => {
      this.generation += 1;
      this.cache.clear();
    });
  }

  /**
   * What the certificate states and its status; null for an unknown code.
   * Known certificates are kept for a few seconds. A change on any instance
   * reaches every instance's cache through CertificateEvents; CACHE_MS only
   * bounds staleness should a notification ever be lost.
   */
  async lookup(code: string): Promise<PublicCertificate | null> {
    const cached = this.cache.get(code);
    if (cached && cached.expires > Date.now()) {
      this.views.record('certificate.verify', 'certificate', cached.id);
      return cached.value;
    }
    const generation = this.generation;
    const found = await this.read(code);
    if (found && generation === this.generation) {
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(code, { ...found, expires: Date.now() + CACHE_MS });
    }
    if (found) this.views.record('certificate.verify', 'certificate', found.id);
    return found?.value ?? null;
  }

  private async read(code: string): Promise<{ id: string; value: PublicCertificate } | null> {
    const record = await this.certificates.byCode(code);
    return record ? { id: record.id, value: await this.toPublic(record) } : null;
  }

  /** The Achievement of a published course version, in one language; null when there is no such version. */
  async achievement(courseId: string, version: number, lang: 'sv' | 'en'): Promise<Record<string, unknown> | null> {
    const stored = await this.curriculum.version(courseId, version);
    return stored
      ? publishedAchievement(stored.content, version, lang, this.urls.achievement(courseId, version), this.urls.achievementImage(courseId, version, lang))
      : null;
  }

  /** The badge of a published course version, as SVG; null when there is no such version. */
  async achievementBadge(courseId: string, version: number, lang: 'sv' | 'en'): Promise<string | null> {
    const stored = await this.curriculum.version(courseId, version);
    if (!stored) return null;
    const { course } = stored.content;
    return badgeSvg({ title: course.certificate.title[lang], subtitle: course.title[lang], version, issuerName: this.config.issuer.name, lang });
  }

  /** The issuer named by its short name (null: the installation's); null when there is none. */
  async issuer(slug: string | null): Promise<Issuer | null> {
    return slug === null ? this.issuers.installation() : this.issuers.bySlug(slug);
  }

  /** The issuer's logo, as SVG. */
  issuerLogo(issuer: Issuer): string {
    return issuerLogoSvg(issuer.name);
  }

  /** One of the issuer's keys, as a published verification method; null when it is not the issuer's. */
  issuerKey(issuer: Issuer, keyId: string): Promise<Record<string, unknown> | null> {
    return this.keys.publicKey(issuer, keyId);
  }

  /** The signed credential, as issued. */
  async credential(code: string): Promise<Record<string, unknown> | null> {
    const row = await this.certificates.credential(code);
    if (row) this.views.record('certificate.credential', 'certificate', row.id);
    return row?.credential ?? null;
  }

  async verifyUpload(pdf: Buffer): Promise<UploadVerdict> {
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const original = await this.certificates.byPdfHash(sha256);
    if (original) {
      this.views.record('certificate.verify_upload', 'certificate', original.id, { original: true });
      return { kind: 'original', certificate: await this.toPublic(original) };
    }
    const json = extractAttachment(pdf);
    if (!json) return { kind: 'unreadable' };
    let credential: Record<string, unknown>;
    try {
      credential = JSON.parse(json) as Record<string, unknown>;
    } catch {
      return { kind: 'unreadable' };
    }
    const result = await verifyCredential(credential, {
      resolveKey: (id) => this.keys.resolve(id),
      isRevoked: (entry) => this.isRevoked(entry),
    });
    const code = typeof credential['id'] === 'string' ? credential['id'].split('/').at(-1) : undefined;
    const row = code ? await this.certificates.byCode(code) : null;
    // Only a credential that verifies may point at our record.
    const certificate = result.verified && row ? await this.toPublic(row) : null;
    if (row) this.views.record('certificate.verify_upload', 'certificate', row.id, { original: false, verified: result.verified });
    return { kind: 'modified', verified: result.verified, errors: result.errors, certificate };
  }

  /** One signed Bitstring Status List, null when there is no such list; re-signed only when a revocation in it changed. */
  async statusListCredential(list: number): Promise<Record<string, unknown> | null> {
    const organisationId = await this.statusLists.organisationOf(list);
    if (organisationId === undefined) return null;
    const revision = await this.statusLists.revision(list);
    let cached = this.statusListCache.get(list);
    if (cached?.revision !== revision) {
      const credential = this.buildStatusList(list, organisationId).catch((error: unknown) => {
        this.statusListCache.delete(list);
        throw error;
      });
      cached = { revision, credential };
      this.statusListCache.set(list, cached);
    }
    return cached.credential;
  }

  /** The issuer's profile, naming every key that may have signed (retired ones too). */
  async issuerProfile(issuer: Issuer): Promise<Record<string, unknown>> {
    const keyIds = await this.keys.keyIds(issuer);
    return issuerProfileDocument(this.issuers.profile(issuer), keyIds.map((keyId) => this.urls.key(keyId, issuer.slug)));
  }

  /** What a trainee chose to share, by an unrevoked link: her certificates (and their renewals), and her supervision hours if she chose so. */
  async sharedRecord(token: string): Promise<SharedRecord | null> {
    const shared = await this.certificates.shared(hashSecretToken(token));
    if (!shared) return null;
    this.views.record('share_link.view', 'share_link', shared.linkId);
    const [certificates, supervision] = await Promise.all([
      Promise.all(shared.records.map((record) => this.toPublic(record))),
      shared.includeSupervision ? this.supervision.summaryOf(shared.traineeId) : Promise.resolve(null),
    ]);
    return { holderName: shared.holderName, chosen: shared.chosen, certificates, supervision };
  }

  private async isRevoked(entry: { statusListCredential: string; statusListIndex: number }): Promise<boolean> {
    const list = this.urls.statusListNumber(entry.statusListCredential);
    if (list === null) return true; // not a list of ours: never taken as good
    return this.statusLists.isRevoked({ list, index: entry.statusListIndex });
  }

  /** Signed by the list's own issuer, the one that issued the certificates on it. */
  private async buildStatusList(list: number, organisationId: string | null): Promise<Record<string, unknown>> {
    const issuer = organisationId === null ? this.issuers.installation() : await this.issuers.ofOrganisation(organisationId);
    const encodedList = await encodeStatusList(await this.statusLists.revokedIndices(list));
    const unsigned = buildStatusListCredential({
      id: this.urls.statusList(list),
      issuer: this.urls.issuer(issuer.slug),
      validFrom: new Date().toISOString(),
      encodedList,
    });
    return signCredential(unsigned, await this.keys.activeKey(issuer));
  }

  private async toPublic(record: PublicRecord): Promise<PublicCertificate> {
    const now = new Date();
    // Only a certificate that renews or was renewed has a chain beyond itself: the others need no second query.
    const inChain = record.renews !== null || record.status === 'renewed';
    const [content, chain] = await Promise.all([
      this.curriculum.content({ courseId: record.courseId, version: record.version }),
      inChain ? this.certificates.renewalChain(record.id) : Promise.resolve(record.status === 'revoked' || record.status === 'superseded' ? [] : [record]),
    ]);
    return {
      code: record.code,
      status: publicStatus(record, now),
      holderName: record.holderName,
      language: record.language,
      content,
      version: record.version,
      issuedAt: record.issuedAt,
      validUntil: record.validUntil,
      revokedAt: record.revokedAt,
      revocationCode: record.revocationCode,
      supersededByCode: record.supersededByCode,
      renewedByCode: record.renewedByCode,
      history: chain.map((link) => ({ code: link.code, issuedAt: link.issuedAt, validUntil: link.validUntil, status: publicStatus(link, now) })),
      issuerName: record.issuerName,
    };
  }
}
