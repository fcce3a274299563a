import { MigrationInterface, QueryRunner } from "typeorm";

export class Mailings1795290146573 implements MigrationInterface {
    name = 'Mailings1795290146573'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audiences" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "rule" jsonb NOT NULL,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d87c8fe1be471372dd505a9dc1f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "mailing_lists" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "description" text,
                "double_opt_in" boolean NOT NULL DEFAULT true,
                "is_public" boolean NOT NULL DEFAULT false,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f96e6c8f1136a853af94a1fa4de" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."subscription_status" AS ENUM('PENDING', 'SUBSCRIBED', 'UNSUBSCRIBED')
        `);
        await queryRunner.query(`
            CREATE TABLE "list_subscriptions" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "list_id" uuid NOT NULL,
                "contact_id" uuid NOT NULL,
                "status" "public"."subscription_status" NOT NULL,
                "consent_source" character varying(200) NOT NULL,
                "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "unsubscribed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_a0a91f3027bd53a994b2c0f8a26" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "list_subscriptions_contact_idx" ON "list_subscriptions" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "list_subscriptions_list_contact_key" ON "list_subscriptions" ("list_id", "contact_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."mailing_status" AS ENUM(
                'DRAFT',
                'AWAITING_APPROVAL',
                'SCHEDULED',
                'SENDING',
                'PAUSED',
                'FINISHED',
                'CANCELLED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "mailings" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "list_id" uuid NOT NULL,
                "audience_id" uuid,
                "campaign_id" uuid,
                "status" "public"."mailing_status" NOT NULL DEFAULT 'DRAFT',
                "tracking_enabled" boolean NOT NULL DEFAULT false,
                "scheduled_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                "send_requested_by_id" uuid,
                "requested_recipient_count" integer,
                "approved_by_id" uuid,
                "approved_at" TIMESTAMP WITH TIME ZONE,
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_62f62ea6a10bcd482f24ac751c7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "mailings_status_idx" ON "mailings" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "mailing_translations" (
                "mailing_id" uuid NOT NULL,
                "language" character varying(8) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "body" text NOT NULL,
                CONSTRAINT "PK_cd5cba426f35421c806518e0102" PRIMARY KEY ("mailing_id", "language")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."delivery_status" AS ENUM(
                'QUEUED',
                'CLAIMED',
                'SENDING',
                'SENT',
                'FAILED',
                'BOUNCED',
                'UNKNOWN',
                'SUPPRESSED',
                'UNSUBSCRIBED',
                'NO_CONSENT',
                'CANCELLED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "deliveries" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "mailing_id" uuid NOT NULL,
                "contact_id" uuid,
                "email" character varying(320) NOT NULL,
                "language" character varying(8) NOT NULL,
                "status" "public"."delivery_status" NOT NULL,
                "attempts" smallint NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "claimed_by" uuid,
                "message_id" character varying(300),
                "last_error" character varying(500),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "clicked_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "deliveries_contact_idx" ON "deliveries" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "deliveries_mailing_status_idx" ON "deliveries" ("mailing_id", "status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "deliveries_mailing_email_key" ON "deliveries" ("mailing_id", "email")
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_workers" (
                "id" uuid NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_efb19a4e0543fc2b76c201307ce" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."suppression_reason" AS ENUM('HARD_BOUNCE', 'COMPLAINT', 'LEFT_ALL', 'MANUAL')
        `);
        await queryRunner.query(`
            CREATE TABLE "suppressions" (
                "address" citext NOT NULL,
                "reason" "public"."suppression_reason" NOT NULL,
                "detail" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1c21d25c6f5df6c64078c697874" PRIMARY KEY ("address")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "list_subscriptions"
            ADD CONSTRAINT "FK_25fec0d9c7b3dc0bec04f7baf2f" FOREIGN KEY ("list_id") REFERENCES "mailing_lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "list_subscriptions"
            ADD CONSTRAINT "FK_cf688bf2f114b5320191216cc19" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_be45ca8a6e240c37460abf7e6d3" FOREIGN KEY ("list_id") REFERENCES "mailing_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_dbb748ee3ffe79b1ecbe2111ae9" FOREIGN KEY ("audience_id") REFERENCES "audiences"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_d486e86a9b630b080d25b96e48c" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_b2e9fae6dfce49c73903749e06e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_417077fc7b9ee83f88d4c75a178" FOREIGN KEY ("send_requested_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_baaf89200c5de48cdecd6967397" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mailing_translations"
            ADD CONSTRAINT "FK_d48d36782bdd355e8651c3f3253" FOREIGN KEY ("mailing_id") REFERENCES "mailings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "deliveries"
            ADD CONSTRAINT "FK_216d905e16d7445e5ee81583591" FOREIGN KEY ("mailing_id") REFERENCES "mailings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "deliveries"
            ADD CONSTRAINT "FK_9055cdb0beafb42b2307dc11b30" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Deliveries held by workers: the recovery sweep finds those of dead workers without scanning a mailing.
        await queryRunner.query(`
            CREATE INDEX "deliveries_in_flight_idx" ON "deliveries" ("claimed_by") WHERE "status" IN ('CLAIMED', 'SENDING')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."deliveries_in_flight_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "deliveries" DROP CONSTRAINT "FK_9055cdb0beafb42b2307dc11b30"
        `);
        await queryRunner.query(`
            ALTER TABLE "deliveries" DROP CONSTRAINT "FK_216d905e16d7445e5ee81583591"
        `);
        await queryRunner.query(`
            ALTER TABLE "mailing_translations" DROP CONSTRAINT "FK_d48d36782bdd355e8651c3f3253"
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_baaf89200c5de48cdecd6967397"
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_417077fc7b9ee83f88d4c75a178"
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_b2e9fae6dfce49c73903749e06e"
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_d486e86a9b630b080d25b96e48c"
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_dbb748ee3ffe79b1ecbe2111ae9"
        `);
        await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_be45ca8a6e240c37460abf7e6d3"
        `);
        await queryRunner.query(`
            ALTER TABLE "list_subscriptions" DROP CONSTRAINT "FK_cf688bf2f114b5320191216cc19"
        `);
        await queryRunner.query(`
            ALTER TABLE "list_subscriptions" DROP CONSTRAINT "FK_25fec0d9c7b3dc0bec04f7baf2f"
        `);
        await queryRunner.query(`
            DROP TABLE "suppressions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."suppression_reason"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_workers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."deliveries_mailing_email_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."deliveries_mailing_status_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."deliveries_contact_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "deliveries"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."delivery_status"
        `);
        await queryRunner.query(`
            DROP TABLE "mailing_translations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."mailings_status_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "mailings"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."mailing_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."list_subscriptions_list_contact_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."list_subscriptions_contact_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "list_subscriptions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."subscription_status"
        `);
        await queryRunner.query(`
            DROP TABLE "mailing_lists"
        `);
        await queryRunner.query(`
            DROP TABLE "audiences"
        `);
    }

}
