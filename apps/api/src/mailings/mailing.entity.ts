import { MailingStatus } from '@alliance/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { Timestamped } from '../core/database/timestamps';
import { UserEntity } from '../users/user.entity';
import { AudienceEntity } from './audience.entity';
import { MailingListEntity } from './mailing-list.entity';

/** One message (in several languages) to an audience, sent on behalf of a list. */
@Entity('mailings')
export class MailingEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Internal name, e.g. "Alert: Sudan, El Fasher, 2026-11". Recipients see the subject. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The list it is sent on behalf of: consent and unsubscribing are about this list. */
  @Column({ type: 'uuid' })
  listId!: string;

  @ManyToOne(() => MailingListEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'list_id' })
  list?: MailingListEntity;

  @Column({ type: 'uuid', nullable: true })
  audienceId!: string | null;

  @ManyToOne(() => AudienceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'audience_id' })
  audience?: AudienceEntity;

  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Index('mailings_status_idx')
  @Column({ type: 'enum', enum: MailingStatus, enumName: 'mailing_status', default: MailingStatus.DRAFT })
  status!: MailingStatus;

  /** Open and click tracking: off unless a coordinator turns it on for this mailing. */
  @Column({ type: 'boolean', default: false })
  trackingEnabled!: boolean;

  /** When it should start sending; null sends as soon as it may. */
  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  /** Who asked to send it (the first person of the two-person rule). */
  @Column({ type: 'uuid', nullable: true })
  sendRequestedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'send_requested_by_id' })
  sendRequestedBy?: UserEntity;

  /** Recipients counted when sending was asked for (the count the two-person rule looked at). */
  @Column({ type: 'integer', nullable: true })
  requestedRecipientCount!: number | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** When its deliveries were created (the audience resolved, once). */
  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

/** A mailing's subject and Markdown body in one language. */
@Entity('mailing_translations')
export class MailingTranslationEntity {
  @PrimaryColumn({ type: 'uuid' })
  mailingId!: string;

  @ManyToOne(() => MailingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailing_id' })
  mailing?: MailingEntity;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  language!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  /** Markdown with merge fields such as {{firstName}}. */
  @Column({ type: 'text' })
  body!: string;
}
