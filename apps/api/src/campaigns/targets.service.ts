import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Priority, Stance } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { InstitutionEntity } from '../institutions/institution.entity';
import { CampaignEntity } from './campaign.entity';
import { campaignsError, CampaignsErrorCode } from './campaigns.errors';
import { AddTargetInput, UpdateTargetInput } from './campaigns.inputs';
import { StanceChangeEntity, TargetEntity } from './target.entity';

const FIELDS = ['contactId', 'institutionId', 'priority', 'ask', 'stance'] as const;

@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  add(actor: SignedInUser, input: AddTargetInput): Promise<TargetEntity> {
    if (!!input.contactId === !!input.institutionId) throw campaignsError(CampaignsErrorCode.TARGET_NEEDS_ONE);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(CampaignEntity, { id: input.campaignId }))) throw campaignsError(CampaignsErrorCode.CAMPAIGN_NOT_FOUND);
      if (input.contactId && !(await manager.existsBy(ContactEntity, { id: input.contactId }))) throw campaignsError(CampaignsErrorCode.UNKNOWN_CONTACT);
      if (input.institutionId && !(await manager.existsBy(InstitutionEntity, { id: input.institutionId }))) {
        throw campaignsError(CampaignsErrorCode.UNKNOWN_INSTITUTION);
      }
      const duplicate = await manager.existsBy(TargetEntity, {
        campaignId: input.campaignId,
        ...(input.contactId ? { contactId: input.contactId } : { institutionId: input.institutionId }),
      });
      if (duplicate) throw campaignsError(CampaignsErrorCode.ALREADY_TARGETED);
      const target = manager.create(TargetEntity, {
        campaignId: input.campaignId,
        contactId: input.contactId ?? null,
        institutionId: input.institutionId ?? null,
        priority: input.priority ?? Priority.MEDIUM,
        ask: input.ask ?? null,
        stance: input.stance ?? Stance.UNKNOWN,
      });
      await manager.save(target);
      await manager.insert(StanceChangeEntity, { targetId: target.id, fromStance: null, toStance: target.stance, changedById: actor.id, note: null });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'target.add',
        entityType: 'target',
        entityId: target.id,
        changes: this.audit.changesBetween(null, target, FIELDS),
      });
      return target;
    });
  }

  /** A stance change is kept, dated, with its reason. */
  update(actor: SignedInUser, input: UpdateTargetInput): Promise<TargetEntity> {
    return this.dataSource.transaction(async (manager) => {
      const target = await manager.findOne(TargetEntity, { where: { id: input.targetId }, lock: { mode: 'pessimistic_write' } });
      if (!target) throw campaignsError(CampaignsErrorCode.TARGET_NOT_FOUND);
      const before = { ...target };
      if (input.stance && input.stance !== target.stance) {
        await manager.insert(StanceChangeEntity, {
          targetId: target.id,
          fromStance: target.stance,
          toStance: input.stance,
          changedById: actor.id,
          note: input.stanceNote ?? null,
        });
        target.stance = input.stance;
      }
      if (input.priority) target.priority = input.priority;
      if (input.ask !== undefined) target.ask = input.ask;
      await manager.save(target);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'target.update',
        entityType: 'target',
        entityId: target.id,
        changes: this.audit.changesBetween(before, target, FIELDS),
      });
      return target;
    });
  }
}
