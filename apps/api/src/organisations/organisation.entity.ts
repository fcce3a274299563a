import { MembershipStatus, OrganisationType } from '@alliance/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CountryEntity } from '../countries/country.entity';
import { Timestamped } from '../core/database/timestamps';

/**
 * A member organisation of the alliance, or another organisation it works with.
 * Indexes on expressions (name sort, accent-insensitive trigram search) live in the migration.
 */
@Entity('organisations')
@Index('organisations_name_sort_idx', { synchronize: false })
@Index('organisations_search_idx', { synchronize: false })
@Index('organisations_tags_idx', { synchronize: false })
export class OrganisationEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym!: string | null;

  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type!: OrganisationType;

  @Index('organisations_country_idx')
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: CountryEntity;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  focusAreas!: string[];

  /** ISO 639-1 codes of the languages the organisation works in. */
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Index('organisations_membership_status_idx')
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status', default: MembershipStatus.PROSPECT })
  membershipStatus!: MembershipStatus;

  @Column({ type: 'date', nullable: true })
  memberSince!: string | null;

  /** Soft delete: hidden from every list, restorable by a coordinator for RESTORE_WINDOW_DAYS. */
  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
