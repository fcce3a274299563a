import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CampaignStatus, CampaignVisibility, ParticipationRole, Role } from '@alliance/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CampaignEntity } from './campaign.entity';
import { campaignsError, CampaignsErrorCode } from './campaigns.errors';
import { ParticipationEntity } from './participation.entity';

/** Who takes part in which campaign, dated and audited. */
@Injectable()
export class ParticipationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A member representative joins an open campaign on behalf of their organisation, as supporter. */
  join(actor: SignedInUser, campaignId: string): Promise<ParticipationEntity> {
    const organisationId = this.ownOrganisation(actor);
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaign(manager, campaignId);
      if (campaign.visibility !== CampaignVisibility.MEMBERS || campaign.status !== CampaignStatus.ACTIVE) {
        throw campaignsError(CampaignsErrorCode.NOT_OPEN_TO_MEMBERS);
      }
      if (await this.open(manager, campaignId, organisationId)) throw campaignsError(CampaignsErrorCode.ALREADY_JOINED);
      return this.start(manager, actor, campaignId, organisationId, ParticipationRole.SUPPORTER);
    });
  }

  leave(actor: SignedInUser, campaignId: string): Promise<ParticipationEntity> {
    return this.end(actor, campaignId, this.ownOrganisation(actor));
  }

  /** Coordinators add an organisation or change its role (lead, partner, supporter); a role change is dated too. */
  set(actor: SignedInUser, campaignId: string, organisationId: string, role: ParticipationRole): Promise<ParticipationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.campaign(manager, campaignId);
      if (!(await manager.existsBy(OrganisationEntity, { id: organisationId }))) throw campaignsError(CampaignsErrorCode.UNKNOWN_ORGANISATION);
      const current = await this.open(manager, campaignId, organisationId);
      if (current?.role === role) return current;
      if (current) await this.close(manager, actor, current);
      return this.start(manager, actor, campaignId, organisationId, role);
    });
  }

  end(actor: SignedInUser, campaignId: string, organisationId: string): Promise<ParticipationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.open(manager, campaignId, organisationId);
      if (!current) throw campaignsError(CampaignsErrorCode.NOT_JOINED);
      return this.close(manager, actor, current);
    });
  }

  private ownOrganisation(actor: SignedInUser): string {
    if (actor.role !== Role.MEMBER || !actor.organisationId) throw campaignsError(CampaignsErrorCode.NO_ORGANISATION);
    return actor.organisationId;
  }

  private async campaign(manager: EntityManager, id: string): Promise<CampaignEntity> {
    const campaign = await manager.findOneBy(CampaignEntity, { id });
    if (!campaign) throw campaignsError(CampaignsErrorCode.CAMPAIGN_NOT_FOUND);
    return campaign;
  }

  private open(manager: EntityManager, campaignId: string, organisationId: string): Promise<ParticipationEntity | null> {
    return manager.findOne(ParticipationEntity, { where: { campaignId, organisationId, leftAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  private async start(manager: EntityManager, actor: SignedInUser, campaignId: string, organisationId: string, role: ParticipationRole) {
    const participation = manager.create(ParticipationEntity, { campaignId, organisationId, role, joinedAt: new Date(), leftAt: null, joinedById: actor.id });
    await manager.save(participation);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'campaign.join',
      entityType: 'campaign',
      entityId: campaignId,
      changes: [{ field: 'participation', from: null, to: { organisationId, role } }],
    });
    return participation;
  }

  private async close(manager: EntityManager, actor: SignedInUser, participation: ParticipationEntity): Promise<ParticipationEntity> {
    participation.leftAt = new Date();
    await manager.save(participation);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'campaign.leave',
      entityType: 'campaign',
      entityId: participation.campaignId,
      changes: [{ field: 'participation', from: { organisationId: participation.organisationId, role: participation.role }, to: null }],
    });
    return participation;
  }
}
