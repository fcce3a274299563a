import { ParticipationRole } from '@alliance/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CampaignEntity } from './campaign.entity';

/**
 * A member organisation's participation in a campaign, dated: joining opens a row, leaving closes it,
 * rejoining opens another, so the history shows who was in when. At most one open row per pair.
 */
@Entity('participations')
@Index('participations_open_key', { synchronize: false })
@Index('participations_organisation_idx', ['organisationId'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('participations_campaign_idx')
  @Column({ type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: ParticipationRole, enumName: 'participation_role' })
  role!: ParticipationRole;

  @Column({ type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  joinedById!: string | null;
}
