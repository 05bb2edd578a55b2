import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificate lifecycle: `certificate_expiry_reminders` records each reminder mail about a
 * certificate's coming expiry, one row per (certificate, threshold in days before the end).
 * The primary key is what makes the reminder job idempotent: a run inserts the row and
 * queues the mail in one transaction, so a second run or a second instance finds it taken.
 */
export class Renewal1796900000000 implements MigrationInterface {
  name = 'Renewal1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificate_expiry_reminders" ("certificate_id" uuid NOT NULL, "threshold_days" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mailed" boolean NOT NULL, CONSTRAINT "certificate_expiry_reminders_pkey" PRIMARY KEY ("certificate_id", "threshold_days"), CONSTRAINT "certificate_expiry_reminders_threshold_check" CHECK ("threshold_days" > 0), CONSTRAINT "certificate_expiry_reminders_certificate_fk" FOREIGN KEY ("certificate_id") REFERENCES "certificates"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "certificates_valid_until_idx" ON "certificates" ("valid_until") WHERE "status" = 'valid' AND "valid_until" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."certificates_valid_until_idx"`);
    await queryRunner.query(`DROP TABLE "certificate_expiry_reminders"`);
  }
}
