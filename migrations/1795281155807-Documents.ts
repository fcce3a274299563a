import { MigrationInterface, QueryRunner } from "typeorm";

export class Documents1795281155807 implements MigrationInterface {
    name = 'Documents1795281155807'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."document_kind" AS ENUM(
                'OPTIONS_PAPER',
                'SITUATION_REPORT',
                'LETTER',
                'BRIEFING_NOTE',
                'PRESS_RELEASE',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."document_status" AS ENUM('DRAFT', 'PUBLISHED')
        `);
        await queryRunner.query(`
            CREATE TABLE "documents" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(300) NOT NULL,
                "kind" "public"."document_kind" NOT NULL,
                "status" "public"."document_status" NOT NULL DEFAULT 'DRAFT',
                "body" text NOT NULL DEFAULT '',
                "created_by_id" uuid,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "documents_status_idx" ON "documents" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "documents_recent_idx" ON "documents" ("created_at", "id")
        `);
        // Reviewed addition: trigram search on the title, accents and case aside.
        await queryRunner.query(`
            CREATE INDEX "documents_search_idx" ON "documents" USING gin (f_unaccent(lower("title")) gin_trgm_ops)
        `);
        await queryRunner.query(`
            CREATE TABLE "document_campaigns" (
                "document_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                CONSTRAINT "PK_8651404f0c94752b1765115a019" PRIMARY KEY ("document_id", "campaign_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "document_campaigns_campaign_idx" ON "document_campaigns" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interaction_documents" (
                "interaction_id" uuid NOT NULL,
                "document_id" uuid NOT NULL,
                CONSTRAINT "PK_328d067fb63088710d32d0d87b4" PRIMARY KEY ("interaction_id", "document_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interaction_documents_document_idx" ON "interaction_documents" ("document_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "attachments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "document_id" uuid NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "content_type" character varying(150) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "storage_key" character varying(100) NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "attachments_document_idx" ON "attachments" ("document_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "attachments_storage_key_key" ON "attachments" ("storage_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "attachment_blobs" (
                "key" character varying(100) NOT NULL,
                "bytes" bytea NOT NULL,
                CONSTRAINT "PK_66db95ed8be2c3212f8f94a9c76" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_7f46f4f77acde1dcedba64cb220" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "document_campaigns"
            ADD CONSTRAINT "FK_f2b87dc22c8dc8a1b0e6c926d5a" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "document_campaigns"
            ADD CONSTRAINT "FK_c0e282057f7f86c06d1e7d90c43" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_documents"
            ADD CONSTRAINT "FK_89d95663725597bf9db5c959b30" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_documents"
            ADD CONSTRAINT "FK_79514faac721fd0e1f3a0396a3d" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments"
            ADD CONSTRAINT "FK_eed37e896b2b5f588b46d273950" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments"
            ADD CONSTRAINT "FK_f838a9ed0687491c5e5c3470148" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "attachments" DROP CONSTRAINT "FK_f838a9ed0687491c5e5c3470148"
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments" DROP CONSTRAINT "FK_eed37e896b2b5f588b46d273950"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_documents" DROP CONSTRAINT "FK_79514faac721fd0e1f3a0396a3d"
        `);
        await queryRunner.query(`
            ALTER TABLE "interaction_documents" DROP CONSTRAINT "FK_89d95663725597bf9db5c959b30"
        `);
        await queryRunner.query(`
            ALTER TABLE "document_campaigns" DROP CONSTRAINT "FK_c0e282057f7f86c06d1e7d90c43"
        `);
        await queryRunner.query(`
            ALTER TABLE "document_campaigns" DROP CONSTRAINT "FK_f2b87dc22c8dc8a1b0e6c926d5a"
        `);
        await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_7f46f4f77acde1dcedba64cb220"
        `);
        await queryRunner.query(`
            DROP TABLE "attachment_blobs"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."attachments_storage_key_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."attachments_document_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "attachments"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interaction_documents_document_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interaction_documents"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."document_campaigns_campaign_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "document_campaigns"
        `);
        await queryRunner.query(`DROP INDEX "public"."documents_search_idx"`);
        await queryRunner.query(`
            DROP INDEX "public"."documents_recent_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."documents_status_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "documents"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."document_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."document_kind"
        `);
    }

}
