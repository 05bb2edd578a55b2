import { MySupervisionResponse } from './supervision';

// ---- Export of one's own data (GDPR Art. 15 and 20) --------------------------

export const DATA_EXPORT_LANGUAGES = ['sv', 'en'] as const;
export type DataExportLanguage = (typeof DATA_EXPORT_LANGUAGES)[number];

export class DataExportAccount {
  id!: string;
  name!: string;
  email!: string;
  role!: string;
  createdAt!: string;
  /** Whether her organisation gave a personal identity number to link her sign-in by; only a keyed hash of it is kept. */
  personalIdentity!: boolean;
}

export class DataExportEnrolment {
  id!: string;
  cohortId!: string;
  cohortName!: string;
  courseId!: string;
  courseVersion!: number;
  enrolledAt!: string;
  withdrawnAt!: string | null;
  withdrawalReason!: string | null;
}

export class DataExportAttendance {
  cohortName!: string;
  dayNumber!: number;
  date!: string;
  status!: string;
  comment!: string | null;
  markedAt!: string;
}

export class DataExportAttendanceChange {
  cohortName!: string;
  dayNumber!: number;
  fromStatus!: string | null;
  toStatus!: string;
  comment!: string | null;
  changedAt!: string;
}

export class DataExportAbsenceNotice {
  cohortName!: string;
  dayNumber!: number;
  date!: string;
  reason!: string | null;
  reportedAt!: string;
}

export class DataExportMakeUp {
  enrolmentId!: string;
  dayNumber!: number;
  method!: string;
  note!: string | null;
  recordedAt!: string;
}

export class DataExportMakeUpBooking {
  enrolmentId!: string;
  dayNumber!: number;
  status!: string;
  requestNote!: string | null;
  requestedAt!: string;
  bookedAt!: string | null;
  attendance!: string | null;
}

export class DataExportRolePlay {
  id!: string;
  enrolmentId!: string;
  scenarioId!: string;
  attempt!: number;
  status!: string;
  result!: string | null;
  observer!: string;
  criteria!: { criterionId: string; shown: boolean | null; feedback: string | null }[];
  overallFeedback!: string | null;
  createdAt!: string;
  signedAt!: string | null;
  reflections!: { text: string; afterSigning: boolean; createdAt: string }[];
}

export class DataExportStudyVisit {
  id!: string;
  enrolmentId!: string;
  requirementId!: string;
  unitName!: string;
  kind!: string;
  organisation!: string;
  date!: string;
  hours!: number;
  hostEmail!: string;
  status!: string;
  confirmedAt!: string | null;
  /** `confirmed`, `hours-differ` or `not-held`; null until the host unit answered. */
  hostAnswer!: string | null;
  /** Her own figure when the host unit gave other hours. */
  registeredHours!: number | null;
  answers!: string[] | null;
  leaderComment!: string | null;
  approvedAt!: string | null;
}

export class DataExportCertificate {
  id!: string;
  code!: string;
  courseId!: string;
  courseVersion!: number;
  status!: string;
  holderName!: string;
  issuerName!: string;
  language!: string;
  issuedAt!: string;
  validUntil!: string | null;
  revokedAt!: string | null;
  revocationReason!: string | null;
  verifyUrl!: string;
}

export class DataExportShareLink {
  id!: string;
  createdAt!: string;
  revokedAt!: string | null;
  /** The certificates the link shows (renewals of them are shown too). */
  certificateIds!: string[];
  /** Whether the link shows her supervision hours. */
  includeSupervision!: boolean;
}

export class DataExportCalendarFeed {
  id!: string;
  cohortId!: string | null;
  createdAt!: string;
  revokedAt!: string | null;
}

export class DataExportAccessEntry {
  at!: string;
  action!: string;
  staff!: { name: string; role: string };
}

export class DataExportErasureRequest {
  id!: string;
  status!: string;
  requestedAt!: string;
  settledAt!: string | null;
}

/** Everything the product holds about the signed-in trainee. */
export class DataExportDto {
  exportedAt!: string;
  account!: DataExportAccount;
  enrolments!: DataExportEnrolment[];
  attendance!: DataExportAttendance[];
  attendanceHistory!: DataExportAttendanceChange[];
  absenceNotices!: DataExportAbsenceNotice[];
  makeUps!: DataExportMakeUp[];
  /** Requests and bookings to make a day up in another cohort. */
  makeUpBookings!: DataExportMakeUpBooking[];
  rolePlays!: DataExportRolePlay[];
  studyVisits!: DataExportStudyVisit[];
  /** Group supervision after placement: sessions, attendance, hours and her reflections. */
  supervision!: MySupervisionResponse;
  certificates!: DataExportCertificate[];
  shareLinks!: DataExportShareLink[];
  calendarFeeds!: DataExportCalendarFeed[];
  /** Staff who read, exported or changed her data. */
  staffAccess!: DataExportAccessEntry[];
  erasureRequests!: DataExportErasureRequest[];
}

// ---- Erasure (GDPR Art. 17) ------------------------------------------------------

export const ERASURE_REQUEST_STATES = ['pending', 'cancelled', 'done'] as const;
export type ErasureRequestState = (typeof ERASURE_REQUEST_STATES)[number];

export class ErasureRequestDto {
  id!: string;
  status!: ErasureRequestState;
  requestedAt!: string;
  settledAt!: string | null;
}

/** The trainee's own view: her pending request, or null. */
export class MyErasureRequestResponse {
  request!: ErasureRequestDto | null;
}

/** A pending request as administrators see it. */
export class AdminErasureRequestDto extends ErasureRequestDto {
  traineeId!: string;
  name!: string;
  email!: string;
}

export class ErasureRequestListResponse {
  requests!: AdminErasureRequestDto[];
}

export class ErasureDoneResponse {
  id!: string;
  status!: 'done';
  /** What the account is called now. */
  pseudonym!: string;
  revokedCertificates!: number;
}
