import { MigrationInterface, QueryRunner } from "typeorm";

export class Institutions1795272737694 implements MigrationInterface {
    name = 'Institutions1795272737694'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."institution_kind" AS ENUM(
                'UN_ORGAN',
                'UN_AGENCY',
                'PERMANENT_MISSION',
                'NATIONAL_GOVERNMENT',
                'MINISTRY',
                'PARLIAMENT',
                'REGIONAL_BODY',
                'COURT',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "institutions" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference_key" character varying(100),
                "name" character varying(300) NOT NULL,
                "name_fr" character varying(300),
                "acronym" character varying(40),
                "kind" "public"."institution_kind" NOT NULL,
                "parent_id" uuid,
                "country_code" character(2),
                "website" character varying(500),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_0be7539dcdba335470dc05e9690" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "institutions_reference_key" ON "institutions" ("reference_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "institutions_kind_idx" ON "institutions" ("kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "institutions_parent_idx" ON "institutions" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "institutions_country_idx" ON "institutions" ("country_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "positions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contact_id" uuid NOT NULL,
                "institution_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_17e4e62ccd5749b289ae3fae6f3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "positions_contact_idx" ON "positions" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "positions_institution_idx" ON "positions" ("institution_id")
        `);
        // Reviewed additions: name sort, accent-insensitive search in English and French, current positions.
        await queryRunner.query(`
            CREATE INDEX "institutions_name_sort_idx" ON "institutions" (lower("name"), "id") WHERE "deleted_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "institutions_search_idx" ON "institutions"
            USING gin (f_unaccent(lower("name" || ' ' || coalesce("name_fr", '') || ' ' || coalesce("acronym", ''))) gin_trgm_ops)
        `);
        await queryRunner.query(`
            CREATE INDEX "positions_current_idx" ON "positions" ("institution_id", "contact_id") WHERE "end_date" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "institutions"
            ADD CONSTRAINT "FK_b240d2dcc44fe6166b990c8dad0" FOREIGN KEY ("parent_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "institutions"
            ADD CONSTRAINT "FK_51cf08c9cc154e7b316d66f3ecf" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_e8f0ebca4d0954ac477bb5ecbcc" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_dfedf308dfcf69333bb424380f7" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."positions_current_idx"`);
        await queryRunner.query(`DROP INDEX "public"."institutions_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."institutions_name_sort_idx"`);
        await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_dfedf308dfcf69333bb424380f7"
        `);
        await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_e8f0ebca4d0954ac477bb5ecbcc"
        `);
        await queryRunner.query(`
            ALTER TABLE "institutions" DROP CONSTRAINT "FK_51cf08c9cc154e7b316d66f3ecf"
        `);
        await queryRunner.query(`
            ALTER TABLE "institutions" DROP CONSTRAINT "FK_b240d2dcc44fe6166b990c8dad0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."positions_institution_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."positions_contact_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "positions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."institutions_country_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."institutions_parent_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."institutions_kind_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."institutions_reference_key"
        `);
        await queryRunner.query(`
            DROP TABLE "institutions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."institution_kind"
        `);
    }

}
