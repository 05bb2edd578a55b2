import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administrators deactivate and reactivate accounts. A deactivated account keeps every record it
 * has and cannot sign in; `deactivated_at` is null for an active account.
 */
export class UserDeactivation1797300000000 implements MigrationInterface {
  name = 'UserDeactivation1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deactivated_at"`);
  }
}
