import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A log of the confirmation mails sent to host units, so the daily limits per
 * visit, per trainee and per recipient are counted in the database that every
 * instance shares. Rows older than the day before are dropped as new mail goes
 * out: the log keeps only what the limits need.
 */
export class HostMailLimits1796300000000 implements MigrationInterface {
  name = 'HostMailLimits1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "host_mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "study_visit_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "recipient" character varying(254) NOT NULL, "day" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_host_mails" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "host_mails_visit_day_idx" ON "host_mails" ("study_visit_id", "day") `);
    await queryRunner.query(`CREATE INDEX "host_mails_trainee_day_idx" ON "host_mails" ("trainee_id", "day") `);
    await queryRunner.query(`CREATE INDEX "host_mails_recipient_day_idx" ON "host_mails" ("recipient", "day") `);
    await queryRunner.query(`CREATE INDEX "host_mails_day_idx" ON "host_mails" ("day") `);
    await queryRunner.query(`ALTER TABLE "host_mails" ADD CONSTRAINT "FK_host_mails_study_visit" FOREIGN KEY ("study_visit_id") REFERENCES "study_visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "host_mails" ADD CONSTRAINT "FK_host_mails_trainee" FOREIGN KEY ("trainee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "host_mails"`);
  }
}
