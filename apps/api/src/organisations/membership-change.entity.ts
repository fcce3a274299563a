import { MembershipStatus } from '@alliance/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** One dated change of an organisation's membership status; the history is never rewritten. */
@Entity('membership_changes')
@Index('membership_changes_organisation_idx', ['organisationId', 'changedAt'])
export class MembershipChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status', nullable: true })
  fromStatus!: MembershipStatus | null;

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  toStatus!: MembershipStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
