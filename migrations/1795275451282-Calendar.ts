import { MigrationInterface, QueryRunner } from "typeorm";

export class Calendar1795275451282 implements MigrationInterface {
    name = 'Calendar1795275451282'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."calendar_event_kind" AS ENUM(
                'COUNCIL_MEETING',
                'PRESIDENCY',
                'SESSION',
                'SUMMIT',
                'VOTE',
                'DEADLINE',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "calendar_events" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(300) NOT NULL,
                "kind" "public"."calendar_event_kind" NOT NULL DEFAULT 'OTHER',
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE,
                "all_day" boolean NOT NULL DEFAULT false,
                "location" character varying(300),
                "description" text,
                "campaign_id" uuid,
                "institution_id" uuid,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_faf5391d232322a87cdd1c6f30c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "calendar_events_campaign_idx" ON "calendar_events" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "calendar_events_starts_idx" ON "calendar_events" ("starts_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_events"
            ADD CONSTRAINT "FK_abae20424f08214df755d2f7479" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_events"
            ADD CONSTRAINT "FK_9cefd1645845bdd7206610e9431" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "calendar_events" DROP CONSTRAINT "FK_9cefd1645845bdd7206610e9431"
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_events" DROP CONSTRAINT "FK_abae20424f08214df755d2f7479"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."calendar_events_starts_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."calendar_events_campaign_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_events"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."calendar_event_kind"
        `);
    }

}
