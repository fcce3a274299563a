import { SeatRole } from '@alliance/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from './institution.entity';

/**
 * An institution's dated membership of another (elected members of the Security Council for two-year
 * terms, the monthly presidency), so the CRM can answer "who sits on the Council next January and who presides".
 */
@Entity('seats')
@Index('seats_body_dates_idx', ['bodyId', 'startDate'])
export class SeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key of seats shipped as reference data; null for seats added by people. */
  @Index('seats_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  referenceKey!: string | null;

  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: InstitutionEntity;

  @Index('seats_member_idx')
  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: InstitutionEntity;

  @Column({ type: 'enum', enum: SeatRole, enumName: 'seat_role' })
  role!: SeatRole;

  @Column({ type: 'date' })
  startDate!: string;

  /** Inclusive; null when open-ended (permanent members). */
  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  /** Where the fact comes from (a public web page), so anyone can check it. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  source!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
