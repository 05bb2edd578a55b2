import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in through an organisation's OpenID Connect provider. The client secret is stored encrypted
 * under ISSUER_KEY_SECRET. A person's identity at the provider is linked to her account at her
 * first sign-in, by the provider's verified e-mail; sign-ins in progress live a few minutes.
 */
export class OrganisationSignIn1797900000000 implements MigrationInterface {
  name = 'OrganisationSignIn1797900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity_providers" (
      "organisation_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
      "issuer" character varying(500) NOT NULL,
      "client_id" character varying(200) NOT NULL,
      "client_secret_encrypted" text NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "identity_providers_pkey" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "user_identities" (
      "organisation_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
      "subject" character varying(255) NOT NULL,
      "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "user_identities_pkey" PRIMARY KEY ("organisation_id", "subject"),
      CONSTRAINT "user_identities_one_per_user" UNIQUE ("user_id", "organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "sign_ins" (
      "state" character varying(64) NOT NULL,
      "organisation_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE,
      "code_verifier" character varying(128) NOT NULL,
      "nonce" character varying(64) NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "sign_ins_pkey" PRIMARY KEY ("state"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_ins"`);
    await queryRunner.query(`DROP TABLE "user_identities"`);
    await queryRunner.query(`DROP TABLE "identity_providers"`);
  }
}
