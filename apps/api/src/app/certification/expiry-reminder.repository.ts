import type { EntityManager } from 'typeorm';
import type { CertificateLanguage } from '@peer/contract';

/** A valid certificate whose holder is due a reminder. Nothing but what the mail needs. */
export interface DueReminder {
  certificateId: string;
  code: string;
  courseId: string;
  version: number;
  language: CertificateLanguage;
  validUntil: Date;
  holderName: string;
  email: string;
}

/** Port: which expiry reminders are due, and the once-only record of each one sent. */
export abstract class ExpiryReminderRepository {
  /**
   * Valid certificates of active holders ending after `now` and within `thresholdDays` of it
   * that have no reminder at this threshold yet, oldest end first, at most `limit`.
   */
  abstract due(thresholdDays: number, now: Date, limit: number): Promise<DueReminder[]>;
  /**
   * One transaction: records the reminder at `thresholdDays` (and, as not mailed, at every
   * larger threshold in `covers`, which this mail makes pointless), then runs `send` with the
   * transaction. False, and nothing sent, when the reminder was recorded already.
   */
  abstract claim(certificateId: string, thresholdDays: number, covers: number[], send: (manager: EntityManager) => Promise<void>): Promise<boolean>;
}
