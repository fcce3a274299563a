import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ContactEntity } from './contact.entity';

/** An email address of a contact; unique across contacts, compared case-insensitively (citext). */
@Entity('contact_emails')
@Index('contact_emails_one_primary_key', { synchronize: false })
export class ContactEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('contact_emails_contact_idx')
  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Index('contact_emails_address_key', { unique: true })
  @Column({ type: 'citext' })
  address!: string;

  /** Exactly one primary address per contact with any address (a partial unique index keeps it so). */
  @Column({ type: 'boolean', default: false })
  isPrimary!: boolean;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

@Entity('contact_phones')
export class ContactPhoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('contact_phones_contact_idx')
  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  label!: string | null;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

/** A contact's tie to an organisation (staff, board, representative...), with their title there. */
@Entity('affiliations')
@Index('affiliations_contact_organisation_key', ['contactId', 'organisationId'], { unique: true })
export class AffiliationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Index('affiliations_organisation_idx')
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
