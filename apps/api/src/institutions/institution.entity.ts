import { InstitutionKind } from '@alliance/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CountryEntity } from '../countries/country.entity';
import { Timestamped } from '../core/database/timestamps';

/** A body that decides: a UN organ, a permanent mission, a ministry, a regional body, a court. Institutions nest. */
@Entity('institutions')
@Index('institutions_search_idx', { synchronize: false })
@Index('institutions_name_sort_idx', { synchronize: false })
export class InstitutionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key of institutions shipped as reference data (e.g. "un-security-council"); null for ones added by people. */
  @Index('institutions_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  referenceKey!: string | null;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameFr!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym!: string | null;

  @Index('institutions_kind_idx')
  @Column({ type: 'enum', enum: InstitutionKind, enumName: 'institution_kind' })
  kind!: InstitutionKind;

  @Index('institutions_parent_idx')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: InstitutionEntity;

  /** The state a national body or permanent mission belongs to. */
  @Index('institutions_country_idx')
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: CountryEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website!: string | null;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
