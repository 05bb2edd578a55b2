import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CertificateLanguage } from '@peer/contract';
import { DueReminder, ExpiryReminderRepository } from '../expiry-reminder.repository';

interface DueRow {
  id: string;
  code: string;
  course_id: string;
  curriculum_version: number;
  language: CertificateLanguage;
  valid_until: Date;
  holder_name: string;
  email: string;
}

@Injectable()
export class TypeormExpiryReminderRepository extends ExpiryReminderRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async due(thresholdDays: number, now: Date, limit: number): Promise<DueReminder[]> {
    const rows = (await this.db.query(
      `SELECT c.id, c.code, c.course_id, c.curriculum_version, c.language, c.valid_until, c.holder_name, u.email
         FROM certificates c JOIN users u ON u.id = c.trainee_id
        WHERE c.status = 'valid' AND c.valid_until > $1 AND c.valid_until <= $1 + make_interval(days => $2)
          AND u.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM certificate_expiry_reminders r WHERE r.certificate_id = c.id AND r.threshold_days = $2)
        ORDER BY c.valid_until, c.id
        LIMIT $3`,
      [now, thresholdDays, limit],
    )) as DueRow[];
    return rows.map((r) => ({
      certificateId: r.id,
      code: r.code,
      courseId: r.course_id,
      version: r.curriculum_version,
      language: r.language,
      validUntil: r.valid_until,
      holderName: r.holder_name,
      email: r.email,
    }));
  }

  claim(certificateId: string, thresholdDays: number, covers: number[], send: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const claimed = (await manager.query(
        `INSERT INTO certificate_expiry_reminders (certificate_id, threshold_days, mailed) VALUES ($1, $2, true) ON CONFLICT DO NOTHING RETURNING certificate_id`,
        [certificateId, thresholdDays],
      )) as unknown[];
      if (claimed.length === 0) return false;
      if (covers.length > 0) {
        await manager.query(
          `INSERT INTO certificate_expiry_reminders (certificate_id, threshold_days, mailed) SELECT $1, t, false FROM unnest($2::int[]) t ON CONFLICT DO NOTHING`,
          [certificateId, covers],
        );
      }
      await send(manager);
      return true;
    });
  }
}
