import { MigrationInterface, QueryRunner } from "typeorm";

export class Cohorts1795435672593 implements MigrationInterface {
    name = 'Cohorts1795435672593'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "course_id" character varying(64) NOT NULL, "curriculum_version" integer NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "cohort_leaders" ("cohort_id" uuid NOT NULL, "leader_id" uuid NOT NULL, CONSTRAINT "PK_daaa197c956d05db9fd0b8bc346" PRIMARY KEY ("cohort_id", "leader_id"))`);
        await queryRunner.query(`CREATE INDEX "cohort_leaders_leader_idx" ON "cohort_leaders" ("leader_id") `);
        await queryRunner.query(`CREATE TABLE "course_days" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "day_number" integer NOT NULL, "date" date NOT NULL, "start_time" TIME NOT NULL, "end_time" TIME NOT NULL, "place" character varying(200) NOT NULL, CONSTRAINT "course_days_times_check" CHECK ("end_time" > "start_time"), CONSTRAINT "PK_4a1c221bda75eccfdda5e27f3e6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "course_days_cohort_day_key" ON "course_days" ("cohort_id", "day_number") `);
        await queryRunner.query(`CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" character varying(500), CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "enrolments_trainee_idx" ON "enrolments" ("trainee_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "enrolments_active_key" ON "enrolments" ("cohort_id", "trainee_id") WHERE "withdrawn_at" IS NULL`);
        await queryRunner.query(`CREATE TABLE "attendance" ("course_day_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "comment" character varying(500), "marked_by" uuid NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "attendance_status_check" CHECK ("status" IN ('present', 'late', 'absent_excused', 'absent_unexcused')), CONSTRAINT "PK_9017f959716b5920b2530acbbbb" PRIMARY KEY ("course_day_id", "trainee_id"))`);
        await queryRunner.query(`CREATE INDEX "attendance_trainee_idx" ON "attendance" ("trainee_id") `);
        await queryRunner.query(`CREATE TABLE "attendance_changes" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "course_day_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "comment" character varying(500), "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6b92f114d83b19a907e267ac12" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attendance_changes_day_idx" ON "attendance_changes" ("course_day_id") `);
        await queryRunner.query(`CREATE TABLE "absence_notices" ("course_day_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "reason" character varying(500), "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_225c23f3b872493baa1972018e4" PRIMARY KEY ("course_day_id", "trainee_id"))`);
        await queryRunner.query(`CREATE TABLE "make_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "day_number" integer NOT NULL, "method" character varying(20) NOT NULL, "host_course_day_id" uuid, "note" character varying(1000), "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "make_ups_host_check" CHECK (("method" = 'other-cohort') = ("host_course_day_id" IS NOT NULL)), CONSTRAINT "make_ups_method_check" CHECK ("method" IN ('other-cohort', 'assignment')), CONSTRAINT "PK_3389ba150e6869459c79dfd1f1c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "make_ups_enrolment_day_key" ON "make_ups" ("enrolment_id", "day_number") `);
        await queryRunner.query(`CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "owner_id" uuid NOT NULL, "cohort_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_token_key" ON "calendar_feeds" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "FK_93b202262ebf8ef9303d491fc25" FOREIGN KEY ("course_id", "curriculum_version") REFERENCES "curriculum_versions"("course_id","version") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_leaders" ADD CONSTRAINT "FK_67969f73487d9d9e90c820648cd" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_leaders" ADD CONSTRAINT "FK_8a98e6acad816428d707d53e7f9" FOREIGN KEY ("leader_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course_days" ADD CONSTRAINT "FK_58c14b608a9ce2136a085d997f6" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "FK_0e675e00a0c3497c936092fdbb6" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "FK_8b1476ae98c4d9b980dbda27ca4" FOREIGN KEY ("trainee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "FK_ebd2fd3f1282f9caabcd5fe263f" FOREIGN KEY ("course_day_id") REFERENCES "course_days"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "FK_1cd8cd6fde06c188af191345d6b" FOREIGN KEY ("trainee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attendance_changes" ADD CONSTRAINT "FK_0551af84b59e368f3381897e224" FOREIGN KEY ("course_day_id") REFERENCES "course_days"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "absence_notices" ADD CONSTRAINT "FK_43e6a979ace5703be7b72ed4bea" FOREIGN KEY ("course_day_id") REFERENCES "course_days"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "make_ups" ADD CONSTRAINT "FK_136eebb31ddcb404b951e02adf7" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "make_ups" ADD CONSTRAINT "FK_87df57cc458637b74b0f3dddd3b" FOREIGN KEY ("host_course_day_id") REFERENCES "course_days"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_a05b9fcde7148d906424a814354" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_d137d6fe6d359ada87bfc0b107f" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_d137d6fe6d359ada87bfc0b107f"`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_a05b9fcde7148d906424a814354"`);
        await queryRunner.query(`ALTER TABLE "make_ups" DROP CONSTRAINT "FK_87df57cc458637b74b0f3dddd3b"`);
        await queryRunner.query(`ALTER TABLE "make_ups" DROP CONSTRAINT "FK_136eebb31ddcb404b951e02adf7"`);
        await queryRunner.query(`ALTER TABLE "absence_notices" DROP CONSTRAINT "FK_43e6a979ace5703be7b72ed4bea"`);
        await queryRunner.query(`ALTER TABLE "attendance_changes" DROP CONSTRAINT "FK_0551af84b59e368f3381897e224"`);
        await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_1cd8cd6fde06c188af191345d6b"`);
        await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_ebd2fd3f1282f9caabcd5fe263f"`);
        await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_8b1476ae98c4d9b980dbda27ca4"`);
        await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_0e675e00a0c3497c936092fdbb6"`);
        await queryRunner.query(`ALTER TABLE "course_days" DROP CONSTRAINT "FK_58c14b608a9ce2136a085d997f6"`);
        await queryRunner.query(`ALTER TABLE "cohort_leaders" DROP CONSTRAINT "FK_8a98e6acad816428d707d53e7f9"`);
        await queryRunner.query(`ALTER TABLE "cohort_leaders" DROP CONSTRAINT "FK_67969f73487d9d9e90c820648cd"`);
        await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "FK_93b202262ebf8ef9303d491fc25"`);
        await queryRunner.query(`DROP INDEX "public"."calendar_feeds_token_key"`);
        await queryRunner.query(`DROP TABLE "calendar_feeds"`);
        await queryRunner.query(`DROP INDEX "public"."make_ups_enrolment_day_key"`);
        await queryRunner.query(`DROP TABLE "make_ups"`);
        await queryRunner.query(`DROP TABLE "absence_notices"`);
        await queryRunner.query(`DROP INDEX "public"."attendance_changes_day_idx"`);
        await queryRunner.query(`DROP TABLE "attendance_changes"`);
        await queryRunner.query(`DROP INDEX "public"."attendance_trainee_idx"`);
        await queryRunner.query(`DROP TABLE "attendance"`);
        await queryRunner.query(`DROP INDEX "public"."enrolments_active_key"`);
        await queryRunner.query(`DROP INDEX "public"."enrolments_trainee_idx"`);
        await queryRunner.query(`DROP TABLE "enrolments"`);
        await queryRunner.query(`DROP INDEX "public"."course_days_cohort_day_key"`);
        await queryRunner.query(`DROP TABLE "course_days"`);
        await queryRunner.query(`DROP INDEX "public"."cohort_leaders_leader_idx"`);
        await queryRunner.query(`DROP TABLE "cohort_leaders"`);
        await queryRunner.query(`DROP TABLE "cohorts"`);
    }

}
