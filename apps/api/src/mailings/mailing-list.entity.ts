import { SubscriptionStatus } from '@alliance/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { Timestamped } from '../core/database/timestamps';

/** A list people join to receive a kind of mail ("Action alerts", "Newsletter"). */
@Entity('mailing_lists')
export class MailingListEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Shown on the public subscribe form and the preferences page. */
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Public subscribers must confirm from a link sent to the address before they receive anything. */
  @Column({ type: 'boolean', default: true })
  doubleOptIn!: boolean;

  /** Offered on the public subscribe form. */
  @Column({ type: 'boolean', default: false })
  isPublic!: boolean;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

/** A contact's subscription to a list, with the consent behind it. */
@Entity('list_subscriptions')
@Index('list_subscriptions_list_contact_key', ['listId', 'contactId'], { unique: true })
export class ListSubscriptionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  listId!: string;

  @ManyToOne(() => MailingListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: MailingListEntity;

  @Index('list_subscriptions_contact_idx')
  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ type: 'enum', enum: SubscriptionStatus, enumName: 'subscription_status' })
  status!: SubscriptionStatus;

  /** How consent was given, e.g. "public subscribe form", "imported from the 2025 conference sign-up sheet". */
  @Column({ type: 'varchar', length: 200 })
  consentSource!: string;

  @Column({ type: 'timestamptz' })
  consentAt!: Date;

  /** When the double opt-in link was followed (null for lists without it, or staff-added subscriptions). */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt!: Date | null;
}
