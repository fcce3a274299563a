import { MigrationInterface, QueryRunner } from "typeorm";

export class Relationships1795272961834 implements MigrationInterface {
    name = 'Relationships1795272961834'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."relationship_kind" AS ENUM(
                'ADVISES',
                'REPORTS_TO',
                'CHIEF_OF_STAFF_OF',
                'DEPUTY_OF',
                'COLLEAGUE_OF',
                'SPOUSE_OF',
                'FAMILY_OF',
                'FRIEND_OF',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "relationships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "from_contact_id" uuid NOT NULL,
                "kind" "public"."relationship_kind" NOT NULL,
                "to_contact_id" uuid NOT NULL,
                "start_date" date,
                "end_date" date,
                "note" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ba20e2f5cf487408e08e4dcecaf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "relationships_to_idx" ON "relationships" ("to_contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "relationships_from_idx" ON "relationships" ("from_contact_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "relationships"
            ADD CONSTRAINT "FK_4cf943a3e72df8edc0a59549121" FOREIGN KEY ("from_contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "relationships"
            ADD CONSTRAINT "FK_12837338a9447d992cb3d55b4cd" FOREIGN KEY ("to_contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "relationships" DROP CONSTRAINT "FK_12837338a9447d992cb3d55b4cd"
        `);
        await queryRunner.query(`
            ALTER TABLE "relationships" DROP CONSTRAINT "FK_4cf943a3e72df8edc0a59549121"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."relationships_from_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."relationships_to_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "relationships"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."relationship_kind"
        `);
    }

}
