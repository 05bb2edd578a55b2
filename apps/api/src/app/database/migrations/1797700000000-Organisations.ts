import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regional organisations. Every account but the national administrator's belongs to one, and so
 * does every cohort and supervision group. An installation that already has people or cohorts
 * gets one organisation holding all of them, so nothing anyone could reach before is lost.
 */
export class Organisations1797700000000 implements MigrationInterface {
  name = 'Organisations1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "slug" character varying(40) NOT NULL,
      "name" character varying(120) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "organisations_slug_unique" UNIQUE ("slug"),
      CONSTRAINT "organisations_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`INSERT INTO "organisations" ("slug", "name")
      SELECT 'peer-academy', 'PEER Academy' WHERE EXISTS (SELECT 1 FROM "users") OR EXISTS (SELECT 1 FROM "cohorts")`);
    for (const table of ['users', 'cohorts', 'supervision_groups']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "organisation_id" uuid NULL REFERENCES "organisations"("id")`);
      await queryRunner.query(`UPDATE "${table}" SET "organisation_id" = (SELECT "id" FROM "organisations")`);
      await queryRunner.query(`CREATE INDEX "${table}_organisation" ON "${table}" ("organisation_id")`);
    }
    await queryRunner.query(`ALTER TABLE "cohorts" ALTER COLUMN "organisation_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "supervision_groups" ALTER COLUMN "organisation_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_check"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('admin', 'course_leader', 'trainee', 'national_admin'))`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_organisation_check" CHECK (("role" = 'national_admin') = ("organisation_id" IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "users" WHERE "role" = 'national_admin'`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_organisation_check"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_check"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('admin', 'course_leader', 'trainee'))`);
    for (const table of ['users', 'cohorts', 'supervision_groups']) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
  }
}
