import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a share link shows is the holder's choice: `share_link_certificates` names the
 * certificates she chose, `share_links.include_supervision` whether her supervision hours are
 * shown. Links made before she could choose showed all her valid and revoked certificates:
 * their working links get exactly those certificates here, so one rule holds afterwards.
 */
export class ShareLinkContents1797200000000 implements MigrationInterface {
  name = 'ShareLinkContents1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "share_link_certificates" (
      "share_link_id" uuid NOT NULL CONSTRAINT "share_link_certificates_link_fk" REFERENCES "share_links"("id") ON DELETE CASCADE,
      "certificate_id" uuid NOT NULL CONSTRAINT "share_link_certificates_certificate_fk" REFERENCES "certificates"("id") ON DELETE CASCADE,
      CONSTRAINT "share_link_certificates_pkey" PRIMARY KEY ("share_link_id", "certificate_id"))`);
    await queryRunner.query(`CREATE INDEX "share_link_certificates_certificate_idx" ON "share_link_certificates" ("certificate_id")`);
    await queryRunner.query(`ALTER TABLE "share_links" ADD "include_supervision" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`INSERT INTO "share_link_certificates" ("share_link_id", "certificate_id")
      SELECT l.id, c.id FROM "share_links" l JOIN "certificates" c ON c.trainee_id = l.trainee_id AND c.status IN ('valid', 'revoked')
       WHERE l.revoked_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "share_links" DROP COLUMN "include_supervision"`);
    await queryRunner.query(`DROP TABLE "share_link_certificates"`);
  }
}
