import { RelationshipKind } from '@alliance/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContactEntity } from './contact.entity';

/** A typed, dated link between two people ("A advises B"), to map who influences a decision-maker. */
@Entity('relationships')
@Index('relationships_from_idx', ['fromContactId'])
@Index('relationships_to_idx', ['toContactId'])
export class RelationshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  fromContactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_contact_id' })
  fromContact?: ContactEntity;

  @Column({ type: 'enum', enum: RelationshipKind, enumName: 'relationship_kind' })
  kind!: RelationshipKind;

  @Column({ type: 'uuid' })
  toContactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_contact_id' })
  toContact?: ContactEntity;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
