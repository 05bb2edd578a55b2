import type { CertificationJobDto } from './certificates';

/** A write that created one thing answers with its id. */
export class CreatedResponse {
  id!: string;
}

/** How many attendance rows a save changed (0 when every mark was already so). */
export class MarkAttendanceResponse {
  changed!: number;
}

/** The cohort's newest certification job; null when none was started. */
export class LatestCertificationJobResponse {
  job!: CertificationJobDto | null;
}

/** The signing key new certificates are issued with from now on. */
export class SigningKeyResponse {
  keyId!: string;
}
