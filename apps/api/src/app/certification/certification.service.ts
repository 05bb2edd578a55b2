import { ConflictException, ForbiddenException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CERTIFY_ALREADY_CERTIFIED, CERTIFY_PREREQUISITE_MISSING, type CertificateDto, type CertificateLanguage, type RevocationReason } from '@peer/contract';
import { certificateDocuments, validityEnd } from '@peer/certification';
import type { IssuerKey } from '@peer/credentials';
import type { CourseVersionContent } from '@peer/curriculum';
import { missingPrerequisites, type CompletionResult } from '@peer/progress';
import { createHash, randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { organisationOf, type Principal } from '../auth/principal';
import { OutOfReach, Reach } from '../cohorts/reach';
import { Cohort, CohortRepository, Enrolment } from '../cohorts/cohort.repository';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { FieldConflictError } from '../common/error.filter';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ProgressService } from '../progress/progress.service';
import { newCertificateCode } from './certificate-code';
import { CertificateEvents } from './certificate-events';
import { CertificateFactory } from './certificate-factory';
import { IssuerKeysService } from './issuer-keys.service';
import { Issuer, Issuers } from './issuers';
import { Certificate, CertificateRepository } from './certificate.repository';
import { PublicUrls } from './public-urls';
import { StatusEntry, StatusLists } from './persistence/status-lists';

export interface IssueInput {
  enrolment: Enrolment;
  cohort: Cohort;
  content: CourseVersionContent;
  result: CompletionResult;
  lastDay: string | null;
  language: CertificateLanguage;
  issuedBy: string | null;
  holderName?: string;
  replaces?: string;
  /** A correction keeps the validity of the certificate it replaces; otherwise it runs from issue. */
  validUntil?: Date | null;
  /** When it counts as issued; now unless the demo data backdates it. */
  issuedAt?: Date;
  /** Issued by the installation's issuer, as every certificate was before organisations (the demo's certificate of years ago). */
  beforeOrganisations?: boolean;
  /** The certificate this one renews: moved to `renewed` as it is stored. With `replaces`, a re-issued renewal keeps naming it. */
  renews?: string;
}

@Injectable()
export class CertificationService {

  constructor(
    private readonly certificates: CertificateRepository,
    private readonly progress: ProgressService,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly access: Reach,
    private readonly keys: IssuerKeysService,
    private readonly issuers: Issuers,
    private readonly audit: AuditService,
    private readonly events: CertificateEvents,
    private readonly statusLists: StatusLists,
    private readonly factory: CertificateFactory,
    private readonly urls: PublicUrls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** How many certificates can be signed and rendered at once. */
  get parallelism(): number {
    return this.factory.parallelism;
  }

  /** Refused with 409 and what is missing while a requirement is unmet. */
  async certify(actor: Principal, cohortId: string, traineeId: string, language: CertificateLanguage): Promise<CertificateDto> {
    await this.access.staffTrainee(actor, cohortId, traineeId);
    const evaluated = await this.progress.evaluateTrainee(cohortId, traineeId);
    if (!evaluated) throw new OutOfReach();
    if (!evaluated.result.certifiable) {
      // Without a valid certificate of a required course the refusal says so by its code.
      const prerequisiteMissing = missingPrerequisites(evaluated.result).length > 0;
      throw new FieldConflictError(
        evaluated.result.requirements
          .filter((r) => r.status !== 'met')
          .map((r) => ({
            field: r.id,
            rule: r.status,
            message: `${r.reason.sv} / ${r.reason.en}`,
            ...(r.kind === 'prerequisite' ? { code: CERTIFY_PREREQUISITE_MISSING } : {}),
          })),
        HttpStatus.CONFLICT,
        prerequisiteMissing ? CERTIFY_PREREQUISITE_MISSING : undefined,
      );
    }
    const certificate = await this.issue({ ...evaluated, language, issuedBy: actor.user.id });
    if (!certificate) {
      const message = 'The trainee already holds a valid certificate for this course version';
      throw new FieldConflictError([{ field: 'traineeId', rule: 'notCertified', code: CERTIFY_ALREADY_CERTIFIED, message }], HttpStatus.CONFLICT, CERTIFY_ALREADY_CERTIFIED);
    }
    await this.audit.record({ actorId: actor.user.id, action: 'certificate.issue', subjectType: 'certificate', subjectId: certificate.id, people: [traineeId] });
    return this.toDto(certificate, evaluated.content);
  }

  async revoke(actor: Principal, certificateId: string, reason: RevocationReason, note?: string): Promise<CertificateDto> {
    const certificate = await this.staffCertificate(actor, certificateId);
    if (certificate.status !== 'valid') throw new ConflictException(`The certificate is already ${certificate.status}`);
    const internalNote = note?.trim() || null;
    if (!(await this.certificates.revoke(certificateId, { reason, note: internalNote }, new Date()))) throw new ConflictException('The certificate is no longer valid');
    await this.events.changed(certificate.code);
    // A revoked renewal gives the certificate it renewed back its own status: its page changes too.
    const renewed = certificate.renews ? await this.certificates.find(certificate.renews) : null;
    if (renewed) await this.events.changed(renewed.code);
    await this.audit.record({ actorId: actor.user.id, action: 'certificate.revoke', subjectType: 'certificate', subjectId: certificateId, details: { reason }, people: [certificate.traineeId] });
    return this.dtoOf(certificateId);
  }

  /** A corrected certificate: a new one is issued and the old one marked superseded, together. */
  async reissue(actor: Principal, certificateId: string, changes: { holderName?: string; language?: CertificateLanguage; reason: string }): Promise<CertificateDto> {
    const old = await this.staffCertificate(actor, certificateId);
    if (old.status !== 'valid') throw new ConflictException(`Only a valid certificate can be re-issued; this one is ${old.status}`);
    if (old.validUntil && old.validUntil.getTime() <= Date.now()) throw new ConflictException('Only a valid certificate can be re-issued; this one is expired');
    const enrolment = await this.cohorts.enrolment(old.enrolmentId);
    const cohort = enrolment && (await this.cohorts.find(enrolment.cohortId));
    if (!enrolment || !cohort) throw new NotFoundException('The certificate’s enrolment is gone');
    const content = await this.curriculum.content(cohort);
    const evaluated = await this.progress.evaluateTrainee(cohort.id, enrolment.traineeId);
    const issued = await this.issue({
      enrolment,
      cohort,
      content,
      result: evaluated?.result ?? ({ requirements: [] } as unknown as CompletionResult),
      lastDay: evaluated?.lastDay ?? null,
      language: changes.language ?? old.language,
      issuedBy: actor.user.id,
      holderName: changes.holderName?.trim() ?? old.holderName,
      replaces: old.id,
      renews: old.renews ?? undefined,
      validUntil: old.validUntil,
    });
    if (!issued) throw new ConflictException('The certificate changed meanwhile: try again');
    await this.events.changed(old.code);
    // The certificate a corrected renewal renews now links to the correction.
    const renewed = old.renews ? await this.certificates.find(old.renews) : null;
    if (renewed) await this.events.changed(renewed.code);
    await this.audit.record({ actorId: actor.user.id, action: 'certificate.reissue', subjectType: 'certificate', subjectId: issued.id, details: { replaces: old.id, reason: changes.reason }, people: [old.traineeId] });
    return this.toDto(issued, content);
  }

  /** Valid certificates that expire within `days` days, soonest first, of the trainees the caller reaches. */
  async expiring(actor: Principal, days: number): Promise<CertificateDto[]> {
    if (actor.user.role === 'trainee') throw new ForbiddenException('Only staff may list expiring certificates');
    const now = new Date();
    const rows = await this.certificates.expiring(this.access.scope(actor), now, new Date(now.getTime() + days * 86_400_000));
    if (rows.length === 0) return [];
    const dtos = await this.list({ ids: rows.map((r) => r.id) });
    dtos.sort((a, b) => (a.validUntil as string).localeCompare(b.validUntil as string) || a.id.localeCompare(b.id));
    await this.audit.record({ actorId: actor.user.id, action: 'certificate.list', subjectType: 'certificate', subjectId: null, details: { expiringWithinDays: days }, people: [...new Set(rows.map((r) => r.traineeId))] });
    return dtos;
  }

  /** Retires the signing key of the caller's organisation (the national administrator: the installation's); answers the new key's id. */
  async rotateKey(actor: Principal): Promise<string> {
    const issuer = actor.user.role === 'admin' ? await this.issuers.ofOrganisation(organisationOf(actor)) : this.issuers.installation();
    const keyId = await this.keys.rotate(issuer);
    await this.audit.record({ actorId: actor.user.id, action: 'signing-key.rotate', subjectType: 'signing_key', subjectId: keyId, details: { issuer: issuer.slug } });
    return keyId;
  }

  async mine(actor: Principal): Promise<CertificateDto[]> {
    // The note is the staff's internal record; the holder sees the public reason like everyone else.
    return (await this.list({ traineeId: actor.user.id })).map((dto) => ({ ...dto, revocationNote: null }));
  }

  async forCohort(actor: Principal, cohortId: string): Promise<CertificateDto[]> {
    await this.access.assertStaff(actor, cohortId);
    const enrolments = await this.cohorts.enrolments(cohortId);
    await this.audit.record({ actorId: actor.user.id, action: 'certificate.list', subjectType: 'cohort', subjectId: cohortId, people: enrolments.map((e) => e.traineeId) });
    return this.list({ enrolmentIds: enrolments.map((e) => e.id) });
  }

  /** The stored bytes, for the holder or staff of the cohort. */
  async pdf(actor: Principal, certificateId: string): Promise<{ bytes: Buffer; filename: string }> {
    const stored = await this.certificates.withPdf(certificateId);
    // The PDF of an erased holder is gone (it named her); the certificate's status stays readable.
    if (!stored || stored.pdf.length === 0) throw new OutOfReach();
    const { certificate: row, pdf } = stored;
    if (row.traineeId !== actor.user.id) {
      // Someone else's certificate: staff reach it through the holder's enrolment; to anyone else it does not exist.
      if (actor.user.role === 'trainee') throw new OutOfReach();
      await this.access.staffEnrolmentById(actor, row.enrolmentId);
      await this.audit.record({ actorId: actor.user.id, action: 'certificate.download', subjectType: 'certificate', subjectId: certificateId, people: [row.traineeId] });
    }
    return { bytes: pdf, filename: `peer-academy-${row.courseId}-${row.code.slice(0, 8)}.pdf` };
  }

  /**
   * Builds, signs, renders and stores one certificate; null when a valid one
   * already exists. With `jobItem`, that cohort job row is settled in the
   * transaction that stores it.
   */
  async issue(input: IssueInput, jobItem?: { jobId: string; enrolmentId: string }): Promise<Certificate | null> {
    // Signing and rendering are the expensive part: skip them when the answer is already known.
    if (!input.replaces && !input.renews && (await this.certificates.hasValid(input.enrolment.traineeId, input.content.course.id, input.cohort.version))) return null;
    // The cohort's organisation issues it, under its own name and key, on a list of its own.
    const issuer = input.beforeOrganisations ? this.issuers.installation() : await this.issuers.ofOrganisation(input.cohort.organisationId);
    const key = await this.keys.activeKey(issuer);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const entry = await this.statusLists.candidate(issuer.organisationId);
      const { certificate, pdf } = await this.build(input, issuer, key, entry);
      const outcome = await this.certificates
        .store(certificate, pdf, { replaces: input.replaces, renews: input.replaces ? undefined : input.renews, jobItem })
        .finally(() => this.factory.release(pdf));
      if (outcome === 'stored') return certificate;
      if (outcome !== 'entry-taken') return null;
      // Another certificate took the same status entry first: draw again (rare).
    }
    throw new Error('no free status list entry after five draws');
  }

  private async build(input: IssueInput, issuer: Issuer, key: IssuerKey, entry: StatusEntry): Promise<{ certificate: Certificate; pdf: Buffer }> {
    const code = newCertificateCode();
    const issuedAt = input.issuedAt ?? new Date();
    const validUntil = input.validUntil !== undefined ? input.validUntil : validityEnd(issuedAt, input.content.course.validity);
    const holderName = input.holderName ?? input.enrolment.name;
    const { credential: unsigned, view } = certificateDocuments({
      code,
      issuedAt,
      validUntil,
      language: input.language,
      holderName,
      holderEmail: input.enrolment.email,
      content: input.content,
      version: input.cohort.version,
      result: input.result,
      lastDay: input.lastDay,
      issuer: this.issuers.profile(issuer),
      signatory: issuer.signatory,
      issuerLogo: issuer.logo?.data ?? null,
      urls: {
        credential: this.urls.credential(code),
        verify: this.urls.verify(code),
        achievement: this.urls.achievement(input.content.course.id, input.cohort.version),
        achievementImage: this.urls.achievementImage(input.content.course.id, input.cohort.version, input.language),
        statusList: this.urls.statusList(entry.list),
      },
      statusIndex: entry.index,
    });
    const { credential, pdf } = await this.factory.produce({ unsigned, key, view });
    const certificate: Certificate = {
      id: randomUUID(),
      code,
      traineeId: input.enrolment.traineeId,
      enrolmentId: input.enrolment.id,
      courseId: input.content.course.id,
      version: input.cohort.version,
      status: 'valid',
      holderName,
      issuerName: issuer.name,
      language: input.language,
      issuedAt,
      issuedBy: input.issuedBy,
      validUntil,
      revokedAt: null,
      revocationCode: null,
      revocationNote: null,
      supersededBy: null,
      renews: input.renews ?? null,
      statusList: entry.list,
      statusIndex: entry.index,
      keyId: key.id.split('/').at(-1) as string,
      credential,
      pdfSha256: createHash('sha256').update(pdf).digest('hex'),
    };
    return { certificate, pdf };
  }

  private async staffCertificate(actor: Principal, certificateId: string): Promise<Certificate> {
    if (actor.user.role === 'trainee') throw new ForbiddenException('Only staff may change a certificate');
    const certificate = await this.certificates.find(certificateId);
    if (!certificate) throw new OutOfReach();
    await this.access.staffEnrolmentById(actor, certificate.enrolmentId);
    return certificate;
  }

  private async list(filter: Parameters<CertificateRepository['list']>[0]): Promise<CertificateDto[]> {
    const rows = await this.certificates.list(filter);
    const renewedBy = await this.certificates.renewedBy(rows.filter((r) => r.status === 'renewed').map((r) => r.id));
    const contents = new Map<string, CourseVersionContent>();
    const dtos: CertificateDto[] = [];
    for (const row of rows) {
      const key = `${row.courseId}@${row.version}`;
      if (!contents.has(key)) contents.set(key, await this.curriculum.content(row));
      dtos.push(this.toDto(row, contents.get(key) as CourseVersionContent, renewedBy.get(row.id) ?? null));
    }
    return dtos;
  }

  async dtoOf(id: string): Promise<CertificateDto> {
    const [dto] = await this.list({ ids: [id] });
    return dto as CertificateDto;
  }

  private toDto(row: Certificate, content: CourseVersionContent, renewedBy: string | null = null): CertificateDto {
    return {
      id: row.id,
      code: row.code,
      traineeId: row.traineeId,
      holderName: row.holderName,
      courseId: row.courseId,
      courseTitle: content.course.title,
      version: row.version,
      language: row.language,
      status: row.status,
      issuedAt: row.issuedAt.toISOString(),
      validUntil: row.validUntil?.toISOString() ?? null,
      issuedBy: row.issuedBy,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revocationCode: row.revocationCode,
      revocationNote: row.revocationNote,
      supersededBy: row.supersededBy,
      renews: row.renews,
      renewedBy,
      verifyUrl: this.urls.verify(row.code),
      pdfSha256: row.pdfSha256,
    };
  }
}
