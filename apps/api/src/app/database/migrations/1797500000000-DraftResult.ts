import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An observation's draft keeps the result the leader has chosen so far, so that nothing is lost
 * before she signs. `result` stays the signed result only.
 */
export class DraftResult1797500000000 implements MigrationInterface {
  name = 'DraftResult1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_play_attempts" ADD "draft_result" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "role_play_attempts" ADD CONSTRAINT "role_play_attempts_draft_result_check" CHECK ("draft_result" IN ('passed', 'not_yet'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_play_attempts" DROP CONSTRAINT "role_play_attempts_draft_result_check"`);
    await queryRunner.query(`ALTER TABLE "role_play_attempts" DROP COLUMN "draft_result"`);
  }
}
