import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY_BEFORE = `CREATE OR REPLACE FUNCTION "certificates_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
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
            END $$`;

/**
 * A revocation states one of a fixed list of public reasons; what the leader
 * typed becomes an internal note that no public page reads. Revocations made
 * before keep their text as the note and get `unspecified`, which the public
 * page shows as just "revoked" with the date: nothing is said that was not said.
 */
export class PublicRevocationReasons1796400000000 implements MigrationInterface {
  name = 'PublicRevocationReasons1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" RENAME COLUMN "revocation_reason" TO "revocation_note"`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "revocation_code" character varying(40)`);
    // Revoked rows are frozen by the append-only trigger; this one-off backfill adds to them and changes nothing they state.
    await queryRunner.query(`ALTER TABLE "certificates" DISABLE TRIGGER "certificates_append_only"`);
    await queryRunner.query(`UPDATE "certificates" SET "revocation_code" = 'unspecified' WHERE "status" = 'revoked'`);
    await queryRunner.query(`ALTER TABLE "certificates" ENABLE TRIGGER "certificates_append_only"`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revocation_code_check" CHECK ("revocation_code" IN ('issued-in-error', 'requirements-not-met', 'withdrawn-at-holders-request', 'unspecified'))`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revocation_code_status_check" CHECK (("status" = 'revoked') = ("revocation_code" IS NOT NULL))`);
    // The revocation columns may change only in the update that revokes (status leaving `valid` for `revoked`), and never after.
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
                IF NEW.status <> 'revoked' AND (NEW.revocation_code IS DISTINCT FROM OLD.revocation_code OR NEW.revocation_note IS DISTINCT FROM OLD.revocation_note
                   OR NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) THEN
                    RAISE EXCEPTION 'revocation details are set only when revoking' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_ONLY_BEFORE);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_revocation_code_status_check"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_revocation_code_check"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "revocation_code"`);
    await queryRunner.query(`ALTER TABLE "certificates" RENAME COLUMN "revocation_note" TO "revocation_reason"`);
  }
}
