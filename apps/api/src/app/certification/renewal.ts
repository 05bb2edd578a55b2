import { ConflictException, ForbiddenException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { RENEWAL_REFUSALS, type CertificateDto, type CertificateLanguage, type RenewalDto } from '@peer/contract';
import { publicStatus, renewable } from '@peer/certification';
import type { CourseVersionContent, RenewalRules, Text } from '@peer/curriculum/model';
import { evaluateRenewal, type RenewalResult } from '@peer/progress';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { CohortRepository } from '../cohorts/cohort.repository';
import { OutOfReach, Reach } from '../cohorts/reach';
import { FieldConflictError } from '../common/error.filter';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { ProgressService } from '../progress/progress.service';
import { SupervisionRepository } from '../supervision/supervision.repository';
import { CertificateEvents } from './certificate-events';
import { Certificate, CertificateRepository } from './certificate.repository';
import { CertificationService } from './certification.service';

interface Assessment {
  content: CourseVersionContent;
  /** Undefined when the course version has no renewal rules. */
  rules?: RenewalRules;
  result: RenewalResult;
  supervisionHours: number;
  /** Valid, or expired while stored valid: the only certificates a renewal may replace. */
  current: boolean;
}

/**
 * Renewal of a certificate for another period (the course version's `validity.renewal`): what
 * it takes, judged by the renewal engine, and the renewal itself, issued through the ordinary
 * issue path as a new certificate of the same course version that renews the old one.
 */
@Injectable()
export class RenewalService {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly supervision: SupervisionRepository,
    private readonly cohorts: CohortRepository,
    private readonly progress: ProgressService,
    private readonly access: Reach,
    private readonly certification: CertificationService,
    private readonly audit: AuditService,
    private readonly events: CertificateEvents,
  ) {}

  /** For the holder herself, staff who reach her through the certificate's enrolment, and administrators. */
  async renewal(actor: Principal, certificateId: string): Promise<RenewalDto> {
    const certificate = await this.certificates.find(certificateId);
    if (!certificate) throw new OutOfReach();
    const own = certificate.traineeId === actor.user.id;
    if (!own) {
      if (actor.user.role === 'trainee') throw new OutOfReach();
      await this.access.staffEnrolmentById(actor, certificate.enrolmentId);
    }
    const assessed = await this.assess(certificate);
    if (!own) {
      await this.audit.record({ actorId: actor.user.id, action: 'certificate.renewal.view', subjectType: 'certificate', subjectId: certificate.id, people: [certificate.traineeId] });
    }
    return {
      certificateId: certificate.id,
      renewable: assessed.rules !== undefined,
      ready: assessed.rules !== undefined && assessed.current && assessed.result.ready,
      supervisionHours: Math.round(assessed.supervisionHours * 10) / 10,
      requirements: assessed.result.requirements.map((r) => ({ ...r })),
    };
  }

  /** Staff only (as for revoke). Refused with 409 and a `RENEWAL_REFUSALS` code. */
  async renew(actor: Principal, certificateId: string, language?: CertificateLanguage): Promise<CertificateDto> {
    if (actor.user.role === 'trainee') throw new ForbiddenException('Only staff may renew a certificate');
    const old = await this.certificates.find(certificateId);
    if (!old) throw new OutOfReach();
    await this.access.staffEnrolmentById(actor, old.enrolmentId);
    const assessed = await this.assess(old);
    if (!assessed.rules) throw refusal(RENEWAL_REFUSALS.notRenewable, 'The course version has no renewal rules: the course must be taken again');
    if (!assessed.current) throw refusal(RENEWAL_REFUSALS.notCurrent, `Only a valid or expired certificate can be renewed; this one is ${old.status}`);
    if (!assessed.result.ready) {
      throw new FieldConflictError(
        assessed.result.requirements
          .filter((r) => r.status !== 'met')
          .map((r) => ({ field: r.id, rule: r.status, message: `${r.reason.sv} / ${r.reason.en}`, code: RENEWAL_REFUSALS.requirementsUnmet })),
        HttpStatus.CONFLICT,
        RENEWAL_REFUSALS.requirementsUnmet,
      );
    }
    const enrolment = await this.cohorts.enrolment(old.enrolmentId);
    const cohort = enrolment && (await this.cohorts.find(enrolment.cohortId));
    if (!enrolment || !cohort) throw new NotFoundException('The certificate’s enrolment is gone');
    const evaluated = await this.progress.evaluateTrainee(cohort.id, enrolment.traineeId);
    // The certificate states the course record it was earned with: without that record there is nothing to renew from.
    if (!evaluated) {
      const message = 'The course record the certificate was issued on is no longer there: the course must be taken again';
      throw new FieldConflictError([{ field: 'certificateId', rule: 'renewable', code: RENEWAL_REFUSALS.notRenewable, message }], HttpStatus.CONFLICT, RENEWAL_REFUSALS.notRenewable);
    }
    const issued = await this.certification.issue({
      enrolment,
      cohort,
      content: assessed.content,
      result: evaluated.result,
      lastDay: evaluated.lastDay,
      language: language ?? old.language,
      issuedBy: actor.user.id,
      holderName: old.holderName,
      renews: old.id,
    });
    // Another renewal (or a revocation) came first.
    if (!issued) throw refusal(RENEWAL_REFUSALS.notCurrent, 'The certificate changed meanwhile: it is no longer valid');
    await this.events.changed(old.code);
    await this.audit.record({ actorId: actor.user.id, action: 'certificate.renew', subjectType: 'certificate', subjectId: issued.id, details: { renews: old.id }, people: [old.traineeId] });
    return this.certification.dtoOf(issued.id);
  }

  private async assess(certificate: Certificate): Promise<Assessment> {
    const now = new Date();
    const content = await this.curriculum.content(certificate);
    const rules = content.course.validity?.renewal;
    const current = renewable(publicStatus(certificate, now));
    if (!rules) return { content, current, supervisionHours: 0, result: { ready: false, requirements: [] } };
    const [held, hours, titles] = await Promise.all([
      this.certificates.list({ traineeId: certificate.traineeId }),
      this.supervision.hoursOf([certificate.traineeId], certificate.issuedAt, certificate.validUntil ?? now),
      this.titles(rules.courses),
    ]);
    const supervisionHours = hours.get(certificate.traineeId) ?? 0;
    const result = evaluateRenewal({
      rules,
      renewed: { issuedAt: certificate.issuedAt.toISOString(), validUntil: certificate.validUntil?.toISOString() ?? null },
      certificates: held.map((c) => ({ courseId: c.courseId, status: publicStatus(c, now), issuedAt: c.issuedAt.toISOString() })),
      supervisionHours,
      courseTitles: titles,
    });
    return { content, rules, current, supervisionHours, result };
  }

  /** The newest published title of each renewal course. */
  private async titles(courseIds: readonly string[]): Promise<Record<string, Text>> {
    if (courseIds.length === 0) return {};
    const wanted = new Set(courseIds);
    const latest = await this.curriculum.latestVersions();
    return Object.fromEntries(latest.filter((v) => wanted.has(v.content.course.id)).map((v) => [v.content.course.id, v.content.course.title]));
  }
}

function refusal(code: string, message: string): ConflictException {
  return new ConflictException({ message, code });
}
