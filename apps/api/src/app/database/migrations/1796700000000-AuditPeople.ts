import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each audit event names the people whose data it touched, one row per person, so that
 * "whose data was seen" and "who saw mine" are index scans newest first. A roster view of a
 * large cohort is one event and one multi-row insert. There is no foreign key to users: the
 * trail outlives any account change, and erasure pseudonymises the user row instead.
 */
export class AuditPeople1796700000000 implements MigrationInterface {
  name = 'AuditPeople1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event_people" ("event_id" bigint NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "audit_event_people_pkey" PRIMARY KEY ("event_id", "person_id"), CONSTRAINT "audit_event_people_event_fk" FOREIGN KEY ("event_id") REFERENCES "audit_events"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_people_person_idx" ON "audit_event_people" ("person_id", "event_id" DESC)`);
    await queryRunner.query(`CREATE INDEX "audit_events_at_idx" ON "audit_events" ("at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "audit_events_action_idx" ON "audit_events" ("action", "at" DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_events_action_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event_people"`);
  }
}
