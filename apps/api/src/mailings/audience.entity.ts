import { Column, DeleteDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../core/database/timestamps';
import type { AudienceRule } from './audience-rule';

/** A saved filter over contacts, evaluated when a mailing is sent (never a frozen list). */
@Entity('audiences')
export class AudienceEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'jsonb' })
  rule!: AudienceRule;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
