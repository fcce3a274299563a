import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CampaignStatus, CampaignVisibility } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { escapeLike, searchable } from '../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CampaignEntity } from './campaign.entity';
import { restrictToVisible } from './campaign-visibility';
import { campaignsError, CampaignsErrorCode } from './campaigns.errors';
import { CampaignFieldsInput, CampaignsArgs, CreateCampaignInput, UpdateCampaignInput } from './campaigns.inputs';

const FIELDS = ['name', 'objective', 'asks', 'status', 'visibility', 'startDate', 'endDate', 'leadOrganisationId'] as const;

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Campaigns the viewer may see, by name. */
  async list(viewer: SignedInUser, { first, after, filter }: CampaignsArgs): Promise<Connection<CampaignEntity>> {
    const query = restrictToVisible(this.dataSource.getRepository(CampaignEntity).createQueryBuilder('campaign'), viewer);
    if (filter?.search?.trim()) {
      query.andWhere(`${searchable('campaign.name')} LIKE '%' || f_unaccent(lower(:search)) || '%'`, { search: escapeLike(filter.search.trim()) });
    }
    if (filter?.statuses?.length) query.andWhere('campaign.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.openToMembers) {
      query.andWhere('campaign.visibility = :open AND campaign.status = :active', { open: CampaignVisibility.MEMBERS, active: CampaignStatus.ACTIVE });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(lower(campaign.name), campaign.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(campaign.name)', 'ASC').addOrderBy('campaign.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.name.toLowerCase(), row.id], (row) => row);
  }

  async create(actor: SignedInUser, input: CreateCampaignInput): Promise<CampaignEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.check(manager, input, null);
      const campaign = manager.create(CampaignEntity, {
        name: input.name,
        objective: input.objective ?? null,
        asks: input.asks ?? [],
        status: input.status ?? CampaignStatus.DRAFT,
        visibility: input.visibility ?? CampaignVisibility.INTERNAL,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        leadOrganisationId: input.leadOrganisationId ?? null,
      });
      await manager.save(campaign);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'campaign.create',
        entityType: 'campaign',
        entityId: campaign.id,
        changes: this.audit.changesBetween(null, campaign, FIELDS),
      });
      return campaign;
    });
  }

  async update(actor: SignedInUser, input: UpdateCampaignInput): Promise<CampaignEntity> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.findOne(CampaignEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!campaign) throw campaignsError(CampaignsErrorCode.CAMPAIGN_NOT_FOUND);
      await this.check(manager, input, campaign);
      const before = { ...campaign };
      for (const field of FIELDS) {
        const value = input[field];
        if (value !== undefined) Object.assign(campaign, { [field]: value });
      }
      await manager.save(campaign);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'campaign.update',
        entityType: 'campaign',
        entityId: campaign.id,
        changes: this.audit.changesBetween(before, campaign, FIELDS),
      });
      return campaign;
    });
  }

  private async check(manager: EntityManager, input: CampaignFieldsInput, current: CampaignEntity | null): Promise<void> {
    const start = input.startDate !== undefined ? input.startDate : current?.startDate;
    const end = input.endDate !== undefined ? input.endDate : current?.endDate;
    if (start && end && end < start) throw campaignsError(CampaignsErrorCode.END_BEFORE_START);
    if (input.leadOrganisationId && !(await manager.existsBy(OrganisationEntity, { id: input.leadOrganisationId }))) {
      throw campaignsError(CampaignsErrorCode.UNKNOWN_LEAD_ORGANISATION);
    }
  }
}
