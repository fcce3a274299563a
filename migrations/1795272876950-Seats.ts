import { MigrationInterface, QueryRunner } from "typeorm";

export class Seats1795272876950 implements MigrationInterface {
    name = 'Seats1795272876950'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."seat_role" AS ENUM(
                'PERMANENT_MEMBER',
                'ELECTED_MEMBER',
                'MEMBER',
                'PRESIDENCY'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "seats" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference_key" character varying(120),
                "body_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "role" "public"."seat_role" NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date,
                "source" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3fbc74bb4638600c506dcb777a7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "seats_reference_key" ON "seats" ("reference_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "seats_member_idx" ON "seats" ("member_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "seats_body_dates_idx" ON "seats" ("body_id", "start_date")
        `);
        await queryRunner.query(`
            ALTER TABLE "seats"
            ADD CONSTRAINT "FK_6eba4c4bce0ca19e49414c54b3e" FOREIGN KEY ("body_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "seats"
            ADD CONSTRAINT "FK_b33508892cd8bae23bf1f95bfbe" FOREIGN KEY ("member_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "seats" DROP CONSTRAINT "FK_b33508892cd8bae23bf1f95bfbe"
        `);
        await queryRunner.query(`
            ALTER TABLE "seats" DROP CONSTRAINT "FK_6eba4c4bce0ca19e49414c54b3e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."seats_body_dates_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."seats_member_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."seats_reference_key"
        `);
        await queryRunner.query(`
            DROP TABLE "seats"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."seat_role"
        `);
    }

}
