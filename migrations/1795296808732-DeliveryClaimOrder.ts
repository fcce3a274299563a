import { MigrationInterface, QueryRunner } from "typeorm";

export class DeliveryClaimOrder1795296808732 implements MigrationInterface {
    name = 'DeliveryClaimOrder1795296808732'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."deliveries_mailing_status_idx"
        `);
        await queryRunner.query(`
            CREATE INDEX "deliveries_mailing_status_id_idx" ON "deliveries" ("mailing_id", "status", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."deliveries_mailing_status_id_idx"
        `);
        await queryRunner.query(`
            CREATE INDEX "deliveries_mailing_status_idx" ON "deliveries" USING btree ("mailing_id", "status")
        `);
    }

}
