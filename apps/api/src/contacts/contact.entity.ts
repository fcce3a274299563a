import { EmailConsentStatus, Language } from '@alliance/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CountryEntity } from '../countries/country.entity';
import { Timestamped } from '../core/database/timestamps';

/** A person the alliance knows: a member's staff, a policymaker, a journalist... Search and sort indexes live in the migration. */
@Entity('contacts')
@Index('contacts_name_sort_idx', { synchronize: false })
@Index('contacts_search_idx', { synchronize: false })
@Index('contacts_tags_idx', { synchronize: false })
export class ContactEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 8, default: Language.EN })
  preferredLanguage!: string;

  @Index('contacts_country_idx')
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: CountryEntity;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** Staff notes: never shown to member representatives outside the contact's organisation. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** The lawful basis for mailing this person. */
  @Column({ type: 'enum', enum: EmailConsentStatus, enumName: 'email_consent_status', default: EmailConsentStatus.UNKNOWN })
  emailConsentStatus!: EmailConsentStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  emailConsentSource!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailConsentAt!: Date | null;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Set when this contact was merged into another (and soft-deleted): where its records went. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;
}
