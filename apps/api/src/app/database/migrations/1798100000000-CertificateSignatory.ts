import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who signs an organisation's certificates: printed on each one issued while it is set. */
export class CertificateSignatory1798100000000 implements MigrationInterface {
  name = 'CertificateSignatory1798100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "signatory_name" character varying(120) NULL, ADD "signatory_title" character varying(120) NULL`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD CONSTRAINT "organisations_signatory_check" CHECK (("signatory_name" IS NULL) = ("signatory_title" IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "signatory_name", DROP COLUMN "signatory_title"`);
  }
}
