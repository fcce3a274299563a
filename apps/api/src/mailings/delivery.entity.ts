import { DeliveryStatus } from '@alliance/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { MailingEntity } from './mailing.entity';

/**
 * One recipient of one mailing: created once when the mailing starts (one row per lowercased address),
 * then moved through its states by workers. The row is the truth about what happened to that person;
 * its id is in the Message-ID, so a duplicate would be recognisable downstream.
 */
@Entity('deliveries')
@Index('deliveries_mailing_email_key', ['mailingId', 'email'], { unique: true })
// The claim walks a mailing's QUEUED rows in id order within a bucket: fast whatever the statistics say.
@Index('deliveries_mailing_status_id_idx', ['mailingId', 'status', 'id'])
@Index('deliveries_in_flight_idx', { synchronize: false })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  mailingId!: string;

  @ManyToOne(() => MailingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailing_id' })
  mailing?: MailingEntity;

  @Index('deliveries_contact_idx')
  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  /** Lowercased at creation; the unique key with the mailing. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  /** The language the recipient gets (their preferred one when the mailing has it, else English). */
  @Column({ type: 'varchar', length: 8 })
  language!: string;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status' })
  status!: DeliveryStatus;

  /** SMTP attempts made so far. */
  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  /** After a temporary failure: not before this time. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** The worker holding it while CLAIMED or SENDING. */
  @Column({ type: 'uuid', nullable: true })
  claimedBy!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId!: string | null;

  /** The last SMTP answer or error, for the per-recipient view. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** When the recipient first opened it (only when the mailing tracks). */
  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  clickedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A worker process that may hold deliveries; one whose heartbeat stops is dead and its deliveries are recovered. */
@Entity('mail_workers')
export class MailWorkerEntity {
  @Column({ type: 'uuid', primary: true })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  heartbeatAt!: Date;
}
