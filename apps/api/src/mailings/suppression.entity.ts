import { SuppressionReason } from '@alliance/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An address that receives no mail from any mailing: hard bounces, complaints, people who left everything. */
@Entity('suppressions')
export class SuppressionEntity {
  @PrimaryColumn({ type: 'citext' })
  address!: string;

  @Column({ type: 'enum', enum: SuppressionReason, enumName: 'suppression_reason' })
  reason!: SuppressionReason;

  /** The SMTP answer or webhook event that caused it (never personal data beyond the address). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  detail!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
