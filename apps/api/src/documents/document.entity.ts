import { DocumentKind, DocumentStatus } from '@alliance/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { Timestamped } from '../core/database/timestamps';
import { InteractionEntity } from '../interactions/interaction.entity';
import { UserEntity } from '../users/user.entity';

/** An options paper, situation report, letter, briefing note or press release; the body is Markdown. */
@Entity('documents')
@Index('documents_recent_idx', ['createdAt', 'id'])
@Index('documents_search_idx', { synchronize: false })
export class DocumentEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind!: DocumentKind;

  @Index('documents_status_idx')
  @Column({ type: 'enum', enum: DocumentStatus, enumName: 'document_status', default: DocumentStatus.DRAFT })
  status!: DocumentStatus;

  /** Markdown, stored as written; the admin renders it without raw HTML. */
  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

/** The campaigns a document belongs to. */
@Entity('document_campaigns')
export class DocumentCampaignEntity {
  @PrimaryColumn({ type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentEntity;

  @Index('document_campaigns_campaign_idx')
  @PrimaryColumn({ type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;
}

/** Documents handed over at an interaction. */
@Entity('interaction_documents')
export class InteractionDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  interactionId!: string;

  @ManyToOne(() => InteractionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: InteractionEntity;

  @Index('interaction_documents_document_idx')
  @PrimaryColumn({ type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentEntity;
}
