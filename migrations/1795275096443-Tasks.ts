import { MigrationInterface, QueryRunner } from "typeorm";

export class Tasks1795275096443 implements MigrationInterface {
    name = 'Tasks1795275096443'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."task_status" AS ENUM('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')
        `);
        await queryRunner.query(`
            CREATE TABLE "tasks" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(300) NOT NULL,
                "description" text,
                "campaign_id" uuid,
                "assignee_user_id" uuid,
                "assignee_organisation_id" uuid,
                "due_date" date,
                "priority" "public"."priority" NOT NULL DEFAULT 'MEDIUM',
                "status" "public"."task_status" NOT NULL DEFAULT 'TODO',
                "created_by_id" uuid,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "tasks_one_assignee_check" CHECK (
                    "assignee_user_id" IS NULL
                    OR "assignee_organisation_id" IS NULL
                ),
                CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "tasks_campaign_idx" ON "tasks" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "tasks_assignee_user_idx" ON "tasks" ("assignee_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "tasks_assignee_organisation_idx" ON "tasks" ("assignee_organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "task_comments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "task_id" uuid NOT NULL,
                "author_id" uuid,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_83b99b0b03db29d4cafcb579b77" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "task_comments_task_idx" ON "task_comments" ("task_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "task_digests" (
                "user_id" uuid NOT NULL,
                "day" date NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5ba9a2faf71f40655a7a5f48ff9" PRIMARY KEY ("user_id", "day")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "FK_4f6036587baf050af6b1128c9b8" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "FK_9dce028e1d9addcde15b83a8bf2" FOREIGN KEY ("assignee_user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "FK_ef993e079e6c4203247de56107e" FOREIGN KEY ("assignee_organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "task_comments"
            ADD CONSTRAINT "FK_ba9e465cfc707006e60aae59946" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Reviewed addition: the daily digest and "my tasks" look for open tasks by due date.
        await queryRunner.query(`CREATE INDEX "tasks_open_due_idx" ON "tasks" ("due_date") WHERE "status" <> 'DONE' AND "deleted_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."tasks_open_due_idx"`);
        await queryRunner.query(`
            ALTER TABLE "task_comments" DROP CONSTRAINT "FK_ba9e465cfc707006e60aae59946"
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "FK_ef993e079e6c4203247de56107e"
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "FK_9dce028e1d9addcde15b83a8bf2"
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "FK_4f6036587baf050af6b1128c9b8"
        `);
        await queryRunner.query(`
            DROP TABLE "task_digests"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."task_comments_task_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "task_comments"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."tasks_assignee_organisation_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."tasks_assignee_user_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."tasks_campaign_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "tasks"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."task_status"
        `);
    }

}
