import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations to a cohort. A leader's enrolment of an e-mail becomes an invitation that holds
 * only what the leader typed; the person joins (an `enrolments` row) when she accepts. The
 * outcome (new account, trainee, staff account) is decided in the background and is for
 * administrators only. Only the SHA-256 digest of a link's token is stored.
 */
export class EnrolmentInvitations1796500000000 implements MigrationInterface {
  name = 'EnrolmentInvitations1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "enrolment_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "email" character varying(254) NOT NULL, "token_hash" character(64), "outcome" character varying(20) NOT NULL DEFAULT 'pending', "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "enrolment_id" uuid, "declined_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "enrolment_invitations_outcome_check" CHECK ("outcome" IN ('pending', 'new-account', 'trainee', 'staff-account')), CONSTRAINT "PK_enrolment_invitations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "enrolment_invitations_token_key" ON "enrolment_invitations" ("token_hash") WHERE "token_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "enrolment_invitations_open_key" ON "enrolment_invitations" ("cohort_id", "email") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "enrolment_invitations_email_idx" ON "enrolment_invitations" ("email") `);
    await queryRunner.query(`ALTER TABLE "enrolment_invitations" ADD CONSTRAINT "FK_enrolment_invitations_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment_invitations" ADD CONSTRAINT "FK_enrolment_invitations_invited_by" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment_invitations" ADD CONSTRAINT "FK_enrolment_invitations_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "enrolment_invitations"`);
  }
}
