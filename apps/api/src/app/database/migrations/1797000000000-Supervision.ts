import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group supervision after placement: groups with their supervisors (course leaders) and members
 * (peer supporters), the sessions a supervisor records, and each member's attendance with her
 * own reflection. Nothing here holds anything about patients or users.
 */
export class Supervision1797000000000 implements MigrationInterface {
  name = 'Supervision1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "supervision_groups" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "name" varchar(200) NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE "supervision_group_supervisors" (
      "group_id" uuid NOT NULL REFERENCES "supervision_groups"("id") ON DELETE CASCADE,
      "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE RESTRICT,
      PRIMARY KEY ("group_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "supervision_group_supervisors_user_idx" ON "supervision_group_supervisors" ("user_id")`);
    await queryRunner.query(`CREATE TABLE "supervision_group_members" (
      "group_id" uuid NOT NULL REFERENCES "supervision_groups"("id") ON DELETE CASCADE,
      "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE RESTRICT,
      PRIMARY KEY ("group_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "supervision_group_members_user_idx" ON "supervision_group_members" ("user_id")`);
    await queryRunner.query(`CREATE TABLE "supervision_sessions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "group_id" uuid NOT NULL REFERENCES "supervision_groups"("id") ON DELETE RESTRICT,
      "supervisor_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE RESTRICT,
      "session_date" date NOT NULL,
      "start_time" varchar(5) NOT NULL CONSTRAINT "supervision_sessions_start_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      "minutes" integer NOT NULL CONSTRAINT "supervision_sessions_minutes_check" CHECK ("minutes" BETWEEN 15 AND 480),
      "place" varchar(200),
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE INDEX "supervision_sessions_group_idx" ON "supervision_sessions" ("group_id", "session_date")`);
    await queryRunner.query(`CREATE TABLE "supervision_attendance" (
      "session_id" uuid NOT NULL REFERENCES "supervision_sessions"("id") ON DELETE CASCADE,
      "trainee_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE RESTRICT,
      "present" boolean NOT NULL,
      "reflection" text,
      "reflected_at" timestamptz,
      PRIMARY KEY ("session_id", "trainee_id"),
      CONSTRAINT "supervision_attendance_reflection_check" CHECK ("reflection" IS NULL OR "present"))`);
    await queryRunner.query(`CREATE INDEX "supervision_attendance_trainee_idx" ON "supervision_attendance" ("trainee_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "supervision_attendance"`);
    await queryRunner.query(`DROP TABLE "supervision_sessions"`);
    await queryRunner.query(`DROP TABLE "supervision_group_members"`);
    await queryRunner.query(`DROP TABLE "supervision_group_supervisors"`);
    await queryRunner.query(`DROP TABLE "supervision_groups"`);
  }
}
