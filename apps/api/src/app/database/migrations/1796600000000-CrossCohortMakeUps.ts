import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Make-ups in another cohort go through a booking: the trainee asks (or her own leader books
 * directly) a day with the same number in another cohort of the course; the host cohort's
 * leader sees only the guests booked into their days and records their attendance, which
 * closes the make-up. One open request or booking per enrolment and day.
 */
export class CrossCohortMakeUps1796600000000 implements MigrationInterface {
  name = 'CrossCohortMakeUps1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "make_up_bookings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "enrolment_id" uuid NOT NULL,
        "day_number" integer NOT NULL,
        "status" character varying(20) NOT NULL,
        "host_course_day_id" uuid,
        "request_note" character varying(500),
        "requested_by" uuid NOT NULL,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "booked_by" uuid,
        "booked_at" TIMESTAMP WITH TIME ZONE,
        "attendance" character varying(20),
        "attendance_by" uuid,
        "attendance_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "make_up_bookings_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "make_up_bookings_status_check" CHECK ("status" IN ('requested', 'booked', 'attended', 'missed', 'cancelled')),
        CONSTRAINT "make_up_bookings_host_check" CHECK ("status" IN ('requested', 'cancelled') OR "host_course_day_id" IS NOT NULL),
        CONSTRAINT "make_up_bookings_attendance_check" CHECK (("status" IN ('attended', 'missed')) = ("attendance" IS NOT NULL)),
        CONSTRAINT "make_up_bookings_enrolment_fk" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE,
        CONSTRAINT "make_up_bookings_host_day_fk" FOREIGN KEY ("host_course_day_id") REFERENCES "course_days"("id") ON DELETE RESTRICT
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "make_up_bookings_open_key" ON "make_up_bookings" ("enrolment_id", "day_number") WHERE "status" IN ('requested', 'booked')`,
    );
    await queryRunner.query(`CREATE INDEX "make_up_bookings_host_day_idx" ON "make_up_bookings" ("host_course_day_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "make_up_bookings"`);
  }
}
