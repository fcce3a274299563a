import { CampaignStatus, CampaignVisibility } from '@alliance/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../core/database/timestamps';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A coalition response, usually to a situation: what we want, from whom, with which members. */
@Entity('campaigns')
@Index('campaigns_name_sort_idx', { synchronize: false })
export class CampaignEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  objective!: string | null;

  /** What we want policymakers to do, one ask per item. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  asks!: string[];

  @Index('campaigns_status_idx')
  @Column({ type: 'enum', enum: CampaignStatus, enumName: 'campaign_status', default: CampaignStatus.DRAFT })
  status!: CampaignStatus;

  @Column({ type: 'enum', enum: CampaignVisibility, enumName: 'campaign_visibility', default: CampaignVisibility.INTERNAL })
  visibility!: CampaignVisibility;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id' })
  leadOrganisation?: OrganisationEntity;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
