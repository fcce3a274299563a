import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum MailSendStatus {
  /** Written with the change that calls for the mail; its job is in the outbox or the queue. */
  QUEUED = 'QUEUED',
  /**
   * A worker is handing it to SMTP, or its attempt ended without a definite answer (worker killed, connection
   * lost, Postgres lost before the answer was recorded): a later attempt then counts an interruption.
   */
  SENDING = 'SENDING',
  /** The SMTP server accepted it: any later run of its job does nothing. */
  SENT = 'SENT',
}

/**
 * One system mail (invitation, digest), by Message-ID: the claim that makes a retried job send it once.
 * Holds no address or content, only what happened to the message.
 */
@Entity('mail_sends')
export class MailSendEntity {
  /** The Message-ID header, e.g. `<3f0c…@crm.example.org>`: the same on every attempt. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  messageId!: string;

  @Column({ type: 'enum', enum: MailSendStatus, enumName: 'mail_send_status', default: MailSendStatus.QUEUED })
  status!: MailSendStatus;

  /** Attempts that reached the point of handing the message to SMTP. */
  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  /**
   * Attempts that found an earlier one still SENDING: that one ended without a definite answer and may have
   * handed the message over, so the recipient may get it twice, with the same Message-ID.
   */
  @Column({ type: 'smallint', default: 0 })
  interruptions!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
