import { MigrationInterface, QueryRunner } from 'typeorm';

const CERTIFICATES_BEFORE = `CREATE OR REPLACE FUNCTION "certificates_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
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
                IF NEW.status <> 'revoked' AND (NEW.revocation_code IS DISTINCT FROM OLD.revocation_code OR NEW.revocation_note IS DISTINCT FROM OLD.revocation_note
                   OR NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) THEN
                    RAISE EXCEPTION 'revocation details are set only when revoking' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`;

const ROLE_PLAYS_BEFORE = `CREATE OR REPLACE FUNCTION "role_play_attempts_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR OLD.status = 'signed' THEN
                    RAISE EXCEPTION 'a signed role-play attempt cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`;

/**
 * Erasure at the holder's request or after the retention period.
 *
 * - `erasure_requests`: one pending request per trainee at most; a request is
 *   cancelled by her or carried out by an administrator (or by retention).
 * - `users.erased_at`: the row stays as a pseudonym so statistics and the
 *   audit trail keep pointing somewhere; nothing in it names the person.
 * - Erasure mode: a transaction that did `set_config('peer.erasure', 'on', true)`
 *   may scrub what names the person from certificates that are no longer valid
 *   (holder name, credential, PDF bytes, internal note) and the free texts of
 *   signed role-play attempts. Nothing a certificate states about its status,
 *   code, issuer or status entry may change, in erasure mode or not.
 */
export class Erasure1796800000000 implements MigrationInterface {
  name = 'Erasure1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE TABLE "erasure_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trainee_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settled_at" TIMESTAMP WITH TIME ZONE, "settled_by" uuid, CONSTRAINT "erasure_requests_status_check" CHECK ("status" IN ('pending', 'cancelled', 'done')), CONSTRAINT "erasure_requests_settled_check" CHECK (("status" = 'pending') = ("settled_at" IS NULL)), CONSTRAINT "PK_erasure_requests" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "erasure_requests_one_pending_key" ON "erasure_requests" ("trainee_id") WHERE "status" = 'pending'`);
    await queryRunner.query(`CREATE INDEX "erasure_requests_status_idx" ON "erasure_requests" ("status", "requested_at") `);
    await queryRunner.query(`ALTER TABLE "erasure_requests" ADD CONSTRAINT "FK_erasure_requests_trainee" FOREIGN KEY ("trainee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "certificates_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND current_setting('peer.erasure', true) = 'on' AND OLD.status <> 'valid' AND NEW.status = OLD.status
                   AND NEW.code = OLD.code AND NEW.issuer_name = OLD.issuer_name AND NEW.status_list = OLD.status_list AND NEW.status_index = OLD.status_index
                   AND NEW.issued_at = OLD.issued_at AND NEW.pdf_sha256 = OLD.pdf_sha256 AND NEW.superseded_by IS NOT DISTINCT FROM OLD.superseded_by
                   AND NEW.revocation_code IS NOT DISTINCT FROM OLD.revocation_code AND NEW.revoked_at IS NOT DISTINCT FROM OLD.revoked_at
                   AND NEW.valid_until IS NOT DISTINCT FROM OLD.valid_until THEN
                    -- Erasure of the holder: only what names her changes.
                    RETURN NEW;
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'certificates are never deleted' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.code IS DISTINCT FROM OLD.code OR NEW.credential IS DISTINCT FROM OLD.credential OR NEW.pdf IS DISTINCT FROM OLD.pdf
                   OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256 OR NEW.holder_name IS DISTINCT FROM OLD.holder_name OR NEW.issuer_name IS DISTINCT FROM OLD.issuer_name
                   OR NEW.status_list IS DISTINCT FROM OLD.status_list OR NEW.status_index IS DISTINCT FROM OLD.status_index OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
                   OR OLD.status <> 'valid' THEN
                    RAISE EXCEPTION 'an issued certificate cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.status <> 'revoked' AND (NEW.revocation_code IS DISTINCT FROM OLD.revocation_code OR NEW.revocation_note IS DISTINCT FROM OLD.revocation_note
                   OR NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) THEN
                    RAISE EXCEPTION 'revocation details are set only when revoking' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "role_play_attempts_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND current_setting('peer.erasure', true) = 'on' AND NEW.status = OLD.status AND NEW.result IS NOT DISTINCT FROM OLD.result
                   AND NEW.signed_at IS NOT DISTINCT FROM OLD.signed_at AND NEW.enrolment_id = OLD.enrolment_id AND NEW.scenario_id = OLD.scenario_id
                   AND NEW.attempt = OLD.attempt AND NEW.observer_id = OLD.observer_id THEN
                    -- Erasure of the trainee: the observer's free texts about her go, the result stays.
                    RETURN NEW;
                END IF;
                IF TG_OP = 'DELETE' OR OLD.status = 'signed' THEN
                    RAISE EXCEPTION 'a signed role-play attempt cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ROLE_PLAYS_BEFORE);
    await queryRunner.query(CERTIFICATES_BEFORE);
    await queryRunner.query(`DROP TABLE "erasure_requests"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
  }
}
