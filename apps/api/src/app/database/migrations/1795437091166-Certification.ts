import { MigrationInterface, QueryRunner } from "typeorm";

export class Certification1795437091166 implements MigrationInterface {
    name = 'Certification1795437091166'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "issuer_keys" ("id" character varying(64) NOT NULL, "public_key_multibase" character varying(128) NOT NULL, "secret_key_encrypted" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5ef739799f142784510bb3860ce" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "trainee_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "course_id" character varying(64) NOT NULL, "curriculum_version" integer NOT NULL, "status" character varying(12) NOT NULL, "holder_name" character varying(120) NOT NULL, "issuer_name" character varying(200) NOT NULL, "language" character varying(2) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "issued_by" uuid, "valid_until" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" character varying(500), "superseded_by" uuid, "status_index" integer NOT NULL, "key_id" character varying(64) NOT NULL, "credential" jsonb NOT NULL, "pdf" bytea NOT NULL, "pdf_sha256" character(64) NOT NULL, CONSTRAINT "certificates_status_check" CHECK ("status" IN ('valid', 'revoked', 'superseded')), CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_code_key" ON "certificates" ("code") `);
        await queryRunner.query(`CREATE INDEX "certificates_trainee_idx" ON "certificates" ("trainee_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_status_index_key" ON "certificates" ("status_index") `);
        await queryRunner.query(`CREATE INDEX "certificates_pdf_sha256_idx" ON "certificates" ("pdf_sha256") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_one_valid_key" ON "certificates" ("trainee_id", "course_id", "curriculum_version") WHERE "status" = 'valid'`);
        await queryRunner.query(`CREATE TABLE "certification_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "status" character varying(10) NOT NULL, "language" character varying(2) NOT NULL, "total" integer NOT NULL DEFAULT '0', "issued" integer NOT NULL DEFAULT '0', "skipped" integer NOT NULL DEFAULT '0', "failed" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "certification_jobs_status_check" CHECK ("status" IN ('running', 'done', 'failed')), CONSTRAINT "PK_0f6ecafa7e7f15a4d35237de032" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "share_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "trainee_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_70320b79ecd8acab96419fcdd6d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "share_links_token_key" ON "share_links" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_e3281d6144fb65eea1f10ffafe8" FOREIGN KEY ("trainee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_eae67dad555fdec30762dfcec2e" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "certification_jobs" ADD CONSTRAINT "FK_10af22fb89862953a25745a1d89" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "share_links" ADD CONSTRAINT "FK_0cc2864f301a4cfe06b88bcf97a" FOREIGN KEY ("trainee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Written by hand. Each certificate gets the next bit of the (single) revocation status list.
        await queryRunner.query(`CREATE SEQUENCE "certificate_status_index_seq" MINVALUE 0 START 0 MAXVALUE 131071 NO CYCLE`);
        // A certificate is never deleted and what it states never changes; only its status moves on.
        await queryRunner.query(`CREATE FUNCTION "certificates_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'certificates are never deleted' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.code IS DISTINCT FROM OLD.code OR NEW.credential IS DISTINCT FROM OLD.credential OR NEW.pdf IS DISTINCT FROM OLD.pdf
                   OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256 OR NEW.holder_name IS DISTINCT FROM OLD.holder_name OR NEW.issuer_name IS DISTINCT FROM OLD.issuer_name
                   OR NEW.status_index IS DISTINCT FROM OLD.status_index OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
                   OR OLD.status <> 'valid' THEN
                    RAISE EXCEPTION 'an issued certificate cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "certificates_append_only" BEFORE UPDATE OR DELETE ON "certificates" FOR EACH ROW EXECUTE FUNCTION "certificates_append_only"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "certificates_append_only" ON "certificates"`);
        await queryRunner.query(`DROP FUNCTION "certificates_append_only"()`);
        await queryRunner.query(`DROP SEQUENCE "certificate_status_index_seq"`);
        await queryRunner.query(`ALTER TABLE "share_links" DROP CONSTRAINT "FK_0cc2864f301a4cfe06b88bcf97a"`);
        await queryRunner.query(`ALTER TABLE "certification_jobs" DROP CONSTRAINT "FK_10af22fb89862953a25745a1d89"`);
        await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_eae67dad555fdec30762dfcec2e"`);
        await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_e3281d6144fb65eea1f10ffafe8"`);
        await queryRunner.query(`DROP INDEX "public"."share_links_token_key"`);
        await queryRunner.query(`DROP TABLE "share_links"`);
        await queryRunner.query(`DROP TABLE "certification_jobs"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_one_valid_key"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_pdf_sha256_idx"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_status_index_key"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_trainee_idx"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_code_key"`);
        await queryRunner.query(`DROP TABLE "certificates"`);
        await queryRunner.query(`DROP TABLE "issuer_keys"`);
    }

}
