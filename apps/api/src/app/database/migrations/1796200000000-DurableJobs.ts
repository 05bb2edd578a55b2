import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cohort certification as durable jobs with per-trainee progress, and
 * revocation status lists that roll over instead of running out.
 */
export class DurableJobs1796200000000 implements MigrationInterface {
  name = 'DurableJobs1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Status lists: an entry is taken by storing a certificate, nothing else, so no index is ever burnt.
    await queryRunner.query(`CREATE TABLE "status_lists" ("id" integer NOT NULL, "capacity" integer NOT NULL, "used" integer NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "status_lists_capacity_check" CHECK ("capacity" > 0 AND "capacity" <= 131072), CONSTRAINT "status_lists_used_check" CHECK ("used" >= 0 AND "used" <= "capacity"), CONSTRAINT "PK_status_lists" PRIMARY KEY ("id"))`);
    await queryRunner.query(`INSERT INTO "status_lists" ("id", "capacity", "used") SELECT 1, 131072, count(*) FROM "certificates"`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "status_list" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "status_list" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_certificates_status_list" FOREIGN KEY ("status_list") REFERENCES "status_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "certificates_status_index_check" CHECK ("status_index" >= 0 AND "status_index" < 131072)`);
    await queryRunner.query(`DROP INDEX "public"."certificates_status_index_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificates_status_entry_key" ON "certificates" ("status_list", "status_index") `);
    await queryRunner.query(`DROP SEQUENCE "certificate_status_index_seq"`);
    // The list and index a certificate was issued with are part of what it states.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "certificates_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'certificates are never deleted' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.code IS DISTINCT FROM OLD.code OR NEW.credential IS DISTINCT FROM OLD.credential OR NEW.pdf IS DISTINCT FROM OLD.pdf
                   OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256 OR NEW.holder_name IS DISTINCT FROM OLD.holder_name OR NEW.issuer_name IS DISTINCT FROM OLD.issuer_name
                   OR NEW.status_list IS DISTINCT FROM OLD.status_list OR NEW.status_index IS DISTINCT FROM OLD.status_index OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
                   OR OLD.status <> 'valid' THEN
                    RAISE EXCEPTION 'an issued certificate cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`);

    // Jobs run by the in-process runner before this version cannot be resumed.
    await queryRunner.query(`UPDATE "certification_jobs" SET "status" = 'failed', "finished_at" = now() WHERE "status" = 'running'`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" DROP CONSTRAINT "certification_jobs_status_check"`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" ADD CONSTRAINT "certification_jobs_status_check" CHECK ("status" IN ('queued', 'running', 'done', 'failed'))`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" ADD "error" character varying(500)`);
    // One unfinished job per cohort: a second start finds the first.
    await queryRunner.query(`CREATE UNIQUE INDEX "certification_jobs_one_open_key" ON "certification_jobs" ("cohort_id") WHERE "status" IN ('queued', 'running')`);
    await queryRunner.query(`CREATE TABLE "certification_job_items" ("job_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "reason" character varying(40), "error" character varying(500), "certificate_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certification_job_items_status_check" CHECK ("status" IN ('pending', 'issued', 'skipped', 'failed')), CONSTRAINT "PK_certification_job_items" PRIMARY KEY ("job_id", "enrolment_id"))`);
    await queryRunner.query(`ALTER TABLE "certification_job_items" ADD CONSTRAINT "FK_certification_job_items_job" FOREIGN KEY ("job_id") REFERENCES "certification_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certification_job_items" ADD CONSTRAINT "FK_certification_job_items_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certification_job_items"`);
    await queryRunner.query(`DROP INDEX "public"."certification_jobs_one_open_key"`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" DROP COLUMN "error"`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" DROP COLUMN "started_at"`);
    await queryRunner.query(`UPDATE "certification_jobs" SET "status" = 'failed' WHERE "status" = 'queued'`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" DROP CONSTRAINT "certification_jobs_status_check"`);
    await queryRunner.query(`ALTER TABLE "certification_jobs" ADD CONSTRAINT "certification_jobs_status_check" CHECK ("status" IN ('running', 'done', 'failed'))`);
    await queryRunner.query(`CREATE SEQUENCE "certificate_status_index_seq" MINVALUE 0 START 0 MAXVALUE 131071 NO CYCLE`);
    await queryRunner.query(`DROP INDEX "public"."certificates_status_entry_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificates_status_index_key" ON "certificates" ("status_index") `);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_status_index_check"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_certificates_status_list"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "status_list"`);
    await queryRunner.query(`DROP TABLE "status_lists"`);
  }
}
