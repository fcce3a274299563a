import { CommitmentStatus, Confidentiality, InteractionKind } from '@alliance/domain';
import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { Timestamped } from '../core/database/timestamps';
import { InstitutionEntity } from '../institutions/institution.entity';

/** A meeting, call, letter, email, briefing, hearing or event with policymakers: the outreach history. */
@Entity('interactions')
@Index('interactions_timeline_idx', ['occurredAt', 'id'])
// The dashboard's "last interaction" per campaign: a top-1 probe per campaign.
@Index('interactions_campaign_recent_idx', ['campaignId', 'occurredAt'], { where: '"deleted_at" IS NULL' })
export class InteractionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: InteractionKind, enumName: 'interaction_kind' })
  kind!: InteractionKind;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Index('interactions_campaign_idx')
  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  /** The notes: what was said. Never shown to members. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'enum', enum: Confidentiality, enumName: 'confidentiality', default: Confidentiality.INTERNAL })
  confidentiality!: Confidentiality;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

/** Who was met (policymakers, contacts). */
@Entity('interaction_contacts')
@Index('interaction_contacts_contact_recent_idx', ['contactId', 'occurredAt'])
export class InteractionContactEntity {
  @PrimaryColumn({ type: 'uuid' })
  interactionId!: string;

  @ManyToOne(() => InteractionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: InteractionEntity;

  @PrimaryColumn({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  /** The interaction's time, copied here so "last reached" is one index probe per person (it never changes after logging). */
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;
}

/** Which institutions were met (directly, or through the people met). */
@Entity('interaction_institutions')
@Index('interaction_institutions_institution_recent_idx', ['institutionId', 'occurredAt'])
export class InteractionInstitutionEntity {
  @PrimaryColumn({ type: 'uuid' })
  interactionId!: string;

  @ManyToOne(() => InteractionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: InteractionEntity;

  @PrimaryColumn({ type: 'uuid' })
  institutionId!: string;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity;

  /** The interaction's time, copied here so "last reached" is one index probe per institution. */
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;
}

/** Who took part on the alliance's side: a user or a member organisation. For RESTRICTED, the users who may read it. */
@Entity('interaction_participants')
export class InteractionParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('interaction_participants_interaction_idx')
  @Column({ type: 'uuid' })
  interactionId!: string;

  @ManyToOne(() => InteractionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: InteractionEntity;

  @Index('interaction_participants_user_idx')
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Index('interaction_participants_organisation_idx')
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;
}

/** What a policymaker promised at an interaction, followed up until kept or broken. */
@Entity('commitments')
export class CommitmentEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('commitments_interaction_idx')
  @Column({ type: 'uuid' })
  interactionId!: string;

  @ManyToOne(() => InteractionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: InteractionEntity;

  @Index('commitments_contact_idx')
  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Index('commitments_campaign_idx')
  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'enum', enum: CommitmentStatus, enumName: 'commitment_status', default: CommitmentStatus.MADE })
  status!: CommitmentStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  madeAt!: Date;
}
