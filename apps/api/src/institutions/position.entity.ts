import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { InstitutionEntity } from './institution.entity';

/**
 * A contact holding a title at an institution, from a date to a date (open while current).
 * A policymaker is a contact with a current position. When someone changes job the old position is
 * closed, never deleted, so the history stays.
 */
@Entity('positions')
@Index('positions_current_idx', { synchronize: false })
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('positions_contact_idx')
  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Index('positions_institution_idx')
  @Column({ type: 'uuid' })
  institutionId!: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'date' })
  startDate!: string;

  /** Null while the position is held. */
  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
