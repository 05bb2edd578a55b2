import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A first sign-in through an organisation's identity provider may link by a personal identity
 * number (an e-ID broker's claim) as well as by verified e-mail. The number is never stored: an
 * account holds a keyed hash of it, enough to recognise it and nothing to read it back from.
 */
export class PersonalIdentity1798200000000 implements MigrationInterface {
  name = 'PersonalIdentity1798200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "personal_identity_hash" character(64) NULL`);
    await queryRunner.query(`CREATE INDEX "users_personal_identity" ON "users" ("organisation_id", "personal_identity_hash") WHERE "personal_identity_hash" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "identity_providers" ADD "identity_claim" character varying(200) NULL, ADD "identity_scope" character varying(200) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity_providers" DROP COLUMN "identity_claim", DROP COLUMN "identity_scope"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "personal_identity_hash"`);
  }
}
