import { MigrationInterface, QueryRunner } from "typeorm";

export class OutreachRecency1795290436764 implements MigrationInterface {
    name = 'OutreachRecency1795290436764'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."interaction_contacts_contact_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_institutions_institution_idx"
        `);
        // Added empty, filled from the interactions, then required.
        await queryRunner.query(`
            ALTER TABLE "interaction_contacts"
            ADD "occurred_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            UPDATE "interaction_contacts" link SET "occurred_at" = i."occurred_at" FROM "interactions" i WHERE i."id" = link."interaction_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_contacts" ALTER COLUMN "occurred_at" SET NOT NULL
        `);
        // Added empty, filled from the interactions, then required.
        await queryRunner.query(`
            ALTER TABLE "interaction_institutions"
            ADD "occurred_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            UPDATE "interaction_institutions" link SET "occurred_at" = i."occurred_at" FROM "interactions" i WHERE i."id" = link."interaction_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_institutions" ALTER COLUMN "occurred_at" SET NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "interactions_campaign_recent_idx" ON "interactions" ("campaign_id", "occurred_at")
            WHERE "deleted_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_contacts_contact_recent_idx" ON "interaction_contacts" ("contact_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_institutions_institution_recent_idx" ON "interaction_institutions" ("institution_id", "occurred_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."interaction_institutions_institution_recent_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_contacts_contact_recent_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interactions_campaign_recent_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_institutions" DROP COLUMN "occurred_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_contacts" DROP COLUMN "occurred_at"
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_institutions_institution_idx" ON "interaction_institutions" USING btree ("institution_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_contacts_contact_idx" ON "interaction_contacts" USING btree ("contact_id")
        `);
    }

}
