import { MigrationInterface, QueryRunner } from "typeorm";

export class TaskOrigin1795283240027 implements MigrationInterface {
    name = 'TaskOrigin1795283240027'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD "interaction_id" uuid
        `);
        await queryRunner.query(`
            CREATE INDEX "tasks_interaction_idx" ON "tasks" ("interaction_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "FK_f45680c3a7209978c170795d62d" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "FK_f45680c3a7209978c170795d62d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."tasks_interaction_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "tasks" DROP COLUMN "interaction_id"
        `);
    }

}
