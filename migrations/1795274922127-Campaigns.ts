import { MigrationInterface, QueryRunner } from "typeorm";

export class Campaigns1795274922127 implements MigrationInterface {
    name = 'Campaigns1795274922127'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."campaign_status" AS ENUM('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."campaign_visibility" AS ENUM('INTERNAL', 'MEMBERS')
        `);
        await queryRunner.query(`
            CREATE TABLE "campaigns" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(300) NOT NULL,
                "objective" text,
                "asks" text array NOT NULL DEFAULT '{}',
                "status" "public"."campaign_status" NOT NULL DEFAULT 'DRAFT',
                "visibility" "public"."campaign_visibility" NOT NULL DEFAULT 'INTERNAL',
                "start_date" date,
                "end_date" date,
                "lead_organisation_id" uuid,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "campaigns_status_idx" ON "campaigns" ("status")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."participation_role" AS ENUM('LEAD', 'PARTNER', 'SUPPORTER')
        `);
        await queryRunner.query(`
            CREATE TABLE "participations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "campaign_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "role" "public"."participation_role" NOT NULL,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "left_at" TIMESTAMP WITH TIME ZONE,
                "joined_by_id" uuid,
                CONSTRAINT "PK_7aa63b8dcd3d6f8aef8a98bb14a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "participations_campaign_idx" ON "participations" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "participations_organisation_idx" ON "participations" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."priority" AS ENUM('HIGH', 'MEDIUM', 'LOW')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."stance" AS ENUM(
                'CHAMPION',
                'SUPPORTIVE',
                'NEUTRAL',
                'OPPOSED',
                'UNKNOWN'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "targets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "campaign_id" uuid NOT NULL,
                "contact_id" uuid,
                "institution_id" uuid,
                "priority" "public"."priority" NOT NULL DEFAULT 'MEDIUM',
                "ask" text,
                "stance" "public"."stance" NOT NULL DEFAULT 'UNKNOWN',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_87084f49e9de9dd6a3e83906584" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "targets_campaign_idx" ON "targets" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "targets_contact_idx" ON "targets" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "targets_institution_idx" ON "targets" ("institution_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "stance_changes" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "target_id" uuid NOT NULL,
                "from_stance" "public"."stance",
                "to_stance" "public"."stance" NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "changed_by_id" uuid,
                "note" text,
                CONSTRAINT "PK_6b1414c64b0d5cd19767cb44ce7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "stance_changes_target_idx" ON "stance_changes" ("target_id", "changed_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "campaigns"
            ADD CONSTRAINT "FK_18bda840cf130bf7f89a6af6b68" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "participations"
            ADD CONSTRAINT "FK_19ff58af8e55f10fb937f237cc4" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "participations"
            ADD CONSTRAINT "FK_0af7588183703d19b5db5f1535d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "targets"
            ADD CONSTRAINT "FK_859915f9526b5ee63f24a3b56f0" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "targets"
            ADD CONSTRAINT "FK_e47fb4afc22a1c34e51304dac6a" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "targets"
            ADD CONSTRAINT "FK_baa64b3cbe42c1db4cbf83b2929" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stance_changes"
            ADD CONSTRAINT "FK_685bf6b90f8d1423b1753e3998b" FOREIGN KEY ("target_id") REFERENCES "targets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Reviewed additions: name sort; one open participation per organisation and campaign; a target is
        // a contact or an institution, once per campaign.
        await queryRunner.query(`CREATE INDEX "campaigns_name_sort_idx" ON "campaigns" (lower("name"), "id") WHERE "deleted_at" IS NULL`);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "participations_open_key" ON "participations" ("campaign_id", "organisation_id") WHERE "left_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "targets_campaign_contact_key" ON "targets" ("campaign_id", "contact_id") WHERE "contact_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "targets_campaign_institution_key" ON "targets" ("campaign_id", "institution_id") WHERE "institution_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "targets" ADD CONSTRAINT "targets_one_kind_check" CHECK (("contact_id" IS NULL) <> ("institution_id" IS NULL))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "targets" DROP CONSTRAINT "targets_one_kind_check"`);
        await queryRunner.query(`DROP INDEX "public"."targets_campaign_institution_key"`);
        await queryRunner.query(`DROP INDEX "public"."targets_campaign_contact_key"`);
        await queryRunner.query(`DROP INDEX "public"."participations_open_key"`);
        await queryRunner.query(`DROP INDEX "public"."campaigns_name_sort_idx"`);
        await queryRunner.query(`
            ALTER TABLE "stance_changes" DROP CONSTRAINT "FK_685bf6b90f8d1423b1753e3998b"
        `);
        await queryRunner.query(`
            ALTER TABLE "targets" DROP CONSTRAINT "FK_baa64b3cbe42c1db4cbf83b2929"
        `);
        await queryRunner.query(`
            ALTER TABLE "targets" DROP CONSTRAINT "FK_e47fb4afc22a1c34e51304dac6a"
        `);
        await queryRunner.query(`
            ALTER TABLE "targets" DROP CONSTRAINT "FK_859915f9526b5ee63f24a3b56f0"
        `);
        await queryRunner.query(`
            ALTER TABLE "participations" DROP CONSTRAINT "FK_0af7588183703d19b5db5f1535d"
        `);
        await queryRunner.query(`
            ALTER TABLE "participations" DROP CONSTRAINT "FK_19ff58af8e55f10fb937f237cc4"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaigns" DROP CONSTRAINT "FK_18bda840cf130bf7f89a6af6b68"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."stance_changes_target_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "stance_changes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."targets_institution_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."targets_contact_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."targets_campaign_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "targets"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."stance"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."priority"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."participations_organisation_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."participations_campaign_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "participations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."participation_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."campaigns_status_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "campaigns"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."campaign_visibility"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."campaign_status"
        `);
    }

}
