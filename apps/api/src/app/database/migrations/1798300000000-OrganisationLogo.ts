import { MigrationInterface, QueryRunner } from 'typeorm';

/** An organisation's own logo (PNG or JPEG), printed on its certificates and named by its issuer profile. */
export class OrganisationLogo1798300000000 implements MigrationInterface {
  name = 'OrganisationLogo1798300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "logo" bytea NULL, ADD "logo_type" character varying(20) NULL`);
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_check" CHECK (("logo" IS NULL) = ("logo_type" IS NULL) AND ("logo_type" IS NULL OR "logo_type" IN ('image/png', 'image/jpeg')))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "logo", DROP COLUMN "logo_type"`);
  }
}
