import { MigrationInterface, QueryRunner } from "typeorm";

export class ContactMerges1795273336096 implements MigrationInterface {
    name = 'ContactMerges1795273336096'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "contacts"
            ADD "merged_into_id" uuid
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "contacts" DROP COLUMN "merged_into_id"
        `);
    }

}
