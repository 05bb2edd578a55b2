import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificate PDFs are stored as they are, out of line: their streams are
 * compressed already, so PostgreSQL's attempt to compress each one again
 * (about a millisecond of server time per certificate) never saved a byte.
 * Applies to rows written from now on; existing rows stay as they were.
 */
export class PdfStorage1797600000000 implements MigrationInterface {
  name = 'PdfStorage1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "pdf" SET STORAGE EXTERNAL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" ALTER COLUMN "pdf" SET STORAGE EXTENDED`);
  }
}
