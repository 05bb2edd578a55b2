import { UserEntity } from '../accounts/persistence/user.entity';
import { OrganisationEntity } from '../organisations/persistence/organisation.entity';
import { AbsenceNoticeEntity, AttendanceChangeEntity, AttendanceEntity, MakeUpBookingEntity, MakeUpEntity } from '../attendance/persistence/attendance.entities';
import { CertificateEntity, CertificationJobEntity, CertificationJobItemEntity, IssuerKeyEntity, ShareLinkEntity, StatusListEntity } from '../certification/persistence/certification.entities';
import { CalendarFeedEntity } from '../calendar/persistence/calendar-feed.entity';
import { CohortEntity, CohortLeaderEntity, CourseDayEntity, EnrolmentEntity } from '../cohorts/persistence/cohort.entities';
import { InvitationEntity } from '../cohorts/invitations/persistence/invitation.entity';
import { AuditEventEntity } from '../audit/persistence/audit-event.entity';
import { SessionEntity } from '../auth/persistence/session.entity';
import { RolePlayAttemptEntity, RolePlayReflectionEntity } from '../role-plays/persistence/role-play.entities';
import { HostConfirmationEntity, HostMailEntity, StudyVisitEntity } from '../study-visits/persistence/study-visit.entities';
import { CurriculumVersionEntity } from '../curriculum/persistence/curriculum-version.entity';
import { StudyVisitKindEntity } from '../curriculum/persistence/study-visit-kind.entity';

// Listed one by one: globs find nothing once the app is bundled.
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  CurriculumVersionEntity,
  StudyVisitKindEntity,
  CohortEntity,
  CohortLeaderEntity,
  CourseDayEntity,
  EnrolmentEntity,
  InvitationEntity,
  AttendanceEntity,
  AttendanceChangeEntity,
  AbsenceNoticeEntity,
  MakeUpEntity,
  MakeUpBookingEntity,
  CalendarFeedEntity,
  RolePlayAttemptEntity,
  RolePlayReflectionEntity,
  StudyVisitEntity,
  HostConfirmationEntity,
  HostMailEntity,
  IssuerKeyEntity,
  CertificateEntity,
  CertificationJobEntity,
  CertificationJobItemEntity,
  StatusListEntity,
  ShareLinkEntity,
];
