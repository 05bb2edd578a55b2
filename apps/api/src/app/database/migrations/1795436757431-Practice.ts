import { MigrationInterface, QueryRunner } from "typeorm";

export class Practice1795436757431 implements MigrationInterface {
    name = 'Practice1795436757431'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "role_play_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "scenario_id" character varying(64) NOT NULL, "attempt" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "criteria" jsonb NOT NULL, "overall_feedback" character varying(4000), "result" character varying(10), "observer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "signed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "role_play_attempts_signed_check" CHECK (("status" = 'signed') = ("result" IS NOT NULL AND "signed_at" IS NOT NULL)), CONSTRAINT "role_play_attempts_status_check" CHECK ("status" IN ('draft', 'signed')), CONSTRAINT "PK_f16e180f03d5cb87b8142c48085" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "role_play_attempts_one_draft_key" ON "role_play_attempts" ("enrolment_id", "scenario_id") WHERE "status" = 'draft'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "role_play_attempts_number_key" ON "role_play_attempts" ("enrolment_id", "scenario_id", "attempt") `);
        await queryRunner.query(`CREATE TABLE "role_play_reflections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attempt_id" uuid NOT NULL, "text" character varying(2000) NOT NULL, "after_signing" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_29123e82cd17ede866db2aecab5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "role_play_reflections_attempt_idx" ON "role_play_reflections" ("attempt_id") `);
        await queryRunner.query(`CREATE TABLE "study_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "requirement_id" character varying(64) NOT NULL, "unit_name" character varying(200) NOT NULL, "kind" character varying(64) NOT NULL, "organisation" character varying(200) NOT NULL, "visit_date" date NOT NULL, "hours" numeric(4,1) NOT NULL, "host_email" character varying(254) NOT NULL, "status" character varying(20) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb, "leader_comment" character varying(2000), "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "study_visits_hours_check" CHECK ("hours" > 0 AND "hours" <= 24), CONSTRAINT "study_visits_status_check" CHECK ("status" IN ('planned', 'awaiting_host', 'confirmed', 'reflected', 'returned', 'approved')), CONSTRAINT "PK_1a89163f908b524710f56f10f28" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "study_visits_enrolment_idx" ON "study_visits" ("enrolment_id") `);
        await queryRunner.query(`CREATE TABLE "host_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "study_visit_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "replaced_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_db9e391a689812cd080bb4c8133" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "host_confirmations_token_key" ON "host_confirmations" ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "host_confirmations_visit_idx" ON "host_confirmations" ("study_visit_id") `);
        await queryRunner.query(`ALTER TABLE "role_play_attempts" ADD CONSTRAINT "FK_1593a61abc06899563280e69863" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "role_play_reflections" ADD CONSTRAINT "FK_bbade0dd0149ffe313786b4c93d" FOREIGN KEY ("attempt_id") REFERENCES "role_play_attempts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "study_visits" ADD CONSTRAINT "FK_880555e2995b760b59fa5e2deaf" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "host_confirmations" ADD CONSTRAINT "FK_c952aad0eda85f9739cbb21b0ee" FOREIGN KEY ("study_visit_id") REFERENCES "study_visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Written by hand: a signed observation is final; a correction is a new attempt.
        await queryRunner.query(`CREATE FUNCTION "role_play_attempts_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR OLD.status = 'signed' THEN
                    RAISE EXCEPTION 'a signed role-play attempt cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "role_play_attempts_locked" BEFORE UPDATE OR DELETE ON "role_play_attempts" FOR EACH ROW EXECUTE FUNCTION "role_play_attempts_locked"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "role_play_attempts_locked" ON "role_play_attempts"`);
        await queryRunner.query(`DROP FUNCTION "role_play_attempts_locked"()`);
        await queryRunner.query(`ALTER TABLE "host_confirmations" DROP CONSTRAINT "FK_c952aad0eda85f9739cbb21b0ee"`);
        await queryRunner.query(`ALTER TABLE "study_visits" DROP CONSTRAINT "FK_880555e2995b760b59fa5e2deaf"`);
        await queryRunner.query(`ALTER TABLE "role_play_reflections" DROP CONSTRAINT "FK_bbade0dd0149ffe313786b4c93d"`);
        await queryRunner.query(`ALTER TABLE "role_play_attempts" DROP CONSTRAINT "FK_1593a61abc06899563280e69863"`);
        await queryRunner.query(`DROP INDEX "public"."host_confirmations_visit_idx"`);
        await queryRunner.query(`DROP INDEX "public"."host_confirmations_token_key"`);
        await queryRunner.query(`DROP TABLE "host_confirmations"`);
        await queryRunner.query(`DROP INDEX "public"."study_visits_enrolment_idx"`);
        await queryRunner.query(`DROP TABLE "study_visits"`);
        await queryRunner.query(`DROP INDEX "public"."role_play_reflections_attempt_idx"`);
        await queryRunner.query(`DROP TABLE "role_play_reflections"`);
        await queryRunner.query(`DROP INDEX "public"."role_play_attempts_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."role_play_attempts_one_draft_key"`);
        await queryRunner.query(`DROP TABLE "role_play_attempts"`);
    }

}
