import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation publishes modules of its own next to the national courses. Their ids are
 * namespaced `<slug>.<name>`; a version without an organisation is national, and only those
 * have ids without a dot.
 */
export class OrganisationCurriculum1798000000000 implements MigrationInterface {
  name = 'OrganisationCurriculum1798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "curriculum_versions" ADD "organisation_id" uuid NULL REFERENCES "organisations"("id")`);
    await queryRunner.query(`ALTER TABLE "curriculum_versions" ADD CONSTRAINT "curriculum_versions_owner_check" CHECK ((position('.' in "course_id") = 0) = ("organisation_id" IS NULL))`);
    await queryRunner.query(`CREATE INDEX "curriculum_versions_organisation" ON "curriculum_versions" ("organisation_id") WHERE "organisation_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "curriculum_versions" DROP COLUMN "organisation_id"`);
  }
}
