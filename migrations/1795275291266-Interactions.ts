import { MigrationInterface, QueryRunner } from "typeorm";

export class Interactions1795275291266 implements MigrationInterface {
    name = 'Interactions1795275291266'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."interaction_kind" AS ENUM(
                'MEETING',
                'CALL',
                'LETTER',
                'EMAIL',
                'BRIEFING',
                'HEARING',
                'EVENT'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."confidentiality" AS ENUM('COALITION', 'INTERNAL', 'RESTRICTED')
        `);
        await queryRunner.query(`
            CREATE TABLE "interactions" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."interaction_kind" NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "campaign_id" uuid,
                "subject" character varying(300),
                "summary" text,
                "outcome" text,
                "confidentiality" "public"."confidentiality" NOT NULL DEFAULT 'INTERNAL',
                "created_by_id" uuid,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_911b7416a6671b4148b18c18ecb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interactions_campaign_idx" ON "interactions" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "interactions_timeline_idx" ON "interactions" ("occurred_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interaction_contacts" (
                "interaction_id" uuid NOT NULL,
                "contact_id" uuid NOT NULL,
                CONSTRAINT "PK_20f3c587213fa79eab1f27e001a" PRIMARY KEY ("interaction_id", "contact_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_contacts_contact_idx" ON "interaction_contacts" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interaction_institutions" (
                "interaction_id" uuid NOT NULL,
                "institution_id" uuid NOT NULL,
                CONSTRAINT "PK_1f87029fb562670a5230a29c574" PRIMARY KEY ("interaction_id", "institution_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_institutions_institution_idx" ON "interaction_institutions" ("institution_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interaction_participants" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "interaction_id" uuid NOT NULL,
                "user_id" uuid,
                "organisation_id" uuid,
                CONSTRAINT "PK_d8031faf03e6401e60809ca49bb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_participants_interaction_idx" ON "interaction_participants" ("interaction_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_participants_user_idx" ON "interaction_participants" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_participants_organisation_idx" ON "interaction_participants" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."commitment_status" AS ENUM('MADE', 'IN_PROGRESS', 'KEPT', 'BROKEN')
        `);
        await queryRunner.query(`
            CREATE TABLE "commitments" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "interaction_id" uuid NOT NULL,
                "contact_id" uuid,
                "campaign_id" uuid,
                "description" text NOT NULL,
                "due_date" date,
                "status" "public"."commitment_status" NOT NULL DEFAULT 'MADE',
                "made_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "commitments_interaction_idx" ON "commitments" ("interaction_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "commitments_contact_idx" ON "commitments" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "commitments_campaign_idx" ON "commitments" ("campaign_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "interactions"
            ADD CONSTRAINT "FK_e5956b51e60ea9301af93089acc" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_contacts"
            ADD CONSTRAINT "FK_5b316bbc7dbbaca7bd57eb87bd4" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_contacts"
            ADD CONSTRAINT "FK_954be972d5a29fbf4b4c0c90df7" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_institutions"
            ADD CONSTRAINT "FK_8a4128c0e8966a51ceecc8cffc0" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_institutions"
            ADD CONSTRAINT "FK_14ebf5bfb7647719cf0847a4bd8" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_participants"
            ADD CONSTRAINT "FK_d98d9ddb22d736ab1713ed33dd4" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "commitments"
            ADD CONSTRAINT "FK_70ff35bef844cbaa23ecd7533b2" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "commitments" DROP CONSTRAINT "FK_70ff35bef844cbaa23ecd7533b2"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_participants" DROP CONSTRAINT "FK_d98d9ddb22d736ab1713ed33dd4"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_institutions" DROP CONSTRAINT "FK_14ebf5bfb7647719cf0847a4bd8"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_institutions" DROP CONSTRAINT "FK_8a4128c0e8966a51ceecc8cffc0"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_contacts" DROP CONSTRAINT "FK_954be972d5a29fbf4b4c0c90df7"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_contacts" DROP CONSTRAINT "FK_5b316bbc7dbbaca7bd57eb87bd4"
        `);
        await queryRunner.query(`
            ALTER TABLE "interactions" DROP CONSTRAINT "FK_e5956b51e60ea9301af93089acc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."commitments_campaign_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."commitments_contact_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."commitments_interaction_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "commitments"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."commitment_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_participants_organisation_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_participants_user_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_participants_interaction_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interaction_participants"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_institutions_institution_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interaction_institutions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_contacts_contact_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interaction_contacts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interactions_timeline_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interactions_campaign_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interactions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."confidentiality"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."interaction_kind"
        `);
    }

}
