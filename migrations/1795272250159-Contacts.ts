import { MigrationInterface, QueryRunner } from "typeorm";

export class Contacts1795272250159 implements MigrationInterface {
    name = 'Contacts1795272250159'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."email_consent_status" AS ENUM('UNKNOWN', 'GRANTED', 'WITHDRAWN')
        `);
        await queryRunner.query(`
            CREATE TABLE "contacts" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "first_name" character varying(100) NOT NULL,
                "last_name" character varying(100) NOT NULL,
                "preferred_language" character varying(8) NOT NULL DEFAULT 'en',
                "country_code" character(2),
                "tags" text array NOT NULL DEFAULT '{}',
                "notes" text,
                "email_consent_status" "public"."email_consent_status" NOT NULL DEFAULT 'UNKNOWN',
                "email_consent_source" character varying(200),
                "email_consent_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id")
            )
        `);
        // Reviewed additions: keyset pagination by name, accent-insensitive trigram search, tag filter,
        // and at most one primary address per contact.
        await queryRunner.query(`
            CREATE INDEX "contacts_name_sort_idx" ON "contacts" (lower("last_name"), lower("first_name"), "id") WHERE "deleted_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "contacts_search_idx" ON "contacts"
            USING gin (f_unaccent(lower("first_name" || ' ' || "last_name")) gin_trgm_ops)
        `);
        await queryRunner.query(`CREATE INDEX "contacts_tags_idx" ON "contacts" USING gin ("tags")`);
        await queryRunner.query(`
            CREATE INDEX "contacts_country_idx" ON "contacts" ("country_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "contact_emails" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contact_id" uuid NOT NULL,
                "address" citext NOT NULL,
                "is_primary" boolean NOT NULL DEFAULT false,
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_fe57f999770a7da0338a9b29db3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "contact_emails_contact_idx" ON "contact_emails" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "contact_emails_address_key" ON "contact_emails" ("address")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "contact_emails_one_primary_key" ON "contact_emails" ("contact_id") WHERE "is_primary"
        `);
        await queryRunner.query(`
            CREATE TABLE "contact_phones" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contact_id" uuid NOT NULL,
                "number" character varying(40) NOT NULL,
                "label" character varying(40),
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_3263d07aba7c4dd305ee995148f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "contact_phones_contact_idx" ON "contact_phones" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "affiliations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contact_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "title" character varying(200),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_454335765b4671b2e94313ec4b3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "affiliations_organisation_idx" ON "affiliations" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "affiliations_contact_organisation_key" ON "affiliations" ("contact_id", "organisation_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "contacts"
            ADD CONSTRAINT "FK_d030bfba3a8f3540d92d09e3006" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_emails"
            ADD CONSTRAINT "FK_17eeaabe0b4b4beca50e632f65c" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_phones"
            ADD CONSTRAINT "FK_34a49ed9ce0d3668c17051399db" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "affiliations"
            ADD CONSTRAINT "FK_308a35ff139c02e9e8010806723" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "affiliations"
            ADD CONSTRAINT "FK_e95d55ec3557e18a46856d05028" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."contact_emails_one_primary_key"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_tags_idx"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_name_sort_idx"`);
        await queryRunner.query(`
            ALTER TABLE "affiliations" DROP CONSTRAINT "FK_e95d55ec3557e18a46856d05028"
        `);
        await queryRunner.query(`
            ALTER TABLE "affiliations" DROP CONSTRAINT "FK_308a35ff139c02e9e8010806723"
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_phones" DROP CONSTRAINT "FK_34a49ed9ce0d3668c17051399db"
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_emails" DROP CONSTRAINT "FK_17eeaabe0b4b4beca50e632f65c"
        `);
        await queryRunner.query(`
            ALTER TABLE "contacts" DROP CONSTRAINT "FK_d030bfba3a8f3540d92d09e3006"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."affiliations_contact_organisation_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."affiliations_organisation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "affiliations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contact_phones_contact_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "contact_phones"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contact_emails_address_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contact_emails_contact_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "contact_emails"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contacts_country_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "contacts"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."email_consent_status"
        `);
    }

}
