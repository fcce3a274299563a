import { MigrationInterface, QueryRunner } from "typeorm";

export class Organisations1795271974729 implements MigrationInterface {
    name = 'Organisations1795271974729'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Reviewed additions: accent-insensitive fuzzy search ("Genocide" finds "Génocide", "genocde" finds "Genocide").
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        // unaccent() is only STABLE; this IMMUTABLE wrapper (fixed dictionary) can be used in indexes.
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
        `);
        await queryRunner.query(`
            CREATE TABLE "countries" (
                "code" character(2) NOT NULL,
                "alpha3" character(3) NOT NULL,
                "name_en" character varying(100) NOT NULL,
                "name_fr" character varying(100) NOT NULL,
                "region" character varying(40) NOT NULL,
                "subregion" character varying(60) NOT NULL,
                "un_member" boolean NOT NULL,
                CONSTRAINT "PK_b47cbb5311bad9c9ae17b8c1eda" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."organisation_type" AS ENUM(
                'NGO',
                'ACADEMIC',
                'FAITH_BASED',
                'DIASPORA',
                'LEGAL',
                'MEDIA',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."membership_status" AS ENUM(
                'PROSPECT',
                'APPLIED',
                'ACTIVE',
                'LAPSED',
                'SUSPENDED',
                'FORMER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "organisations" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(300) NOT NULL,
                "acronym" character varying(40),
                "type" "public"."organisation_type" NOT NULL,
                "country_code" character(2),
                "city" character varying(120),
                "website" character varying(500),
                "description" text,
                "focus_areas" text array NOT NULL DEFAULT '{}',
                "languages" character varying(8) array NOT NULL DEFAULT '{}',
                "tags" text array NOT NULL DEFAULT '{}',
                "membership_status" "public"."membership_status" NOT NULL DEFAULT 'PROSPECT',
                "member_since" date,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "organisations_country_idx" ON "organisations" ("country_code")
        `);
        // Reviewed additions: keyset pagination by name, trigram search, tag filter.
        await queryRunner.query(`CREATE INDEX "organisations_name_sort_idx" ON "organisations" (lower("name"), "id") WHERE "deleted_at" IS NULL`);
        await queryRunner.query(`
            CREATE INDEX "organisations_search_idx" ON "organisations"
            USING gin (f_unaccent(lower("name" || ' ' || coalesce("acronym", ''))) gin_trgm_ops)
        `);
        await queryRunner.query(`CREATE INDEX "organisations_tags_idx" ON "organisations" USING gin ("tags")`);
        await queryRunner.query(`
            CREATE INDEX "organisations_membership_status_idx" ON "organisations" ("membership_status")
        `);
        await queryRunner.query(`
            CREATE TABLE "membership_changes" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "organisation_id" uuid NOT NULL,
                "from_status" "public"."membership_status",
                "to_status" "public"."membership_status" NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "changed_by_id" uuid,
                "note" text,
                CONSTRAINT "PK_e08a1ead74bc30cc9ed594450c4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "membership_changes_organisation_idx" ON "membership_changes" ("organisation_id", "changed_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD CONSTRAINT "FK_939a8edd9a0ecd7e24f81d1f84d" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership_changes"
            ADD CONSTRAINT "FK_a54340147d456d8cabd1536a757" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."organisations_tags_idx"`);
        await queryRunner.query(`DROP INDEX "public"."organisations_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."organisations_name_sort_idx"`);
        await queryRunner.query(`
            ALTER TABLE "membership_changes" DROP CONSTRAINT "FK_a54340147d456d8cabd1536a757"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisations" DROP CONSTRAINT "FK_939a8edd9a0ecd7e24f81d1f84d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."membership_changes_organisation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "membership_changes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."organisations_membership_status_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."organisations_country_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "organisations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."organisation_type"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."membership_status"
        `);
        await queryRunner.query(`
            DROP TABLE "countries"
        `);
        await queryRunner.query(`DROP FUNCTION f_unaccent(text)`);
    }

}
