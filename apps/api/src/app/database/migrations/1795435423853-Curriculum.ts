import { MigrationInterface, QueryRunner } from "typeorm";

export class Curriculum1795435423853 implements MigrationInterface {
    name = 'Curriculum1795435423853'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "curriculum_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" character varying(64) NOT NULL, "version" integer NOT NULL, "kind" character varying(20) NOT NULL, "content_hash" character(64) NOT NULL, "content" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, CONSTRAINT "PK_dca2425faf5e38d8ab1953ce400" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "curriculum_versions_course_version_key" ON "curriculum_versions" ("course_id", "version") `);
        await queryRunner.query(`CREATE TABLE "study_visit_kinds" ("id" character varying(64) NOT NULL, "title" jsonb NOT NULL, "setting" character varying(20) NOT NULL, CONSTRAINT "PK_7acefa94e4fb7545d3f5e0b492b" PRIMARY KEY ("id"))`);
        // Written by hand: a published version never changes, whatever code runs against the database.
        await queryRunner.query(`CREATE FUNCTION "curriculum_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'published curriculum versions are immutable' USING ERRCODE = 'integrity_constraint_violation';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "curriculum_versions_immutable" BEFORE UPDATE OR DELETE ON "curriculum_versions" FOR EACH ROW EXECUTE FUNCTION "curriculum_versions_immutable"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "curriculum_versions_immutable" ON "curriculum_versions"`);
        await queryRunner.query(`DROP FUNCTION "curriculum_versions_immutable"()`);
        await queryRunner.query(`DROP TABLE "study_visit_kinds"`);
        await queryRunner.query(`DROP INDEX "public"."curriculum_versions_course_version_key"`);
        await queryRunner.query(`DROP TABLE "curriculum_versions"`);
    }

}
