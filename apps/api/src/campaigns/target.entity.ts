import { Priority, Stance } from '@alliance/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { CampaignEntity } from './campaign.entity';

/** A policymaker or an institution a campaign wants to move, with the ask to them and where they stand. */
@Entity('targets')
@Index('targets_campaign_contact_key', { synchronize: false })
@Index('targets_campaign_institution_key', { synchronize: false })
@Check('targets_one_kind_check', '("contact_id" IS NULL) <> ("institution_id" IS NULL)')
export class TargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('targets_campaign_idx')
  @Column({ type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  /** Exactly one of contactId and institutionId is set (a check constraint in the migration). */
  @Index('targets_contact_idx')
  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Index('targets_institution_idx')
  @Column({ type: 'uuid', nullable: true })
  institutionId!: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity;

  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.MEDIUM })
  priority!: Priority;

  @Column({ type: 'text', nullable: true })
  ask!: string | null;

  @Column({ type: 'enum', enum: Stance, enumName: 'stance', default: Stance.UNKNOWN })
  stance!: Stance;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One dated change of a target's stance. */
@Entity('stance_changes')
@Index('stance_changes_target_idx', ['targetId', 'changedAt'])
export class StanceChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  targetId!: string;

  @ManyToOne(() => TargetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: TargetEntity;

  @Column({ type: 'enum', enum: Stance, enumName: 'stance', nullable: true })
  fromStance!: Stance | null;

  @Column({ type: 'enum', enum: Stance, enumName: 'stance' })
  toStance!: Stance;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
