import { Column, Entity, PrimaryColumn } from 'typeorm';

/** ISO 3166-1 countries and territories, loaded from the world-countries package (reference data, never typed by hand). */
@Entity('countries')
export class CountryEntity {
  /** ISO 3166-1 alpha-2, the code every other table refers to. */
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Column({ type: 'char', length: 3 })
  alpha3!: string;

  @Column({ type: 'varchar', length: 100 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 100 })
  nameFr!: string;

  /** UN geoscheme region, e.g. "Africa". */
  @Column({ type: 'varchar', length: 40 })
  region!: string;

  /** UN geoscheme subregion, e.g. "Eastern Africa"; empty for a few territories. */
  @Column({ type: 'varchar', length: 60 })
  subregion!: string;

  @Column({ type: 'boolean' })
  unMember!: boolean;
}
