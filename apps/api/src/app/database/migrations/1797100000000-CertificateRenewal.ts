import { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only rule of certificates, with what a certificate renews as fixed as what it states. */
const APPEND_ONLY = (renews: boolean) => `CREATE OR REPLACE FUNCTION "certificates_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND current_setting('peer.erasure', true) = 'on' AND OLD.status <> 'valid' AND NEW.status = OLD.status
                   AND NEW.code = OLD.code AND NEW.issuer_name = OLD.issuer_name AND NEW.status_list = OLD.status_list AND NEW.status_index = OLD.status_index
                   AND NEW.issued_at = OLD.issued_at AND NEW.pdf_sha256 = OLD.pdf_sha256 AND NEW.superseded_by IS NOT DISTINCT FROM OLD.superseded_by
                   AND NEW.revocation_code IS NOT DISTINCT FROM OLD.revocation_code AND NEW.revoked_at IS NOT DISTINCT FROM OLD.revoked_at
                   AND NEW.valid_until IS NOT DISTINCT FROM OLD.valid_until${renews ? ' AND NEW.renews_certificate_id IS NOT DISTINCT FROM OLD.renews_certificate_id' : ''} THEN
                    -- Erasure of the holder: only what names her changes.
                    RETURN NEW;
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'certificates are never deleted' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.code IS DISTINCT FROM OLD.code OR NEW.credential IS DISTINCT FROM OLD.credential OR NEW.pdf IS DISTINCT FROM OLD.pdf
                   OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256 OR NEW.holder_name IS DISTINCT FROM OLD.holder_name OR NEW.issuer_name IS DISTINCT FROM OLD.issuer_name
                   OR NEW.status_list IS DISTINCT FROM OLD.status_list OR NEW.status_index IS DISTINCT FROM OLD.status_index OR NEW.issued_at IS DISTINCT FROM OLD.issued_at${renews ? '\n                   OR NEW.renews_certificate_id IS DISTINCT FROM OLD.renews_certificate_id' : ''}
                   OR (OLD.status <> 'valid'${renews ? " AND NOT (OLD.status = 'renewed' AND NEW.status = 'valid' AND NEW.valid_until IS NOT DISTINCT FROM OLD.valid_until)" : ''}) THEN
                    -- The one change of a certificate that is no longer valid: renewed becomes valid again when its renewal is revoked.
                    RAISE EXCEPTION 'an issued certificate cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF NEW.status <> 'revoked' AND (NEW.revocation_code IS DISTINCT FROM OLD.revocation_code OR NEW.revocation_note IS DISTINCT FROM OLD.revocation_note
                   OR NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) THEN
                    RAISE EXCEPTION 'revocation details are set only when revoking' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$`;

/**
 * Certificate renewal: a renewal is a new certificate of the same course version whose
 * `renews_certificate_id` names the certificate it renews; that one moves from `valid` to
 * `renewed` in the same transaction, so the one-valid-per-trainee-and-course-version index
 * holds throughout. A re-issue (correction) of a renewal keeps the reference; the reference,
 * like everything a certificate states, never changes once issued.
 */
export class CertificateRenewal1797100000000 implements MigrationInterface {
  name = 'CertificateRenewal1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_status_check"`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "certificates_status_check" CHECK ("status" IN ('valid', 'revoked', 'superseded', 'renewed'))`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "renews_certificate_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_renews_fk" FOREIGN KEY ("renews_certificate_id") REFERENCES "certificates"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "certificates_renews_other_check" CHECK ("renews_certificate_id" <> "id")`);
    await queryRunner.query(`CREATE INDEX "certificates_renews_idx" ON "certificates" ("renews_certificate_id") WHERE "renews_certificate_id" IS NOT NULL`);
    await queryRunner.query(APPEND_ONLY(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_ONLY(false));
    // Without renewals a replaced certificate is a superseded one, pointing at its newest replacement.
    await queryRunner.query(`ALTER TABLE "certificates" DISABLE TRIGGER "certificates_append_only"`);
    await queryRunner.query(
      `UPDATE "certificates" c SET "status" = 'superseded',
              "superseded_by" = (SELECT r."id" FROM "certificates" r WHERE r."renews_certificate_id" = c."id" ORDER BY r."issued_at" DESC LIMIT 1)
        WHERE c."status" = 'renewed'`,
    );
    await queryRunner.query(`ALTER TABLE "certificates" ENABLE TRIGGER "certificates_append_only"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_renews_idx"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_renews_other_check"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_renews_fk"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "renews_certificate_id"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_status_check"`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "certificates_status_check" CHECK ("status" IN ('valid', 'revoked', 'superseded'))`);
  }
}
