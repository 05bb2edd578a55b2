import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The host unit answers truthfully: the visit took place as registered, took place with other
 * hours (which then count, the trainee's own figure kept beside them), or did not take place
 * (status `not_held`, final: the trainee registers a new visit). Visits confirmed before this
 * change were confirmed as registered.
 */
export class HostAnswers1797400000000 implements MigrationInterface {
  name = 'HostAnswers1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "study_visits" ADD "host_answer" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "study_visits" ADD "registered_hours" numeric(4,1)`);
    await queryRunner.query(`UPDATE "study_visits" SET "host_answer" = 'confirmed' WHERE "confirmed_at" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "study_visits" DROP CONSTRAINT "study_visits_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "study_visits" ADD CONSTRAINT "study_visits_status_check" CHECK ("status" IN ('planned', 'awaiting_host', 'confirmed', 'reflected', 'returned', 'approved', 'not_held'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_visits" ADD CONSTRAINT "study_visits_host_answer_check" CHECK ("host_answer" IN ('confirmed', 'hours-differ', 'not-held'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_visits" ADD CONSTRAINT "study_visits_registered_hours_check" CHECK (("registered_hours" IS NULL) = ("host_answer" IS DISTINCT FROM 'hours-differ'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "study_visits" DROP CONSTRAINT "study_visits_registered_hours_check"`);
    await queryRunner.query(`ALTER TABLE "study_visits" DROP CONSTRAINT "study_visits_host_answer_check"`);
    await queryRunner.query(`DELETE FROM "study_visits" WHERE "status" = 'not_held'`);
    await queryRunner.query(`ALTER TABLE "study_visits" DROP CONSTRAINT "study_visits_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "study_visits" ADD CONSTRAINT "study_visits_status_check" CHECK ("status" IN ('planned', 'awaiting_host', 'confirmed', 'reflected', 'returned', 'approved'))`,
    );
    await queryRunner.query(`ALTER TABLE "study_visits" DROP COLUMN "registered_hours"`);
    await queryRunner.query(`ALTER TABLE "study_visits" DROP COLUMN "host_answer"`);
  }
}
