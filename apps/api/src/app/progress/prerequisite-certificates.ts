import type { Text } from '@peer/curriculum/model';
import type { StoredStatus } from '@peer/certification';

/** A certificate of a prerequisite course as stored; the caller judges expiry against its clock. */
export interface StoredPrerequisiteCertificate {
  traineeId: string;
  courseId: string;
  status: StoredStatus;
  validUntil: Date | null;
}

/**
 * Port: what the completion engine needs to judge a course's prerequisites. One query per kind
 * whatever the number of trainees, so a cohort's matrix costs the same for 20 as for 1,000.
 */
export abstract class PrerequisiteCertificates {
  /** Newest published title of each course. */
  abstract titles(courseIds: string[]): Promise<Map<string, Text>>;
  /**
   * Certificates of the given courses held by the given trainees, or, without `traineeIds`, by
   * everyone ever enrolled in the cohort.
   */
  abstract certificates(courseIds: string[], scope: { cohortId: string; traineeIds?: string[] }): Promise<StoredPrerequisiteCertificate[]>;
}
