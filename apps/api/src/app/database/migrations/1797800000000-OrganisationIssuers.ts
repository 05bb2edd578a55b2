import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each organisation issues its certificates under its own name and key, with revocation lists of
 * its own. Keys and lists without an organisation are the installation's issuer (`/issuer`), which
 * signed every certificate issued before: they stay published, so those keep verifying as they were.
 */
export class OrganisationIssuers1797800000000 implements MigrationInterface {
  name = 'OrganisationIssuers1797800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['issuer_keys', 'status_lists']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "organisation_id" uuid NULL REFERENCES "organisations"("id")`);
      await queryRunner.query(`CREATE INDEX "${table}_organisation" ON "${table}" ("organisation_id", "created_at")`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['issuer_keys', 'status_lists']) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "organisation_id"`);
  }
}
