import { Injectable } from '@nestjs/common';
import { AUDIT_MAX_PAGE_SIZE, DataExportAccessEntry, DataExportDto } from '@peer/contract';
import { AuditTrailService } from '../audit/audit-trail.service';
import { AuditService } from '../audit/audit.service';
import { AttendanceRepository } from '../attendance/attendance.repository';
import type { Principal } from '../auth/principal';
import { CalendarService } from '../calendar/calendar.service';
import { CertificateRepository } from '../certification/certificate.repository';
import { PublicUrls } from '../certification/public-urls';
import { ShareLinksService } from '../certification/share-links.service';
import { CohortRepository } from '../cohorts/cohort.repository';
import { RolePlayRepository } from '../role-plays/role-play.repository';
import { StudyVisitRepository } from '../study-visits/study-visit.repository';
import { SupervisionService } from '../supervision/supervision.service';
import { ErasureRepository } from './erasure.repository';

/** Everything held about the signed-in trainee, each part read by the feature that owns it (GDPR Art. 15, 20). */
@Injectable()
export class DataExportService {
  constructor(
    private readonly cohorts: CohortRepository,
    private readonly attendance: AttendanceRepository,
    private readonly rolePlays: RolePlayRepository,
    private readonly studyVisits: StudyVisitRepository,
    private readonly supervision: SupervisionService,
    private readonly certificates: CertificateRepository,
    private readonly shareLinks: ShareLinksService,
    private readonly calendar: CalendarService,
    private readonly erasures: ErasureRepository,
    private readonly urls: PublicUrls,
    private readonly audit: AuditService,
    private readonly auditTrail: AuditTrailService,
  ) {}

  async export(actor: Principal): Promise<DataExportDto> {
    const id = actor.user.id;
    const [enrolments, attendance, rolePlays, studyVisits, supervision, certificates, shareLinks, calendarFeeds, erasureRequests, staffAccess] = await Promise.all([
      this.cohorts.dataOf(id),
      this.attendance.dataOf(id),
      this.rolePlays.dataOf(id),
      this.studyVisits.dataOf(id),
      this.supervision.mine(actor),
      this.certificates.list({ traineeId: id }),
      this.shareLinks.dataOf(id),
      this.calendar.dataOf(id),
      this.erasures.dataOf(id),
      this.staffAccess(actor),
    ]);
    await this.audit.record({ actorId: id, action: 'privacy.export', subjectType: 'user', subjectId: id, people: [id] });
    const { user } = actor;
    return {
      exportedAt: new Date().toISOString(),
      account: { id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt.toISOString(), personalIdentity: user.personalIdentity },
      enrolments,
      attendance: attendance.attendance,
      attendanceHistory: attendance.history,
      absenceNotices: attendance.notices,
      makeUps: attendance.makeUps,
      makeUpBookings: attendance.bookings,
      rolePlays: rolePlays.map((a) => ({
        id: a.id,
        enrolmentId: a.enrolmentId,
        scenarioId: a.scenarioId,
        attempt: a.attempt,
        status: a.status,
        result: a.result,
        observer: a.observerName,
        criteria: a.criteria.map((c) => ({ criterionId: c.criterionId, shown: c.shown, feedback: c.feedback })),
        overallFeedback: a.overallFeedback,
        createdAt: a.createdAt.toISOString(),
        signedAt: a.signedAt?.toISOString() ?? null,
        reflections: a.reflections.map((r) => ({ text: r.text, afterSigning: r.afterSigning, createdAt: r.createdAt.toISOString() })),
      })),
      studyVisits: studyVisits.map((v) => ({
        id: v.id,
        enrolmentId: v.enrolmentId,
        requirementId: v.requirementId,
        unitName: v.unitName,
        kind: v.kind,
        organisation: v.organisation,
        date: v.date,
        hours: v.hours,
        hostEmail: v.hostEmail,
        status: v.status,
        confirmedAt: v.confirmedAt?.toISOString() ?? null,
        hostAnswer: v.hostAnswer,
        registeredHours: v.registeredHours,
        answers: v.answers,
        leaderComment: v.leaderComment,
        approvedAt: v.approvedAt?.toISOString() ?? null,
      })),
      supervision,
      // The internal revocation note is the staff's record; she reads the public reason, as everywhere.
      certificates: certificates.map((c) => ({
        id: c.id,
        code: c.code,
        courseId: c.courseId,
        courseVersion: c.version,
        status: c.status,
        holderName: c.holderName,
        issuerName: c.issuerName,
        language: c.language,
        issuedAt: c.issuedAt.toISOString(),
        validUntil: c.validUntil?.toISOString() ?? null,
        revokedAt: c.revokedAt?.toISOString() ?? null,
        revocationReason: c.revocationCode,
        verifyUrl: this.urls.verify(c.code),
      })),
      shareLinks,
      calendarFeeds,
      staffAccess,
      erasureRequests: erasureRequests.map((r) => ({ id: r.id, status: r.status, requestedAt: r.requestedAt.toISOString(), settledAt: r.settledAt?.toISOString() ?? null })),
    };
  }

  /** The staff access log about her, every page of it. */
  private async staffAccess(actor: Principal): Promise<DataExportAccessEntry[]> {
    const entries: DataExportAccessEntry[] = [];
    for (let offset = 0; ; offset += AUDIT_MAX_PAGE_SIZE) {
      const page = await this.auditTrail.dataAccess(actor, { offset, limit: AUDIT_MAX_PAGE_SIZE });
      entries.push(...page.entries.map((e) => ({ at: e.at, action: e.action, staff: { name: e.staff.name, role: e.staff.role } })));
      if (page.entries.length === 0 || offset + page.entries.length >= page.total) return entries;
    }
  }
}
