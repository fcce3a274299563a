import { MigrationInterface, QueryRunner } from "typeorm";

export class QueuedJobs1795290950826 implements MigrationInterface {
    name = 'QueuedJobs1795290950826'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // One claim row per system mail: lets a retried mail job send its message once.
        await queryRunner.query(`
            CREATE TYPE "public"."mail_send_status" AS ENUM('QUEUED', 'SENDING', 'SENT')
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_sends" (
                "message_id" character varying(300) NOT NULL,
                "status" "public"."mail_send_status" NOT NULL DEFAULT 'QUEUED',
                "attempts" smallint NOT NULL DEFAULT '0',
                "interruptions" smallint NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_aae09513b1f5d6319d3f3a127b5" PRIMARY KEY ("message_id")
            )
        `);
        // The outbox: jobs written with the change that calls for them, until the relay hands them to Bull.
        await queryRunner.query(`
            CREATE TABLE "queued_jobs" (
                "id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "payload" jsonb NOT NULL,
                "options" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bcc60858de99b50a4d5c951fc90" PRIMARY KEY ("id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "queued_jobs"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_sends"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."mail_send_status"
        `);
    }

}
